import type { CalendarDate } from '@cunzhi/core/calendarDate';
import type { MeetingKind } from '@cunzhi/core/meetings/meetingKinds';
import type { Clause } from '@cunzhi/core/villageRules/clauses';
import type { ContentTopic } from '@cunzhi/core/villageRules/content';
import type { RulesState } from '@cunzhi/core/villageRules/procedure';
import type { Queryable, Tx } from '../../platform/db/database.ts';

// ------------------------------------------------------------------ versions

export interface VersionRow {
  id: string;
  number: number;
  title: string;
  state: RulesState;
  based_on_id: string | null;
  opinions_from: CalendarDate;
  drafted_on: CalendarDate | null;
  submitted_on: CalendarDate | null;
  reviewed_on: CalendarDate | null;
  review_note: string | null;
  resolution_id: string | null;
  adopted_on: CalendarDate | null;
  present_count: number | null;
  women_present: number | null;
  filing_due_on: CalendarDate | null;
  filed_on: CalendarDate | null;
  filing_late: boolean;
  published_on: CalendarDate | null;
  correction_ordered_on: CalendarDate | null;
  correction_reason: string | null;
  correction_clauses: number[];
  superseded_on: CalendarDate | null;
  revision: number;
}

const DATES = [
  'opinions_from',
  'drafted_on',
  'submitted_on',
  'reviewed_on',
  'adopted_on',
  'filing_due_on',
  'filed_on',
  'published_on',
  'correction_ordered_on',
  'superseded_on',
];
const SELECT_VERSION = `SELECT id, number, title, state, based_on_id, review_note, resolution_id,
  present_count, women_present, filing_late, correction_reason, correction_clauses, revision,
  ${DATES.map((c) => `${c}::text AS ${c}`).join(', ')}
  FROM village_rules_version`;

export async function findVersion(
  db: Queryable,
  villageId: string,
  id: string,
  opts: { forUpdate?: boolean } = {},
): Promise<VersionRow | null> {
  const [row] = await db.query<VersionRow>(
    `${SELECT_VERSION} WHERE village_id = $1 AND id = $2${opts.forUpdate ? ' FOR UPDATE' : ''}`,
    [villageId, id],
  );
  return row ?? null;
}

/** Every version of the village's rules, newest first. */
export async function listVersions(db: Queryable, villageId: string): Promise<VersionRow[]> {
  return db.query<VersionRow>(`${SELECT_VERSION} WHERE village_id = $1 ORDER BY number DESC`, [
    villageId,
  ]);
}

/** The versions of several villages (the township's view), newest first in each. */
export async function versionsIn(
  db: Queryable,
  villageIds: readonly string[],
): Promise<Array<VersionRow & { village_id: string }>> {
  return db.query<VersionRow & { village_id: string }>(
    `${SELECT_VERSION.replace('SELECT ', 'SELECT village_id, ')}
      WHERE village_id = ANY($1::uuid[]) ORDER BY village_id, number DESC`,
    [villageIds],
  );
}

/** Each version's clause count and open flags, for the villages given. */
export async function openFlagCounts(
  db: Queryable,
  villageIds: readonly string[],
): Promise<Map<string, { clauses: number; openFlags: number }>> {
  const rows = await db.query<{ id: string; clauses: number; open_flags: number }>(
    `SELECT v.id,
            (SELECT count(*)::int FROM village_rules_clause c
              WHERE c.village_id = v.village_id AND c.version_id = v.id) AS clauses,
            (SELECT count(*)::int FROM village_rules_flag f
              WHERE f.village_id = v.village_id AND f.version_id = v.id AND f.closed_on IS NULL)
              AS open_flags
       FROM village_rules_version v WHERE v.village_id = ANY($1::uuid[])`,
    [villageIds],
  );
  return new Map(rows.map((r) => [r.id, { clauses: r.clauses, openFlags: r.open_flags }]));
}

/**
 * The village's versions locked in number order, so that two starts of a version (or a
 * publication and a start) queue instead of racing for the next number.
 */
export async function lockVersions(tx: Tx, villageId: string): Promise<VersionRow[]> {
  await tx.query('SELECT id FROM village WHERE id = $1 FOR NO KEY UPDATE', [villageId]);
  return tx.query<VersionRow>(`${SELECT_VERSION} WHERE village_id = $1 ORDER BY number DESC`, [
    villageId,
  ]);
}

export async function insertVersion(
  tx: Tx,
  villageId: string,
  v: {
    id: string;
    number: number;
    title: string;
    basedOnId: string | null;
    opinionsFrom: CalendarDate;
    createdBy: string;
  },
): Promise<void> {
  await tx.query(
    `INSERT INTO village_rules_version
       (village_id, id, number, title, state, based_on_id, opinions_from, created_by)
     VALUES ($1, $2, $3, $4, 'collecting', $5, $6, $7)`,
    [villageId, v.id, v.number, v.title, v.basedOnId, v.opinionsFrom, v.createdBy],
  );
}

/** The columns a step may write. */
export type VersionChange = Partial<{
  state: RulesState;
  title: string;
  drafted_on: CalendarDate;
  submitted_on: CalendarDate;
  reviewed_on: CalendarDate;
  reviewed_by: string;
  review_note: string | null;
  resolution_id: string;
  adopted_on: CalendarDate;
  present_count: number;
  women_present: number;
  filing_due_on: CalendarDate;
  filed_on: CalendarDate;
  filing_late: boolean;
  published_on: CalendarDate;
  correction_ordered_on: CalendarDate;
  correction_ordered_by: string;
  correction_reason: string;
  correction_clauses: number[];
  superseded_on: CalendarDate;
}>;

export async function updateVersion(
  tx: Tx,
  villageId: string,
  id: string,
  change: VersionChange,
): Promise<void> {
  const entries = Object.entries(change);
  const sets = entries.map(([column], i) => `${column} = $${i + 3}`);
  await tx.query(
    `UPDATE village_rules_version SET ${[...sets, 'revision = revision + 1'].join(', ')}
      WHERE village_id = $1 AND id = $2`,
    [villageId, id, ...entries.map(([, value]) => value)],
  );
}

// ------------------------------------------------------------------ clauses

export async function clausesOf(
  db: Queryable,
  villageId: string,
  versionId: string,
): Promise<Clause[]> {
  return db.query<Clause>(
    `SELECT number, body FROM village_rules_clause
      WHERE village_id = $1 AND version_id = $2 ORDER BY number`,
    [villageId, versionId],
  );
}

/** The version's clauses replaced as a whole (numbers 1… as given). */
export async function replaceClauses(
  tx: Tx,
  villageId: string,
  versionId: string,
  clauses: readonly Clause[],
): Promise<void> {
  await tx.query('DELETE FROM village_rules_clause WHERE village_id = $1 AND version_id = $2', [
    villageId,
    versionId,
  ]);
  if (clauses.length === 0) return;
  await tx.query(
    `INSERT INTO village_rules_clause (village_id, version_id, number, body)
     SELECT $1, $2, n, b FROM unnest($3::int[], $4::text[]) AS c (n, b)`,
    [villageId, versionId, clauses.map((c) => c.number), clauses.map((c) => c.body)],
  );
}

// ------------------------------------------------------------------ opinions

export interface OpinionRow {
  id: string;
  received_on: CalendarDate;
  channel: string;
  from_name: string;
  content: string;
}

export async function opinionsOf(
  db: Queryable,
  villageId: string,
  versionId: string,
): Promise<OpinionRow[]> {
  return db.query<OpinionRow>(
    `SELECT id, received_on::text AS received_on, channel, from_name, content
       FROM village_rules_opinion WHERE village_id = $1 AND version_id = $2
      ORDER BY received_on, created_at`,
    [villageId, versionId],
  );
}

export async function insertOpinion(
  tx: Tx,
  villageId: string,
  o: OpinionRow & { versionId: string; recordedBy: string },
): Promise<void> {
  await tx.query(
    `INSERT INTO village_rules_opinion
       (village_id, id, version_id, received_on, channel, from_name, content, recorded_by)
     VALUES ($1, $2, $3, $4, $5, $6, $7, $8)`,
    [villageId, o.id, o.versionId, o.received_on, o.channel, o.from_name, o.content, o.recordedBy],
  );
}

// ------------------------------------------------------------------ flags

export interface FlagRow {
  id: string;
  clause_number: number;
  origin: 'check' | 'township';
  topic: ContentTopic | null;
  rule_id: string | null;
  excerpt: string;
  note: string;
  raised_on: CalendarDate;
  closed_on: CalendarDate | null;
  closing: 'amended' | 'resolved' | 'dismissed' | null;
  closing_note: string;
}

const SELECT_FLAG = `SELECT id, clause_number, origin, topic, rule_id, excerpt, note,
  raised_on::text AS raised_on, closed_on::text AS closed_on, closing, closing_note
  FROM village_rules_flag`;

export async function flagsOf(
  db: Queryable,
  villageId: string,
  versionId: string,
): Promise<FlagRow[]> {
  return db.query<FlagRow>(
    `${SELECT_FLAG} WHERE village_id = $1 AND version_id = $2
      ORDER BY clause_number, raised_on, origin, id`,
    [villageId, versionId],
  );
}

export async function findFlag(
  tx: Tx,
  villageId: string,
  versionId: string,
  id: string,
): Promise<FlagRow | null> {
  const [row] = await tx.query<FlagRow>(
    `${SELECT_FLAG} WHERE village_id = $1 AND version_id = $2 AND id = $3 FOR UPDATE`,
    [villageId, versionId, id],
  );
  return row ?? null;
}

export async function insertFlag(
  tx: Tx,
  villageId: string,
  versionId: string,
  f: Pick<FlagRow, 'id' | 'clause_number' | 'origin' | 'topic' | 'rule_id' | 'excerpt' | 'note'> & {
    raisedOn: CalendarDate;
    raisedBy: string | null;
  },
): Promise<void> {
  await tx.query(
    `INSERT INTO village_rules_flag (village_id, id, version_id, clause_number, origin, topic,
       rule_id, excerpt, note, raised_on, raised_by)
     VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11)`,
    [
      villageId,
      f.id,
      versionId,
      f.clause_number,
      f.origin,
      f.topic,
      f.rule_id,
      f.excerpt,
      f.note,
      f.raisedOn,
      f.raisedBy,
    ],
  );
}

export async function closeFlag(
  tx: Tx,
  villageId: string,
  id: string,
  c: {
    on: CalendarDate;
    by: string | null;
    closing: 'amended' | 'resolved' | 'dismissed';
    note: string;
  },
): Promise<void> {
  await tx.query(
    `UPDATE village_rules_flag SET closed_on = $3, closed_by = $4, closing = $5, closing_note = $6
      WHERE village_id = $1 AND id = $2`,
    [villageId, id, c.on, c.by, c.closing, c.note],
  );
}

// ------------------------------------------------------------------ the adopting resolution

export interface AdoptingResolutionRow {
  id: string;
  year: number;
  number: number;
  title: string;
  meeting_id: string;
  meeting_kind: MeetingKind;
  adopted_on: CalendarDate;
  revoked_on: CalendarDate | null;
}

const SELECT_RESOLUTION = `SELECT r.id, r.year, r.number, r.title, r.meeting_id, m.kind AS meeting_kind,
  r.adopted_on::text AS adopted_on, r.revoked_on::text AS revoked_on
  FROM resolution r JOIN meeting m ON m.village_id = r.village_id AND m.id = r.meeting_id`;

export async function findResolution(
  db: Queryable,
  villageId: string,
  id: string,
): Promise<AdoptingResolutionRow | null> {
  const [row] = await db.query<AdoptingResolutionRow>(
    `${SELECT_RESOLUTION} WHERE r.village_id = $1 AND r.id = $2`,
    [villageId, id],
  );
  return row ?? null;
}

/** The assembly's resolutions in force since a day: those a version may be adopted by. */
export async function assemblyResolutionsSince(
  db: Queryable,
  villageId: string,
  since: CalendarDate,
): Promise<AdoptingResolutionRow[]> {
  return db.query<AdoptingResolutionRow>(
    `${SELECT_RESOLUTION} WHERE r.village_id = $1 AND m.kind = 'villagersAssembly'
        AND r.revoked_on IS NULL AND r.adopted_on >= $2
      ORDER BY r.year DESC, r.number DESC`,
    [villageId, since],
  );
}

/**
 * Who was present when the meeting voted: its members and households' representatives checked
 * in (the attendance the decisions capability keeps), and the women among them.
 */
export async function presenceAt(
  db: Queryable,
  villageId: string,
  meetingId: string,
): Promise<{ present: number; women: number }> {
  const [row] = await db.query<{ present: number; women: number }>(
    `SELECT count(*)::int AS present, count(*) FILTER (WHERE p.gender = 'female')::int AS women
       FROM attendance a JOIN person p ON p.village_id = a.village_id AND p.id = a.person_id
      WHERE a.village_id = $1 AND a.meeting_id = $2
        AND a.capacity IN ('member', 'householdRepresentative')`,
    [villageId, meetingId],
  );
  return row ?? { present: 0, women: 0 };
}
