import { latestBirthDateForAge, type CalendarDate } from '@cunzhi/core/calendarDate';
import type { BodyKind, MemberRole } from '@cunzhi/core/bodies/bodyKinds';
import type { EvaluatorBody, Rating, RatingCounts } from '@cunzhi/core/evaluations/ratings';
import { ADULT_AGE } from '@cunzhi/core/registry/person';
import type { Queryable, Tx } from '../../platform/db/database.ts';
import { bulkInsert } from '../../platform/db/bulkInsert.ts';

/**
 * 民主评议's tables (migration 0018). The secret part — receipts apart from
 * ratings, the round's box, the published ratings — follows the meetings'
 * secret ballots (docs/security.md "Secret ballots"): no statement here
 * writes a receipt and a rating together.
 */

export type RoundStatus = 'open' | 'counted' | 'published';

export interface RoundRow {
  id: string;
  year: number;
  title: string;
  held_on: CalendarDate;
  evaluators: EvaluatorBody;
  status: RoundStatus;
  evaluators_due: number;
  paper_sheets: number;
  sheets: number | null;
  counted_on: CalendarDate | null;
  announce_by: CalendarDate | null;
  published_on: CalendarDate | null;
  notice_id: string | null;
  profile_id: string;
  profile_version: string;
  created_at: string;
}

const ROUND_COLUMNS = `id, year, title, held_on::text AS held_on, evaluators, status, evaluators_due,
  paper_sheets, sheets, counted_on::text AS counted_on, announce_by::text AS announce_by,
  published_on::text AS published_on, notice_id, profile_id, profile_version, created_at::text AS created_at`;

export async function findRound(
  db: Queryable,
  villageId: string,
  roundId: string,
  lock: '' | 'FOR SHARE' | 'FOR UPDATE' = '',
): Promise<RoundRow | null> {
  const [row] = await db.query<RoundRow>(
    `SELECT ${ROUND_COLUMNS} FROM evaluation_round WHERE village_id = $1 AND id = $2 ${lock}`,
    [villageId, roundId],
  );
  return row ?? null;
}

export async function listRoundRows(db: Queryable, villageId: string): Promise<RoundRow[]> {
  return db.query<RoundRow>(
    `SELECT ${ROUND_COLUMNS} FROM evaluation_round WHERE village_id = $1
     ORDER BY held_on DESC, created_at DESC`,
    [villageId],
  );
}

/** A round of the year not yet counted (a second one waits until it is). */
export async function openRoundOfYear(
  db: Queryable,
  villageId: string,
  year: number,
): Promise<string | null> {
  const [row] = await db.query<{ id: string }>(
    `SELECT id FROM evaluation_round WHERE village_id = $1 AND year = $2 AND status = 'open' LIMIT 1`,
    [villageId, year],
  );
  return row?.id ?? null;
}

export interface ServingCadre {
  membership_id: string;
  person_id: string;
  name: string;
  body_kind: BodyKind;
  role: MemberRole;
}

/** Serving members of the given bodies on a day, in the order a sheet lists them. */
export async function servingCadres(
  db: Queryable,
  villageId: string,
  kinds: readonly BodyKind[],
  on: CalendarDate,
): Promise<ServingCadre[]> {
  return db.query<ServingCadre>(
    `SELECT m.id AS membership_id, m.person_id, p.name, b.kind AS body_kind, m.role
     FROM body_membership m
     JOIN body_term t ON t.village_id = m.village_id AND t.id = m.term_id
     JOIN body b ON b.village_id = m.village_id AND b.id = m.body_id
     JOIN person p ON p.village_id = m.village_id AND p.id = m.person_id
     WHERE m.village_id = $1 AND b.kind = ANY($2::text[])
       AND t.starts_on <= $3::date AND $3::date <= t.ends_on
       AND m.starts_on <= $3::date AND (m.ended_on IS NULL OR $3::date < m.ended_on)
     ORDER BY array_position($2::text[], b.kind),
       array_position(ARRAY['chair', 'viceChair', 'member'], m.role), p.name, m.id`,
    [villageId, kinds, on],
  );
}

/**
 * SQL selecting the ids of a round's evaluators (`$1` village, `$2` round):
 * the representatives' meeting's serving members on the round's day, or the
 * village's adults (18 that day) for the assembly — never a cadre the round
 * evaluates (no one rates themselves).
 */
const EVALUATORS = `
  WITH r AS (SELECT held_on, evaluators FROM evaluation_round WHERE village_id = $1 AND id = $2)
  SELECT p.id FROM person p, r
  WHERE p.village_id = $1
    AND NOT EXISTS (SELECT 1 FROM evaluation_cadre c
                    WHERE c.village_id = $1 AND c.round_id = $2 AND c.person_id = p.id)
    AND CASE r.evaluators
      WHEN 'assembly' THEN p.birth_date <= $3::date
      ELSE EXISTS (
        SELECT 1 FROM body_membership m
        JOIN body_term t ON t.village_id = m.village_id AND t.id = m.term_id
        JOIN body b ON b.village_id = m.village_id AND b.id = m.body_id
        WHERE m.village_id = $1 AND m.person_id = p.id AND b.kind = 'representativesMeeting'
          AND t.starts_on <= r.held_on AND r.held_on <= t.ends_on
          AND m.starts_on <= r.held_on AND (m.ended_on IS NULL OR r.held_on < m.ended_on))
    END`;

const adultBorn = (round: { held_on: CalendarDate }) =>
  latestBirthDateForAge(round.held_on, ADULT_AGE);

/** How many evaluators the round has (its turnout's denominator). */
export async function countEvaluators(
  db: Queryable,
  villageId: string,
  round: { id: string; held_on: CalendarDate },
): Promise<number> {
  const [row] = await db.query<{ n: number }>(`SELECT count(*)::int AS n FROM (${EVALUATORS}) e`, [
    villageId,
    round.id,
    adultBorn(round),
  ]);
  return row?.n ?? 0;
}

/** Which of these persons are evaluators of the round. */
export async function evaluatorsAmong(
  db: Queryable,
  villageId: string,
  round: { id: string; held_on: CalendarDate },
  personIds: readonly string[],
): Promise<Set<string>> {
  const rows = await db.query<{ id: string }>(
    `SELECT e.id FROM (${EVALUATORS}) e WHERE e.id = ANY($4::uuid[])`,
    [villageId, round.id, adultBorn(round), personIds],
  );
  return new Set(rows.map((r) => r.id));
}

export async function insertRound(
  tx: Tx,
  villageId: string,
  r: {
    id: string;
    year: number;
    title: string;
    heldOn: CalendarDate;
    evaluators: EvaluatorBody;
    profile: { id: string; version: string };
    createdBy: string | null;
  },
): Promise<void> {
  await tx.query(
    `INSERT INTO evaluation_round (village_id, id, year, title, held_on, evaluators, status,
       evaluators_due, profile_id, profile_version, created_by)
     VALUES ($1, $2, $3, $4, $5, $6, 'open', 0, $7, $8, $9)`,
    [
      villageId,
      r.id,
      r.year,
      r.title,
      r.heldOn,
      r.evaluators,
      r.profile.id,
      r.profile.version,
      r.createdBy,
    ],
  );
}

export async function setEvaluatorsDue(
  tx: Tx,
  villageId: string,
  roundId: string,
  n: number,
): Promise<void> {
  await tx.query(
    'UPDATE evaluation_round SET evaluators_due = $3 WHERE village_id = $1 AND id = $2',
    [villageId, roundId, n],
  );
}

export async function insertCadres(
  tx: Tx,
  villageId: string,
  roundId: string,
  cadres: readonly ServingCadre[],
): Promise<void> {
  await bulkInsert(
    tx,
    'evaluation_cadre',
    ['village_id', 'round_id', 'membership_id', 'person_id', 'position'],
    cadres.map((c, i) => [villageId, roundId, c.membership_id, c.person_id, i + 1]),
  );
}

export interface CadreRow {
  membership_id: string;
  person_id: string;
  name: string;
  body_id: string;
  body_kind: BodyKind;
  role: MemberRole;
  paper_competent: number;
  paper_basically: number;
  paper_incompetent: number;
  competent: number | null;
  basically: number | null;
  incompetent: number | null;
  result: Rating | null;
  ends_office: boolean | null;
  ended_on: CalendarDate | null;
  end_reason: 'evaluation' | null;
}

/** The round's cadres in the sheet's order, with their office's body and how it stands now. */
export async function listCadres(
  db: Queryable,
  villageId: string,
  roundId: string,
): Promise<CadreRow[]> {
  return db.query<CadreRow>(
    `SELECT c.membership_id, c.person_id, p.name, m.body_id, b.kind AS body_kind, m.role,
       c.paper_competent, c.paper_basically, c.paper_incompetent, c.competent, c.basically,
       c.incompetent, c.result, c.ends_office, m.ended_on::text AS ended_on, m.end_reason
     FROM evaluation_cadre c
     JOIN body_membership m ON m.village_id = c.village_id AND m.id = c.membership_id
     JOIN body b ON b.village_id = m.village_id AND b.id = m.body_id
     JOIN person p ON p.village_id = c.village_id AND p.id = c.person_id
     WHERE c.village_id = $1 AND c.round_id = $2 ORDER BY c.position`,
    [villageId, roundId],
  );
}

export interface PreviousResult {
  membership_id: string;
  round_id: string;
  title: string;
  result: Rating;
}

/**
 * Each cadre's previous evaluation: the latest other counted round, held
 * before this one, that evaluated the same person as a member of the same
 * kind of body (a member re-elected carries their last result into the new
 * term: the statute counts the member's evaluations, not the term's).
 */
export async function previousResults(
  db: Queryable,
  villageId: string,
  round: { id: string; held_on: CalendarDate; created_at: string },
): Promise<Map<string, PreviousResult>> {
  const rows = await db.query<PreviousResult>(
    `SELECT DISTINCT ON (c.membership_id) c.membership_id, r.id AS round_id, r.title, pc.result
     FROM evaluation_cadre c
     JOIN body_membership cm ON cm.village_id = c.village_id AND cm.id = c.membership_id
     JOIN body cb ON cb.village_id = cm.village_id AND cb.id = cm.body_id
     JOIN evaluation_cadre pc ON pc.village_id = c.village_id AND pc.person_id = c.person_id
       AND pc.round_id <> c.round_id AND pc.result IS NOT NULL
     JOIN body_membership pm ON pm.village_id = pc.village_id AND pm.id = pc.membership_id
     JOIN body pb ON pb.village_id = pm.village_id AND pb.id = pm.body_id AND pb.kind = cb.kind
     JOIN evaluation_round r ON r.village_id = pc.village_id AND r.id = pc.round_id
     WHERE c.village_id = $1 AND c.round_id = $2
       AND (r.held_on, r.created_at) < ($3::date, $4::timestamptz)
     ORDER BY c.membership_id, r.held_on DESC, r.created_at DESC`,
    [villageId, round.id, round.held_on, round.created_at],
  );
  return new Map(rows.map((r) => [r.membership_id, r]));
}

/** A receipt: false when the person has one already (the primary key decides, not a prior read). */
export async function insertEvaluationReceipts(
  tx: Tx,
  villageId: string,
  roundId: string,
  personIds: readonly string[],
): Promise<number> {
  const rows = await tx.query(
    `INSERT INTO evaluation_receipt (village_id, round_id, person_id)
     SELECT $1, $2, unnest($3::uuid[])
     ON CONFLICT (village_id, round_id, person_id) DO NOTHING RETURNING person_id`,
    [villageId, roundId, personIds],
  );
  return rows.length;
}

export async function hasReceipt(
  db: Queryable,
  villageId: string,
  roundId: string,
  personId: string,
): Promise<boolean> {
  const rows = await db.query(
    'SELECT 1 FROM evaluation_receipt WHERE village_id = $1 AND round_id = $2 AND person_id = $3',
    [villageId, roundId, personId],
  );
  return rows.length > 0;
}

export async function countEvaluationReceipts(
  db: Queryable,
  villageId: string,
  roundId: string,
): Promise<number> {
  const [row] = await db.query<{ n: number }>(
    'SELECT count(*)::int AS n FROM evaluation_receipt WHERE village_id = $1 AND round_id = $2',
    [villageId, roundId],
  );
  return row?.n ?? 0;
}

/** Adds a paper tally: the sheets to the round, each cadre's ratings to theirs. */
export async function addPaperTally(
  tx: Tx,
  villageId: string,
  roundId: string,
  sheets: number,
  cadres: ReadonlyArray<{ membershipId: string; counts: RatingCounts }>,
): Promise<void> {
  await tx.query(
    'UPDATE evaluation_round SET paper_sheets = paper_sheets + $3 WHERE village_id = $1 AND id = $2',
    [villageId, roundId, sheets],
  );
  for (const c of cadres)
    await tx.query(
      `UPDATE evaluation_cadre SET paper_competent = paper_competent + $4,
         paper_basically = paper_basically + $5, paper_incompetent = paper_incompetent + $6
       WHERE village_id = $1 AND round_id = $2 AND membership_id = $3`,
      [
        villageId,
        roundId,
        c.membershipId,
        c.counts.competent,
        c.counts.basicallyCompetent,
        c.counts.incompetent,
      ],
    );
}

/** The published ratings, in the order of their random ids (which is also their order on disk). */
export async function insertRatings(
  tx: Tx,
  villageId: string,
  roundId: string,
  ratings: ReadonlyArray<{ id: string; membershipId: string; rating: Rating }>,
): Promise<void> {
  const sorted = [...ratings].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  await bulkInsert(
    tx,
    'evaluation_rating',
    ['village_id', 'round_id', 'id', 'membership_id', 'rating'],
    sorted.map((r) => [villageId, roundId, r.id, r.membershipId, r.rating]),
  );
}

/** The count: the round's figures and each cadre's counts, result and whether it ends the office. */
export async function markCounted(
  tx: Tx,
  villageId: string,
  roundId: string,
  round: { sheets: number; countedOn: CalendarDate; announceBy: CalendarDate },
  cadres: ReadonlyArray<{
    membershipId: string;
    counts: RatingCounts;
    result: Rating;
    endsOffice: boolean;
  }>,
): Promise<void> {
  await tx.query(
    `UPDATE evaluation_round SET status = 'counted', sheets = $3, counted_on = $4, announce_by = $5
     WHERE village_id = $1 AND id = $2`,
    [villageId, roundId, round.sheets, round.countedOn, round.announceBy],
  );
  for (const c of cadres)
    await tx.query(
      `UPDATE evaluation_cadre SET competent = $4, basically = $5, incompetent = $6, result = $7,
         ends_office = $8
       WHERE village_id = $1 AND round_id = $2 AND membership_id = $3`,
      [
        villageId,
        roundId,
        c.membershipId,
        c.counts.competent,
        c.counts.basicallyCompetent,
        c.counts.incompetent,
        c.result,
        c.endsOffice,
      ],
    );
}

export async function markPublished(
  tx: Tx,
  villageId: string,
  roundId: string,
  publishedOn: CalendarDate,
  noticeId: string,
): Promise<void> {
  await tx.query(
    `UPDATE evaluation_round SET status = 'published', published_on = $3, notice_id = $4
     WHERE village_id = $1 AND id = $2`,
    [villageId, roundId, publishedOn, noticeId],
  );
}

/** Ends an office by the evaluation's result (only one still serving: an office ended otherwise stays so). */
export async function endOfficeByEvaluation(
  tx: Tx,
  villageId: string,
  membershipId: string,
  endedOn: CalendarDate,
): Promise<boolean> {
  const rows = await tx.query(
    `UPDATE body_membership SET ended_on = $3, end_reason = 'evaluation'
     WHERE village_id = $1 AND id = $2 AND ended_on IS NULL RETURNING id`,
    [villageId, membershipId, endedOn],
  );
  return rows.length > 0;
}

/** The ratings' digest as the count's audit event recorded it. */
export async function recordedRatingsDigest(
  db: Queryable,
  villageId: string,
  roundId: string,
): Promise<string | null> {
  const [row] = await db.query<{ digest: string | null }>(
    `SELECT data->'ratings'->>'digest' AS digest FROM audit_event
     WHERE chain_id = $1 AND target_type = 'evaluationRound' AND target_id = $2
       AND action = 'evaluation.counted'
     ORDER BY seq DESC LIMIT 1`,
    [villageId, roundId],
  );
  return row?.digest ?? null;
}

/** Which of these persons already hold a receipt of the round. */
export async function receiptsAmong(
  db: Queryable,
  villageId: string,
  roundId: string,
  personIds: readonly string[],
): Promise<Set<string>> {
  const rows = await db.query<{ person_id: string }>(
    `SELECT person_id FROM evaluation_receipt
     WHERE village_id = $1 AND round_id = $2 AND person_id = ANY($3::uuid[])`,
    [villageId, roundId, personIds],
  );
  return new Set(rows.map((r) => r.person_id));
}

/** The round's evaluators by name, and whether each has handed in a sheet (on the phone or on paper). */
export async function listEvaluatorRows(
  db: Queryable,
  villageId: string,
  round: { id: string; held_on: CalendarDate },
): Promise<Array<{ personId: string; name: string; handedIn: boolean }>> {
  return db.query(
    `SELECT p.id AS "personId", p.name, (x.person_id IS NOT NULL) AS "handedIn"
     FROM (${EVALUATORS}) e
     JOIN person p ON p.village_id = $1 AND p.id = e.id
     LEFT JOIN evaluation_receipt x ON x.village_id = $1 AND x.round_id = $2 AND x.person_id = p.id
     ORDER BY p.name, p.id`,
    [villageId, round.id, adultBorn(round)],
  );
}
