import type { CalendarDate } from '@cunzhi/core/calendarDate';
import type {
  PetitionForm,
  PetitionOpinion,
  PetitionStatus,
} from '@cunzhi/core/petitions/petitions';
import type { Queryable, Tx } from '../../platform/db/database.ts';

export interface PetitionRow {
  village_id: string;
  id: string;
  number: number;
  form: PetitionForm;
  participants: number;
  subject: string;
  request: string;
  facts: string;
  status: PetitionStatus;
  same_facts_as: string | null;
  profile_id: string;
  profile_version: string;
  received_on: CalendarDate;
  registered_by: string | null;
  forwarded_on: CalendarDate | null;
  department_id: string | null;
  department: string | null;
  assigned_on: CalendarDate | null;
  objection_due_on: CalendarDate | null;
  accepted_on: CalendarDate | null;
  handle_due_on: CalendarDate | null;
  extended_days: number;
  refusal_reason: string | null;
  opinion: PetitionOpinion | null;
  answer: string | null;
  answered_on: CalendarDate | null;
  review_opinion: PetitionOpinion | null;
  review_answer: string | null;
  reviewed_on: CalendarDate | null;
  re_review_opinion: PetitionOpinion | null;
  re_review_answer: string | null;
  re_reviewed_on: CalendarDate | null;
  closed_on: CalendarDate | null;
  due_on: CalendarDate | null;
  version: number;
}

const DATES = [
  'received_on',
  'forwarded_on',
  'assigned_on',
  'objection_due_on',
  'accepted_on',
  'handle_due_on',
  'answered_on',
  'reviewed_on',
  're_reviewed_on',
  'closed_on',
  'due_on',
];

/** The petition's columns, dates as YYYY-MM-DD (prefix `p.`). */
export const PETITION_COLUMNS = [
  'village_id',
  'id',
  'number',
  'form',
  'participants',
  'subject',
  'request',
  'facts',
  'status',
  'same_facts_as',
  'profile_id',
  'profile_version',
  'registered_by',
  'department_id',
  'extended_days',
  'refusal_reason',
  'opinion',
  'answer',
  'review_opinion',
  'review_answer',
  're_review_opinion',
  're_review_answer',
  'version',
]
  .map((c) => `p.${c}`)
  .concat(DATES.map((c) => `to_char(p.${c}, 'YYYY-MM-DD') AS ${c}`))
  .concat('(SELECT d.name FROM town_department d WHERE d.id = p.department_id) AS department')
  .join(', ');

/** Serialises the numbering of one village's petitions and letters. */
export async function lockVillagePetitions(tx: Tx, villageId: string): Promise<void> {
  await tx.query('SELECT pg_advisory_xact_lock(hashtext($1))', [`petition:${villageId}`]);
}

export async function nextPetitionNumber(tx: Tx, villageId: string): Promise<number> {
  const [row] = await tx.query<{ n: number }>(
    'SELECT coalesce(max(number), 0)::int + 1 AS n FROM petition WHERE village_id = $1',
    [villageId],
  );
  return row?.n ?? 1;
}

export interface NewPetition {
  villageId: string;
  id: string;
  number: number;
  form: PetitionForm;
  participants: number;
  subject: string;
  request: string;
  facts: string;
  sameFactsAs: string | null;
  profile: { id: string; version: string };
  receivedOn: CalendarDate;
  registeredBy: string | null;
  people: ReadonlyArray<{
    role: 'petitioner' | 'representative';
    name: string;
    idNumber: string;
    phone: string | null;
    address: string | null;
  }>;
}

export async function insertPetition(tx: Tx, p: NewPetition): Promise<void> {
  await tx.query(
    `INSERT INTO petition (village_id, id, number, form, participants, subject, request, facts,
       status, same_facts_as, profile_id, profile_version, received_on, registered_by)
     VALUES ($1, $2, $3, $4, $5, $6, $7, $8, 'registered', $9, $10, $11, $12, $13)`,
    [
      p.villageId,
      p.id,
      p.number,
      p.form,
      p.participants,
      p.subject,
      p.request,
      p.facts,
      p.sameFactsAs,
      p.profile.id,
      p.profile.version,
      p.receivedOn,
      p.registeredBy,
    ],
  );
  for (const [i, person] of p.people.entries())
    await tx.query(
      `INSERT INTO petition_person (village_id, petition_id, ord, role, name, id_number, phone, address)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8)`,
      [
        p.villageId,
        p.id,
        i + 1,
        person.role,
        person.name,
        person.idNumber,
        person.phone,
        person.address,
      ],
    );
}

export async function findPetition(
  db: Queryable,
  villageId: string,
  id: string,
  opts: { forUpdate?: boolean } = {},
): Promise<PetitionRow | null> {
  const [row] = await db.query<PetitionRow>(
    `SELECT ${PETITION_COLUMNS} FROM petition p WHERE p.village_id = $1 AND p.id = $2${opts.forUpdate ? ' FOR UPDATE' : ''}`,
    [villageId, id],
  );
  return row ?? null;
}

/** The columns a step may set (snake_case names of PetitionRow). */
export type PetitionChanges = Partial<
  Pick<
    PetitionRow,
    | 'status'
    | 'forwarded_on'
    | 'department_id'
    | 'assigned_on'
    | 'objection_due_on'
    | 'accepted_on'
    | 'handle_due_on'
    | 'extended_days'
    | 'refusal_reason'
    | 'opinion'
    | 'answer'
    | 'answered_on'
    | 'review_opinion'
    | 'review_answer'
    | 'reviewed_on'
    | 're_review_opinion'
    | 're_review_answer'
    | 're_reviewed_on'
    | 'closed_on'
    | 'due_on'
  >
>;

/** Writes a step's changes and bumps the version (the row was read FOR UPDATE). */
export async function updatePetition(
  tx: Tx,
  p: { villageId: string; id: string },
  changes: PetitionChanges,
): Promise<void> {
  const entries = Object.entries(changes);
  const sets = entries.map(([k], i) => `${k} = $${i + 3}`);
  await tx.query(
    `UPDATE petition SET ${[...sets, 'version = version + 1'].join(', ')}
     WHERE village_id = $1 AND id = $2`,
    [p.villageId, p.id, ...entries.map(([, v]) => v)],
  );
}

export async function insertPetitionStep(
  tx: Tx,
  s: {
    villageId: string;
    petitionId: string;
    action: string;
    status: PetitionStatus;
    on: CalendarDate;
    at: Date;
    by: string | null;
    note: string | null;
    dueOn: CalendarDate | null;
  },
): Promise<void> {
  await tx.query(
    `INSERT INTO petition_step (village_id, petition_id, seq, action, status, on_date, at, by_account,
       note, due_on)
     SELECT $1, $2, coalesce(max(seq), 0) + 1, $3, $4, $5, $6, $7, $8, $9
     FROM petition_step WHERE village_id = $1 AND petition_id = $2`,
    [s.villageId, s.petitionId, s.action, s.status, s.on, s.at, s.by, s.note, s.dueOn],
  );
}

/** The day of a petition's latest step (a step cannot be dated before it). */
export async function lastStepOn(db: Queryable, villageId: string, petitionId: string) {
  const [row] = await db.query<{ last_on: CalendarDate | null }>(
    `SELECT to_char(max(on_date), 'YYYY-MM-DD') AS last_on FROM petition_step
     WHERE village_id = $1 AND petition_id = $2`,
    [villageId, petitionId],
  );
  return row?.last_on ?? null;
}

export type LetterKind =
  'acceptance' | 'refusal' | 'extension' | 'opinion' | 'reviewOpinion' | 'reReviewOpinion';

/** Numbers a letter 〔year〕第N号 among the village's petition letters of that year. */
export async function issueLetter(
  tx: Tx,
  l: { villageId: string; petitionId: string; kind: LetterKind; on: CalendarDate },
): Promise<number> {
  const year = Number(l.on.slice(0, 4));
  const [row] = await tx.query<{ number: number }>(
    `INSERT INTO petition_letter (village_id, petition_id, kind, year, number, issued_on)
     SELECT $1, $2, $3, $4, coalesce(max(number), 0) + 1, $5
     FROM petition_letter WHERE village_id = $1 AND year = $4
     RETURNING number`,
    [l.villageId, l.petitionId, l.kind, year, l.on],
  );
  if (!row) throw new Error('letter not numbered');
  return row.number;
}

/** The audit event that issued a letter, for its printed footer. */
export async function setLetterFingerprint(
  tx: Tx,
  l: { villageId: string; petitionId: string; kind: LetterKind },
  fingerprint: { seq: number; hash: string },
): Promise<void> {
  await tx.query(
    `UPDATE petition_letter SET audit_seq = $4, audit_hash = $5
     WHERE village_id = $1 AND petition_id = $2 AND kind = $3`,
    [l.villageId, l.petitionId, l.kind, fingerprint.seq, fingerprint.hash],
  );
}

/** The petitioner's earlier petitions in this village, by ID number. */
export async function petitionsOfIdNumber(db: Queryable, villageId: string, idNumber: string) {
  return db.query<{
    id: string;
    number: number;
    subject: string;
    status: PetitionStatus;
    re_reviewed: boolean;
  }>(
    `SELECT DISTINCT p.id, p.number, p.subject, p.status, (p.re_reviewed_on IS NOT NULL) AS re_reviewed
     FROM petition p JOIN petition_person pp ON pp.village_id = p.village_id AND pp.petition_id = p.id
     WHERE p.village_id = $1 AND pp.id_number = $2 ORDER BY p.number`,
    [villageId, idNumber],
  );
}

/** The kinds of the town departments an official works in (to tell the petition office). */
export async function departmentKinds(
  db: Queryable,
  ids: readonly string[],
): Promise<Map<string, { kind: string; name: string }>> {
  if (ids.length === 0) return new Map();
  const rows = await db.query<{ id: string; kind: string; name: string }>(
    'SELECT id, kind, name FROM town_department WHERE id = ANY($1::uuid[])',
    [ids],
  );
  return new Map(rows.map((r) => [r.id, { kind: r.kind, name: r.name }]));
}

/** A town's departments (the petition office hands petitions to one). */
export async function townDepartments(db: Queryable, townId: string) {
  return db.query<{ id: string; name: string; kind: string }>(
    'SELECT id, name, kind FROM town_department WHERE town_id = $1 ORDER BY name',
    [townId],
  );
}

/**
 * Whom a petition's messages go to: each person it names, in order — its petitioner, or every
 * representative of a group visit (《信访工作条例》第二十条: the representatives speak for the
 * group, so each is told) — with the number given when it was registered, and the registered
 * villager of this village with the same ID number (their in-app messages), if there is one.
 */
export async function petitionersReach(
  db: Queryable,
  villageId: string,
  petitionId: string,
): Promise<{ ord: number; person_id: string | null; phone: string | null }[]> {
  return db.query<{ ord: number; person_id: string | null; phone: string | null }>(
    `SELECT pp.ord, (SELECT r.id FROM person r WHERE r.village_id = pp.village_id
         AND r.resident_id_number = pp.id_number) AS person_id, NULLIF(pp.phone, '') AS phone
     FROM petition_person pp WHERE pp.village_id = $1 AND pp.petition_id = $2 ORDER BY pp.ord`,
    [villageId, petitionId],
  );
}
