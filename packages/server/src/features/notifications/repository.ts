import type { CalendarDate } from '@cunzhi/core/calendarDate';
import type { NotifyReason } from '@cunzhi/core/notifications/messages';
import type { Queryable, Tx } from '../../platform/db/database.ts';

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
    noticeId: string;
    groupId: string | null;
    inApp: Record<string, unknown>;
    sms: Record<string, unknown>;
  },
): Promise<number> {
  const [row] = await tx.query<{ households: number }>(
    `WITH r AS (${RECIPIENT_SELECT} WHERE h.village_id = $1 AND ($4::uuid IS NULL OR h.villager_group_id = $4)),
     written AS (
       INSERT INTO outbox_message (village_id, id, reason, notice_id, cause_id, household_id, person_id, channel,
         recipient, payload, status, sent_at)
       SELECT $1::uuid, gen_random_uuid(), $2, $3::uuid, $3::uuid, r.household_id, r.person_id, 'inApp', NULL, $5::jsonb, 'sent', now() FROM r
       UNION ALL
       SELECT $1::uuid, gen_random_uuid(), $2, $3::uuid, $3::uuid, r.household_id, r.person_id, 'sms', r.phone, $6::jsonb, 'pending', NULL
       FROM r WHERE r.phone IS NOT NULL
       ON CONFLICT (village_id, cause_id, household_id, channel) DO NOTHING
       RETURNING channel)
     SELECT count(*) FILTER (WHERE channel = 'inApp')::int AS households FROM written`,
    [villageId, m.reason, m.noticeId, m.groupId, JSON.stringify(m.inApp), JSON.stringify(m.sms)],
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
