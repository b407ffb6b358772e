import type { Queryable } from '../../platform/db/database.ts';
import {
  countEvaluationReceipts,
  evaluatorsAmong,
  findRound,
  hasReceipt,
  listEvaluatorRows,
  listCadres,
  previousResults,
  recordedRatingsDigest,
  type RoundRow,
} from './repository.ts';

export interface RoundListRow extends RoundRow {
  cadres: number;
  sheets_in: number;
  offices_ended: number;
}

/** The village's rounds, newest first, each with its cadres, sheets in and offices ended (one statement). */
export async function roundList(
  { db }: { db: Queryable },
  villageId: string,
): Promise<RoundListRow[]> {
  return db.query<RoundListRow>(
    `SELECT r.id, r.year, r.title, r.held_on::text AS held_on, r.evaluators, r.status,
       r.evaluators_due, r.paper_sheets, r.sheets, r.counted_on::text AS counted_on,
       r.announce_by::text AS announce_by, r.published_on::text AS published_on, r.notice_id,
       r.profile_id, r.profile_version, r.created_at::text AS created_at,
       (SELECT count(*)::int FROM evaluation_cadre c WHERE c.village_id = r.village_id AND c.round_id = r.id) AS cadres,
       (SELECT count(*)::int FROM evaluation_receipt x WHERE x.village_id = r.village_id AND x.round_id = r.id) AS sheets_in,
       (SELECT count(*)::int FROM evaluation_cadre c JOIN body_membership m
          ON m.village_id = c.village_id AND m.id = c.membership_id
        WHERE c.village_id = r.village_id AND c.round_id = r.id AND c.ends_office
          AND r.status = 'published' AND m.end_reason = 'evaluation') AS offices_ended
     FROM evaluation_round r WHERE r.village_id = $1
     ORDER BY r.held_on DESC, r.created_at DESC`,
    [villageId],
  );
}

/** A round's page: the round, its cadres with their previous result, the sheets in, the digest and notice. */
export async function roundPage({ db }: { db: Queryable }, villageId: string, roundId: string) {
  const round = await findRound(db, villageId, roundId);
  if (!round) return null;
  const [cadres, previous, receipts, digest, notice] = await Promise.all([
    listCadres(db, villageId, roundId),
    previousResults(db, villageId, round),
    countEvaluationReceipts(db, villageId, roundId),
    recordedRatingsDigest(db, villageId, roundId),
    round.notice_id
      ? db.query<{ id: string; title: string }>(
          'SELECT id, title FROM notice WHERE village_id = $1 AND id = $2',
          [villageId, round.notice_id],
        )
      : Promise.resolve([]),
  ]);
  return { round, cadres, previous, receipts, digest, notice: notice[0] ?? null };
}

export type RoundPageData = NonNullable<Awaited<ReturnType<typeof roundPage>>>;

/** An evaluator's sheet: the round, its cadres, whether this person evaluates and has rated. */
export async function sheetOf(
  { db }: { db: Queryable },
  villageId: string,
  roundId: string,
  personId: string | null,
) {
  const round = await findRound(db, villageId, roundId);
  if (!round) return null;
  const cadres = await listCadres(db, villageId, roundId);
  const evaluator =
    personId !== null && (await evaluatorsAmong(db, villageId, round, [personId])).has(personId);
  const rated = personId !== null && (await hasReceipt(db, villageId, roundId, personId));
  return { round, cadres, evaluator, rated };
}

export async function villageName({ db }: { db: Queryable }, villageId: string): Promise<string> {
  const [row] = await db.query<{ name: string }>('SELECT name FROM village WHERE id = $1', [
    villageId,
  ]);
  return row?.name ?? '';
}

/** The round's evaluators for the host's paper entry (null: no such round). */
export async function evaluatorList({ db }: { db: Queryable }, villageId: string, roundId: string) {
  const round = await findRound(db, villageId, roundId);
  return round ? listEvaluatorRows(db, villageId, round) : null;
}
