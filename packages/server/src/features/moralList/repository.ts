import type { CalendarDate } from '@cunzhi/core/calendarDate';
import type {
  BodyVote,
  MoralDecidingBody,
  MoralListKind,
  MoralListingState,
} from '@cunzhi/core/moralList/rules';
import type { Queryable, Tx } from '../../platform/db/database.ts';
import { servingMembers } from '../rules/queries/composition.ts';

export interface RulesRow {
  id: string;
  version: number;
  deciding_body: MoralDecidingBody;
  red_months: number;
  black_months: number;
  answer_days: number;
  consequences: string;
  resolution_id: string;
  resolution_year: number;
  resolution_number: number;
  resolution_title: string;
  adopted_on: CalendarDate;
}

const RULES_SELECT = `SELECT r.id, r.version, r.deciding_body, r.red_months, r.black_months, r.answer_days,
    r.consequences, r.resolution_id, s.year AS resolution_year, s.number AS resolution_number,
    s.title AS resolution_title, r.adopted_on
  FROM moral_list_rules r JOIN resolution s ON s.village_id = r.village_id AND s.id = r.resolution_id`;

/** The rules in force: the latest version adopted on or before `on`. */
export async function rulesInForce(
  db: Queryable,
  villageId: string,
  on: CalendarDate,
): Promise<RulesRow | null> {
  const [row] = await db.query<RulesRow>(
    `${RULES_SELECT} WHERE r.village_id = $1 AND r.adopted_on <= $2 ORDER BY r.version DESC LIMIT 1`,
    [villageId, on],
  );
  return row ?? null;
}

export async function findRules(db: Queryable, villageId: string, id: string) {
  const [row] = await db.query<RulesRow>(`${RULES_SELECT} WHERE r.village_id = $1 AND r.id = $2`, [
    villageId,
    id,
  ]);
  return row ?? null;
}

/** What the rules say, as recorded from the resolution that adopted them. */
export interface RulesValues {
  decidingBody: MoralDecidingBody;
  redMonths: number;
  blackMonths: number;
  answerDays: number;
  consequences: string;
  resolutionId: string;
}

export async function insertRules(
  tx: Tx,
  villageId: string,
  r: RulesValues & { id: string; adoptedOn: CalendarDate; recordedBy: string; at: Date },
): Promise<number> {
  // versions are numbered under a lock of the village's rules, so two recorders never share one
  await tx.query('SELECT pg_advisory_xact_lock(hashtext($1))', [`moral_list_rules:${villageId}`]);
  const [row] = await tx.query<{ version: number }>(
    `INSERT INTO moral_list_rules (village_id, id, version, deciding_body, red_months, black_months,
       answer_days, consequences, resolution_id, adopted_on, recorded_by, created_at)
     SELECT $1, $2, COALESCE(MAX(version), 0) + 1, $3, $4, $5, $6, $7, $8, $9, $10, $11
     FROM moral_list_rules WHERE village_id = $1
     RETURNING version`,
    [
      villageId,
      r.id,
      r.decidingBody,
      r.redMonths,
      r.blackMonths,
      r.answerDays,
      r.consequences,
      r.resolutionId,
      r.adoptedOn,
      r.recordedBy,
      r.at,
    ],
  );
  return row!.version;
}

export interface ListingRow {
  id: string;
  year: number;
  number: number;
  rules_id: string;
  kind: MoralListKind;
  person_id: string;
  person_name: string;
  facts: string;
  state: MoralListingState;
  proposed_on: CalendarDate;
  proposed_by_name: string | null;
  notified_on: CalendarDate | null;
  notice_channel: 'inPerson' | 'paper' | 'phone' | null;
  answer_due_on: CalendarDate | null;
  answer: string | null;
  answered_on: CalendarDate | null;
  decided_on: CalendarDate | null;
  decided_by_body: MoralDecidingBody | null;
  resolution_id: string | null;
  resolution_year: number | null;
  resolution_number: number | null;
  council_vote: BodyVote | null;
  published_on: CalendarDate | null;
  expires_on: CalendarDate | null;
  removed_on: CalendarDate | null;
  removal_reason: string | null;
}

const LISTING_SELECT = `SELECT l.id, l.year, l.number, l.rules_id, l.kind, l.person_id, p.name AS person_name,
    l.facts, l.state, l.proposed_on, a.display_name AS proposed_by_name, l.notified_on, l.notice_channel,
    l.answer_due_on, l.answer, l.answered_on, l.decided_on, l.decided_by_body, l.resolution_id,
    s.year AS resolution_year, s.number AS resolution_number, l.council_vote, l.published_on,
    l.expires_on, l.removed_on, l.removal_reason
  FROM moral_listing l
  JOIN person p ON p.village_id = l.village_id AND p.id = l.person_id
  LEFT JOIN account a ON a.id = l.proposed_by
  LEFT JOIN resolution s ON s.village_id = l.village_id AND s.id = l.resolution_id`;

export async function findListing(
  db: Queryable,
  villageId: string,
  id: string,
  forUpdate = false,
): Promise<ListingRow | null> {
  const [row] = await db.query<ListingRow>(
    `${LISTING_SELECT} WHERE l.village_id = $1 AND l.id = $2${forUpdate ? ' FOR UPDATE OF l' : ''}`,
    [villageId, id],
  );
  return row ?? null;
}

/** Every listing, newest first; or one person's. */
export async function listListings(
  db: Queryable,
  villageId: string,
  personId: string | null = null,
): Promise<ListingRow[]> {
  return db.query<ListingRow>(
    `${LISTING_SELECT} WHERE l.village_id = $1 AND ($2::uuid IS NULL OR l.person_id = $2)
     ORDER BY l.year DESC, l.number DESC`,
    [villageId, personId],
  );
}

export async function insertListing(
  tx: Tx,
  villageId: string,
  l: {
    id: string;
    year: number;
    rulesId: string;
    kind: MoralListKind;
    personId: string;
    facts: string;
    proposedBy: string;
    proposedOn: CalendarDate;
  },
): Promise<number> {
  await tx.query('SELECT pg_advisory_xact_lock(hashtext($1))', [
    `moral_listing:${villageId}:${l.year}`,
  ]);
  const [row] = await tx.query<{ number: number }>(
    `INSERT INTO moral_listing (village_id, id, year, number, rules_id, kind, person_id, facts, state,
       proposed_by, proposed_on)
     SELECT $1, $2, $3, COALESCE(MAX(number), 0) + 1, $4, $5, $6, $7, 'proposed', $8, $9
     FROM moral_listing WHERE village_id = $1 AND year = $3
     RETURNING number`,
    [villageId, l.id, l.year, l.rulesId, l.kind, l.personId, l.facts, l.proposedBy, l.proposedOn],
  );
  return row!.number;
}

/** The columns a step writes (state always; the step's own dates, answer or vote). */
export interface ListingChange {
  state: MoralListingState;
  notified_on?: CalendarDate;
  notice_channel?: string;
  answer_due_on?: CalendarDate;
  answer?: string;
  answered_on?: CalendarDate;
  answer_source?: 'phone' | 'paper';
  decided_on?: CalendarDate;
  decided_by_body?: MoralDecidingBody;
  resolution_id?: string | null;
  council_vote?: string | null;
  published_on?: CalendarDate;
  expires_on?: CalendarDate;
  removed_on?: CalendarDate;
  removal_reason?: string;
  removal_resolution_id?: string | null;
  removal_vote?: string | null;
}

const CHANGE_COLUMNS = new Set([
  'state',
  'notified_on',
  'notice_channel',
  'answer_due_on',
  'answer',
  'answered_on',
  'answer_source',
  'decided_on',
  'decided_by_body',
  'resolution_id',
  'council_vote',
  'published_on',
  'expires_on',
  'removed_on',
  'removal_reason',
  'removal_resolution_id',
  'removal_vote',
]);

export async function updateListing(
  tx: Tx,
  villageId: string,
  id: string,
  change: ListingChange,
): Promise<void> {
  const entries: Array<[string, unknown]> = Object.entries(change).filter(([k]) =>
    CHANGE_COLUMNS.has(k),
  );
  const sets = entries.map(([k], i) => `${k} = $${i + 3}`).join(', ');
  await tx.query(`UPDATE moral_listing SET ${sets} WHERE village_id = $1 AND id = $2`, [
    villageId,
    id,
    ...entries.map(([, v]) => v),
  ]);
}

/** Seated members of the village's moral evaluation council on a day (each person once). */
export async function councilMembersOn(
  db: Queryable,
  villageId: string,
  on: CalendarDate,
): Promise<number> {
  const seated = await servingMembers(db, villageId, on, { kinds: ['moralEvaluationCouncil'] });
  return new Set(seated.map((m) => m.personId)).size;
}

/** The latest act on each listing (printed on the notice to the person), by listing id. */
export async function listingFingerprints(
  db: Queryable,
  villageId: string,
  ids: readonly string[],
): Promise<Map<string, { seq: number; hash: string }>> {
  if (ids.length === 0) return new Map();
  const rows = await db.query<{ target_id: string; seq: number; hash: string }>(
    `SELECT DISTINCT ON (target_id) target_id, seq, hash FROM audit_event
     WHERE chain_id = $1 AND target_type = 'moralListing' AND target_id = ANY($2::text[])
     ORDER BY target_id, seq DESC`,
    [villageId, [...ids]],
  );
  return new Map(rows.map((r) => [r.target_id, { seq: r.seq, hash: r.hash }]));
}

/** The latest act on any listing of the village (printed on the board). */
export async function boardFingerprint(db: Queryable, villageId: string) {
  const [row] = await db.query<{ seq: number; hash: string }>(
    `SELECT seq, hash FROM audit_event
     WHERE chain_id = $1 AND target_type IN ('moralListing', 'moralListRules')
     ORDER BY seq DESC LIMIT 1`,
    [villageId],
  );
  return row ?? null;
}

export async function villageName(db: Queryable, villageId: string): Promise<string> {
  const [row] = await db.query<{ name: string }>('SELECT name FROM village WHERE id = $1', [
    villageId,
  ]);
  return row?.name ?? '';
}

/** The village's moral evaluation council, if it has formed one. */
export async function councilBody(db: Queryable, villageId: string): Promise<string | null> {
  const [row] = await db.query<{ id: string }>(
    `SELECT id FROM body WHERE village_id = $1 AND kind = 'moralEvaluationCouncil' ORDER BY name LIMIT 1`,
    [villageId],
  );
  return row?.id ?? null;
}

/** Serialises the forming of a village's council (the body table has no key on its kind). */
export async function lockCouncilForming(tx: Tx, villageId: string): Promise<void> {
  await tx.query('SELECT pg_advisory_xact_lock(hashtext($1))', [`moral_council:${villageId}`]);
}
