import { randomUUID } from 'node:crypto';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestServer, type TestServer } from '../../testing/testServer.ts';
import { describeDatabase } from '../../testing/testDatabase.ts';
import { testConfig, type Config } from '../config.ts';
import { systemContext, type CommandContext } from '../command.ts';
import { attachmentTransaction } from './attach.ts';
import { verifyAttachments } from './verify.ts';

/** A PNG of a few bytes (only its signature is read), different for each `n`. */
const png = (n: number) => {
  const bytes = Buffer.alloc(32, n);
  bytes.set([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
  return bytes;
};

/**
 * `verify-attachments`: a kept file whose bytes changed or went missing, and an attachment row
 * no audit event names, are each reported; untouched, all is well. Once per store.
 */
describe.each(['database', 'disk'] as const)(
  `verify-attachments, %s store (${describeDatabase()})`,
  (store) => {
    let s: TestServer;
    let dir: string;
    let config: Config;
    let cmd: CommandContext;
    const owner = { kind: 'testCase', id: randomUUID() };
    const lines: string[] = [];
    const verify = () => {
      lines.length = 0;
      return verifyAttachments({ db: s.db, config }, (l) => lines.push(l));
    };
    const blobOf = async (sha256: string) =>
      (
        await s.db.query<{ large_object: number | null }>(
          'SELECT large_object FROM attachment_blob WHERE sha256 = $1',
          [sha256],
        )
      )[0]!;
    let hashes: string[] = [];

    beforeAll(async () => {
      dir = await mkdtemp(path.join(os.tmpdir(), 'cunzhi-verify-'));
      config = testConfig({ ATTACHMENT_STORE: store, ATTACHMENTS_DIR: dir });
      s = await startTestServer(config);
      cmd = systemContext({ db: s.db, clock: s.clock, config }, s.fixture.villageA.id);
      await attachmentTransaction(cmd, (_tx, attach) =>
        attach(owner, [
          { name: 'a.png', bytes: png(1) },
          { name: 'b.png', bytes: png(2) },
        ]),
      );
      hashes = (
        await s.db.query<{ sha256: string }>('SELECT sha256 FROM attachment ORDER BY position')
      ).map((r) => r.sha256);
    });
    afterAll(async () => {
      await s.close();
      await rm(dir, { recursive: true, force: true });
    });

    it('untouched: every file checked, no problem', async () => {
      expect(await verify()).toBe(0);
      expect(lines).toEqual(['✔ 2 files checked, 0 problems']);
    });

    it('a file whose bytes changed, or that is gone, is named', async () => {
      const [changed, gone] = hashes as [string, string];
      const village = s.fixture.villageA.id;
      if (store === 'disk') {
        await writeFile(path.join(dir, village, changed.slice(0, 2), changed), png(9));
        await rm(path.join(dir, village, gone.slice(0, 2), gone));
      } else {
        const [a, b] = [await blobOf(changed), await blobOf(gone)];
        await s.db.query("SELECT lo_put($1, 8, '\\x09'::bytea)", [a.large_object]);
        await s.db.query('SELECT lo_unlink($1)', [b.large_object]);
      }
      expect(await verify()).toBe(1);
      // one line per file, in the order of their hashes, then the total
      expect(lines).toHaveLength(3);
      expect(lines.find((l) => l.includes(changed))).toContain('内容已改变');
      expect(lines.find((l) => l.includes(gone))).toContain('文件缺失');
      expect(lines[2]).toBe('✘ 2 files checked, 2 problems');
    });

    it('an attachment added behind the app (no audit event names it) is named', async () => {
      const id = randomUUID();
      await s.db.query(
        `INSERT INTO attachment (village_id, id, owner_kind, owner_id, position, sha256, file_name, created_at)
         VALUES ($1, $2, $3, $4, 0, $5, 'smuggled.png', now())`,
        [s.fixture.villageA.id, id, owner.kind, randomUUID(), hashes[0]],
      );
      expect(await verify()).toBe(1);
      expect(lines.some((l) => l.includes(id) && l.includes('审计链上没有记录'))).toBe(true);
    });
  },
);
