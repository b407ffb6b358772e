import type { CalendarDate } from '../calendarDate.ts';
import { addDays, daysFrom, periodEnd, type HolidayCalendar } from '../rules/dayCount.ts';
import type { RuleId } from '../rules/citations.ts';
import { finding, type Finding } from '../rules/findings.ts';
import { CHINA_HOLIDAYS } from '../rules/holidays.ts';
import type { RuleParams } from '../rules/profile.ts';
import { stepName, type StepName } from './steps.ts';

/**
 * Two kinds of election dates, counted as the civil law counts (民法典 Art. 201, 203):
 *
 * - "选举日的二十日前": a step done no later than polling day − N calendar days
 *   (the day of the step is not counted, so a roll published on 2026-02-28 is
 *   20 days ahead of 2026-03-20). A rest day does not move it: Art. 203 extends
 *   a period's last day, and this is a latest start, not a period.
 * - "自…之日起五日内": a period that starts the next day and, when its last day
 *   is a rest day (the holiday table), ends on the next working day.
 */

/** The last day a step may be done "N 日前" polling day. */
export function latestBefore(pollingOn: CalendarDate, days: number): CalendarDate {
  return addDays(pollingOn, -days);
}

/** Was a step done on `on` at least `days` days before polling day? */
export function isDaysBefore(on: CalendarDate, pollingOn: CalendarDate, days: number): boolean {
  return daysFrom(on, pollingOn) >= days;
}

/** The last day of a period of `days` days running from `from` (from not counted; rest days roll). */
export function deadlineAfter(
  from: CalendarDate,
  days: number,
  cal: HolidayCalendar = CHINA_HOLIDAYS,
): CalendarDate {
  return periodEnd(from, days, cal);
}

/** A step that must be done N days before polling day: a finding when late. */
export function checkDaysBefore(
  ruleId: RuleId,
  step: StepName,
  on: CalendarDate,
  pollingOn: CalendarDate,
  days: number,
): Finding[] {
  if (isDaysBefore(on, pollingOn, days)) return [];
  const latest = latestBefore(pollingOn, days);
  return [
    finding(on, ruleId, 'election_days_before', { ...stepName(step), days, pollingOn, latest, on }),
  ];
}

/** A step that must be done within N days of `from`: a finding when past the period's end. */
export function checkWithin(
  ruleId: RuleId,
  step: StepName,
  from: CalendarDate,
  on: CalendarDate,
  days: number,
  cal: HolidayCalendar = CHINA_HOLIDAYS,
): Finding[] {
  const deadline = deadlineAfter(from, days, cal);
  if (on <= deadline) return [];
  return [
    finding(on, ruleId, 'election_period_over', { ...stepName(step), from, days, deadline, on }),
  ];
}

/** Every date the announced polling day fixes: what the election rules' notice lists. */
export interface ElectionTimetable {
  pollingOn: CalendarDate;
  /** 选民名单 published by (VCOL-14-LIST). */
  voterRollBy: CalendarDate;
  /** 自荐人 registered by (ZJ-20-SELF-NOMINATION). */
  selfNominationBy: CalendarDate;
  /** 正式候选人名单 published by (ZJ-18-CAND-LIST). */
  candidateListBy: CalendarDate;
  /** Time, place, method and tellers published by (ZJ-22-TELLER-RECUSAL). */
  pollingNoticeBy: CalendarDate;
  /** A candidate's written withdrawal by (ZJ-18-CAND-LIST). */
  withdrawalBy: CalendarDate;
  /** Proxies lodged by (VCOL-15-PROXY; the polling day itself where the profile sets no days). */
  proxiesBy: CalendarDate;
  /** Winners announced by (ZJ-32-ANNOUNCE). */
  announceBy: CalendarDate;
  /** A runoff held by (ZJ-RUNOFF-WINDOW). */
  runoffBy: CalendarDate;
}

export function electionTimetable(
  pollingOn: CalendarDate,
  p: RuleParams,
  cal: HolidayCalendar = CHINA_HOLIDAYS,
): ElectionTimetable {
  return {
    pollingOn,
    voterRollBy: latestBefore(pollingOn, p['VCOL-14-LIST'].listDaysBefore),
    selfNominationBy: latestBefore(pollingOn, p['ZJ-20-SELF-NOMINATION'].registerDaysBefore),
    candidateListBy: latestBefore(pollingOn, p['ZJ-18-CAND-LIST'].listDaysBefore),
    pollingNoticeBy: latestBefore(pollingOn, p['ZJ-22-TELLER-RECUSAL'].noticeDaysBefore),
    withdrawalBy: latestBefore(pollingOn, p['ZJ-18-CAND-LIST'].withdrawDaysBefore),
    proxiesBy: latestBefore(pollingOn, p['VCOL-15-PROXY'].requestDaysBefore),
    // "当日或者次日": a day, not a period, so a rest day does not extend it
    announceBy: addDays(pollingOn, p['ZJ-32-ANNOUNCE'].maxDays),
    runoffBy: deadlineAfter(pollingOn, p['ZJ-RUNOFF-WINDOW'].maxDaysAfterPolling, cal),
  };
}

/** Objections to the roll: filed within 5 days of its publication, decided within 3 of receipt. */
export function rollObjectionDeadlines(
  publishedOn: CalendarDate,
  p: RuleParams,
  cal: HolidayCalendar = CHINA_HOLIDAYS,
): { fileBy: CalendarDate; decideWithin: number } {
  return {
    fileBy: deadlineAfter(publishedOn, p['VCOL-14-LIST'].objectionDays, cal),
    decideWithin: p['VCOL-14-LIST'].decisionDays,
  };
}

/** A recall request: the vote within 30 days of receipt; else the township's within 60 more. */
export function recallDeadlines(
  receivedOn: CalendarDate,
  p: RuleParams,
  cal: HolidayCalendar = CHINA_HOLIDAYS,
): { voteBy: CalendarDate; townshipBy: CalendarDate } {
  const d = p['ZJ-35-RECALL-DEADLINE'];
  const voteBy = deadlineAfter(receivedOn, d.voteWithinDays, cal);
  return { voteBy, townshipBy: deadlineAfter(voteBy, d.townshipWithinDays, cal) };
}

/** The handover: within 10 days of the new committee's election. */
export function handoverDeadline(
  electedOn: CalendarDate,
  p: RuleParams,
  cal: HolidayCalendar = CHINA_HOLIDAYS,
): CalendarDate {
  return deadlineAfter(electedOn, p['VCOL-20-HANDOVER'].maxDays, cal);
}
