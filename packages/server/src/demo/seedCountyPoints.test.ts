import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { calendarDate } from '@cunzhi/core/calendarDate';
import { verifyChain } from '../platform/audit/verifyChain.ts';
import type { Database } from '../platform/db/database.ts';
import { seededShowcase } from '../testing/showcase.ts';
import { seedShowcaseCountyPoints } from './seedCountyPoints.ts';

const TODAY = calendarDate('2026-11-21');

let db: Database;
let villageId: string;

beforeAll(async () => {
  const seeded = await seededShowcase(TODAY);
  ({ db, villageId } = seeded);
  await seedShowcaseCountyPoints(seeded.ctx, seeded.accounts, TODAY);
}, 180_000);

afterAll(async () => {
  await db?.close();
});

describe('the demo county’s 积分换项目', () => {
  it('last year awarded (the fund to the fen, a matter in each winner), this year collecting', async () => {
    const schemes = await db.query<{ county_id: string; year: number; status: string }>(
      'SELECT county_id, year, status FROM county_points_scheme ORDER BY year',
    );
    expect(schemes.map((s) => [s.year, s.status])).toEqual([
      [2025, 'awarded'],
      [2026, 'collecting'],
    ]);
    const [sum] = await db.query<{ total: string; winners: number; matters: number }>(
      `SELECT sum(amount)::text AS total, count(*) FILTER (WHERE amount > 0)::int AS winners,
              count(matter_id)::int AS matters
         FROM county_points_result r JOIN county_points_scheme s ON s.id = r.scheme_id
        WHERE s.year = 2025`,
    );
    expect(sum).toEqual({ total: '1000000000', winners: sum!.matters, matters: sum!.matters });
    expect(sum!.winners).toBeGreaterThanOrEqual(5);
    // the showcase community's contest was upheld: its illegal building corrected to none
    const [fact] = await db.query<{ count: number; corrected: boolean }>(
      `SELECT count, corrected_by_contest IS NOT NULL AS corrected FROM county_points_fact
        WHERE village_id = $1 AND indicator = 'zeroIllegalBuildings'
          AND scheme_id = (SELECT id FROM county_points_scheme WHERE year = 2025)`,
      [villageId],
    );
    expect(fact).toEqual({ count: 0, corrected: true });
    expect((await verifyChain(db, schemes[0]!.county_id)).ok).toBe(true);
    expect((await verifyChain(db, villageId)).ok).toBe(true);
  });
});
