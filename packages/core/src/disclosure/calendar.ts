import { daysInMonth, fromYmd, ymd, type CalendarDate } from '../calendarDate.ts';
import type { RuleId } from '../rules/citations.ts';
import { finding, type Finding } from '../rules/findings.ts';
import type { RuleParams } from '../rules/profile.ts';
import type { NoticeKind } from './kinds.ts';
import { postingFinding, type BoardPostingFacts } from './posting.ts';

/**
 * The disclosure calendar (三务公开). Three streams, each due at least once in every period:
 * - 村务 (general village affairs): at least quarterly (2018 text Art. 30 para. 3, 2025 text
 *   Art. 35 para. 3: 一般事项至少每季度公布一次); a village-affairs notice, a resolution
 *   notice or an implementation-result notice counts (Art. 35 para. 2 item (1));
 * - 财务 (income and spending): monthly where the collective's transactions are frequent
 *   (财务往来较多的，财务收支情况应当每月公布一次), else with the general items; a village
 *   with frequent transactions, or a province (山东: 逐项逐笔每月公布), sets one month;
 * - 党务 (Party affairs), published by the Party organisation, quarterly by default.
 * Major matters are published at once (随时公布) through their own procedure (the resolution
 * and implementation notices of 四议两公开), not by a period.
 */
export const DISCLOSURE_STREAMS = ['villageAffairs', 'finance', 'partyAffairs'] as const;
export type DisclosureStream = (typeof DISCLOSURE_STREAMS)[number];

export const STREAM_INFO: Record<
  DisclosureStream,
  {
    zh: string;
    en: string;
    noticeKinds: readonly NoticeKind[];
    ruleId: RuleId;
    overdue: 'village_affairs_overdue' | 'finance_disclosure_overdue' | 'party_affairs_overdue';
  }
> = {
  villageAffairs: {
    zh: '村务公开',
    en: 'Village affairs',
    noticeKinds: ['villageAffairs', 'resolution', 'implementationResult'],
    ruleId: 'VCOL-30-DISCLOSE',
    overdue: 'village_affairs_overdue',
  },
  finance: {
    zh: '财务公开',
    en: 'Finances',
    noticeKinds: ['financeStatement'],
    ruleId: 'VCOL-30-DISCLOSE',
    overdue: 'finance_disclosure_overdue',
  },
  partyAffairs: {
    zh: '党务公开',
    en: 'Party affairs',
    noticeKinds: ['partyAffairs'],
    ruleId: 'PARTY-DISCLOSE',
    overdue: 'party_affairs_overdue',
  },
};

/** At most how many months may pass between two disclosures of a stream, under the day's profile. */
export function streamMonths(stream: DisclosureStream, params: RuleParams): number {
  const months =
    stream === 'partyAffairs'
      ? params['PARTY-DISCLOSE'].maxMonths
      : stream === 'finance'
        ? params['VCOL-30-DISCLOSE'].maxMonthsFinance
        : params['VCOL-30-DISCLOSE'].maxMonthsGeneral;
  return Math.min(12, Math.max(1, Math.floor(months)));
}

/**
 * The period that starts on `startsOn` (the first of a month) and runs `months` months, never
 * past the year's end: quarters for three, months for one, counted from January.
 */
export function periodFrom(
  startsOn: CalendarDate,
  months: number,
): { startsOn: CalendarDate; endsOn: CalendarDate } {
  const { year, month } = ymd(startsOn);
  // align to the year's grid: a quarter starts in January, April, July or October
  const first = month - ((month - 1) % months);
  const last = Math.min(12, first + months - 1);
  return {
    startsOn: fromYmd(year, first, 1),
    endsOn: fromYmd(year, last, daysInMonth(year, last)),
  };
}

export interface CalendarNotice {
  id: string;
  kind: NoticeKind;
  title: string;
  publishedOn: CalendarDate;
  periodEndsOn: CalendarDate | null;
}

export interface CalendarPosting extends BoardPostingFacts {
  id: string;
  noticeId: string;
}

export type DisclosureState = 'due' | 'published' | 'overdue';

export interface CalendarItem {
  stream: DisclosureStream;
  startsOn: CalendarDate;
  endsOn: CalendarDate;
  months: number;
  ruleId: RuleId;
  state: DisclosureState;
  /** The notices of the stream published in the period, each with its board postings. */
  notices: Array<CalendarNotice & { postings: CalendarPosting[] }>;
  /** Whether a published notice of the period has its board posting recorded (photo, dates). */
  posted: boolean;
  /** The period passed with nothing published; board postings taken down too early. */
  findings: Finding[];
}

export interface CalendarInput {
  year: number;
  today: CalendarDate;
  /**
   * The day the village began keeping its records here: periods that ended before it are
   * not judged (what it published on paper before is not in the system).
   */
  since?: CalendarDate | null;
  /** The rule profile in force on a day (the law of that day, the province, the charter). */
  paramsOn: (on: CalendarDate) => RuleParams;
  notices: readonly CalendarNotice[];
  postings: readonly CalendarPosting[];
}

/**
 * Every period of the year that has begun by `today`, for each stream, with its state:
 * published (a notice of the stream in the period), due (the current period, nothing yet) or
 * overdue (the period is over and nothing was published). Each period's length is the
 * profile's on its first day, so a charter adopted mid-year changes the periods after it.
 */
export function disclosureCalendar(input: CalendarInput): CalendarItem[] {
  const items: CalendarItem[] = [];
  for (const stream of DISCLOSURE_STREAMS) {
    let start = fromYmd(input.year, 1, 1);
    while (start <= input.today && ymd(start).year === input.year) {
      const params = input.paramsOn(start);
      const months = streamMonths(stream, params);
      const period = periodFrom(start, months);
      if (!input.since || period.endsOn >= input.since)
        items.push(calendarItem(stream, period, months, input));
      const { year, month } = ymd(period.endsOn);
      if (month === 12) break;
      start = fromYmd(year, month + 1, 1);
    }
  }
  return items.sort((a, b) => (a.startsOn === b.startsOn ? 0 : a.startsOn < b.startsOn ? 1 : -1));
}

function calendarItem(
  stream: DisclosureStream,
  period: { startsOn: CalendarDate; endsOn: CalendarDate },
  months: number,
  input: CalendarInput,
): CalendarItem {
  const info = STREAM_INFO[stream];
  const notices = input.notices
    .filter(
      (n) =>
        info.noticeKinds.includes(n.kind) &&
        n.publishedOn >= period.startsOn &&
        n.publishedOn <= period.endsOn &&
        n.publishedOn <= input.today,
    )
    .map((n) => ({ ...n, postings: input.postings.filter((p) => p.noticeId === n.id) }));
  const state: DisclosureState =
    notices.length > 0 ? 'published' : input.today > period.endsOn ? 'overdue' : 'due';
  const findings: Finding[] = [];
  if (state === 'overdue')
    findings.push(
      finding(period.endsOn, info.ruleId, info.overdue, {
        months,
        startsOn: period.startsOn,
        endsOn: period.endsOn,
      }),
    );
  for (const n of notices)
    for (const p of n.postings) {
      const f = postingFinding(p, input.paramsOn(p.postedOn));
      if (f) findings.push(f);
    }
  return {
    stream,
    ...period,
    months,
    ruleId: info.ruleId,
    state,
    notices,
    posted: notices.some((n) => n.postings.length > 0),
    findings,
  };
}

/** How many periods of the calendar are overdue (the town's count). */
export function overdueCount(items: readonly CalendarItem[]): number {
  return items.filter((i) => i.state === 'overdue').length;
}
