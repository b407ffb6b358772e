import { fromYmd, ymd, type CalendarDate } from '../calendarDate.ts';
import { addDays, quarterOf } from '../rules/dayCount.ts';
import { finding, type Finding } from '../rules/findings.ts';
import { meets, required } from '../rules/threshold.ts';
import type { PartyParams } from './params.ts';
import { isBranchLike, type PartyUnitKind } from './structure.ts';

/** 三会一课 and the yearly meetings a unit keeps (PARTY-3H1K). */
export const PARTY_MEETING_KINDS = [
  'membersMeeting',
  'committeeMeeting',
  'groupMeeting',
  'themeDay',
  'lecture',
  'lifeMeeting',
  'review',
] as const;
export type PartyMeetingKind = (typeof PARTY_MEETING_KINDS)[number];

export type Cadence = 'month' | 'quarter' | 'year';

export const PARTY_MEETING_INFO: Record<
  PartyMeetingKind,
  { zh: string; en: string; cadence: Cadence; per: (p: PartyParams['PARTY-3H1K']) => number }
> = {
  membersMeeting: {
    zh: '党员大会',
    en: "Party members' meeting",
    cadence: 'quarter',
    per: (p) => p.partyMembersMeetingsPerQuarter,
  },
  committeeMeeting: {
    zh: '支部委员会会议',
    en: 'branch committee meeting',
    cadence: 'month',
    per: (p) => p.committeeMeetingsPerMonth,
  },
  groupMeeting: {
    zh: '党小组会',
    en: 'Party group meeting',
    cadence: 'month',
    per: (p) => p.groupMeetingsPerMonth,
  },
  themeDay: {
    zh: '主题党日',
    en: 'Party theme day',
    cadence: 'month',
    per: (p) => p.themeDaysPerMonth,
  },
  lecture: { zh: '党课', en: 'Party lecture', cadence: 'year', per: (p) => p.lecturesPerYear },
  lifeMeeting: {
    zh: '组织生活会',
    en: 'organisational life meeting',
    cadence: 'year',
    per: (p) => p.lifeMeetingsPerYear,
  },
  review: {
    zh: '民主评议党员',
    en: 'democratic appraisal of members',
    cadence: 'year',
    per: (p) => p.reviewsPerYear,
  },
};

const CADENCE_WORDS: Record<Cadence, { zh: string; en: string; word: string; wordEn: string }> = {
  month: { zh: '每月', en: 'each month', word: '月', wordEn: 'month' },
  quarter: { zh: '每季度', en: 'each quarter', word: '季度', wordEn: 'quarter' },
  year: { zh: '每年', en: 'each year', word: '年', wordEn: 'year' },
};

/**
 * What a unit owes: a Party group its 党小组会; a branch (or sub-branch) the rest, the 支委会
 * only where it has a committee. An organisation whose members sit in sub-branches holds its
 * members' meeting and its committee's meetings; the sub-branches hold the others.
 */
export function kindsOwed(
  kind: PartyUnitKind,
  hasSubBranches: boolean,
  hasCommittee: boolean,
): PartyMeetingKind[] {
  if (!isBranchLike(kind)) return ['groupMeeting'];
  const committee: PartyMeetingKind[] = hasCommittee ? ['committeeMeeting'] : [];
  if (hasSubBranches) return ['membersMeeting', ...committee];
  return ['membersMeeting', ...committee, 'themeDay', 'lecture', 'lifeMeeting', 'review'];
}

/** A branch has a committee (and owes its monthly meetings) once 3 or more sit on it; a secretary and deputy alone are none. */
export const hasCommittee = (seats: number, params: PartyParams): boolean =>
  seats >= params['PARTY-COMMITTEE'].minSeats;

/** A 支委会 counts only with 半数以上 of the committee's members present. */
export function committeeMeetingCounts(
  present: number,
  seats: number,
  params: PartyParams,
): boolean {
  return seats > 0 && meets(present, seats, params['PARTY-3H1K'].committeePresent);
}

export function committeeMeetingRequired(seats: number, params: PartyParams): number {
  return required(seats, params['PARTY-3H1K'].committeePresent);
}

export interface Period {
  startsOn: CalendarDate;
  endsOn: CalendarDate;
  /** 2026年10月, 2026年第4季度, 2026年 */
  label: string;
}

export function periodOf(cadence: Cadence, d: CalendarDate): Period {
  const { year, month } = ymd(d);
  if (cadence === 'quarter') {
    const q = quarterOf(d);
    return { startsOn: q.startsOn, endsOn: q.endsOn, label: `${q.year}年第${q.quarter}季度` };
  }
  if (cadence === 'year')
    return { startsOn: fromYmd(year, 1, 1), endsOn: fromYmd(year, 12, 31), label: `${year}年` };
  const startsOn = fromYmd(year, month, 1);
  const next = month === 12 ? fromYmd(year + 1, 1, 1) : fromYmd(year, month + 1, 1);
  return { startsOn, endsOn: addDays(next, -1), label: `${year}年${month}月` };
}

export interface HeldMeeting {
  kind: PartyMeetingKind;
  heldOn: CalendarDate;
  /** false for a 支委会 short of half its committee */
  counted: boolean;
}

export interface CadenceRow {
  kind: PartyMeetingKind;
  period: Period;
  required: number;
  held: number;
  /** met; due (the period runs and is short); overdue (the period ended short) */
  state: 'met' | 'due' | 'overdue';
}

/**
 * PARTY-3H1K for one unit: every period of each kind it owes, from the first period that starts
 * on or after `since` (the unit's founding, or the start of the window looked at) through the
 * one running `today`. A period that ended short is overdue; the running one is due until met.
 */
export function cadenceRows(
  kinds: readonly PartyMeetingKind[],
  held: readonly HeldMeeting[],
  since: CalendarDate,
  today: CalendarDate,
  params: PartyParams,
): CadenceRow[] {
  const rows: CadenceRow[] = [];
  for (const kind of kinds) {
    const info = PARTY_MEETING_INFO[kind];
    const need = info.per(params['PARTY-3H1K']);
    if (need === 0) continue;
    let period = periodOf(info.cadence, since);
    if (period.startsOn < since) period = periodOf(info.cadence, addDays(period.endsOn, 1));
    for (; period.startsOn <= today; period = periodOf(info.cadence, addDays(period.endsOn, 1))) {
      const { startsOn, endsOn } = period;
      const count = held.filter(
        (m) => m.kind === kind && m.counted && m.heldOn >= startsOn && m.heldOn <= endsOn,
      ).length;
      const state = count >= need ? 'met' : endsOn < today ? 'overdue' : 'due';
      rows.push({ kind, period, required: need, held: count, state });
    }
  }
  return rows;
}

/** The rows not met as findings: overdue a violation on the period's last day, due a warning. */
export function cadenceFindings(
  unit: string,
  rows: readonly CadenceRow[],
  today: CalendarDate,
): Finding[] {
  return rows.flatMap((r) => {
    if (r.state === 'met') return [];
    const info = PARTY_MEETING_INFO[r.kind];
    const words = CADENCE_WORDS[info.cadence];
    const common = { unit, meeting: info.zh, meetingEn: info.en, period: r.period.label };
    return r.state === 'overdue'
      ? [
          finding(r.period.endsOn, 'PARTY-3H1K', 'party_3h1k_overdue', {
            ...common,
            count: r.required,
            cadence: words.zh,
            cadenceEn: words.en,
          }),
        ]
      : [
          finding(
            today,
            'PARTY-3H1K',
            'party_3h1k_due',
            { ...common, periodWord: words.word, periodWordEn: words.wordEn },
            'warning',
          ),
        ];
  });
}

export interface CadenceShortfall {
  /** Sessions owed and not held, over the periods counted. */
  missing: number;
  /** The same by kind (in PARTY_MEETING_KINDS order), kinds with none missing left out. */
  byKind: Array<{ kind: PartyMeetingKind; missing: number }>;
}

/**
 * 三会一课 against the obligation to date: in the periods that started on or after `from` and
 * have ended (`overdue` rows), how many sessions each kind owed and did not have. A period still
 * running is not short yet: it is due until its last day.
 */
export function cadenceShortfall(
  rows: readonly CadenceRow[],
  from: CalendarDate,
): CadenceShortfall {
  const byKind = new Map<PartyMeetingKind, number>();
  for (const r of rows)
    if (r.state === 'overdue' && r.period.startsOn >= from)
      byKind.set(r.kind, (byKind.get(r.kind) ?? 0) + r.required - r.held);
  const kinds = PARTY_MEETING_KINDS.filter((k) => byKind.has(k)).map((kind) => ({
    kind,
    missing: byKind.get(kind)!,
  }));
  return { missing: kinds.reduce((n, k) => n + k.missing, 0), byKind: kinds };
}
