import { smsSegments } from '@cunzhi/core/notifications/sms';
import type {
  FailedMessageRow,
  HouseholdDeliveryRow,
  NoticeDeliveryRow,
  OwnMessageRow,
} from './queries.ts';

export function presentNoticeDelivery(r: NoticeDeliveryRow) {
  return {
    noticeId: r.notice_id,
    title: r.title,
    publishedOn: r.published_on,
    households: r.households,
    sms: { pending: r.pending, sent: r.sent, failed: r.failed, none: r.none },
  };
}

/** The texts every household got, shown once: they differ only in the addressee, never in words. */
export function presentTexts(rows: readonly HouseholdDeliveryRow[]) {
  const first = rows[0];
  if (!first) return null;
  const text = rows.find((r) => r.sms_text)?.sms_text ?? null;
  const { heading, line, link, wechat } = first.payload;
  return {
    heading,
    line,
    link,
    sms: { text: text ?? '', segments: text ? smsSegments(text) : [] },
    wechat,
  };
}

export function presentHousehold(r: HouseholdDeliveryRow) {
  return {
    householdId: r.household_id,
    householdNumber: r.household_number,
    addressee: r.addressee,
    address: r.address,
    grid: r.grid,
    group: r.group_name,
    reason: r.reason,
    // 'sending' is shown as it is: a worker holds it now
    sms: r.sms_status ?? ('none' as const),
    attempts: r.attempts,
    lastError: r.last_error,
    sentAt: r.sent_at,
  };
}

export function presentOwnMessage(r: OwnMessageRow) {
  return {
    id: r.id,
    reason: r.reason,
    // the three first reasons had one kind each, named alike
    kind: r.payload.kind ?? (r.reason as 'notice' | 'meeting' | 'answer'),
    heading: r.payload.heading,
    line: r.payload.line,
    link: r.payload.link,
    on: r.sent_on,
  };
}

export function presentFailedMessage(r: FailedMessageRow) {
  return {
    id: r.id,
    kind: r.kind,
    subject: r.subject_kind,
    createdOn: r.created_on,
    attempts: r.attempts,
    lastError: r.last_error,
  };
}
