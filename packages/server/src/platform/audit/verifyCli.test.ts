import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { spawnSync } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { openPglite } from '../db/pglite.ts';
import type { Fixture } from '../../testing/fixtures.ts';
import { FIXTURE_LAYER, readFixture } from '../../testing/fixtureDatabase.ts';
import { openPgliteTestFolder } from '../../testing/testDatabase.ts';
import { appendAuditEvent } from './appendAuditEvent.ts';
import { insertCheckpoint } from './repository.ts';

const CLI = path.join(path.dirname(fileURLToPath(import.meta.url)), '..', '..', 'cli.ts');

function runCli(dataDir: string, ...args: string[]) {
  const result = spawnSync(process.execPath, ['--import', 'tsx', CLI, 'verify-audit', ...args], {
    env: { ...process.env, DATA_DIR: dataDir, DATABASE_URL: '', LOG_LEVEL: 'silent' },
    encoding: 'utf8',
  });
  return { code: result.status, out: `${result.stdout}${result.stderr}` };
}

/** `cli.ts verify-audit` on an embedded database in a folder, as an operator would run it from cron. */
describe('verify-audit command', () => {
  let dataDir: string;
  let fixture: Fixture;
  beforeAll(async () => {
    dataDir = await mkdtemp(path.join(os.tmpdir(), 'cunzhi-cli-'));
    const db = await openPgliteTestFolder(dataDir, FIXTURE_LAYER);
    fixture = await readFixture(db);
    await db.transaction(async (tx) => {
      for (const n of [1, 2, 3]) {
        await appendAuditEvent(tx, {
          chainId: fixture.villageA.id,
          actorAccountId: null,
          action: 'test.event',
          targetType: 'test',
          targetId: String(n),
          data: { n },
          occurredAt: new Date('2026-11-21T00:00:00Z'),
        });
      }
    });
    await db.close();
  });
  afterAll(async () => {
    await rm(dataDir, { recursive: true, force: true });
  });

  it('reports an intact chain and exits 0, then a tampered one and exits 1', async () => {
    const ok = runCli(dataDir, fixture.villageA.id);
    // the village's creation, then the three events
    expect(ok.out).toContain('4 events');
    expect(ok.code).toBe(0);
    const db = await openPglite({ dataDir });
    await db.query(`UPDATE audit_event SET data = '{"n": 99}' WHERE chain_id = $1 AND seq = 2`, [
      fixture.villageA.id,
    ]);
    await db.close();
    const broken = runCli(dataDir, fixture.villageA.id);
    expect(broken.out).toContain('broken at event 2 (hash)');
    expect(broken.code).toBe(1);
  });

  it('--since: a published head still on the chain passes; once the tail is cut back behind it, it fails', async () => {
    const village = fixture.villageC.id;
    let db = await openPglite({ dataDir });
    await db.transaction(async (tx) => {
      for (const n of [1, 2, 3])
        await appendAuditEvent(tx, {
          chainId: village,
          actorAccountId: null,
          action: 'test.event',
          targetType: 'test',
          targetId: String(n),
          data: { n },
          occurredAt: new Date('2026-11-21T00:00:00Z'),
        });
    });
    const [head] = await db.query<{ seq: number; hash: string }>(
      'SELECT seq, hash FROM audit_head WHERE chain_id = $1',
      [village],
    );
    await insertCheckpoint(db, village, '2026-11-21', new Date('2026-11-21T02:00:00Z'));
    await db.close();
    expect(head!.seq).toBe(4);

    const held = runCli(dataDir, '--since', head!.hash);
    expect(held.out).toContain(`is event 4 of 4`);
    expect(held.code).toBe(0);
    // as printed on a notice: the first 16 digits
    expect(runCli(dataDir, '--since', head!.hash.slice(0, 16), village).code).toBe(0);

    // an administrator cuts the chain back to event 2 and makes the head agree
    db = await openPglite({ dataDir });
    await db.query('DELETE FROM audit_event WHERE chain_id = $1 AND seq > 2', [village]);
    await db.query(
      `UPDATE audit_head h SET seq = 2, hash = e.hash FROM audit_event e
        WHERE h.chain_id = $1 AND e.chain_id = $1 AND e.seq = 2`,
      [village],
    );
    await db.close();
    // the stored checkpoint still shows it
    const stored = runCli(dataDir, village);
    expect(stored.out).toContain('(checkpoint)');
    expect(stored.code).toBe(1);
    // and with the checkpoint rows deleted too, the chain looks whole, but not to whoever kept the head
    db = await openPglite({ dataDir });
    await db.query('DELETE FROM audit_checkpoint WHERE village_id = $1', [village]);
    await db.close();
    expect(runCli(dataDir, village).code).toBe(0);
    const cut = runCli(dataDir, '--since', head!.hash);
    expect(cut.out).toContain('is on no audit chain');
    expect(cut.code).toBe(1);
  });

  it('with no arguments, fails naming a village whose head row, or whole chain, was deleted', async () => {
    const db = await openPglite({ dataDir });
    await db.query('DELETE FROM audit_head WHERE chain_id = $1', [fixture.villageB.id]);
    await db.query('DELETE FROM audit_event WHERE chain_id = $1', [fixture.villageC.id]);
    await db.query('DELETE FROM audit_head WHERE chain_id = $1', [fixture.villageC.id]);
    await db.close();
    const all = runCli(dataDir);
    expect(all.code).toBe(1);
    const line = (id: string) => all.out.split('\n').find((l) => l.includes(id)) ?? '';
    expect(line(fixture.villageB.id)).toMatch(/^✘ .*乙村.*\(missingHead\)/);
    expect(line(fixture.villageC.id)).toMatch(/^✘ .*\(missing\): .*no audit chain/);
  });
});
