import type { CalendarDate } from '@cunzhi/core/calendarDate';
import { CHINA_HOLIDAYS } from '@cunzhi/core/rules/holidays';
import {
  REQUEST_MACHINE,
  requestEscalation,
  type RequestAction,
  type RequestActor,
} from '@cunzhi/core/services/requests';
import type { ReplyOf } from '@cunzhi/contract/route';
import type * as contract from '@cunzhi/contract/services';
import type { ItemRow, RequestRow, StepRow, WindowRow } from './repository.ts';

type Detail = ReplyOf<typeof contract.getRequest>['request'];
type Summary = ReplyOf<typeof contract.listRequests>['items'][number];

/** 〔2026〕第3号: the receipt's number, per village and year. */
export const receiptNumber = (year: number, number: number) => `〔${year}〕第${number}号`;

export function presentWindow(w: WindowRow) {
  return {
    id: w.id,
    number: w.number,
    name: w.name,
    townDepartmentId: w.town_department_id,
    townDepartmentName: w.town_department_name,
    active: w.active,
  };
}

export function presentItem(i: ItemRow) {
  return {
    id: i.id,
    windowId: i.window_id,
    name: i.name,
    materials: i.materials,
    promisedDays: i.promised_days,
    promisedUnit: i.promised_unit,
    fullAgency: i.full_agency,
    active: i.active,
  };
}

/** Overdue and the rung reached, derived today from the due date and the ladder stored with it. */
function escalationOf(r: RequestRow, today: CalendarDate) {
  if (!r.ladder) return { overdue: false, daysOverdue: 0, level: null, nextOn: null };
  return requestEscalation({ state: r.state, dueOn: r.due_on }, today, r.ladder, CHINA_HOLIDAYS);
}

export function presentSummary(r: RequestRow, today: CalendarDate): Summary {
  return {
    id: r.id,
    receiptNumber: receiptNumber(r.year, r.number),
    itemName: r.item_name,
    windowNumber: r.window_number,
    windowName: r.window_name,
    channel: r.channel,
    requesterName: r.requester_name,
    assistedBy: r.assisted_by,
    state: r.state,
    orderedOn: r.ordered_on,
    acceptedOn: r.accepted_on,
    dueOn: r.due_on,
    firstContactName: r.first_contact_name,
    escalation: escalationOf(r, today),
    rating: r.rating,
  };
}

/**
 * The steps a reader may take now, from the same table the server checks: the station's staff
 * (after acceptance only the 首问责任人), or the requester on their phone. The town's step is
 * taken in the town's inbox, never here.
 */
export function requestActions(
  r: RequestRow,
  reader: {
    staff: boolean;
    accountId: string | null;
    ownPerson: string | null;
    /** The 首问责任人 has left the station: the next staffer takes the request over. */
    firstContactGone?: boolean;
  },
): RequestAction[] {
  const roles: RequestActor[] = [];
  const firstContact = r.first_contact_account_id;
  const mine = !firstContact || firstContact === reader.accountId || reader.firstContactGone;
  if (reader.staff && mine) roles.push('stationStaff');
  if (reader.ownPerson && reader.ownPerson === r.requester_person_id) roles.push('villager');
  return REQUEST_MACHINE.actionsFor(r.state, roles);
}

export function presentDetail(
  r: RequestRow,
  steps: readonly StepRow[],
  today: CalendarDate,
  view: { can: RequestAction[]; showPhone: boolean },
): Detail {
  return {
    ...presentSummary(r, today),
    materials: r.materials,
    missingMaterials: r.missing_materials,
    details: r.details,
    requesterPhone: view.showPhone ? r.requester_phone : null,
    promisedDays: r.promised_days,
    promisedUnit: r.promised_unit,
    fullAgency: r.full_agency,
    departmentName: r.department_name,
    townAnswer: r.town_answer,
    refusalReason: r.refusal_reason,
    result: r.result,
    closedOn: r.closed_on,
    ratingComment: r.rating_comment,
    profileVersion: r.profile_version,
    timeline: steps.map((s) => ({
      seq: s.seq,
      action: s.action,
      state: s.state,
      at: s.at.toISOString(),
      onDate: s.on_date,
      byName: s.by_name,
      note: s.note,
      dueOn: s.due_on,
    })),
    can: view.can,
  };
}
