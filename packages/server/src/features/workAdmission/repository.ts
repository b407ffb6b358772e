import type { CalendarDate } from '@cunzhi/core/calendarDate';
import type { AdmissionList, Decision, Verdict } from '@cunzhi/core/workAdmission/admission';
import type { Queryable, Tx } from '../../platform/db/database.ts';

/** A version of a county's lists as stored (dates as text, the publication instant). */
export interface VersionRow {
  id: string;
  county_id: string;
  number: number;
  title: string;
  document_no: string | null;
  effective_on: CalendarDate;
  published_at: Date;
}

export interface ItemRow {
  id: string;
  version_id: string;
  list: AdmissionList;
  seq: number;
  text: string;
}

/** The versions of these counties' lists, oldest first. */
export function versionsOf(db: Queryable, countyIds: readonly string[]): Promise<VersionRow[]> {
  return db.query<VersionRow>(
    `SELECT id, county_id, number, title, document_no, effective_on, published_at
       FROM admission_list_version WHERE county_id = ANY($1::uuid[]) ORDER BY county_id, number`,
    [countyIds],
  );
}

export function itemsOf(db: Queryable, versionIds: readonly string[]): Promise<ItemRow[]> {
  return db.query<ItemRow>(
    `SELECT id, version_id, list, seq, text FROM admission_list_item
      WHERE version_id = ANY($1::uuid[]) ORDER BY version_id, list, seq`,
    [versionIds],
  );
}

/**
 * The county's versions, locked against a concurrent publication: two officials publishing at
 * once would otherwise both take the next number (the unique key would answer with a 500).
 */
export async function lockVersions(tx: Tx, countyId: string): Promise<VersionRow[]> {
  await tx.query(`SELECT id FROM county WHERE id = $1 FOR UPDATE`, [countyId]);
  return versionsOf(tx, [countyId]);
}

export async function insertVersion(
  tx: Tx,
  v: Omit<VersionRow, 'published_at'> & { published_at: Date; published_by: string | null },
  items: ReadonlyArray<Omit<ItemRow, 'version_id'>>,
): Promise<void> {
  await tx.query(
    `INSERT INTO admission_list_version
       (id, county_id, number, title, document_no, effective_on, published_at, published_by)
     VALUES ($1, $2, $3, $4, $5, $6, $7, $8)`,
    [
      v.id,
      v.county_id,
      v.number,
      v.title,
      v.document_no,
      v.effective_on,
      v.published_at,
      v.published_by,
    ],
  );
  await tx.query(
    `INSERT INTO admission_list_item (id, version_id, list, seq, text)
     SELECT id, $1, list, seq, text
       FROM unnest($2::uuid[], $3::text[], $4::int[], $5::text[]) AS i(id, list, seq, text)`,
    [
      v.id,
      items.map((i) => i.id),
      items.map((i) => i.list),
      items.map((i) => i.seq),
      items.map((i) => i.text),
    ],
  );
}

/** The villages among these ids with their town and county (to check they are the sender's). */
export function villagesByIds(
  db: Queryable,
  ids: readonly string[],
): Promise<Array<{ id: string; town_id: string; county_id: string }>> {
  return db.query(
    `SELECT v.id, v.town_id, t.county_id FROM village v JOIN town t ON t.id = v.town_id
      WHERE v.id = ANY($1::uuid[])`,
    [ids],
  );
}

export interface TaskInsert {
  id: string;
  villageId: string;
  batchId: string;
  townId: string;
  department: string;
  content: string;
  legalBasis: string;
  deadline: CalendarDate;
  versionId: string;
  listItemId: string | null;
  verdict: Verdict;
  sentOn: CalendarDate;
  sentAt: Date;
  sentBy: string | null;
}

export async function insertTask(tx: Tx, t: TaskInsert): Promise<void> {
  await tx.query(
    `INSERT INTO work_task (village_id, id, batch_id, town_id, department, content, legal_basis,
       deadline, version_id, list_item_id, verdict, sent_on, sent_at, sent_by)
     VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14)`,
    [
      t.villageId,
      t.id,
      t.batchId,
      t.townId,
      t.department,
      t.content,
      t.legalBasis,
      t.deadline,
      t.versionId,
      t.listItemId,
      t.verdict,
      t.sentOn,
      t.sentAt,
      t.sentBy,
    ],
  );
}

/** A task as the pages read it: with its village, town, version number and item. */
export interface TaskRow {
  id: string;
  village_id: string;
  village_name: string;
  town_name: string;
  department: string;
  content: string;
  legal_basis: string;
  deadline: CalendarDate;
  sent_on: CalendarDate;
  verdict: Verdict;
  version_number: number;
  item_list: AdmissionList | null;
  item_seq: number | null;
  item_text: string | null;
  decision: Decision | null;
  decided_on: CalendarDate | null;
  decision_reason: string | null;
}

export const TASK_SELECT = `
  SELECT w.id, w.village_id, v.name AS village_name, t.name AS town_name, w.department,
         w.content, w.legal_basis, w.deadline, w.sent_on, w.verdict, lv.number AS version_number,
         li.list AS item_list, li.seq AS item_seq, li.text AS item_text, w.decision, w.decided_on,
         w.decision_reason
    FROM work_task w
    JOIN village v ON v.id = w.village_id
    JOIN town t ON t.id = w.town_id
    JOIN admission_list_version lv ON lv.id = w.version_id
    LEFT JOIN admission_list_item li ON li.id = w.list_item_id`;

/** One task of the village, locked for the committee's decision (FOR UPDATE of the task row). */
export async function lockTask(tx: Tx, villageId: string, taskId: string): Promise<TaskRow | null> {
  const rows = await tx.query<TaskRow>(
    `${TASK_SELECT} WHERE w.village_id = $1 AND w.id = $2 FOR UPDATE OF w`,
    [villageId, taskId],
  );
  return rows[0] ?? null;
}

export async function recordDecision(
  tx: Tx,
  villageId: string,
  taskId: string,
  d: { decision: Decision; on: CalendarDate; by: string | null; reason: string },
): Promise<void> {
  await tx.query(
    `UPDATE work_task SET decision = $3, decided_on = $4, decided_by = $5, decision_reason = $6
      WHERE village_id = $1 AND id = $2`,
    [villageId, taskId, d.decision, d.on, d.by, d.reason],
  );
}
