import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DomainError } from '@cunzhi/core/errors';
import type { Database } from '../db/database.ts';
import { systemContext, type CommandContext } from '../command.ts';
import { fixedClock } from '../clock.ts';
import { testConfig } from '../config.ts';
import { describeDatabase, openTestDatabase } from '../../testing/testDatabase.ts';
import { seedFixture, type Fixture } from '../../testing/fixtures.ts';
import { ImportRefused, importJobOf, startImportJob } from './importJob.ts';

/** The background import job every capability's import runs in (roster, finance vouchers). */
describe(`import jobs (${describeDatabase()})`, () => {
  let db: Database;
  let fixture: Fixture;
  let cmd: CommandContext;
  beforeAll(async () => {
    db = await openTestDatabase();
    fixture = await seedFixture(db);
    const app = {
      db,
      clock: fixedClock(new Date('2026-11-21T02:00:00Z')),
      config: testConfig({ WEB_DIST: '/nonexistent' }),
    };
    cmd = systemContext(app, fixture.villageA.id, fixture.accounts.committeeChair.id);
  });
  afterAll(async () => {
    await db.close();
  });

  const job = (id: string, kind = 'test') =>
    importJobOf<{ made: number }>(cmd, fixture.villageA.id, kind, id, 'village');

  /** Waits until the job's stored progress is at least `rows` (progress is written in the background). */
  async function progressReaches(id: string, rows: number) {
    for (let i = 0; i < 200; i++) {
      if ((await job(id)).processed_rows >= rows) return;
      await new Promise((r) => setTimeout(r, 10));
    }
    throw new Error(`progress never reached ${rows}`);
  }

  it('shows the progress the work reports while it runs, then its result', async () => {
    let release = () => {};
    const gate = new Promise<void>((r) => (release = r));
    const { importId, done } = await startImportJob(
      cmd,
      { kind: 'test', fileName: 'a.xlsx', totalRows: 4 },
      async (progress) => {
        progress(1);
        progress(3);
        await gate;
        return { made: 4 };
      },
    );
    await progressReaches(importId, 3);
    expect(await job(importId)).toMatchObject({ status: 'running', total_rows: 4, result: null });
    release();
    await done;
    expect(await job(importId)).toMatchObject({
      status: 'succeeded',
      file_name: 'a.xlsx',
      processed_rows: 4,
      result: { made: 4 },
      errors: [],
    });
  });

  it('answers a poll with the progress while the work holds a transaction (PGlite has one connection)', async () => {
    let release = () => {};
    const gate = new Promise<void>((r) => (release = r));
    let inTransaction = () => {};
    const opened = new Promise<void>((r) => (inTransaction = r));
    const { importId, done } = await startImportJob(
      cmd,
      { kind: 'test', fileName: 'held.xlsx', totalRows: 10 },
      (progress) =>
        db.transaction(async (tx) => {
          await tx.query('SELECT 1');
          progress(6);
          inTransaction();
          await gate;
          return { made: 10 };
        }),
    );
    await opened;
    const tooLong = new Promise<'waited'>((r) => setTimeout(() => r('waited'), 2_000));
    const polled = await Promise.race([job(importId), tooLong]);
    expect(polled).toMatchObject({ status: 'running', processed_rows: 6, total_rows: 10 });
    // another village's poll is not answered from memory: it reads the table (once the
    // transaction ends) and finds nothing
    const elsewhere = importJobOf(cmd, fixture.villageB.id, 'test', importId, 'village');
    release();
    await expect(elsewhere).rejects.toBeInstanceOf(DomainError);
    await done;
    expect(await job(importId)).toMatchObject({ status: 'succeeded', processed_rows: 10 });
  });

  it('fails with the problems of a refusal, or with internal (rethrown) for anything else', async () => {
    const refused = await startImportJob(
      cmd,
      { kind: 'test', fileName: 'b.xlsx', totalRows: 2 },
      async (progress) => {
        progress(1);
        throw new ImportRefused([{ row: 2, column: 'date', error: 'date_invalid' }]);
      },
    );
    await refused.done;
    expect(await job(refused.importId)).toMatchObject({
      status: 'failed',
      processed_rows: 1,
      result: null,
      errors: [{ row: 2, column: 'date', error: 'date_invalid' }],
    });

    const broken = await startImportJob(
      cmd,
      { kind: 'test', fileName: 'c.xlsx', totalRows: 2 },
      async () => {
        throw new Error('disk full');
      },
    );
    await expect(broken.done).rejects.toThrow('disk full');
    expect(await job(broken.importId)).toMatchObject({
      status: 'failed',
      errors: [{ row: 0, column: null, error: 'internal' }],
    });
  });

  it('is found only in its own village and under its own kind', async () => {
    const { importId, done } = await startImportJob(
      cmd,
      { kind: 'test', fileName: 'd.xlsx', totalRows: 0 },
      async () => ({ made: 0 }),
    );
    await done;
    await expect(job(importId, 'roster')).rejects.toBeInstanceOf(DomainError);
    await expect(
      importJobOf(cmd, fixture.villageB.id, 'test', importId, 'village'),
    ).rejects.toMatchObject({ id: 'not_found' });
  });
});
