import type { Database } from '../platform/db/database.ts';

/**
 * `count` SMS due now in a village of one household, written straight into the outbox (the crash
 * test and bench:outbox need the queue full, not the notices behind it). The village, its town and
 * county are made on first use; `tag` keeps the codes apart when called twice on one database.
 */
export async function seedSmsBatch(db: Database, count: number, tag = 'batch'): Promise<void> {
  await db.transaction(async (tx) => {
    await tx.query(`INSERT INTO county (id, name, code) VALUES (gen_random_uuid(), '测试县', $1)`, [
      `${tag}-county`,
    ]);
    await tx.query(
      `INSERT INTO town (id, county_id, name, code) SELECT gen_random_uuid(), id, '测试镇', $1 FROM county WHERE code = $2`,
      [`${tag}-town`, `${tag}-county`],
    );
    await tx.query(
      `INSERT INTO village (id, town_id, name, kind, code, area_code)
       SELECT gen_random_uuid(), id, '测试村', 'village', $1, '510113' FROM town WHERE code = $2`,
      [tag, `${tag}-town`],
    );
    await tx.query(
      `INSERT INTO villager_group (village_id, id, number, name) SELECT id, gen_random_uuid(), 1, '一组' FROM village WHERE code = $1`,
      [tag],
    );
    await tx.query(
      `INSERT INTO household (village_id, id, number, villager_group_id)
       SELECT g.village_id, gen_random_uuid(), '1', g.id FROM villager_group g JOIN village v ON v.id = g.village_id WHERE v.code = $1`,
      [tag],
    );
    await tx.query(
      `INSERT INTO outbox_message (village_id, id, reason, notice_id, cause_id, household_id, channel, recipient, payload)
       SELECT h.village_id, gen_random_uuid(), 'notice', gen_random_uuid(), gen_random_uuid(), h.id, 'sms',
         '1390000' || lpad(i::text, 4, '0'), jsonb_build_object('text', '【测试村】第' || i || '号通知')
       FROM household h JOIN village v ON v.id = h.village_id, generate_series(1, $2::int) AS i
       WHERE v.code = $1`,
      [tag, count],
    );
  });
}
