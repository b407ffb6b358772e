import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { spawn, spawnSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { gunzipSync, gzipSync } from 'node:zlib';
import pg from 'pg';
import type { Database } from '../db/database.ts';
import { openPglite } from '../db/pglite.ts';
import { lockFileOf } from '../db/dataDirLock.ts';
import { openPostgres } from '../db/postgres.ts';
import { migrate } from '../db/migrate.ts';
import { appendAuditEvent } from '../audit/appendAuditEvent.ts';
import { seedFixture, type Fixture } from '../../testing/fixtures.ts';
import { FIXTURE_LAYER, readFixture } from '../../testing/fixtureDatabase.ts';
import { verifyAudit } from '../audit/verifyCli.ts';
import { backupCli } from './backup.ts';
import { describeDatabase, openPgliteTestFolder } from '../../testing/testDatabase.ts';

const CLI = path.join(path.dirname(fileURLToPath(import.meta.url)), '..', '..', 'cli.ts');
const MARK = 'tamper-me-AAAA';

/** Each test starts the command line a few times (seconds each on a loaded machine). */
const SLOW = 600_000;

/** `cli.ts <args>` as an operator runs it, against a database named by DATA_DIR or DATABASE_URL. */
function cli(env: Record<string, string>, ...args: string[]) {
  const result = spawnSync(process.execPath, ['--import', 'tsx', CLI, ...args], {
    env: { ...process.env, DATABASE_URL: '', LOG_LEVEL: 'silent', DEMO: 'false', ...env },
    encoding: 'utf8',
  });
  return { code: result.status, out: `${result.stdout}${result.stderr}` };
}

/** A village with audited acts: the fixture county's creation, then acts carrying a mark. */
async function seedAudited(db: Database, fixture: Fixture): Promise<void> {
  await db.transaction(async (tx) => {
    for (const n of [1, 2, 3])
      await appendAuditEvent(tx, {
        chainId: fixture.villageA.id,
        actorAccountId: fixture.accounts.committeeChair.id,
        action: 'test.event',
        targetType: 'test',
        targetId: String(n),
        data: { n, note: MARK },
        occurredAt: new Date('2026-11-21T02:00:00Z'),
      });
  });
  await db.close();
}

/** A PGlite folder holding the audited village, from the fixture's template (not migrated anew). */
async function auditedFolder(dataDir: string): Promise<void> {
  const db = await openPgliteTestFolder(dataDir, FIXTURE_LAYER);
  await seedAudited(db, await readFixture(db));
}

/** The verification's lines (one per chain: its events and head), to compare an original with its copy. */
const verdicts = (out: string) =>
  out
    .split('\n')
    .filter((l) => l.startsWith('✔') || l.startsWith('✘'))
    .sort();

/** The same lines for a database opened here (the original), which is then closed. */
async function verdictsOf(db: Database): Promise<string[]> {
  const lines: string[] = [];
  try {
    expect(await verifyAudit(db, [], (l) => lines.push(l))).toBe(0);
  } finally {
    await db.close();
  }
  return verdicts(lines.join('\n'));
}

let work: string;
beforeAll(async () => {
  work = await mkdtemp(path.join(os.tmpdir(), 'cunzhi-backup-'));
});
afterAll(async () => {
  await rm(work, { recursive: true, force: true, maxRetries: 3 });
});

describe.runIf(describeDatabase() === 'pglite')('backup and restore on PGlite', () => {
  it(
    'snapshots the data folder, restores into an empty one that verifies, refuses to overwrite, and a tampered snapshot fails verification',
    async () => {
      const source = { DATA_DIR: path.join(work, 'source') };
      await auditedFolder(source.DATA_DIR);
      const file = path.join(work, 'village.tar.gz');
      expect(cli(source, 'backup', file).code).toBe(0);
      // a second backup to the same name does not overwrite the first
      await expect(backupCli('backup', source, [file], () => undefined)).rejects.toThrow('exists');

      const restored = { DATA_DIR: path.join(work, 'restored') };
      expect(cli(restored, 'restore', file).code).toBe(0);
      const copy = cli(restored, 'verify-audit');
      expect(copy.code).toBe(0);
      expect(verdicts(copy.out)).toEqual(
        await verdictsOf(await openPglite({ dataDir: source.DATA_DIR })),
      );
      expect(copy.out).toMatch(/4 events/);
      // the restored folder now holds a database: a second restore into it is refused
      await expect(backupCli('restore', restored, [file], () => undefined)).rejects.toThrow(
        'not empty',
      );

      // one act's text changed inside the snapshot's bytes: PostgreSQL's page checksums refuse it
      const tar = gunzipSync(await readFile(file));
      expect(tar.includes(MARK)).toBe(true);
      const damaged = path.join(work, 'damaged.tar.gz');
      await writeFile(
        damaged,
        gzipSync(Buffer.from(tar.toString('latin1').replaceAll(MARK, 'tamper-me-BBBB'), 'latin1')),
      );
      const refused = cli({ DATA_DIR: path.join(work, 'damaged') }, 'restore', damaged);
      expect(refused.code).toBe(1);
      expect(refused.out).toContain('invalid page');

      // changed through the database (checksums made anew): it restores, its chain does not verify
      const db = await openPglite({ dataDir: restored.DATA_DIR });
      await db.query(
        `UPDATE audit_event SET data = data || '{"n": 9}' WHERE data->>'note' = $1 AND seq = 3`,
        [MARK],
      );
      await db.close();
      const tampered = path.join(work, 'tampered.tar.gz');
      expect(cli(restored, 'backup', tampered).code).toBe(0);
      const broken = cli({ DATA_DIR: path.join(work, 'broken') }, 'restore', tampered);
      expect(broken.code).toBe(1);
      expect(broken.out).toContain('broken at event 3 (hash)');
    },
    SLOW,
  );

  it(
    'refuses a backup and a second server while another process has the folder open, and takes over the lock a dead process left',
    async () => {
      const source = { DATA_DIR: path.join(work, 'locked') };
      await auditedFolder(source.DATA_DIR);
      // a live process other than this one holds the folder (as the running server would)
      const holder = spawn(process.execPath, ['-e', 'setInterval(() => {}, 1000)']);
      await writeFile(lockFileOf(source.DATA_DIR), String(holder.pid));
      try {
        const refused = cli(source, 'backup', path.join(work, 'locked.tar.gz'));
        expect(refused.code).not.toBe(0);
        expect(refused.out).toContain(`数据目录正由另一个进程（pid ${holder.pid}）使用`);
        expect(cli(source, 'verify-audit').out).toContain('stop the server first');
      } finally {
        holder.kill('SIGKILL');
        await new Promise((resolve) => holder.once('exit', resolve));
      }
      // the holder died without removing its lock: the next one takes it over, and leaves none
      expect(cli(source, 'backup', path.join(work, 'locked.tar.gz')).code).toBe(0);
      await expect(readFile(lockFileOf(source.DATA_DIR))).rejects.toThrow('ENOENT');
    },
    SLOW,
  );
});

describe.runIf(describeDatabase() === 'postgres')('backup and restore on PostgreSQL', () => {
  const admin = () => new pg.Client({ connectionString: process.env.TEST_DATABASE_URL });
  const names: string[] = [];
  async function freshDatabase(): Promise<string> {
    const name = `cunzhi_bk_${randomBytes(6).toString('hex')}`;
    const client = admin();
    await client.connect();
    await client.query(`CREATE DATABASE ${name}`);
    await client.end();
    names.push(name);
    const url = new URL(process.env.TEST_DATABASE_URL ?? '');
    url.pathname = `/${name}`;
    return url.toString();
  }
  afterAll(async () => {
    const client = admin();
    await client.connect();
    for (const name of names) await client.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
    await client.end();
  });

  it(
    'pg_dump of the server’s version, pg_restore into an empty database that verifies; a tampered backup fails verification',
    async () => {
      const source = { DATABASE_URL: await freshDatabase() };
      const original = openPostgres(source.DATABASE_URL);
      await migrate(original);
      await seedAudited(original, await seedFixture(original));
      const file = path.join(work, 'county.dump');
      expect(cli(source, 'backup', file)).toMatchObject({ code: 0 });
      expect((await readFile(file)).subarray(0, 5).toString()).toBe('PGDMP');

      const restored = { DATABASE_URL: await freshDatabase() };
      expect(cli(restored, 'restore', file).code).toBe(0);
      const copy = cli(restored, 'verify-audit');
      expect(copy.code).toBe(0);
      expect(verdicts(copy.out)).toEqual(await verdictsOf(openPostgres(source.DATABASE_URL)));
      expect(copy.out).toMatch(/4 events/);
      // into a database that has tables (the copy itself): refused before pg_restore runs
      await expect(
        backupCli('restore', { ...restored, DATA_DIR: '' }, [file], () => undefined),
      ).rejects.toThrow('has tables');

      // someone with the database's password edits an act; the backup taken after carries it
      const db = openPostgres(restored.DATABASE_URL);
      await db.query(
        `UPDATE audit_event SET data = data || '{"n": 9}' WHERE data->>'note' = $1 AND seq = 3`,
        [MARK],
      );
      await db.close();
      const tampered = path.join(work, 'tampered.dump');
      expect(cli(restored, 'backup', tampered).code).toBe(0);
      const broken = cli({ DATABASE_URL: await freshDatabase() }, 'restore', tampered);
      expect(broken.code).toBe(1);
      expect(broken.out).toContain('broken at event 3 (hash)');

      // a PGlite snapshot is not restored into PostgreSQL
      const notOurs = path.join(work, 'snapshot.tar.gz');
      await writeFile(notOurs, gzipSync(Buffer.from('not a dump')));
      await expect(
        backupCli(
          'restore',
          { DATABASE_URL: 'postgres://nowhere/x', DATA_DIR: '' },
          [notOurs],
          () => undefined,
        ),
      ).rejects.toThrow('is a pglite backup');
    },
    SLOW,
  );
});
