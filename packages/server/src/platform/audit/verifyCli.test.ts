import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { spawnSync } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { openPglite } from '../db/pglite.ts';
import { migrate } from '../db/migrate.ts';
import { seedFixture, type Fixture } from '../../testing/fixtures.ts';
import { appendAuditEvent } from './appendAuditEvent.ts';

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
    const db = await openPglite({ dataDir });
    await migrate(db);
    fixture = await seedFixture(db);
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
    expect(ok.out).toContain('3 events');
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
});
