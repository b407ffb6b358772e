import type { CalendarDate } from '../calendarDate.ts';
import { periodEnd } from '../rules/dayCount.ts';
import { finding, type Finding } from '../rules/findings.ts';
import { CHINA_HOLIDAYS } from '../rules/holidays.ts';
import type { RuleParams } from '../rules/profile.ts';
import { earliestTakeDown } from './posting.ts';

/**
 * When villagers may question or object to a notice (质询/异议): from the day it is published
 * to the end of its publicity period — the period the notice names (公示期), else the legal
 * minimum posting (15 days from 2026). A notice with neither (an older notice without a
 * period) stays open to questions. The committee must accept villagers' enquiries (接受村民的
 * 查询: 2018 text Art. 30 para. 4, 2025 text Art. 35 para. 4: VCOL-30-ENQUIRY).
 */
export function questionWindow(
  notice: { publishedOn: CalendarDate; periodEndsOn: CalendarDate | null },
  params: RuleParams,
): { from: CalendarDate; to: CalendarDate | null } {
  return {
    from: notice.publishedOn,
    to: notice.periodEndsOn ?? earliestTakeDown(notice.publishedOn, params),
  };
}

/** A question asked outside the notice's publicity period is refused, naming the rule. */
export function questionOutOfPeriod(
  window: { from: CalendarDate; to: CalendarDate | null },
  askedOn: CalendarDate,
): Finding | null {
  if (askedOn >= window.from && (window.to === null || askedOn <= window.to)) return null;
  return finding(askedOn, 'VCOL-30-ENQUIRY', 'question_out_of_period', {
    from: window.from,
    to: window.to ?? window.from,
    on: askedOn,
  });
}

/**
 * The day the answer is due: `maxAnswerDays` after the question (the day asked not counted),
 * moved to the next working day when it falls on a rest day (Civil Code Arts. 201, 203).
 * The statute names no number: 15 days follows 浙江 (its implementing measures Art. 36: a
 * 质询 is answered within 15 days); a charter may shorten it, never lengthen it.
 */
export function answerDueOn(askedOn: CalendarDate, params: RuleParams): CalendarDate {
  return periodEnd(askedOn, params['VCOL-30-ENQUIRY'].maxAnswerDays, CHINA_HOLIDAYS);
}

export interface QuestionFacts {
  askedOn: CalendarDate;
  answerDueOn: CalendarDate;
  answeredOn: CalendarDate | null;
}

export type AnswerState = 'open' | 'overdue' | 'answered' | 'answeredLate';

export function answerState(q: QuestionFacts, today: CalendarDate): AnswerState {
  if (q.answeredOn) return q.answeredOn > q.answerDueOn ? 'answeredLate' : 'answered';
  return today > q.answerDueOn ? 'overdue' : 'open';
}

/** An answer not given by its day: shown to the supervision committee and the town. */
export function answerOverdueFinding(q: QuestionFacts, today: CalendarDate): Finding | null {
  if (answerState(q, today) !== 'overdue') return null;
  return finding(q.answerDueOn, 'VCOL-30-ENQUIRY', 'answer_overdue', {
    askedOn: q.askedOn,
    dueOn: q.answerDueOn,
  });
}
