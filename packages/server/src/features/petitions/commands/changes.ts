import type { CalendarDate } from '@cunzhi/core/calendarDate';
import { DomainError } from '@cunzhi/core/errors';
import {
  afterHearing,
  assignmentDues,
  extendedDueOn,
  handleDueOn,
  opinionDueOn,
  requestDueOn,
  routeDueOn,
  type PetitionAction,
  type PetitionOpinion,
} from '@cunzhi/core/petitions/petitions';
import { CHINA_HOLIDAYS as cal } from '@cunzhi/core/rules/holidays';
import type { RuleParams } from '@cunzhi/core/rules/profile';
import { dateField } from '../../../platform/fields.ts';
import { fieldError } from '../../matters/commands/shared.ts';
import type { LetterKind, PetitionChanges, PetitionRow } from '../repository.ts';

export interface StepInput {
  action: PetitionAction;
  on?: string | undefined;
  departmentId?: string | undefined;
  reason?: string | undefined;
  days?: number | undefined;
  opinion?: PetitionOpinion | undefined;
  answer?: string | undefined;
  hearingFrom?: string | undefined;
  hearingTo?: string | undefined;
}

export interface StepChanges {
  changes: PetitionChanges;
  /** The reasons or opinion text kept on the timeline. */
  note: string | null;
  letter: LetterKind | null;
}

const need = <T>(value: T | undefined | '', field: string): T => {
  if (value === undefined || value === '') fieldError(field, 'field_required');
  return value;
};

/** A review or re-review is asked for within the window the reply opened (XF-35-REVIEW). */
function requestInTime(
  row: PetitionRow,
  on: CalendarDate,
  stage: 'review' | 'reReview',
  p: RuleParams,
) {
  if (row.due_on && on > row.due_on)
    throw new DomainError('petition_review_late', {
      stage: stage === 'review' ? '复查' : '复核',
      days: p['XF-35-REVIEW'].requestDays,
      due: row.due_on,
    });
}

type Ctx = {
  row: PetitionRow;
  input: StepInput;
  on: CalendarDate;
  today: CalendarDate;
  p: RuleParams;
};
const plain = (changes: PetitionChanges): StepChanges => ({ changes, note: null, letter: null });

function assign({ input, on, p }: Ctx): StepChanges {
  const dues = assignmentDues(on, p, cal);
  return plain({
    department_id: need(input.departmentId, 'departmentId'),
    assigned_on: on,
    objection_due_on: dues.objectionDueOn,
    due_on: dues.noticeDueOn,
  });
}

function object({ row, input, on, p }: Ctx): StepChanges {
  const reason = need(input.reason, 'reason');
  if (row.objection_due_on && on > row.objection_due_on)
    throw new DomainError('petition_objection_late', {
      days: p['XF-22-ROUTE'].objectionWorkingDays,
      due: row.objection_due_on,
    });
  // back to the petition office, which routes it again within its own 15 days
  const changes: PetitionChanges = {
    department_id: null,
    assigned_on: null,
    objection_due_on: null,
    due_on: routeDueOn(on, p, cal),
  };
  return { changes, note: reason, letter: null };
}

function extend({ row, input, on, p }: Ctx): StepChanges {
  const reason = need(input.reason, 'reason');
  const days = need(input.days, 'days');
  const c = {
    acceptedOn: row.accepted_on ?? on,
    handleDueOn: row.handle_due_on ?? on,
    extendedDays: row.extended_days,
  };
  const r = extendedDueOn(c, days, on, p, cal);
  if (r.ok)
    return {
      changes: { extended_days: days, handle_due_on: r.dueOn, due_on: r.dueOn },
      note: reason,
      letter: 'extension',
    };
  if (r.why === 'tooLong')
    throw new DomainError('petition_extension_too_long', {
      max: p['XF-34-HANDLE'].maxExtensionDays,
    });
  if (r.why === 'again') throw new DomainError('petition_extension_again');
  throw new DomainError('petition_extension_late', { due: c.handleDueOn });
}

function hearing({ row, input, on }: Ctx): StepChanges {
  const from = dateField('hearingFrom', need(input.hearingFrom, 'hearingFrom'));
  const to = dateField('hearingTo', need(input.hearingTo, 'hearingTo'));
  if (to < from) fieldError('hearingTo', 'petition_hearing_dates');
  const due = afterHearing(row.due_on ?? on, { from, to }, cal);
  return { changes: { due_on: due }, note: `${from} — ${to}`, letter: null };
}

function close({ row, on, today }: Ctx): StepChanges {
  // the petitioner's window to ask for the next review must have run out
  if (row.due_on && today <= row.due_on)
    throw new DomainError('petition_close_early', {
      due: row.due_on,
      stage: row.status === 'answered' ? '复查' : '复核',
    });
  return plain({ closed_on: on, due_on: null });
}

/** An opinion step: the opinion and its text, the columns they go in, and the letter. */
function opinionStep(
  { input, on, p }: Ctx,
  columns: (o: { opinion: PetitionOpinion; answer: string }) => PetitionChanges,
  letter: LetterKind,
  last: boolean,
): StepChanges {
  const o = { opinion: need(input.opinion, 'opinion'), answer: need(input.answer, 'answer') };
  const due = last ? { closed_on: on, due_on: null } : { due_on: requestDueOn(on, p, cal) };
  return { changes: { ...columns(o), ...due }, note: o.answer, letter };
}

/**
 * What each step writes: its dates, the last day of the clock it starts (XF-22, XF-34, XF-35),
 * and the letter it issues to the petitioner. Refusals cite the article (petitions/errors.ts).
 */
const STEPS: Record<PetitionAction, (c: Ctx) => StepChanges> = {
  forward: ({ on, p }) => plain({ forwarded_on: on, due_on: routeDueOn(on, p, cal) }),
  assign,
  object,
  accept: ({ on, p }) => {
    const due = handleDueOn(on, p, cal);
    return { ...plain({ accepted_on: on, handle_due_on: due, due_on: due }), letter: 'acceptance' };
  },
  refuse: ({ input, on }) => {
    const reason = need(input.reason, 'reason');
    const changes = { refusal_reason: reason, closed_on: on, due_on: null };
    return { changes, note: reason, letter: 'refusal' };
  },
  extend,
  answer: (c) => opinionStep(c, (o) => ({ ...o, answered_on: c.on }), 'opinion', false),
  requestReview: (c) => {
    requestInTime(c.row, c.on, 'review', c.p);
    return plain({ due_on: opinionDueOn(c.on, c.p, cal) });
  },
  hearing,
  reviewOpinion: (c) =>
    opinionStep(
      c,
      (o) => ({ review_opinion: o.opinion, review_answer: o.answer, reviewed_on: c.on }),
      'reviewOpinion',
      false,
    ),
  requestReReview: (c) => {
    requestInTime(c.row, c.on, 'reReview', c.p);
    return plain({ due_on: opinionDueOn(c.on, c.p, cal) });
  },
  reReviewOpinion: (c) =>
    opinionStep(
      c,
      (o) => ({ re_review_opinion: o.opinion, re_review_answer: o.answer, re_reviewed_on: c.on }),
      'reReviewOpinion',
      true,
    ),
  close,
};

export function stepChanges(
  row: PetitionRow,
  input: StepInput,
  on: CalendarDate,
  today: CalendarDate,
  p: RuleParams,
): StepChanges {
  return STEPS[input.action]({ row, input, on, today, p });
}
