import type { Queryable } from '../../../platform/db/database.ts';

export interface PointsRanking {
  schemeId: string;
  year: number;
  title: string;
  status: string;
  /** The villages of the scope in the county's ranking order: rank, weighted total, award in fen. */
  rows: Array<{ villageId: string; rank: number; total: number; amount: number }>;
}

/**
 * 积分换项目: the county's latest computed ranking, narrowed to the villages of the scope (a town
 * sees where its villages stand in the county). Null before any ranking was computed.
 */
export async function pointsRanking(
  db: Queryable,
  ids: readonly string[],
): Promise<PointsRanking | null> {
  const rows = await db.query<{
    scheme_id: string;
    year: number;
    title: string;
    status: string;
    village_id: string;
    rank: number;
    total: number;
    amount: string | number;
  }>(
    `WITH latest AS (
       SELECT s.county_id, s.id, s.year, s.title, s.status FROM county_points_scheme s
        WHERE EXISTS (SELECT 1 FROM county_points_result r
                       WHERE r.county_id = s.county_id AND r.scheme_id = s.id AND r.village_id = ANY($1::uuid[]))
        ORDER BY s.year DESC LIMIT 1)
     SELECT l.id AS scheme_id, l.year, l.title, l.status, r.village_id, r.rank, r.total, r.amount
       FROM latest l JOIN county_points_result r ON r.county_id = l.county_id AND r.scheme_id = l.id
      WHERE r.village_id = ANY($1::uuid[])
      ORDER BY r.rank`,
    [ids],
  );
  const [first] = rows;
  if (!first) return null;
  return {
    schemeId: first.scheme_id,
    year: first.year,
    title: first.title,
    status: first.status,
    rows: rows.map((r) => ({
      villageId: r.village_id,
      rank: r.rank,
      total: r.total,
      amount: Number(r.amount),
    })),
  };
}
