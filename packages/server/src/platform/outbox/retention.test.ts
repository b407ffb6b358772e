import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database } from '../db/database.ts';
import { fixedClock } from '../clock.ts';
import { describeDatabase, openTestDatabase } from '../../testing/testDatabase.ts';
import { seedSmsBatch } from '../../testing/outboxBatch.ts';
import { forgetDeliveredNumbers, NUMBER_KEPT_DAYS } from './retention.ts';

/**
 * 保存期限 (docs/notifications.md): a delivered SMS's number is forgotten NUMBER_KEPT_DAYS after
 * delivery, the message kept; a failed or waiting one keeps its number; on the chain, once.
 */
describe(`the numbers of delivered SMS are forgotten after ${NUMBER_KEPT_DAYS} days (${describeDatabase()})`, () => {
  let db: Database;
  beforeAll(async () => {
    db = await openTestDatabase();
    await seedSmsBatch(db, 4, 'retention');
  });
  afterAll(async () => {
    await db.close();
  });

  it('31 days after delivery: forgotten, once, by concurrent rounds; 29 days, failed or waiting: kept', async () => {
    const ids = (
      await db.query<{ id: string }>(
        `SELECT m.id FROM outbox_message m JOIN village v ON v.id = m.village_id
         WHERE v.code = 'retention' ORDER BY m.recipient`,
      )
    ).map((r) => r.id);
    const now = new Date('2027-02-01T02:00:00Z');
    const daysAgo = (n: number) => new Date(now.getTime() - n * 86_400_000);
    const set = (id: string, status: string, sentAt: Date | null) =>
      db.query(`UPDATE outbox_message SET status = $2, sent_at = $3 WHERE id = $1`, [
        id,
        status,
        sentAt,
      ]);
    await set(ids[0]!, 'sent', daysAgo(NUMBER_KEPT_DAYS + 1));
    await set(ids[1]!, 'sent', daysAgo(NUMBER_KEPT_DAYS - 1));
    await set(ids[2]!, 'failed', null);
    // ids[3] waits (pending)
    const run = () => forgetDeliveredNumbers({ db, clock: fixedClock(now) });
    const [a, b] = await Promise.all([run(), run()]);
    expect(a + b).toBe(1);
    expect(await run()).toBe(0);
    const rows = await db.query<{ id: string; status: string; kept: boolean }>(
      `SELECT id, status, recipient IS NOT NULL AS kept FROM outbox_message WHERE id = ANY($1::uuid[])`,
      [ids],
    );
    const kept = Object.fromEntries(rows.map((r) => [r.id, r.kept]));
    expect(ids.map((id) => kept[id])).toEqual([false, true, true, true]);
    const events = await db.query<{ data: unknown }>(
      `SELECT data FROM audit_event WHERE action = 'outbox.numbersForgotten'`,
    );
    expect(events).toEqual([{ data: { forgotten: 1, keptDays: NUMBER_KEPT_DAYS } }]);
    // only a delivered SMS may lose its number: a waiting one needs it to be sent
    await expect(
      db.query(`UPDATE outbox_message SET recipient = NULL WHERE id = $1`, [ids[3]]),
    ).rejects.toThrow(/outbox_message_recipient/);
  });
});
