import type { CalendarDate } from '@cunzhi/core/calendarDate';
import type { NotifyReason } from '@cunzhi/core/notifications/messages';
import type { Queryable, Tx } from '../../platform/db/database.ts';
import type { OutboxSubject } from '../../platform/outbox/repository.ts';

/** A household to tell, the person the message is addressed to and the number an SMS goes to. */
export interface Recipient {
  household_id: string;
  person_id: string;
  phone: string | null;
}

/**
 * Who in a household is addressed: the head, else the eldest member; the SMS goes to the
 * addressee's number, else to the first member's who has one (a migrant son's phone tells the
 * household at home). Only households with members are told.
 */
const RECIPIENT_SELECT = `SELECT h.id AS household_id, who.id AS person_id, tel.phone
  FROM household h
  CROSS JOIN LATERAL (SELECT p.id FROM person p WHERE p.village_id = h.village_id AND p.household_id = h.id
    ORDER BY (p.relation_to_head = 'head') DESC, p.birth_date, p.id LIMIT 1) who
  LEFT JOIN LATERAL (SELECT p.phone FROM person p WHERE p.village_id = h.village_id AND p.household_id = h.id
    AND p.phone IS NOT NULL AND p.phone <> ''
    ORDER BY (p.id = who.id) DESC, (p.relation_to_head = 'head') DESC, p.birth_date, p.id LIMIT 1) tel ON true`;

/**
 * Writes a notice's messages for every household of the village (or of one villager group) in
 * one statement, the rows made in the database: the text is the same for every household (it
 * names no one), so nothing needs to travel per household. In-app messages are delivered by being
 * written; an SMS goes to each household with a number. Answers how many households were told.
 */
export async function insertForHouseholds(
  tx: Tx,
  villageId: string,
  m: {
    reason: NotifyReason;
    /** What caused it: the notice published, or the meeting or notice a deadline reminds of. */
    cause: string;
    about: { noticeId: string } | { kind: OutboxSubject; id: string };
    groupId: string | null;
    inApp: Record<string, unknown>;
    sms: Record<string, unknown>;
  },
): Promise<number> {
  const [row] = await tx.query<{ households: number }>(
    `WITH r AS (${RECIPIENT_SELECT} WHERE h.village_id = $1 AND ($4::uuid IS NULL OR h.villager_group_id = $4)),
     written AS (
       INSERT INTO outbox_message (village_id, id, reason, notice_id, subject_kind, subject_id, cause_id, household_id,
         person_id, channel, recipient, payload, status, sent_at)
       SELECT $1::uuid, gen_random_uuid(), $2, $7::uuid, $8, $9::uuid, $3::uuid, r.household_id, r.person_id,
         'inApp', NULL, $5::jsonb, 'sent', now() FROM r
       UNION ALL
       SELECT $1::uuid, gen_random_uuid(), $2, $7::uuid, $8, $9::uuid, $3::uuid, r.household_id, r.person_id,
         'sms', r.phone, $6::jsonb, 'pending', NULL
       FROM r WHERE r.phone IS NOT NULL
       ON CONFLICT (village_id, reason, cause_id, household_id, channel) DO NOTHING
       RETURNING channel)
     SELECT count(*) FILTER (WHERE channel = 'inApp')::int AS households FROM written`,
    [
      villageId,
      m.reason,
      m.cause,
      m.groupId,
      JSON.stringify(m.inApp),
      JSON.stringify(m.sms),
      'noticeId' in m.about ? m.about.noticeId : null,
      'kind' in m.about ? m.about.kind : null,
      'kind' in m.about ? m.about.id : null,
    ],
  );
  return row?.households ?? 0;
}

/** The asker of a question, addressed in person: their own number first, else their household's. */
export async function askerOf(
  db: Queryable,
  villageId: string,
  personId: string,
): Promise<Recipient | null> {
  const [row] = await db.query<Recipient>(
    `SELECT p.household_id, p.id AS person_id,
       COALESCE(NULLIF(p.phone, ''), (SELECT o.phone FROM person o WHERE o.village_id = p.village_id
         AND o.household_id = p.household_id AND o.phone IS NOT NULL AND o.phone <> ''
         ORDER BY (o.relation_to_head = 'head') DESC, o.birth_date, o.id LIMIT 1)) AS phone
     FROM person p WHERE p.village_id = $1 AND p.id = $2`,
    [villageId, personId],
  );
  return row ?? null;
}

/** A villager's household and their own number (never another member's: see notifyPerson). */
export async function personReach(
  db: Queryable,
  villageId: string,
  personId: string,
): Promise<Recipient | null> {
  const [row] = await db.query<Recipient>(
    `SELECT household_id, id AS person_id, NULLIF(phone, '') AS phone FROM person WHERE village_id = $1 AND id = $2`,
    [villageId, personId],
  );
  return row ?? null;
}

/** The village's name (an SMS's signature) and portal code. */
export async function villageNames(
  db: Queryable,
  villageId: string,
): Promise<{ name: string; code: string; office_phone: string | null }> {
  const [row] = await db.query<{ name: string; code: string; office_phone: string | null }>(
    `SELECT name, code, office_phone FROM village WHERE id = $1`,
    [villageId],
  );
  if (!row) throw new Error(`no village ${villageId}`);
  return row;
}

/** Records the village office's phone (null: none); answers the one it had. */
export async function setOfficePhone(
  tx: Tx,
  villageId: string,
  phone: string | null,
): Promise<{ before: string | null }> {
  const [row] = await tx.query<{ before: string | null }>(
    `SELECT office_phone AS before FROM village WHERE id = $1 FOR UPDATE`,
    [villageId],
  );
  if (!row) throw new Error(`no village ${villageId}`);
  await tx.query(`UPDATE village SET office_phone = $2 WHERE id = $1`, [villageId, phone]);
  return row;
}

/** What a message says of its notice, and the village's name and portal code. */
export interface NoticeHeader {
  title: string;
  published_on: CalendarDate;
  /** The last day the notice matters: its publicity period's end, or its meeting's day. */
  runs_until: CalendarDate | null;
  village_name: string;
  village_code: string;
}

export async function noticeHeader(
  db: Queryable,
  villageId: string,
  noticeId: string,
): Promise<NoticeHeader | null> {
  const [row] = await db.query<NoticeHeader>(
    `SELECT n.title, n.published_on, COALESCE(n.period_ends_on, m.meeting_on) AS runs_until,
       v.name AS village_name, v.code AS village_code
     FROM notice n JOIN village v ON v.id = n.village_id
     LEFT JOIN meeting m ON m.village_id = n.village_id AND m.id = n.meeting_id
     WHERE n.village_id = $1 AND n.id = $2`,
    [villageId, noticeId],
  );
  return row ?? null;
}

// ------------------------------------------------------------------ due reminders (every village)

/** A deadline's record with its village's name and code: what a reminder is made from. */
export interface DueRecord {
  village_id: string;
  village_name: string;
  village_code: string;
  /** The meeting, the election or the notice reminded of (the reminder's cause). */
  id: string;
  title: string;
  /** The meeting's day, the roll's publication, the notice's last day of publicity. */
  on: CalendarDate;
  /** The meeting's notice (its portal page); the meeting's villager group. */
  notice_id: string | null;
  group_id: string | null;
}

/** Not reminded yet: the unique key stops a second reminder anyway; this spares the work. */
const NOT_REMINDED = `NOT EXISTS (SELECT 1 FROM outbox_message o WHERE o.village_id = x.village_id
  AND o.reason = 'deadline' AND o.cause_id = x.id)`;

/** Whether the households were told of the notice when it was published (a late entry was not). */
const TOLD = (notice: string, reason: string) => `EXISTS (SELECT 1 FROM outbox_message t
  WHERE t.village_id = x.village_id AND t.notice_id = ${notice} AND t.cause_id = ${notice} AND t.reason = '${reason}')`;

/** Meetings held on `day` (still planned) whose notice told the households before `today`. */
export async function meetingsOn(
  db: Queryable,
  day: CalendarDate,
  today: CalendarDate,
): Promise<DueRecord[]> {
  return db.query<DueRecord>(
    `SELECT DISTINCT ON (x.village_id, x.id) x.village_id, v.name AS village_name, v.code AS village_code,
       x.id, n.title, x.meeting_on AS on, n.id AS notice_id, x.villager_group_id AS group_id
     FROM meeting x JOIN village v ON v.id = x.village_id
     JOIN notice n ON n.village_id = x.village_id AND n.meeting_id = x.id AND n.kind = 'meeting'
     WHERE x.meeting_on = $1 AND x.status = 'planned' AND n.published_on < $2
       AND ${TOLD('n.id', 'meeting')} AND ${NOT_REMINDED}
     ORDER BY x.village_id, x.id, n.published_on DESC`,
    [day, today],
  );
}

/** Elections whose voter roll was published between `from` and the day before `today`. */
export async function rollsPublished(
  db: Queryable,
  from: CalendarDate,
  today: CalendarDate,
): Promise<DueRecord[]> {
  return db.query<DueRecord>(
    `SELECT x.village_id, v.name AS village_name, v.code AS village_code, x.id, '' AS title,
       x.roll_published_on AS on, NULL AS notice_id, NULL AS group_id
     FROM election x JOIN village v ON v.id = x.village_id
     WHERE x.roll_published_on >= $1 AND x.roll_published_on < $2 AND ${NOT_REMINDED}`,
    [from, today],
  );
}

/**
 * A matter's notices (议题公告, 决议公告: their objections contact named) whose publicity ends
 * between `today` and `last`, told to the households by `toldBy` (not told twice in two days).
 */
export async function matterPeriodsEnding(
  db: Queryable,
  today: CalendarDate,
  last: CalendarDate,
  toldBy: CalendarDate,
): Promise<DueRecord[]> {
  return db.query<DueRecord>(
    `SELECT x.village_id, v.name AS village_name, v.code AS village_code, x.id, x.title,
       x.period_ends_on AS on, x.id AS notice_id, NULL AS group_id
     FROM notice x JOIN village v ON v.id = x.village_id
     WHERE x.kind IN ('topic', 'resolution') AND x.period_ends_on BETWEEN $1 AND $2 AND x.published_on <= $3
       AND ${TOLD('x.id', 'notice')} AND ${NOT_REMINDED}`,
    [today, last, toldBy],
  );
}

/** A petition whose office's last day is today, tomorrow or went by lately: what its reminders are made from. */
export interface PetitionDue {
  village_id: string;
  id: string;
  number: number;
  received_on: CalendarDate;
  due_on: CalendarDate;
  town_id: string;
  department_id: string | null;
}

/**
 * Petitions running against one of the office's own clocks (to hand on, to tell acceptance, to
 * handle, to give a review's opinion: never the petitioner's window to ask for a review) whose
 * last day is `tomorrow` or today, or lay between `since` and yesterday. Today as well as
 * tomorrow: a day-before round that never ran (the server down that day) is caught up on the
 * last day itself — the reminder's cause names the last day, so it goes out once either way.
 */
export async function petitionsDue(
  db: Queryable,
  tomorrow: CalendarDate,
  since: CalendarDate,
): Promise<PetitionDue[]> {
  return db.query<PetitionDue>(
    `SELECT p.village_id, p.id, p.number, p.received_on, p.due_on, v.town_id, p.department_id
     FROM petition p JOIN village v ON v.id = p.village_id
     WHERE p.status IN ('forwarded', 'assigned', 'handling', 'reviewing', 'reReviewing')
       AND p.due_on BETWEEN $2 AND $1
     ORDER BY p.village_id, p.id`,
    [tomorrow, since],
  );
}

/**
 * The officials handling a petition, who are reminded of its deadline: the town's government
 * officials in the department it was handed to; before that (or with no one there), those of the
 * town's petition office; with neither, the town's leaders (no department). Their account's number.
 */
export async function petitionOfficials(
  db: Queryable,
  townId: string,
  departmentId: string | null,
): Promise<{ account_id: string; phone: string }[]> {
  return db.query<{ account_id: string; phone: string }>(
    `WITH c AS (
       SELECT a.id AS account_id, a.phone,
         CASE WHEN s.department_id = $2::uuid THEN 1 WHEN d.kind = 'petitionOffice' THEN 2
              WHEN s.department_id IS NULL THEN 3 END AS rank
       FROM staff_scope s JOIN account a ON a.id = s.account_id
       LEFT JOIN town_department d ON d.id = s.department_id
       WHERE s.level = 'town' AND s.scope_id = $1 AND s.unit = 'government')
     SELECT account_id, phone FROM c WHERE rank = (SELECT min(rank) FROM c) ORDER BY account_id`,
    [townId, departmentId],
  );
}
