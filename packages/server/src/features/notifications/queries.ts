import type { CalendarDate } from '@cunzhi/core/calendarDate';
import type { MessageKind, NotifyReason } from '@cunzhi/core/notifications/messages';
import type { Queryable } from '../../platform/db/database.ts';
import type { OutboxStatus, OutboxSubject } from '../../platform/outbox/repository.ts';

/** A notice with its messages counted: households told, SMS by status. */
export interface NoticeDeliveryRow {
  notice_id: string;
  title: string;
  published_on: CalendarDate;
  households: number;
  pending: number;
  sent: number;
  failed: number;
  none: number;
}

const COUNTS = `SELECT n.id AS notice_id, n.title, n.published_on,
    count(*) FILTER (WHERE m.channel = 'inApp')::int AS households,
    count(*) FILTER (WHERE m.channel = 'sms' AND m.status IN ('pending', 'sending'))::int AS pending,
    count(*) FILTER (WHERE m.channel = 'sms' AND m.status = 'sent')::int AS sent,
    count(*) FILTER (WHERE m.channel = 'sms' AND m.status = 'failed')::int AS failed,
    (count(*) FILTER (WHERE m.channel = 'inApp') - count(*) FILTER (WHERE m.channel = 'sms'))::int AS none
  FROM notice n JOIN outbox_message m ON m.village_id = n.village_id AND m.notice_id = n.id AND m.cause_id = n.id
    AND m.reason IN ('notice', 'meeting')`;

/** The village's notices that sent messages, newest first (the last 200: a year's notices and more). */
export async function noticeDeliveries(
  { db }: { db: Queryable },
  villageId: string,
): Promise<NoticeDeliveryRow[]> {
  return db.query<NoticeDeliveryRow>(
    `${COUNTS} WHERE n.village_id = $1 GROUP BY n.village_id, n.id ORDER BY n.published_on DESC, n.created_at DESC LIMIT 200`,
    [villageId],
  );
}

export async function noticeDelivery(
  { db }: { db: Queryable },
  villageId: string,
  noticeId: string,
): Promise<NoticeDeliveryRow | null> {
  const [row] = await db.query<NoticeDeliveryRow>(
    `${COUNTS} WHERE n.village_id = $1 AND n.id = $2 GROUP BY n.village_id, n.id`,
    [villageId, noticeId],
  );
  return row ?? null;
}

/** One household's line for a notice: the in-app message (always) with its SMS beside it, if any. */
export interface HouseholdDeliveryRow {
  household_id: string;
  household_number: string;
  addressee: string;
  address: string;
  grid: string | null;
  group_name: string;
  reason: NotifyReason;
  payload: { heading: string; line: string; link: string; wechat: Record<string, unknown> };
  sms_status: OutboxStatus | null;
  sms_text: string | null;
  attempts: number;
  last_error: string | null;
  sent_at: string | null;
}

/** Every household a notice's messages went to (its publication's, not later answers' or reminders'), by grid then number: the printed batch's order. */
export async function householdDeliveries(
  { db }: { db: Queryable },
  villageId: string,
  noticeId: string,
): Promise<HouseholdDeliveryRow[]> {
  return db.query<HouseholdDeliveryRow>(
    `SELECT h.id AS household_id, h.number AS household_number, p.name AS addressee, h.address,
       g.name AS grid, vg.name AS group_name, a.reason, a.payload,
       s.status AS sms_status, s.payload->>'text' AS sms_text, COALESCE(s.attempts, 0)::int AS attempts,
       s.last_error, s.sent_at::text AS sent_at
     FROM outbox_message a
     JOIN household h ON h.village_id = a.village_id AND h.id = a.household_id
     JOIN villager_group vg ON vg.village_id = h.village_id AND vg.id = h.villager_group_id
     LEFT JOIN grid g ON g.village_id = h.village_id AND g.id = h.grid_id
     LEFT JOIN person p ON p.village_id = a.village_id AND p.id = a.person_id
     LEFT JOIN outbox_message s ON s.village_id = a.village_id AND s.reason = a.reason
       AND s.cause_id = a.cause_id AND s.household_id = a.household_id AND s.channel = 'sms'
     WHERE a.village_id = $1 AND a.notice_id = $2 AND a.cause_id = $2 AND a.channel = 'inApp'
       AND a.reason IN ('notice', 'meeting')
     ORDER BY g.name NULLS LAST, h.number`,
    [villageId, noticeId],
  );
}

/**
 * A villager's in-app messages, newest first (the last 100): those to their household (notices,
 * meetings, deadlines), and those about their own records (answers, service requests) addressed
 * to them alone — never another member's.
 */
export interface OwnMessageRow {
  id: string;
  reason: NotifyReason;
  /** Written since the kinds were (migration 0063); earlier messages' kind is their reason. */
  payload: { heading: string; line: string; link: string; kind?: MessageKind };
  sent_on: CalendarDate;
}

export async function ownMessages(
  { db, config }: { db: Queryable; config: { TIME_ZONE: string } },
  villageId: string,
  personId: string,
): Promise<OwnMessageRow[]> {
  return db.query<OwnMessageRow>(
    `SELECT m.id, m.reason, m.payload, (m.created_at AT TIME ZONE $3)::date AS sent_on
     FROM outbox_message m
     JOIN person me ON me.village_id = m.village_id AND me.household_id = m.household_id
     WHERE m.village_id = $1 AND me.id = $2 AND m.channel = 'inApp'
       AND (m.reason IN ('notice', 'meeting', 'deadline') OR m.person_id = me.id)
     ORDER BY m.created_at DESC, m.id LIMIT 100`,
    [villageId, personId, config.TIME_ZONE],
  );
}

/** A failed SMS that is not a notice's: what it was about, never to whom nor its words. */
export interface FailedMessageRow {
  id: string;
  kind: MessageKind | null;
  subject_kind: OutboxSubject;
  created_on: CalendarDate;
  attempts: number;
  last_error: string | null;
}

/**
 * The village's failed SMS that are not a notice's (a notice's, and the reminders of its last
 * day, are retried from its delivery page), newest first. A discipline complaint's answer is
 * the town's discipline office's business, never the village's: not listed (nor one whose
 * complaint is not a village-affairs one).
 */
const VILLAGES_SMS = `SELECT m.id, m.payload->>'kind' AS kind, m.subject_kind,
       (m.created_at AT TIME ZONE $2)::date AS created_on, m.attempts, m.last_error
     FROM outbox_message m
     WHERE m.village_id = $1 AND m.channel = 'sms' AND m.notice_id IS NULL
       AND (m.subject_kind <> 'complaint' OR EXISTS (SELECT 1 FROM complaint c
         WHERE c.village_id = m.village_id AND c.id = m.subject_id AND c.class = 'affairs'))`;

export async function failedMessages(
  { db, config }: { db: Queryable; config: { TIME_ZONE: string } },
  villageId: string,
): Promise<FailedMessageRow[]> {
  return db.query<FailedMessageRow>(
    `${VILLAGES_SMS} AND m.status = 'failed' ORDER BY m.created_at DESC, m.id LIMIT 200`,
    [villageId, config.TIME_ZONE],
  );
}

/**
 * One SMS the village may retry, whatever its status now (a cadre who retries what another has
 * just requeued is told none was, not that it does not exist).
 */
export async function retryableMessage(
  db: Queryable,
  villageId: string,
  id: string,
): Promise<FailedMessageRow | null> {
  const [row] = await db.query<FailedMessageRow>(`${VILLAGES_SMS} AND m.id = $3`, [
    villageId,
    'UTC',
    id,
  ]);
  return row ?? null;
}

/** The village office's phone the texts to someone outside the registry give; null: not recorded. */
export async function officePhoneOf(
  { db }: { db: Queryable },
  villageId: string,
): Promise<string | null> {
  const [row] = await db.query<{ office_phone: string | null }>(
    `SELECT office_phone FROM village WHERE id = $1`,
    [villageId],
  );
  return row?.office_phone ?? null;
}
