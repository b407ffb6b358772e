import type { Queryable, Tx } from '../db/database.ts';
import type { NotifyReason } from '@cunzhi/core/notifications/messages';

export type OutboxChannel = 'inApp' | 'sms';
export type OutboxStatus = 'pending' | 'sending' | 'sent' | 'failed';
/** The record a message is about when it is not a notice (the table's subject_kind). */
export type OutboxSubject = 'serviceRequest' | 'complaint' | 'meeting' | 'election' | 'petition';

/** A message to write with the act that causes it. */
export interface NewMessage {
  id: string;
  reason: NotifyReason;
  /** About a notice, or else about a record of another kind (subject). */
  about: { noticeId: string } | { kind: OutboxSubject; id: string };
  causeId: string;
  /** None for someone outside the registry: an SMS to the number they gave, no in-app message. */
  householdId: string | null;
  personId: string | null;
  channel: OutboxChannel;
  recipient: string | null;
  payload: Record<string, unknown>;
}

/** An SMS the worker has claimed, with what the gateway needs. */
export interface ClaimedMessage {
  village_id: string;
  id: string;
  recipient: string;
  payload: { text: string };
  attempts: number;
}

/**
 * Writes the messages in the caller's transaction, so an act and its messages commit together or
 * not at all. In-app messages are delivered by being written; SMS wait for the worker. One
 * statement for all (unnest), however many households. Answers how many were written (a message
 * already there under the same key is not written again).
 */
export async function insertMessages(
  tx: Tx,
  villageId: string,
  messages: readonly NewMessage[],
): Promise<number> {
  if (messages.length === 0) return 0;
  const col = <K extends keyof NewMessage>(k: K) => messages.map((m) => m[k]);
  const about = (f: (a: NewMessage['about']) => string | null) => messages.map((m) => f(m.about));
  const written = await tx.query(
    `INSERT INTO outbox_message (village_id, id, reason, notice_id, subject_kind, subject_id, cause_id, household_id,
       person_id, channel, recipient, payload, status, sent_at)
     SELECT $1, m.id, m.reason, m.notice_id, m.subject_kind, m.subject_id, m.cause_id, m.household_id, m.person_id,
       m.channel, m.recipient, m.payload::jsonb, CASE WHEN m.channel = 'inApp' THEN 'sent' ELSE 'pending' END,
       CASE WHEN m.channel = 'inApp' THEN now() END
     FROM unnest($2::uuid[], $3::text[], $4::uuid[], $5::text[], $6::uuid[], $7::uuid[], $8::uuid[], $9::uuid[],
       $10::text[], $11::text[], $12::text[])
       AS m(id, reason, notice_id, subject_kind, subject_id, cause_id, household_id, person_id, channel, recipient, payload)
     ON CONFLICT (village_id, reason, cause_id, household_id, channel) DO NOTHING RETURNING id`,
    [
      villageId,
      col('id'),
      col('reason'),
      about((a) => ('noticeId' in a ? a.noticeId : null)),
      about((a) => ('kind' in a ? a.kind : null)),
      about((a) => ('kind' in a ? a.id : null)),
      col('causeId'),
      col('householdId'),
      col('personId'),
      col('channel'),
      col('recipient'),
      messages.map((m) => JSON.stringify(m.payload)),
    ],
  );
  return written.length;
}

/**
 * Takes up to `limit` due SMS for delivery, in one committed statement: each row is locked with
 * FOR UPDATE SKIP LOCKED, so a second worker passes over what the first is taking, and marked
 * sending (with the attempt counted) before it leaves the database, so no later claim sees it
 * as due. A crash after this leaves the rows in sending: recoverStale decides what they become.
 */
export async function claimDue(db: Queryable, limit: number): Promise<ClaimedMessage[]> {
  return db.query<ClaimedMessage>(
    `UPDATE outbox_message m SET status = 'sending', attempts = m.attempts + 1, claimed_at = now()
     FROM (SELECT village_id, id FROM outbox_message
           WHERE status = 'pending' AND channel = 'sms' AND next_attempt_at <= now()
           ORDER BY next_attempt_at LIMIT $1 FOR UPDATE SKIP LOCKED) due
     WHERE m.village_id = due.village_id AND m.id = due.id
     RETURNING m.village_id, m.id, m.recipient, m.payload, m.attempts`,
    [limit],
  );
}

/** The gateway took these: sent, once. Only rows still in sending change (a recovered row is not sent twice over). */
export async function markSent(
  db: Queryable,
  messages: readonly { village_id: string; id: string }[],
): Promise<void> {
  if (messages.length === 0) return;
  await db.query(
    `UPDATE outbox_message m SET status = 'sent', sent_at = now(), last_error = NULL
     FROM unnest($1::uuid[], $2::uuid[]) AS s(village_id, id)
     WHERE m.village_id = s.village_id AND m.id = s.id AND m.status = 'sending'`,
    [messages.map((m) => m.village_id), messages.map((m) => m.id)],
  );
}

/** The gateway refused or did not answer: try again after `retryAfter` seconds, or (null) failed for good. */
export async function markAttemptFailed(
  db: Queryable,
  message: { village_id: string; id: string },
  error: string,
  retryAfter: number | null,
): Promise<void> {
  await db.query(
    `UPDATE outbox_message SET last_error = $3,
       status = CASE WHEN $4::integer IS NULL THEN 'failed' ELSE 'pending' END,
       next_attempt_at = now() + make_interval(secs => COALESCE($4::integer, 0))
     WHERE village_id = $1 AND id = $2 AND status = 'sending'`,
    [message.village_id, message.id, error.slice(0, 500), retryAfter],
  );
}

/** SMS claimed longer ago than the lease and never acknowledged: their worker died or hung. */
export async function staleSending(
  db: Queryable,
  leaseSeconds: number,
  limit: number,
): Promise<ClaimedMessage[]> {
  return db.query<ClaimedMessage>(
    `SELECT village_id, id, recipient, payload, attempts FROM outbox_message
     WHERE status = 'sending' AND claimed_at <= now() - make_interval(secs => $1::integer)
     ORDER BY claimed_at LIMIT $2`,
    [leaseSeconds, limit],
  );
}

/** The stale row goes back to the queue (the gateway never had it); no-op if another worker settled it. */
export async function requeueStale(
  db: Queryable,
  message: { village_id: string; id: string },
): Promise<void> {
  await db.query(
    `UPDATE outbox_message SET status = 'pending', next_attempt_at = now()
     WHERE village_id = $1 AND id = $2 AND status = 'sending'`,
    [message.village_id, message.id],
  );
}

/** Messages waiting for delivery or on their way (pending + sending): the /metrics gauge. */
export async function outboxDepth(db: Queryable): Promise<number> {
  const [row] = await db.query<{ n: number }>(
    `SELECT count(*)::int AS n FROM outbox_message WHERE status IN ('pending', 'sending')`,
  );
  return row?.n ?? 0;
}

/** A cadre's "retry": a notice's failed SMS are due again, their attempts counted afresh. */
export async function retryFailed(tx: Tx, villageId: string, noticeId: string): Promise<number> {
  const rows = await tx.query(
    `UPDATE outbox_message SET status = 'pending', attempts = 0, next_attempt_at = now()
     WHERE village_id = $1 AND notice_id = $2 AND status = 'failed' RETURNING id`,
    [villageId, noticeId],
  );
  return rows.length;
}

/**
 * A cadre's retry of one failed SMS that is not a notice's (a service request's, a complaint's,
 * a petition's, a reminder of a meeting or the voter roll): due again, its attempts counted
 * afresh. Only a row still failed changes, so of two cadres retrying it at once (or one pressing
 * twice) one requeues it and the other finds it pending already: it is sent once. Answers what
 * it requeued, if anything.
 */
export async function retryFailedMessage(
  tx: Tx,
  villageId: string,
  id: string,
): Promise<{ kind: string | null; subject_kind: OutboxSubject } | null> {
  const [row] = await tx.query<{ kind: string | null; subject_kind: OutboxSubject }>(
    `UPDATE outbox_message SET status = 'pending', attempts = 0, next_attempt_at = now()
     WHERE village_id = $1 AND id = $2 AND status = 'failed' AND notice_id IS NULL
     RETURNING payload->>'kind' AS kind, subject_kind`,
    [villageId, id],
  );
  return row ?? null;
}

/** The villages with a delivered SMS sent before `before` that still has its number (保存期限). */
export async function villagesKeepingNumbers(db: Queryable, before: Date): Promise<string[]> {
  const rows = await db.query<{ village_id: string }>(
    `SELECT DISTINCT village_id FROM outbox_message
     WHERE channel = 'sms' AND recipient IS NOT NULL AND status = 'sent' AND sent_at < $1`,
    [before],
  );
  return rows.map((r) => r.village_id);
}

/** Forgets the numbers of a village's SMS delivered before `before`; answers how many. */
export async function forgetNumbers(tx: Tx, villageId: string, before: Date): Promise<number> {
  const rows = await tx.query(
    `UPDATE outbox_message SET recipient = NULL
     WHERE village_id = $1 AND channel = 'sms' AND recipient IS NOT NULL AND status = 'sent'
       AND sent_at < $2 RETURNING id`,
    [villageId, before],
  );
  return rows.length;
}
