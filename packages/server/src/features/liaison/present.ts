import type { CalendarDate } from '@cunzhi/core/calendarDate';
import { caseOverdue, effectiveState, type LiaisonAction } from '@cunzhi/core/liaison/cases';
import type { CaseRow } from './repository.ts';
import type { QueueRow, StepRow } from './queries.ts';

/** Pure: rows → the contract's shapes. No list carries who reported; only a handler's detail does. */

const stateToday = (row: CaseRow, today: CalendarDate) =>
  effectiveState({ state: row.state, ratingDueOn: row.rating_due_on }, today);

export function presentSummary(row: QueueRow, today: CalendarDate) {
  return {
    id: row.id,
    number: row.number,
    source: row.source,
    anonymous: row.anonymous,
    category: row.category,
    urgency: row.urgency,
    subject: row.subject,
    level: row.level,
    state: stateToday(row, today),
    gridName: row.grid_name,
    reportedOn: row.reported_on,
    dueOn: row.due_on,
    overdue: caseOverdue({ state: row.state, dueOn: row.due_on }, today),
    followers: row.followers,
    rating: row.rating,
  };
}

export const presentStep = (s: StepRow) => ({
  action: s.action,
  toState: s.to_state,
  level: s.level,
  note: s.note,
  dueOn: s.due_on,
  actedOn: s.acted_on,
});

export function presentDetail(
  row: QueueRow,
  today: CalendarDate,
  extra: {
    steps: StepRow[];
    reporter: { name: string | null; phone: string | null; household: string | null } | null;
    department: string | null;
    mergedInto: number | null;
    can: LiaisonAction[];
  },
) {
  return {
    ...presentSummary(row, today),
    body: row.body,
    profileVersion: row.profile_version,
    routedTo:
      row.routed_body || extra.department
        ? { body: row.routed_body, department: extra.department }
        : null,
    feedback: row.feedback,
    answeredOn: row.answered_on,
    ratingDueOn: row.rating_due_on,
    reopenCount: row.reopen_count,
    mergedInto: extra.mergedInto,
    reporter: extra.reporter,
    steps: extra.steps.map(presentStep),
    can: extra.can,
  };
}

export function presentOwn(
  row: CaseRow,
  today: CalendarDate,
  extra: { own: boolean; steps: StepRow[] },
) {
  const state = stateToday(row, today);
  return {
    id: row.id,
    number: row.number,
    subject: row.subject,
    category: row.category,
    state,
    reportedOn: row.reported_on,
    dueOn: row.due_on,
    overdue: caseOverdue({ state: row.state, dueOn: row.due_on }, today),
    feedback: row.feedback,
    ratingDueOn: row.rating_due_on,
    rating: row.rating,
    own: extra.own,
    canRate: extra.own && state === 'answered',
    steps: extra.steps.map(presentStep),
  };
}
