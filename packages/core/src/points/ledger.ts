import type { CalendarDate } from '../calendarDate.ts';
import { addDays } from '../rules/dayCount.ts';

/**
 * The points ledger (积分台账) and the one balance rule: a balance is the sum of the ledger's
 * lines on a date. A line counts from its effective date — an award's is the day after its
 * publicity ends, so nothing counts while the village may still object — except while a contest
 * (异议) of its award is open: the award waits for the body's decision. A correction never edits a
 * line; it appends a reversing line and a corrected one, so every past balance stays explainable.
 */
export const ENTRY_KINDS = [
  'award',
  'reversal',
  'correction',
  'redemption',
  'redemptionCancelled',
  'imported',
] as const;
export type EntryKind = (typeof ENTRY_KINDS)[number];

/** What the balance rule needs of a ledger line. */
export interface LedgerLine {
  points: number;
  kind: EntryKind;
  effectiveOn: CalendarDate;
  awardId: string | null;
  personId: string | null;
  /** A person's line also counts for the household when the scheme rolls person points in. */
  countsForHousehold: boolean;
}

/** A contest of an award: open from the day it is lodged until the day it is decided. */
export interface ContestSpan {
  awardId: string;
  lodgedOn: CalendarDate;
  decidedOn: CalendarDate | null;
}

/** Why a line does or does not count on a day (each line of the phone page says which). */
export type LineStatus = 'counted' | 'pending' | 'contested';

export function contestOpenOn(c: ContestSpan, on: CalendarDate): boolean {
  return c.lodgedOn <= on && (c.decidedOn === null || on < c.decidedOn);
}

export function lineStatus(
  line: LedgerLine,
  contests: readonly ContestSpan[],
  on: CalendarDate,
): LineStatus {
  if (on < line.effectiveOn) return 'pending';
  // only the award's own line waits: the reversal and correction a decision wrote are its outcome
  if (
    line.kind === 'award' &&
    contests.some((c) => c.awardId === line.awardId && contestOpenOn(c, on))
  )
    return 'contested';
  return 'counted';
}

/** Whose balance: a household's (its lines and its members' rolled-in ones) or one person's. */
export type BalanceOf = { household: true } | { personId: string };

export function balanceOn(
  lines: readonly LedgerLine[],
  contests: readonly ContestSpan[],
  on: CalendarDate,
  of: BalanceOf = { household: true },
): number {
  let sum = 0;
  for (const line of lines) {
    const mine =
      'personId' in of
        ? line.personId === of.personId
        : line.personId === null || line.countsForHousehold;
    if (mine && lineStatus(line, contests, on) === 'counted') sum += line.points;
  }
  return sum;
}

/** The day an award's line starts to count: the day after the last day of its publicity. */
export function awardEffectiveOn(publicityEndsOn: CalendarDate): CalendarDate {
  return addDays(publicityEndsOn, 1);
}

/**
 * The day a contest's reversal and corrected line count from: the decision's day, but never
 * before the award's own line — a correction decided while the award is still in publicity
 * waits with it, so no balance ever shows the reversal without the line it reverses.
 */
export function correctionEffectiveOn(
  decidedOn: CalendarDate,
  awardLineEffectiveOn: CalendarDate,
): CalendarDate {
  return decidedOn < awardLineEffectiveOn ? awardLineEffectiveOn : decidedOn;
}
