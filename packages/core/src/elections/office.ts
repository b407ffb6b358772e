import { fromYmd, ymd, daysInMonth, type CalendarDate } from '../calendarDate.ts';
import type { HolidayCalendar } from '../rules/dayCount.ts';
import { finding, type Finding } from '../rules/findings.ts';
import { CHINA_HOLIDAYS } from '../rules/holidays.ts';
import type { RuleParams } from '../rules/profile.ts';
import { meets, required, thresholdWording } from '../rules/threshold.ts';
import { checkWithin } from './dates.ts';

/**
 * VCOL-11-TERM: a term of five years from the day the committee is elected,
 * counted as the civil law counts years (民法典 Arts. 201–202): the start day
 * is not counted and the last day is the same date five years on, or the
 * month's last day where there is none (29 February → 28 February).
 * Re-election is allowed.
 */
export function termEndsOn(electedOn: CalendarDate, p: RuleParams): CalendarDate {
  const { year, month, day } = ymd(electedOn);
  const y = year + p['VCOL-11-TERM'].years;
  return fromYmd(y, month, Math.min(day, daysInMonth(y, month)));
}

/** 任何组织或者个人不得指定、委派或者撤换: only an election (or a recall vote) seats or removes a member. */
export function appointmentFindings(
  on: CalendarDate,
  how: 'election' | 'byElection' | 'recall' | 'appointed' | 'removed',
): Finding[] {
  return how === 'appointed' || how === 'removed'
    ? [finding(on, 'VCOL-11-TERM', 'appointment_void')]
    : [];
}

const MEANS = {
  violence: { zh: '暴力', en: 'violence' },
  threat: { zh: '威胁', en: 'threats' },
  deceit: { zh: '欺骗', en: 'deceit' },
  bribery: { zh: '贿赂', en: 'bribery' },
  forgedBallots: { zh: '伪造选票', en: 'forged ballots' },
  falseCount: { zh: '虚报选举票数', en: 'a false count' },
} as const;
export type ImproperMeans = keyof typeof MEANS;

/**
 * VCOL-17-FRAUD: a win by violence, threats, deceit, bribery, forged ballots
 * or a false count is void (当选无效) once the township or county finds it;
 * the seat is vacant (a by-election fills it).
 */
export function fraudVoidsWin(
  on: CalendarDate,
  name: string,
  means: readonly ImproperMeans[],
): { void: boolean; findings: Finding[] } {
  if (means.length === 0) return { void: false, findings: [] };
  return {
    void: true,
    findings: [
      finding(on, 'VCOL-17-FRAUD', 'win_void_fraud', {
        name,
        means: means.map((m) => MEANS[m].zh).join('、'),
        meansEn: means.map((m) => MEANS[m].en).join(', '),
      }),
    ],
  };
}

/**
 * VCOL-18-AUTO-END: the office ends by itself on the day a member is
 * sentenced to a criminal penalty or loses legal capacity (no vote needed).
 */
export function automaticEnd(member: {
  name: string;
  sentencedOn: CalendarDate | null;
  incapacitatedOn: CalendarDate | null;
}): { endsOn: CalendarDate | null; findings: Finding[] } {
  const events = [
    member.sentencedOn && { on: member.sentencedOn, code: 'office_ended_sentence' as const },
    member.incapacitatedOn && {
      on: member.incapacitatedOn,
      code: 'office_ended_incapacity' as const,
    },
  ]
    .filter(
      (e): e is { on: CalendarDate; code: 'office_ended_sentence' | 'office_ended_incapacity' } =>
        !!e,
    )
    .sort((a, b) => (a.on < b.on ? -1 : 1));
  const first = events[0];
  if (!first) return { endsOn: null, findings: [] };
  return {
    endsOn: first.on,
    findings: [
      finding(first.on, 'VCOL-18-AUTO-END', first.code, { name: member.name, on: first.on }),
    ],
  };
}

/**
 * VCOL-19-BYELECTION: a vacancy is filled at the villagers' assembly or the
 * representatives' meeting by the Art. 15 procedure (countRound); 浙江: the
 * assembly needs more than half of its members voting, the representatives'
 * meeting at least two thirds. The new member serves the rest of the term.
 */
export function byElectionTurnout(
  on: CalendarDate,
  body: 'assembly' | 'representatives',
  members: number,
  voting: number,
  p: RuleParams,
): Finding[] {
  const b = p['VCOL-19-BYELECTION'];
  const t = body === 'assembly' ? b.assemblyTurnout : b.representativesTurnout;
  if (meets(voting, members, t)) return [];
  return [
    finding(on, 'VCOL-19-BYELECTION', 'byelection_turnout', {
      basis: thresholdWording(t).zh,
      basisEn: thresholdWording(t).en,
      members,
      required: required(members, t),
      voting,
    }),
  ];
}

/**
 * VCOL-20-HANDOVER: the old committee hands over within ten days of the new
 * one's election, run by the election committee under the township. A late
 * handover is still recorded (it must happen), with the breach.
 */
export function handoverFindings(
  electedOn: CalendarDate,
  handedOverOn: CalendarDate,
  p: RuleParams,
  cal: HolidayCalendar = CHINA_HOLIDAYS,
): Finding[] {
  return checkWithin(
    'VCOL-20-HANDOVER',
    'handover',
    electedOn,
    handedOverOn,
    p['VCOL-20-HANDOVER'].maxDays,
    cal,
  );
}
