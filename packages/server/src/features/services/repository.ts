import type { CalendarDate } from '@cunzhi/core/calendarDate';
import type { DayUnit } from '@cunzhi/core/services/catalogue';
import type {
  EscalationLadder,
  Rating,
  RequestChannel,
  RequestState,
} from '@cunzhi/core/services/requests';
import type { Queryable, Tx } from '../../platform/db/database.ts';
import { assistedBySql } from '../assistance/marks.ts';

// ------------------------------------------------------------------ windows and catalogue

export interface WindowRow {
  id: string;
  number: number;
  name: string;
  town_department_id: string | null;
  town_department_name: string | null;
  active: boolean;
}

export interface ItemRow {
  id: string;
  window_id: string;
  name: string;
  materials: string[];
  promised_days: number;
  promised_unit: DayUnit;
  full_agency: boolean;
  active: boolean;
}

const WINDOW_COLUMNS = `w.id, w.number, w.name, w.town_department_id, d.name AS town_department_name, w.active`;
const ITEM_COLUMNS = `id, window_id, name, materials, promised_days, promised_unit, full_agency, active`;

export async function findWindows(db: Queryable, villageId: string): Promise<WindowRow[]> {
  return db.query<WindowRow>(
    `SELECT ${WINDOW_COLUMNS} FROM service_window w
     LEFT JOIN town_department d ON d.id = w.town_department_id
     WHERE w.village_id = $1 ORDER BY w.number`,
    [villageId],
  );
}

export async function findWindow(
  db: Queryable,
  villageId: string,
  id: string,
): Promise<WindowRow | null> {
  const [row] = await db.query<WindowRow>(
    `SELECT ${WINDOW_COLUMNS} FROM service_window w
     LEFT JOIN town_department d ON d.id = w.town_department_id
     WHERE w.village_id = $1 AND w.id = $2`,
    [villageId, id],
  );
  return row ?? null;
}

export async function findItems(db: Queryable, villageId: string): Promise<ItemRow[]> {
  return db.query<ItemRow>(
    `SELECT ${ITEM_COLUMNS} FROM service_item WHERE village_id = $1 ORDER BY name, id`,
    [villageId],
  );
}

export async function findItem(
  db: Queryable,
  villageId: string,
  id: string,
  opts: { forUpdate?: boolean } = {},
): Promise<ItemRow | null> {
  const [row] = await db.query<ItemRow>(
    `SELECT ${ITEM_COLUMNS} FROM service_item WHERE village_id = $1 AND id = $2${opts.forUpdate ? ' FOR UPDATE' : ''}`,
    [villageId, id],
  );
  return row ?? null;
}

/** Whether the window number is taken by another window of the village. */
export async function windowNumberTaken(
  db: Queryable,
  villageId: string,
  number: number,
  exceptId: string | null,
): Promise<boolean> {
  const rows = await db.query(
    `SELECT 1 FROM service_window WHERE village_id = $1 AND number = $2 AND id IS DISTINCT FROM $3`,
    [villageId, number, exceptId],
  );
  return rows.length > 0;
}

export async function saveWindow(
  tx: Tx,
  villageId: string,
  w: { id: string; number: number; name: string; townDepartmentId: string | null; active: boolean },
): Promise<void> {
  await tx.query(
    `INSERT INTO service_window (village_id, id, number, name, town_department_id, active)
     VALUES ($1, $2, $3, $4, $5, $6)
     ON CONFLICT (village_id, id) DO UPDATE SET number = $3, name = $4, town_department_id = $5,
       active = $6`,
    [villageId, w.id, w.number, w.name, w.townDepartmentId, w.active],
  );
}

export async function saveItem(
  tx: Tx,
  villageId: string,
  i: {
    id: string;
    windowId: string;
    name: string;
    materials: readonly string[];
    promisedDays: number;
    promisedUnit: DayUnit;
    fullAgency: boolean;
    active: boolean;
  },
): Promise<void> {
  await tx.query(
    `INSERT INTO service_item (village_id, id, window_id, name, materials, promised_days,
       promised_unit, full_agency, active)
     VALUES ($1, $2, $3, $4, $5::text[], $6, $7, $8, $9)
     ON CONFLICT (village_id, id) DO UPDATE SET window_id = $3, name = $4, materials = $5::text[],
       promised_days = $6, promised_unit = $7, full_agency = $8, active = $9`,
    [
      villageId,
      i.id,
      i.windowId,
      i.name,
      i.materials,
      i.promisedDays,
      i.promisedUnit,
      i.fullAgency,
      i.active,
    ],
  );
}

/** The departments of the village's town a window may be mapped to. */
export { departmentsOfVillageTown as townDepartments } from '../townInbox/queries.ts';

// ------------------------------------------------------------------ requests

export interface RequestRow {
  id: string;
  year: number;
  number: number;
  item_id: string;
  item_name: string;
  window_id: string;
  window_number: number;
  window_name: string;
  department_id: string | null;
  department_name: string | null;
  materials: string[];
  promised_days: number;
  promised_unit: DayUnit;
  full_agency: boolean;
  channel: RequestChannel;
  requester_person_id: string | null;
  requester_name: string;
  requester_phone: string | null;
  details: string;
  state: RequestState;
  ordered_on: CalendarDate;
  first_contact_account_id: string | null;
  first_contact_name: string | null;
  accepted_on: CalendarDate | null;
  missing_materials: string[];
  paused_on: CalendarDate | null;
  due_on: CalendarDate | null;
  profile_version: string | null;
  ladder: EscalationLadder | null;
  town_referral_id: string | null;
  town_answer: string | null;
  refusal_reason: string | null;
  result: string | null;
  closed_on: CalendarDate | null;
  rating: Rating | null;
  rating_comment: string | null;
  /** Ordered for the requester by 代办: the agent's name. */
  assisted_by: string | null;
}

const day = (c: string) => `to_char(r.${c}, 'YYYY-MM-DD') AS ${c}`;

/** A request with its window and the window's department, as pages and commands read it. */
export const REQUEST_SELECT = `SELECT r.id, r.year, r.number, r.item_id, r.item_name, r.window_id,
    w.number AS window_number, w.name AS window_name, w.town_department_id AS department_id,
    d.name AS department_name, r.materials, r.promised_days, r.promised_unit, r.full_agency,
    r.channel, r.requester_person_id, r.requester_name, r.requester_phone, r.details, r.state,
    ${day('ordered_on')}, r.first_contact_account_id, r.first_contact_name, ${day('accepted_on')},
    r.missing_materials, ${day('paused_on')}, ${day('due_on')}, r.profile_version, r.ladder,
    r.town_referral_id, r.town_answer, r.refusal_reason, r.result, ${day('closed_on')}, r.rating,
    r.rating_comment,
    ${assistedBySql('serviceOrder', 'r.village_id', 'r.id', 'r.requester_person_id')} AS assisted_by
  FROM service_request r
  JOIN service_window w ON w.village_id = r.village_id AND w.id = r.window_id
  LEFT JOIN town_department d ON d.id = w.town_department_id`;

export async function findRequest(
  db: Queryable,
  villageId: string,
  id: string,
  opts: { forUpdate?: boolean } = {},
): Promise<RequestRow | null> {
  const [row] = await db.query<RequestRow>(
    `${REQUEST_SELECT} WHERE r.village_id = $1 AND r.id = $2${opts.forUpdate ? ' FOR UPDATE OF r' : ''}`,
    [villageId, id],
  );
  return row ?? null;
}

/** Serialises the numbering of one village's requests. */
export async function nextRequestNumber(tx: Tx, villageId: string, year: number): Promise<number> {
  await tx.query('SELECT pg_advisory_xact_lock(hashtext($1))', [`service_request:${villageId}`]);
  const [row] = await tx.query<{ n: number }>(
    `SELECT coalesce(max(number), 0)::int + 1 AS n FROM service_request
     WHERE village_id = $1 AND year = $2`,
    [villageId, year],
  );
  return row?.n ?? 1;
}

export interface NewRequest {
  id: string;
  year: number;
  number: number;
  item: ItemRow;
  channel: RequestChannel;
  requesterPersonId: string | null;
  requesterName: string;
  requesterPhone: string | null;
  details: string;
  orderedOn: CalendarDate;
  orderedBy: string | null;
}

export async function insertRequest(tx: Tx, villageId: string, r: NewRequest): Promise<void> {
  await tx.query(
    `INSERT INTO service_request (village_id, id, year, number, item_id, item_name, window_id,
       materials, promised_days, promised_unit, full_agency, channel, requester_person_id,
       requester_name, requester_phone, details, state, ordered_on, ordered_by)
     VALUES ($1, $2, $3, $4, $5, $6, $7, $8::text[], $9, $10, $11, $12, $13, $14, $15, $16,
       'ordered', $17, $18)`,
    [
      villageId,
      r.id,
      r.year,
      r.number,
      r.item.id,
      r.item.name,
      r.item.window_id,
      r.item.materials,
      r.item.promised_days,
      r.item.promised_unit,
      r.item.full_agency,
      r.channel,
      r.requesterPersonId,
      r.requesterName,
      r.requesterPhone,
      r.details,
      r.orderedOn,
      r.orderedBy,
    ],
  );
}

/** The columns a step may change besides the state (undefined: unchanged). */
export interface RequestChange {
  state: RequestState;
  firstContactAccountId?: string;
  firstContactName?: string;
  acceptedOn?: CalendarDate;
  missingMaterials?: readonly string[];
  pausedOn?: CalendarDate | null;
  dueOn?: CalendarDate | null;
  profileId?: string;
  profileVersion?: string;
  ladder?: EscalationLadder;
  townReferralId?: string;
  townAnswer?: string;
  refusalReason?: string;
  result?: string;
  closedOn?: CalendarDate;
  rating?: Rating;
  ratingComment?: string | null;
}

const CHANGE_COLUMNS: Array<[keyof RequestChange, string, string?]> = [
  ['state', 'state'],
  ['firstContactAccountId', 'first_contact_account_id'],
  ['firstContactName', 'first_contact_name'],
  ['acceptedOn', 'accepted_on'],
  ['missingMaterials', 'missing_materials', '::text[]'],
  ['pausedOn', 'paused_on'],
  ['dueOn', 'due_on'],
  ['profileId', 'profile_id'],
  ['profileVersion', 'profile_version'],
  ['ladder', 'ladder', '::jsonb'],
  ['townReferralId', 'town_referral_id'],
  ['townAnswer', 'town_answer'],
  ['refusalReason', 'refusal_reason'],
  ['result', 'result'],
  ['closedOn', 'closed_on'],
  ['rating', 'rating'],
  ['ratingComment', 'rating_comment'],
];

export async function updateRequest(
  tx: Tx,
  villageId: string,
  id: string,
  change: RequestChange,
): Promise<void> {
  const sets: string[] = [];
  const params: unknown[] = [villageId, id];
  for (const [key, column, cast] of CHANGE_COLUMNS) {
    const value = change[key];
    if (value === undefined) continue;
    params.push(key === 'ladder' ? JSON.stringify(value) : value);
    sets.push(`${column} = $${params.length}${cast ?? ''}`);
  }
  await tx.query(
    `UPDATE service_request SET ${sets.join(', ')}, version = version + 1
     WHERE village_id = $1 AND id = $2`,
    params,
  );
}

export interface StepRow {
  seq: number;
  action: string;
  state: RequestState;
  at: Date;
  on_date: CalendarDate;
  by_name: string | null;
  note: string | null;
  due_on: CalendarDate | null;
}

export async function appendStep(
  tx: Tx,
  villageId: string,
  requestId: string,
  s: {
    action: string;
    state: RequestState;
    at: Date;
    onDate: CalendarDate;
    byAccountId: string | null;
    byName: string | null;
    note: string | null;
    dueOn: CalendarDate | null;
  },
): Promise<void> {
  await tx.query(
    `INSERT INTO service_request_step (village_id, request_id, seq, action, state, at, on_date,
       by_account_id, by_name, note, due_on)
     SELECT $1, $2, coalesce(max(seq), 0) + 1, $3, $4, $5, $6, $7, $8, $9, $10
     FROM service_request_step WHERE village_id = $1 AND request_id = $2`,
    [
      villageId,
      requestId,
      s.action,
      s.state,
      s.at,
      s.onDate,
      s.byAccountId,
      s.byName,
      s.note,
      s.dueOn,
    ],
  );
}

export async function findSteps(
  db: Queryable,
  villageId: string,
  requestId: string,
): Promise<StepRow[]> {
  return db.query<StepRow>(
    `SELECT seq, action, state, at, to_char(on_date, 'YYYY-MM-DD') AS on_date, by_name, note,
       to_char(due_on, 'YYYY-MM-DD') AS due_on
     FROM service_request_step WHERE village_id = $1 AND request_id = $2 ORDER BY seq`,
    [villageId, requestId],
  );
}

/** The name an account goes by (the staffer on a receipt and a timeline). */
export async function accountDisplayName(db: Queryable, accountId: string): Promise<string | null> {
  const [row] = await db.query<{ display_name: string }>(
    'SELECT display_name FROM account WHERE id = $1',
    [accountId],
  );
  return row?.display_name ?? null;
}

/** A registered person's name (the requester chosen at the counter, or a villager's own). */
export async function personName(
  db: Queryable,
  villageId: string,
  personId: string,
): Promise<string | null> {
  const [row] = await db.query<{ name: string }>(
    'SELECT name FROM person WHERE village_id = $1 AND id = $2',
    [villageId, personId],
  );
  return row?.name ?? null;
}

/** A registered person's phone number as the register holds it (for the staff only). */
export async function personPhone(
  db: Queryable,
  villageId: string,
  personId: string,
): Promise<string | null> {
  const [row] = await db.query<{ phone: string | null }>(
    'SELECT phone FROM person WHERE village_id = $1 AND id = $2',
    [villageId, personId],
  );
  return row?.phone ?? null;
}

/** Whether an account's person holds a seat at the village's service station on a day. */
export async function servesAtStation(
  db: Queryable,
  villageId: string,
  accountId: string,
  on: CalendarDate,
): Promise<boolean> {
  const rows = await db.query(
    `SELECT 1 FROM account a
     JOIN body_membership m ON m.village_id = a.village_id AND m.person_id = a.person_id
     JOIN body_term t ON t.village_id = m.village_id AND t.id = m.term_id
     JOIN body b ON b.village_id = m.village_id AND b.id = m.body_id
     WHERE a.id = $1 AND a.village_id = $2 AND b.kind = 'convenienceServiceStation'
       AND t.starts_on <= $3::date AND $3::date <= t.ends_on
       AND m.starts_on <= $3::date AND (m.ended_on IS NULL OR $3::date < m.ended_on)
     LIMIT 1`,
    [accountId, villageId, on],
  );
  return rows.length > 0;
}
