import type { Indicator, WeightedIndicator } from '@cunzhi/core/countyPoints/indicators';
import type { RankedVillage, RankTier } from '@cunzhi/core/countyPoints/ranking';
import type { SchemeState } from '@cunzhi/core/countyPoints/procedure';
import type { Queryable, Tx } from '../../platform/db/database.ts';
import { bulkInsert } from '../../platform/db/bulkInsert.ts';

/** A scheme as stored (the fund in fen, read back as a number: well inside 2^53). */
export interface SchemeRow {
  county_id: string;
  id: string;
  year: number;
  title: string;
  fund: number;
  top_n: number;
  publicity_days: number;
  indicators: WeightedIndicator[];
  tiers: RankTier[];
  tie_break: Indicator[];
  status: SchemeState;
  computed_on: string | null;
  publicity_round: number;
  publicity_starts_on: string | null;
  publicity_ends_on: string | null;
  finalised_on: string | null;
  awarded_on: string | null;
  county_name: string;
}

export interface FactRow {
  village_id: string;
  indicator: Indicator;
  count: number;
  source: 'platform' | 'town';
  evidence: string | null;
  reported_by: string | null;
  verified_by: string | null;
  corrected_by_contest: string | null;
}

export interface CountyVillage {
  id: string;
  name: string;
  code: string;
  town_id: string;
  town_name: string;
}

export async function insertScheme(
  tx: Tx,
  s: Omit<
    SchemeRow,
    | 'status'
    | 'computed_on'
    | 'publicity_round'
    | 'publicity_starts_on'
    | 'publicity_ends_on'
    | 'finalised_on'
    | 'awarded_on'
    | 'county_name'
  > & { created_by: string },
): Promise<boolean> {
  const rows = await tx.query(
    `INSERT INTO county_points_scheme
       (county_id, id, year, title, fund, top_n, publicity_days, indicators, tiers, tie_break, created_by)
     VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11)
     ON CONFLICT (county_id, year) DO NOTHING RETURNING id`,
    [
      s.county_id,
      s.id,
      s.year,
      s.title,
      s.fund,
      s.top_n,
      s.publicity_days,
      JSON.stringify(s.indicators),
      JSON.stringify(s.tiers),
      JSON.stringify(s.tie_break),
      s.created_by,
    ],
  );
  return rows.length === 1;
}

const SCHEME_SELECT = `SELECT s.county_id, s.id, s.year, s.title, s.fund, s.top_n, s.publicity_days,
    s.indicators, s.tiers, s.tie_break, s.status, s.computed_on::text, s.publicity_round,
    s.publicity_starts_on::text, s.publicity_ends_on::text, s.finalised_on::text,
    s.awarded_on::text, c.name AS county_name
  FROM county_points_scheme s JOIN county c ON c.id = s.county_id`;

/** A scheme; `lock` holds it for the command (steps of one scheme queue, never interleave). */
export async function findScheme(
  db: Queryable,
  schemeId: string,
  lock = false,
): Promise<SchemeRow | null> {
  const [row] = await db.query<SchemeRow>(
    `${SCHEME_SELECT} WHERE s.id = $1${lock ? ' FOR UPDATE OF s' : ''}`,
    [schemeId],
  );
  return row ?? null;
}

/** The schemes of these counties, the latest year first. */
export async function schemesOf(db: Queryable, countyIds: readonly string[]): Promise<SchemeRow[]> {
  if (countyIds.length === 0) return [];
  return db.query<SchemeRow>(
    `${SCHEME_SELECT} WHERE s.county_id = ANY($1::uuid[]) ORDER BY s.year DESC, c.name`,
    [countyIds],
  );
}

export async function updateScheme(
  tx: Tx,
  s: SchemeRow,
  patch: Partial<
    Pick<
      SchemeRow,
      | 'status'
      | 'computed_on'
      | 'publicity_round'
      | 'publicity_starts_on'
      | 'publicity_ends_on'
      | 'finalised_on'
      | 'awarded_on'
    >
  >,
): Promise<void> {
  const next = { ...s, ...patch };
  await tx.query(
    `UPDATE county_points_scheme SET status = $3, computed_on = $4, publicity_round = $5,
       publicity_starts_on = $6, publicity_ends_on = $7, finalised_on = $8, awarded_on = $9,
       version = version + 1
     WHERE county_id = $1 AND id = $2`,
    [
      s.county_id,
      s.id,
      next.status,
      next.computed_on,
      next.publicity_round,
      next.publicity_starts_on,
      next.publicity_ends_on,
      next.finalised_on,
      next.awarded_on,
    ],
  );
}

/** Every village of the county, by town and code (the ranking's order of entry). */
export async function countyVillages(db: Queryable, countyId: string): Promise<CountyVillage[]> {
  return db.query<CountyVillage>(
    `SELECT v.id, v.name, v.code, t.id AS town_id, t.name AS town_name
       FROM village v JOIN town t ON t.id = v.town_id
      WHERE t.county_id = $1 ORDER BY t.code, v.code`,
    [countyId],
  );
}

export async function factsOf(
  db: Queryable,
  s: { county_id: string; id: string },
): Promise<FactRow[]> {
  return db.query<FactRow>(
    `SELECT village_id, indicator, count, source, evidence, reported_by, verified_by,
            corrected_by_contest
       FROM county_points_fact WHERE county_id = $1 AND scheme_id = $2`,
    [s.county_id, s.id],
  );
}

/** The town's figure (reported again: the county's verification starts over). */
export async function upsertTownFact(
  tx: Tx,
  s: { county_id: string; id: string },
  f: {
    villageId: string;
    indicator: Indicator;
    count: number;
    evidence: string;
    by: string;
    at: Date;
  },
): Promise<void> {
  await tx.query(
    `INSERT INTO county_points_fact (county_id, scheme_id, village_id, indicator, count, source,
        evidence, reported_by, reported_at)
     VALUES ($1, $2, $3, $4, $5, 'town', $6, $7, $8)
     ON CONFLICT (county_id, scheme_id, village_id, indicator) DO UPDATE SET count = EXCLUDED.count,
       evidence = EXCLUDED.evidence, reported_by = EXCLUDED.reported_by,
       reported_at = EXCLUDED.reported_at, verified_by = NULL, verified_at = NULL`,
    [s.county_id, s.id, f.villageId, f.indicator, f.count, f.evidence, f.by, f.at],
  );
}

export async function markVerified(
  tx: Tx,
  s: { county_id: string; id: string },
  f: { villageId: string; indicator: Indicator; by: string; at: Date },
): Promise<void> {
  await tx.query(
    `UPDATE county_points_fact SET verified_by = $5, verified_at = $6
      WHERE county_id = $1 AND scheme_id = $2 AND village_id = $3 AND indicator = $4`,
    [s.county_id, s.id, f.villageId, f.indicator, f.by, f.at],
  );
}

/**
 * The platform's own counts for the year, per village of the county: no petitioner or party is
 * read, only how many. A petition counts when it was not settled at the first answer (a review
 * or re-review was asked for, or the same facts came again); a dispute when mediation ended
 * without agreement.
 */
export async function platformCounts(
  db: Queryable,
  countyId: string,
  year: number,
): Promise<Array<{ village_id: string; petitions: number; disputes: number }>> {
  return db.query(
    `SELECT v.id AS village_id,
       (SELECT count(*)::int FROM petition p
         WHERE p.village_id = v.id AND p.received_on BETWEEN make_date($2, 1, 1) AND make_date($2, 12, 31)
           AND (p.same_facts_as IS NOT NULL OR p.review_opinion IS NOT NULL
                OR p.status IN ('reviewing', 'reviewed', 'reReviewing'))) AS petitions,
       (SELECT count(*)::int FROM dispute d
         WHERE d.village_id = v.id AND d.year = $2 AND d.ended_on IS NOT NULL) AS disputes
       FROM village v JOIN town t ON t.id = v.town_id WHERE t.county_id = $1`,
    [countyId, year],
  );
}

/** The platform's counts written as facts; a count corrected on a contest is kept. */
export async function writePlatformFacts(
  tx: Tx,
  s: { county_id: string; id: string },
  facts: ReadonlyArray<{ villageId: string; indicator: Indicator; count: number }>,
): Promise<void> {
  for (const f of facts)
    await tx.query(
      `INSERT INTO county_points_fact (county_id, scheme_id, village_id, indicator, count, source)
       VALUES ($1, $2, $3, $4, $5, 'platform')
       ON CONFLICT (county_id, scheme_id, village_id, indicator) DO UPDATE SET count = EXCLUDED.count
         WHERE county_points_fact.corrected_by_contest IS NULL`,
      [s.county_id, s.id, f.villageId, f.indicator, f.count],
    );
}

export async function correctFact(
  tx: Tx,
  s: { county_id: string; id: string },
  f: { villageId: string; indicator: Indicator; count: number; contestId: string },
): Promise<void> {
  await tx.query(
    `UPDATE county_points_fact SET count = $5, corrected_by_contest = $6
      WHERE county_id = $1 AND scheme_id = $2 AND village_id = $3 AND indicator = $4`,
    [s.county_id, s.id, f.villageId, f.indicator, f.count, f.contestId],
  );
}

export async function replaceResults(
  tx: Tx,
  s: { county_id: string; id: string },
  ranked: readonly RankedVillage[],
): Promise<void> {
  await tx.query('DELETE FROM county_points_result WHERE county_id = $1 AND scheme_id = $2', [
    s.county_id,
    s.id,
  ]);
  await bulkInsert(
    tx,
    'county_points_result',
    ['county_id', 'scheme_id', 'village_id', 'total', 'by_indicator', 'rank', 'amount'],
    ranked.map((r) => [
      s.county_id,
      s.id,
      r.villageId,
      r.total,
      JSON.stringify(r.byIndicator),
      r.rank,
      r.amount.toString(),
    ]),
  );
}

export interface ResultRow {
  village_id: string;
  total: number;
  by_indicator: Record<string, number>;
  rank: number;
  amount: number;
  matter_id: string | null;
  matter_number: number | null;
}

export async function resultsOf(
  db: Queryable,
  s: { county_id: string; id: string },
): Promise<ResultRow[]> {
  return db.query<ResultRow>(
    `SELECT r.village_id, r.total, r.by_indicator, r.rank, r.amount, r.matter_id,
            m.number AS matter_number
       FROM county_points_result r
       LEFT JOIN matter m ON m.village_id = r.village_id AND m.id = r.matter_id
      WHERE r.county_id = $1 AND r.scheme_id = $2 ORDER BY r.rank, r.village_id`,
    [s.county_id, s.id],
  );
}

export async function setResultMatter(
  tx: Tx,
  s: { county_id: string; id: string },
  villageId: string,
  matterId: string,
): Promise<void> {
  await tx.query(
    `UPDATE county_points_result SET matter_id = $4
      WHERE county_id = $1 AND scheme_id = $2 AND village_id = $3`,
    [s.county_id, s.id, villageId, matterId],
  );
}

export interface ContestRow {
  id: string;
  village_id: string;
  indicator: Indicator;
  claimed_count: number;
  reason: string;
  publicity_round: number;
  filed_on: string;
  decision: 'upheld' | 'dismissed' | null;
  decision_reason: string | null;
  corrected_count: number | null;
  decided_on: string | null;
}

export async function contestsOf(
  db: Queryable,
  s: { county_id: string; id: string },
): Promise<ContestRow[]> {
  return db.query<ContestRow>(
    `SELECT id, village_id, indicator, claimed_count, reason, publicity_round, filed_on::text,
            decision, decision_reason, corrected_count, decided_on::text
       FROM county_points_contest WHERE county_id = $1 AND scheme_id = $2
      ORDER BY filed_on, id`,
    [s.county_id, s.id],
  );
}

export async function insertContest(
  tx: Tx,
  s: { county_id: string; id: string },
  c: {
    id: string;
    villageId: string;
    indicator: Indicator;
    claimedCount: number;
    reason: string;
    round: number;
    by: string;
    on: string;
  },
): Promise<void> {
  await tx.query(
    `INSERT INTO county_points_contest (county_id, scheme_id, id, village_id, indicator,
        claimed_count, reason, publicity_round, filed_by, filed_on)
     VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10)`,
    [
      s.county_id,
      s.id,
      c.id,
      c.villageId,
      c.indicator,
      c.claimedCount,
      c.reason,
      c.round,
      c.by,
      c.on,
    ],
  );
}

export async function decideContestRow(
  tx: Tx,
  s: { county_id: string; id: string },
  d: {
    id: string;
    decision: 'upheld' | 'dismissed';
    reason: string;
    correctedCount: number | null;
    by: string;
    on: string;
  },
): Promise<boolean> {
  const rows = await tx.query(
    `UPDATE county_points_contest SET decision = $4, decision_reason = $5, corrected_count = $6,
        decided_by = $7, decided_on = $8
      WHERE county_id = $1 AND scheme_id = $2 AND id = $3 AND decision IS NULL RETURNING id`,
    [s.county_id, s.id, d.id, d.decision, d.reason, d.correctedCount, d.by, d.on],
  );
  return rows.length === 1;
}

/** The counties of the villages whose leaders the actor is (a village's view of its county's schemes). */
export async function countiesOfVillages(
  db: Queryable,
  villageIds: readonly string[],
): Promise<Array<{ village_id: string; town_id: string; county_id: string }>> {
  if (villageIds.length === 0) return [];
  return db.query(
    `SELECT v.id AS village_id, t.id AS town_id, t.county_id
       FROM village v JOIN town t ON t.id = v.town_id WHERE v.id = ANY($1::uuid[])`,
    [villageIds],
  );
}

export async function countyNames(
  db: Queryable,
  countyIds: readonly string[],
): Promise<Array<{ id: string; name: string }>> {
  if (countyIds.length === 0) return [];
  return db.query('SELECT id, name FROM county WHERE id = ANY($1::uuid[]) ORDER BY name', [
    countyIds,
  ]);
}

/** The counties of the towns an official serves in. */
export async function countiesOfTowns(
  db: Queryable,
  townIds: readonly string[],
): Promise<string[]> {
  if (townIds.length === 0) return [];
  const rows = await db.query<{ county_id: string }>(
    'SELECT DISTINCT county_id FROM town WHERE id = ANY($1::uuid[])',
    [townIds],
  );
  return rows.map((r) => r.county_id);
}

/** The county's towns, and whether a town government official serves in each (the demo's reporters). */
export async function townsOfCounty(
  db: Queryable,
  countyId: string,
): Promise<Array<{ id: string; code: string; name: string; official: string | null }>> {
  return db.query(
    `SELECT t.id, t.code, t.name,
       (SELECT s.account_id FROM staff_scope s
         WHERE s.level = 'town' AND s.scope_id = t.id AND s.unit = 'government'
         ORDER BY s.account_id LIMIT 1) AS official
       FROM town t WHERE t.county_id = $1 ORDER BY t.code`,
    [countyId],
  );
}
