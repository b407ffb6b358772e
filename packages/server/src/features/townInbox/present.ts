import type { ResponseOf } from '@cunzhi/contract/route';
import type { CalendarDate } from '@cunzhi/core/calendarDate';
import type * as contract from '@cunzhi/contract/townInbox';
import type { ReferralStep } from '@cunzhi/core/townInbox/referrals';
import type { CaseCountRow, InboxRow, ReferralStepRow } from './queries.ts';
import type { DepartmentRow } from './repository.ts';

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
    department:
      r.department_id && r.department_name && r.department_kind
        ? { id: r.department_id, name: r.department_name, kind: r.department_kind }
        : null,
    subject: r.subject,
    status: r.status,
    filedOn: r.filed_on,
    ageDays: Number(r.age_days),
    dueOn: r.due_on,
    overdue: Boolean(r.overdue),
  };
}

const iso = (d: Date | null) => (d ? new Date(d).toISOString() : null);

export function presentReferralDetail(
  r: InboxRow,
  more: {
    concerns: Detail['concerns'];
    complaint: Detail['complaint'];
    steps: readonly ReferralStepRow[];
    actions: ReferralStep[];
    departments: readonly DepartmentRow[];
  },
): Detail {
  return {
    ...presentReferralSummary(r),
    summary: r.summary,
    concerns: more.concerns,
    answer: r.answer,
    acceptedAt: iso(r.accepted_at),
    answeredAt: iso(r.answered_at),
    closedAt: iso(r.closed_at),
    returnReason: r.return_reason,
    steps: more.steps.map((s) => ({
      step: s.step as Detail['steps'][number]['step'],
      at: new Date(s.at).toISOString(),
      by: s.by_name,
      department: s.department_name,
      note: s.note,
      dueOn: s.due_on,
    })),
    actions: more.actions,
    departments: more.departments
      .filter((d) => d.id !== r.department_id)
      .map((d) => ({ id: d.id, name: d.name, kind: d.kind })),
    complaint: more.complaint,
  };
}

type Overview = ResponseOf<typeof contract.casesOverview>;
type KindCounts = Overview['items'][number]['kinds']['service'];

const NONE: KindCounts = {
  open: 0,
  overdue: 0,
  satisfied: 0,
  basicallySatisfied: 0,
  dissatisfied: 0,
  unrated: 0,
};

/** Rows of (village, kind) → one item per village with every kind (a kind with no case: zeros). */
export function presentCasesOverview(on: CalendarDate, rows: readonly CaseCountRow[]): Overview {
  const items = new Map<string, Overview['items'][number]>();
  for (const r of rows) {
    let item = items.get(r.village_id);
    if (!item) {
      item = {
        villageId: r.village_id,
        villageName: r.village_name,
        townName: r.town_name,
        kinds: {
          service: NONE,
          minqing: NONE,
          dispute: { ...NONE, overdue: null },
          petition: NONE,
        },
      };
      items.set(r.village_id, item);
    }
    if (r.kind)
      item.kinds[r.kind] = {
        open: Number(r.open),
        overdue: r.overdue === null ? null : Number(r.overdue),
        satisfied: Number(r.satisfied),
        basicallySatisfied: Number(r.basically_satisfied),
        dissatisfied: Number(r.dissatisfied),
        unrated: Number(r.unrated),
      };
  }
  return { on, year: Number(on.slice(0, 4)), items: [...items.values()] };
}
