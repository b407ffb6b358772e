import type { CalendarDate } from '@cunzhi/core/calendarDate';
import type { PetitionStatus } from '@cunzhi/core/petitions/petitions';
import type { Queryable } from '../../platform/db/database.ts';
import { PETITION_COLUMNS, type LetterKind, type PetitionRow } from './repository.ts';

export type PetitionListRow = PetitionRow & {
  village_name: string;
  town_id: string;
  town_name: string;
  county_id: string;
  first_name: string | null;
};

const LIST_COLUMNS = `${PETITION_COLUMNS}, v.name AS village_name, t.id AS town_id,
  t.name AS town_name, t.county_id,
  (SELECT pp.name FROM petition_person pp WHERE pp.village_id = p.village_id
     AND pp.petition_id = p.id ORDER BY pp.ord LIMIT 1) AS first_name`;
const LIST_FROM =
  'petition p JOIN village v ON v.id = p.village_id JOIN town t ON t.id = v.town_id';
const OPEN = `p.status NOT IN ('closed', 'notAccepted')`;
/** Open ones first, the earliest last day first; then the rest, newest first. */
const ORDER = `ORDER BY ${OPEN} DESC, p.due_on NULLS LAST, p.received_on DESC, p.number DESC`;

export async function villagePetitions(
  db: Queryable,
  villageId: string,
  status: 'open' | 'all',
): Promise<PetitionListRow[]> {
  return db.query<PetitionListRow>(
    `SELECT ${LIST_COLUMNS} FROM ${LIST_FROM}
     WHERE p.village_id = $1 ${status === 'open' ? `AND ${OPEN}` : ''} ${ORDER} LIMIT 1000`,
    [villageId],
  );
}

/** Petitions forwarded from the villages of these towns and counties (the office narrows them further). */
export async function forwardedPetitions(
  db: Queryable,
  scopes: ReadonlyArray<{ level: 'town' | 'county'; id: string }>,
  status: 'open' | 'all',
): Promise<PetitionListRow[]> {
  const towns = scopes.filter((s) => s.level === 'town').map((s) => s.id);
  const counties = scopes.filter((s) => s.level === 'county').map((s) => s.id);
  if (towns.length + counties.length === 0) return [];
  return db.query<PetitionListRow>(
    `SELECT ${LIST_COLUMNS} FROM ${LIST_FROM}
     WHERE (t.id = ANY($1::uuid[]) OR t.county_id = ANY($2::uuid[])) AND p.status <> 'registered'
       ${status === 'open' ? `AND ${OPEN}` : ''} ${ORDER} LIMIT 1000`,
    [towns, counties],
  );
}

export async function petitionListRow(
  db: Queryable,
  villageId: string,
  id: string,
): Promise<PetitionListRow | null> {
  const [row] = await db.query<PetitionListRow>(
    `SELECT ${LIST_COLUMNS} FROM ${LIST_FROM} WHERE p.village_id = $1 AND p.id = $2`,
    [villageId, id],
  );
  return row ?? null;
}

export interface PersonRow {
  role: 'petitioner' | 'representative';
  name: string;
  id_number: string;
  phone: string | null;
  address: string | null;
}

export async function petitionPeople(db: Queryable, villageId: string, id: string) {
  return db.query<PersonRow>(
    `SELECT role, name, id_number, phone, address FROM petition_person
     WHERE village_id = $1 AND petition_id = $2 ORDER BY ord`,
    [villageId, id],
  );
}

export interface StepRow {
  action: string;
  status: PetitionStatus;
  on_date: CalendarDate;
  by_name: string | null;
  note: string | null;
  due_on: CalendarDate | null;
}

export async function petitionSteps(db: Queryable, villageId: string, id: string) {
  return db.query<StepRow>(
    `SELECT s.action, s.status, to_char(s.on_date, 'YYYY-MM-DD') AS on_date, a.display_name AS by_name,
       s.note, to_char(s.due_on, 'YYYY-MM-DD') AS due_on
     FROM petition_step s LEFT JOIN account a ON a.id = s.by_account
     WHERE s.village_id = $1 AND s.petition_id = $2 ORDER BY s.seq`,
    [villageId, id],
  );
}

export interface LetterRow {
  kind: LetterKind;
  year: number;
  number: number;
  issued_on: CalendarDate;
  audit_seq: string | null;
  audit_hash: string | null;
}

export async function petitionLetters(db: Queryable, villageId: string, id: string) {
  return db.query<LetterRow>(
    `SELECT kind, year, number, to_char(issued_on, 'YYYY-MM-DD') AS issued_on, audit_seq::text,
       audit_hash FROM petition_letter
     WHERE village_id = $1 AND petition_id = $2 ORDER BY year, number`,
    [villageId, id],
  );
}

export async function petitionNumber(db: Queryable, villageId: string, id: string) {
  const [row] = await db.query<{ number: number }>(
    'SELECT number FROM petition WHERE village_id = $1 AND id = $2',
    [villageId, id],
  );
  return row?.number ?? null;
}

/** The 台账: a village's petitions received in a period, oldest first. */
export async function ledgerPetitions(
  db: Queryable,
  villageId: string,
  from: CalendarDate,
  to: CalendarDate,
): Promise<PetitionListRow[]> {
  return db.query<PetitionListRow>(
    `SELECT ${LIST_COLUMNS} FROM ${LIST_FROM}
     WHERE p.village_id = $1 AND p.received_on BETWEEN $2 AND $3 ORDER BY p.number`,
    [villageId, from, to],
  );
}
