import type { CalendarDate } from '@cunzhi/core/calendarDate';
import type { ByElectionRecord, RecallRecord } from '@cunzhi/core/elections/flows';
import type { Finding } from '@cunzhi/core/rules/findings';
import type { Queryable, Tx } from '../../../platform/db/database.ts';
import { bulkInsert } from '../../../platform/db/bulkInsert.ts';

/** Writes of 罢免 and 补选 and the reads their commands need (migration 0025). */

export interface RecallRow {
  id: string;
  membership_id: string;
  person_id: string;
  reasons: string;
  opened_on: CalendarDate;
  stage: 'collecting' | 'requested' | 'replied' | 'voted';
  record: RecallRecord | null;
  received_on: CalendarDate | null;
  voter_basis: 'roll' | 'registry' | null;
  voters: number | null;
  signers: number | null;
  representatives: number | null;
  representative_signers: number | null;
  reply: string | null;
  reply_declined: boolean | null;
  replied_on: CalendarDate | null;
  vote_on: CalendarDate | null;
  organiser: 'village' | 'township' | null;
  registered: number | null;
  voted: number | null;
  yes: number | null;
  recalled: boolean | null;
  /** Core's findings as recorded (shown in the reader's language). */
  findings: Finding[];
  version: number;
}

export async function insertRecall(
  tx: Tx,
  villageId: string,
  r: {
    id: string;
    membershipId: string;
    personId: string;
    reasons: string;
    on: CalendarDate;
    createdBy: string | null;
  },
): Promise<void> {
  await tx.query(
    `INSERT INTO recall (village_id, id, membership_id, person_id, reasons, opened_on, created_by)
     VALUES ($1, $2, $3, $4, $5, $6, $7)`,
    [villageId, r.id, r.membershipId, r.personId, r.reasons, r.on, r.createdBy],
  );
}

export async function findRecall(
  db: Queryable,
  villageId: string,
  id: string,
  lock: '' | 'FOR UPDATE' = '',
): Promise<RecallRow | null> {
  const [row] = await db.query<RecallRow>(
    `SELECT * FROM recall WHERE village_id = $1 AND id = $2 ${lock}`,
    [villageId, id],
  );
  return row ?? null;
}

/** The request still open against a seat (one at a time: the unique index). */
export async function openRecallFor(
  db: Queryable,
  villageId: string,
  membershipId: string,
): Promise<boolean> {
  const rows = await db.query(
    `SELECT 1 FROM recall WHERE village_id = $1 AND membership_id = $2 AND stage <> 'voted'`,
    [villageId, membershipId],
  );
  return rows.length > 0;
}

/** The columns a step may set (names from this list only, never input). */
export type RecallColumns = Partial<{
  received_on: CalendarDate;
  voter_basis: 'roll' | 'registry';
  voters: number;
  signers: number;
  representatives: number;
  representative_signers: number;
  reply: string;
  reply_declined: boolean;
  replied_on: CalendarDate;
  vote_on: CalendarDate;
  organiser: 'village' | 'township';
  registered: number;
  voted: number;
  yes: number;
}>;

const RECALL_COLUMNS = new Set([
  'received_on',
  'voter_basis',
  'voters',
  'signers',
  'representatives',
  'representative_signers',
  'reply',
  'reply_declined',
  'replied_on',
  'vote_on',
  'organiser',
  'registered',
  'voted',
  'yes',
]);

/** Assignments for the allowed columns of `set`, numbered after `params`. */
function assignments(set: object, allowed: Set<string>, params: unknown[]): string {
  return Object.entries(set)
    .filter(([k]) => allowed.has(k))
    .map(([k, v]) => {
      params.push(v);
      return `, ${k} = $${params.length}`;
    })
    .join('');
}

/** The recall after a step: core's record, stage and outcome, the step's columns and findings, one version on. */
export async function updateRecall(
  tx: Tx,
  villageId: string,
  id: string,
  record: RecallRecord | null,
  set: RecallColumns,
  findings: readonly Finding[] = [],
): Promise<void> {
  const params: unknown[] = [
    villageId,
    id,
    record && JSON.stringify(record),
    record?.stage ?? 'collecting',
    JSON.stringify(findings),
    record?.recalled ?? null,
  ];
  await tx.query(
    `UPDATE recall SET record = $3, stage = $4, findings = findings || $5::jsonb, recalled = $6, version = version + 1${assignments(set, RECALL_COLUMNS, params)}
     WHERE village_id = $1 AND id = $2`,
    params,
  );
}

export interface SignatureRow {
  person_id: string;
  name: string;
  signed_on: CalendarDate;
  source: 'paper' | 'app';
}

export async function insertSignatures(
  tx: Tx,
  villageId: string,
  recallId: string,
  rows: ReadonlyArray<{ personId: string; on: CalendarDate; source: 'paper' | 'app' }>,
  enteredBy: string | null,
): Promise<void> {
  await bulkInsert(
    tx,
    'recall_signature',
    ['village_id', 'recall_id', 'person_id', 'signed_on', 'source', 'entered_by'],
    rows.map((r) => [villageId, recallId, r.personId, r.on, r.source, enteredBy]),
  );
}

export async function signaturesOf(
  db: Queryable,
  villageId: string,
  recallId: string,
): Promise<SignatureRow[]> {
  return db.query<SignatureRow>(
    `SELECT s.person_id, p.name, s.signed_on, s.source
     FROM recall_signature s JOIN person p ON p.village_id = s.village_id AND p.id = s.person_id
     WHERE s.village_id = $1 AND s.recall_id = $2 ORDER BY s.signed_on, p.name, s.person_id`,
    [villageId, recallId],
  );
}

/**
 * The latest roll of the villagers published on or before a day (有选举权的村民 as the last election
 * by the villagers registered them). A roll of the representatives (a supervision committee
 * elected by their meeting) registers representatives, not the village's voters: never this one.
 */
export async function latestRollElection(
  db: Queryable,
  villageId: string,
  on: CalendarDate,
): Promise<string | null> {
  const [row] = await db.query<{ id: string }>(
    `SELECT id FROM election WHERE village_id = $1 AND electorate = 'villagers'
       AND roll_published_on IS NOT NULL AND roll_published_on <= $2
     ORDER BY roll_published_on DESC, id LIMIT 1`,
    [villageId, on],
  );
  return row?.id ?? null;
}

/**
 * The registry's villagers who are 18 by the day: all of them (the villagers' assembly: 本村十八周岁
 * 以上的村民, as the meetings count it), or only those with hukou here (常住 and 外出: the voters
 * without a roll; 迁入 persons vote only after a resolution registers them, so only from a roll).
 */
export async function registryAdultIds(
  db: Queryable,
  villageId: string,
  on: CalendarDate,
  who: 'hukouHere' | 'all',
): Promise<Set<string>> {
  const rows = await db.query<{ id: string }>(
    `SELECT id FROM person WHERE village_id = $1 AND ($3 = 'all' OR residence_status <> 'movedIn')
       AND birth_date <= ($2::date - interval '18 years')::date`,
    [villageId, on, who],
  );
  return new Set(rows.map((r) => r.id));
}

export interface ByElectionRow {
  id: string;
  body_id: string;
  term_id: string;
  meeting: 'assembly' | 'representatives';
  stage: ByElectionRecord['stage'];
  record: ByElectionRecord;
  opened_on: CalendarDate;
  candidates_published_on: CalendarDate | null;
  counted_on: CalendarDate | null;
  certified_on: CalendarDate | null;
  version: number;
}

/** jsonb keeps no Map: a round's tally votes are stored as an object and read back as a Map. */
const mapsAsObjects = (_key: string, v: unknown) =>
  v instanceof Map ? Object.fromEntries(v as Map<string, unknown>) : v;

function revived(row: ByElectionRow): ByElectionRow {
  const rounds = row.record.rounds.map((round) => ({
    ...round,
    posts: round.posts.map((post) => ({
      ...post,
      tally: {
        ...post.tally,
        votes: new Map(Object.entries(post.tally.votes as unknown as Record<string, number>)),
      },
    })),
  }));
  return { ...row, record: { ...row.record, rounds } };
}

export async function insertByElection(
  tx: Tx,
  villageId: string,
  b: {
    id: string;
    bodyId: string;
    termId: string;
    record: ByElectionRecord;
    on: CalendarDate;
    createdBy: string | null;
  },
): Promise<void> {
  await tx.query(
    `INSERT INTO by_election (village_id, id, body_id, term_id, meeting, stage, record, opened_on, created_by)
     VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9)`,
    [
      villageId,
      b.id,
      b.bodyId,
      b.termId,
      b.record.body,
      b.record.stage,
      JSON.stringify(b.record, mapsAsObjects),
      b.on,
      b.createdBy,
    ],
  );
}

export async function findByElection(
  db: Queryable,
  villageId: string,
  id: string,
  lock: '' | 'FOR UPDATE' = '',
): Promise<ByElectionRow | null> {
  const [row] = await db.query<ByElectionRow>(
    `SELECT * FROM by_election WHERE village_id = $1 AND id = $2 ${lock}`,
    [villageId, id],
  );
  return row ? revived(row) : null;
}

const BY_ELECTION_COLUMNS = new Set(['candidates_published_on', 'counted_on', 'certified_on']);

/** The by-election after a step: core's record and stage and the step's day, one version on. */
export async function updateByElection(
  tx: Tx,
  villageId: string,
  id: string,
  record: ByElectionRecord,
  set: Partial<Record<'candidates_published_on' | 'counted_on' | 'certified_on', CalendarDate>>,
): Promise<void> {
  const params: unknown[] = [villageId, id, JSON.stringify(record, mapsAsObjects), record.stage];
  await tx.query(
    `UPDATE by_election SET record = $3, stage = $4, version = version + 1${assignments(set, BY_ELECTION_COLUMNS, params)}
     WHERE village_id = $1 AND id = $2`,
    params,
  );
}
