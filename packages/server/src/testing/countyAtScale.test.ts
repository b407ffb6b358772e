import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { CalendarDate } from '@cunzhi/core/calendarDate';
import type { Database } from '../platform/db/database.ts';
import { generateCountyAtScale, type GeneratedCounty } from './countyAtScale.ts';
import { describeDatabase, openTestDatabase } from './testDatabase.ts';

const TODAY = '2026-12-07' as CalendarDate;

/**
 * The bench's county generator (npm run bench:county) at a small scale, every key checked row by
 * row, so that it keeps up with the schema: a migration that adds a required column or a
 * constraint fails here, not in a bench run an hour long.
 */
describe(`county at scale, generated small (${describeDatabase()})`, () => {
  let db: Database;
  let county: GeneratedCounty;
  beforeAll(async () => {
    db = await openTestDatabase();
    county = await generateCountyAtScale(
      db,
      {
        villages: 3,
        persons: 1_500,
        pointEvents: 6_000,
        years: 5,
        villagesPerTown: 2,
        checkForeignKeys: true,
      },
      TODAY,
    );
  });
  afterAll(async () => {
    await db.close();
  });

  it('writes the persons and point events asked for, over the villages and towns', () => {
    expect(county.rows).toMatchObject({ town: 2, village: 3, person: 1_500, points_entry: 6_000 });
    expect(county.rows.household).toBeGreaterThan(300);
    expect(county.rows.household).toBeLessThan(700);
  });

  it('gives every household one head and a points account, every village its share of persons', async () => {
    const [h] = await db.query<{ headless: number; accountless: number }>(
      `SELECT count(*) FILTER (WHERE NOT EXISTS (SELECT 1 FROM person p WHERE p.village_id = h.village_id
                AND p.household_id = h.id AND p.relation_to_head = 'head'))::int AS headless,
              count(*) FILTER (WHERE NOT EXISTS (SELECT 1 FROM points_account a WHERE a.village_id = h.village_id
                AND a.household_id = h.id))::int AS accountless
         FROM household h`,
    );
    expect(h).toEqual({ headless: 0, accountless: 0 });
    const perVillage = await db.query<{ n: number }>(
      'SELECT count(*)::int AS n FROM person GROUP BY village_id ORDER BY n',
    );
    expect(perVillage.map((r) => r.n)).toEqual([500, 500, 500]);
  });

  it('spreads five years of records, some still open and some past their day', async () => {
    const [r] = await db.query<Record<string, number>>(
      `SELECT (SELECT count(*) FROM complaint WHERE status = 'received' AND due_on < $1)::int AS overdue_complaints,
              (SELECT count(*) FROM complaint WHERE status = 'answered')::int AS answered_complaints,
              (SELECT count(*) FROM notice_question WHERE answered_on IS NULL)::int AS unanswered,
              (SELECT count(*) FROM spending_hold WHERE status = 'proposed')::int AS open_holds,
              (SELECT count(*) FROM service_request WHERE state = 'processing' AND due_on < $1)::int AS overdue_services,
              (SELECT count(*) FROM party_meeting WHERE held_on >= '2026-10-01')::int AS this_quarter,
              (SELECT min(effective_on) FROM points_entry) <= '2021-12-31' AS five_years_of_points,
              (SELECT count(*) FROM staff_scope WHERE level = 'county' AND scope_id = $2)::int AS county_officials`,
      [TODAY, county.countyId],
    );
    expect(r).toMatchObject({
      answered_complaints: 174,
      open_holds: 4,
      this_quarter: 6,
      county_officials: 1,
    });
    expect(r!.overdue_complaints).toBeGreaterThan(0);
    expect(r!.unanswered).toBeGreaterThan(0);
    expect(r!.overdue_services).toBeGreaterThan(0);
    expect(r!.five_years_of_points).toBe(true);
  });
});
