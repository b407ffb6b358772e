import { fromYmd, ymd, type CalendarDate } from '../calendarDate.ts';
import { ruleInForce } from '../rules/citations.ts';
import { addDays, noticeIsTimely, quarterOf } from '../rules/dayCount.ts';
import { finding, type Finding } from '../rules/findings.ts';
import type { RuleParams } from '../rules/profile.ts';
import { meets, required, thresholdWording, type Threshold } from '../rules/threshold.ts';
import { MEETING_KIND_INFO, type MeetingKind } from './meetingKinds.ts';

/** Who may demand a meeting, and how many signatures make it mandatory. */
export type DemandRoute = 'villagers' | 'representatives';

export interface DemandCheck {
  met: boolean;
  ruleId: Finding['ruleId'];
  required: number;
  base: number;
  count: number;
  wording: { zh: string; en: string };
}

/**
 * VCOL-21-CONVENE: the committee must convene the assembly when 1/10 of the
 * villagers (aged 18+) or 1/3 of the representatives propose it.
 * VCOL-26-FREQ: it must convene the representatives' meeting when 1/5 of the
 * representatives propose it.
 */
export function demandCheck(
  kind: MeetingKind,
  route: DemandRoute,
  signers: number,
  base: number,
  params: RuleParams,
): DemandCheck | null {
  let t: Threshold;
  let ruleId: Finding['ruleId'];
  if (kind === 'villagersAssembly') {
    ruleId = 'VCOL-21-CONVENE';
    const r = params['VCOL-21-CONVENE'];
    t = route === 'villagers' ? r.villagerDemand : r.representativeDemand;
  } else if (kind === 'representativesMeeting' && route === 'representatives') {
    ruleId = 'VCOL-26-FREQ';
    t = params['VCOL-26-FREQ'].representativeDemand;
  } else {
    return null;
  }
  return {
    met: meets(signers, base, t),
    ruleId,
    required: required(base, t),
    base,
    count: signers,
    wording: thresholdWording(t),
  };
}

/** A demand short of its threshold, judged on the day it is checked (`on`). */
export function demandFinding(d: DemandCheck, route: DemandRoute, on: CalendarDate): Finding {
  const who = route === 'villagers' ? '村民（十八周岁以上）' : '村民代表';
  return finding(on, d.ruleId, 'demand_insufficient', {
    basis: `${who} ${d.base} 人的${d.wording.zh}（${d.required} 人）`,
    count: d.count,
    missing: Math.max(0, d.required - d.count),
  });
}

/**
 * Days of notice a meeting kind needs under the profile (0 where no rule sets
 * one). The members' representatives' assembly acts for the members' assembly
 * (Art. 28), so its members get the assembly's ten days too.
 */
export function noticeDays(kind: MeetingKind, params: RuleParams): number {
  if (kind === 'villagersAssembly') return params['VCOL-21-CONVENE'].noticeDays;
  if (kind === 'villagersDeliberationCouncil') return params['COUNCIL-MEETING'].noticeDays;
  if (kind === 'membersAssembly' || kind === 'membersRepresentativesAssembly')
    return params['NJJ-27-NOTICE'].noticeDays;
  return 0;
}

const NOTICE_RULES: Partial<Record<MeetingKind, Finding['ruleId']>> = {
  villagersAssembly: 'VCOL-21-CONVENE',
  villagersDeliberationCouncil: 'COUNCIL-MEETING',
  membersAssembly: 'NJJ-27-NOTICE',
  membersRepresentativesAssembly: 'NJJ-27-NOTICE',
};

/** VCOL-21-CONVENE: 召集村民会议，应当提前十天通知村民. */
export function checkNotice(
  kind: MeetingKind,
  noticeOn: CalendarDate,
  meetingOn: CalendarDate,
  params: RuleParams,
): Finding | null {
  const days = noticeDays(kind, params);
  if (days === 0 || noticeIsTimely(noticeOn, meetingOn, days)) return null;
  return finding(meetingOn, NOTICE_RULES[kind] ?? 'COUNCIL-MEETING', 'notice_short', {
    meeting: MEETING_KIND_INFO[kind].zh,
    days,
    noticeOn,
    earliest: addDays(noticeOn, days),
  });
}

/**
 * VCOL-26-FREQ (representatives' meeting) and PARTY-3H1K (Party members'
 * meeting): at least so many meetings held in each quarter. The current
 * quarter is overdue only once it has ended, so a finding names the last
 * complete quarter that fell short; the current quarter is a warning while
 * no meeting is held or planned in it.
 */
export function frequencyFindings(
  kind: MeetingKind,
  heldOn: readonly CalendarDate[],
  today: CalendarDate,
  params: RuleParams,
  since: CalendarDate,
): Finding[] {
  let perQuarter: number;
  let ruleId: Finding['ruleId'];
  let code: Finding['code'];
  if (kind === 'representativesMeeting') {
    perQuarter = params['VCOL-26-FREQ'].meetingsPerQuarter;
    ruleId = 'VCOL-26-FREQ';
    code = 'reps_meeting_overdue';
  } else if (kind === 'partyMembersMeeting') {
    perQuarter = params['PARTY-3H1K'].partyMembersMeetingsPerQuarter;
    ruleId = 'PARTY-3H1K';
    code = 'party_meeting_overdue';
  } else {
    return [];
  }
  const out: Finding[] = [];
  const current = quarterOf(today);
  const previous = quarterOf(addDays(current.startsOn, -1));
  for (const [q, severity] of [
    [previous, 'violation'],
    [current, 'warning'],
  ] as const) {
    if (q.endsOn < since) continue;
    const count = heldOn.filter((d) => d >= q.startsOn && d <= q.endsOn).length;
    // a quarter is judged by the law in force when it ended (or today, while it runs)
    const on = q.endsOn < today ? q.endsOn : today;
    if (count < perQuarter)
      out.push(
        finding(
          on,
          ruleId,
          code,
          { count: perQuarter, quarter: `${q.year}年第${q.quarter}季度` },
          severity,
        ),
      );
  }
  return out;
}

/**
 * VCOL25-ANNUAL-ASSEMBLY (2025 text Art. 25 para. 3): the villagers'
 * assembly meets at least once a year. A year that has ended short is a
 * violation; the current year is a warning while no assembly is held or
 * planned in it. Years before 2026 are not judged: the 2018 text had no such
 * rule.
 */
export function annualAssemblyFindings(
  heldOn: readonly CalendarDate[],
  today: CalendarDate,
  params: RuleParams,
): Finding[] {
  return yearlyFindings(
    {
      ruleId: 'VCOL25-ANNUAL-ASSEMBLY',
      code: 'assembly_overdue',
      perYear: params['VCOL25-ANNUAL-ASSEMBLY'].meetingsPerYear,
      judged: (on) => ruleInForce('VCOL25-ANNUAL-ASSEMBLY', on),
    },
    heldOn,
    today,
  );
}

/**
 * At least `perYear` meetings in each year: last year ended short is a
 * violation, the current year a warning while none is held or planned. A year
 * is judged by the law in force when it ended (or today, while it runs), and
 * only where `judged` says the rule existed then.
 */
export function yearlyFindings(
  rule: {
    ruleId: Finding['ruleId'];
    code: Finding['code'];
    perYear: number;
    judged: (on: CalendarDate) => boolean;
  },
  heldOn: readonly CalendarDate[],
  today: CalendarDate,
): Finding[] {
  const year = ymd(today).year;
  const out: Finding[] = [];
  for (const [y, severity] of [
    [year - 1, 'violation'],
    [year, 'warning'],
  ] as const) {
    const endsOn = fromYmd(y, 12, 31);
    const on = endsOn < today ? endsOn : today;
    if (!rule.judged(on)) continue;
    const count = heldOn.filter((d) => ymd(d).year === y).length;
    if (count < rule.perYear)
      out.push(finding(on, rule.ruleId, rule.code, { count: rule.perYear, year: y }, severity));
  }
  return out;
}

export interface ProxyFacts {
  holderName: string;
  /** Principals the holder already carries for this meeting. */
  holderPrincipals: number;
  isCloseRelative: boolean;
  /** The holder lives in the principal's household (the members' assembly's only proxies). */
  sameHousehold: boolean;
  lodgedOn: CalendarDate;
  meetingOn: CalendarDate;
}

/**
 * VCOL-15-PROXY as the profile sets it, applied to meetings that accept
 * proxies. The members' assembly has its own rule (NJJ-27-QUORUM): a written
 * proxy to an adult family member of the principal's household, and no other
 * (the holder being due at the assembly, they are of full capacity).
 */
export function checkProxy(kind: MeetingKind, f: ProxyFacts, params: RuleParams): Finding[] {
  const on = f.meetingOn;
  if (!MEETING_KIND_INFO[kind].proxies)
    return [
      finding(on, 'VCOL-15-PROXY', 'proxies_not_allowed', { meeting: MEETING_KIND_INFO[kind].zh }),
    ];
  if (kind === 'membersAssembly')
    return f.sameHousehold
      ? []
      : [finding(on, 'NJJ-27-QUORUM', 'collective_proxy_not_household', { name: f.holderName })];
  const p = params['VCOL-15-PROXY'];
  const out: Finding[] = [];
  if (p.closeRelativesOnly && !f.isCloseRelative)
    out.push(finding(on, 'VCOL-15-PROXY', 'proxy_not_relative'));
  if (f.holderPrincipals + 1 > p.maxPrincipalsPerHolder)
    out.push(
      finding(on, 'VCOL-15-PROXY', 'proxy_limit', {
        max: p.maxPrincipalsPerHolder,
        name: f.holderName,
        count: f.holderPrincipals,
      }),
    );
  if (p.requestDaysBefore > 0 && !noticeIsTimely(f.lodgedOn, f.meetingOn, p.requestDaysBefore))
    out.push(finding(on, 'VCOL-15-PROXY', 'proxy_late', { days: p.requestDaysBefore }));
  return out;
}
