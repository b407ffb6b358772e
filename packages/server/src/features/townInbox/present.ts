import type { ResponseOf } from '@cunzhi/contract/route';
import type * as contract from '@cunzhi/contract/townInbox';
import type { InboxRow } from './queries.ts';

type Summary = ResponseOf<typeof contract.listReferrals>['items'][number];
type Detail = ResponseOf<typeof contract.getReferral>['referral'];

/** Pure: inbox rows → the contract's shapes. */

export function presentReferralSummary(r: InboxRow): Summary {
  return {
    id: r.id,
    villageId: r.village_id,
    villageName: r.village_name,
    townName: r.town_name,
    sourceKind: r.source_kind,
    addressee: r.addressee,
    subject: r.subject,
    status: r.status,
    filedOn: r.filed_on,
    ageDays: Number(r.age_days),
  };
}

const iso = (d: Date | null) => (d ? new Date(d).toISOString() : null);

export function presentReferralDetail(
  r: InboxRow,
  concerns: Detail['concerns'],
  complaint: Detail['complaint'],
): Detail {
  return {
    ...presentReferralSummary(r),
    summary: r.summary,
    concerns,
    answer: r.answer,
    acceptedAt: iso(r.accepted_at),
    answeredAt: iso(r.answered_at),
    closedAt: iso(r.closed_at),
    complaint,
  };
}
