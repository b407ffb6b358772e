import {
  BODY_KIND_INFO,
  memberRoleName,
  type BodyKind,
  type MemberRole,
} from '@cunzhi/core/bodies/bodyKinds';
import type { CalendarDate } from '@cunzhi/core/calendarDate';
import { complaintAnswerState, type ComplaintHandler } from '@cunzhi/core/complaints/complaints';
import { forCommunity } from '@cunzhi/core/meetings/meetingKinds';
import type { ResponseOf } from '@cunzhi/contract/route';
import type * as contract from '@cunzhi/contract/complaints';
import type { ComplaintRow } from './repository.ts';

type Summary = ResponseOf<typeof contract.listComplaints>['items'][number];
type Detail = ResponseOf<typeof contract.getComplaint>['complaint'];
type Own = ResponseOf<typeof contract.listOwnComplaints>['items'][number];
type Complainant = ResponseOf<typeof contract.revealComplainant>;

/** Pure: complaint rows → the contract's shapes. The complainant's identity is never among them but in `presentComplainant`. */

/** A name as a community says it (居民委员会, 社区党组织) when the village is one. */
function worded(n: { zh: string; en: string }, community: boolean): { zh: string; en: string } {
  return community ? { zh: forCommunity(n.zh), en: forCommunity(n.en) } : n;
}

export function handlerName(
  handler: ComplaintHandler | null,
  community = false,
): { zh: string; en: string } | null {
  if (!handler) return null;
  const info = BODY_KIND_INFO[handler];
  return worded({ zh: info.zh, en: info.en }, community);
}

/** A seat as people say it: 村党组织书记, 村民委员会委员 … */
export function seatName(
  kind: BodyKind,
  role: MemberRole,
  community = false,
): { zh: string; en: string } {
  const body = BODY_KIND_INFO[kind];
  const r = memberRoleName(kind, role);
  return worded({ zh: `${body.zh}${r.zh}`, en: `${r.en}, ${body.en}` }, community);
}

export function presentComplaintSummary(
  row: ComplaintRow,
  today: CalendarDate,
  community = false,
): Summary {
  return {
    id: row.id,
    number: row.number,
    channel: row.channel,
    anonymous: row.anonymous,
    subject: row.subject,
    class: row.class,
    handler: row.handler,
    handlerName: handlerName(row.handler, community),
    status: row.status,
    receivedOn: row.received_on,
    dueOn: row.due_on,
    answerState: row.due_on
      ? complaintAnswerState({ dueOn: row.due_on, answeredOn: row.answered_on }, today)
      : null,
    answeredOn: row.answered_on,
  };
}

export function presentComplaintDetail(
  row: ComplaintRow,
  today: CalendarDate,
  can: Detail['can'],
  community = false,
): Detail {
  const summary = presentComplaintSummary(row, today, community);
  return { ...summary, body: row.body, answer: row.answer, can };
}

/** As the complainant follows it: where it is and the answer, from the village or the town. */
export function presentOwnComplaint(
  row: ComplaintRow,
  town: { status: NonNullable<Own['town']>['status']; answer: string | null } | null,
  community = false,
): Own {
  return {
    number: row.number,
    subject: row.subject,
    receivedOn: row.received_on,
    anonymous: row.anonymous,
    status: row.status,
    handlerName: handlerName(row.handler, community),
    dueOn: row.due_on,
    answer: row.answer,
    answeredOn: row.answered_on,
    town,
  };
}

export function presentComplainant(
  row: Pick<
    ComplaintRow,
    'anonymous' | 'complainant_person_id' | 'complainant_name' | 'complainant_phone'
  >,
  person: { name: string; phone: string | null } | null,
): Complainant {
  return {
    anonymous: row.anonymous,
    personId: row.complainant_person_id,
    name: person?.name ?? row.complainant_name,
    phone: person?.phone ?? row.complainant_phone,
  };
}
