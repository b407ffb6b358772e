import type { CalendarDate } from '../../calendarDate.ts';
import type { ShareClass, ShareClassTerm } from '../charter.ts';

/**
 * 股权量化: the collective's operating assets quantified to its members as shares of the income
 * right, in whole share units (股). A holding is never a stored number: it is the sum of dated,
 * append-only entries — the quantification (or the imported 股东名册 of the earlier reform), a
 * newborn's grant, a transfer's two sides, an inheritance's two sides — so every past holding, and
 * so every past dividend, stays explainable line by line.
 */
export const SHARE_ENTRY_KINDS = [
  'quantified',
  'imported',
  'newborn',
  'transferOut',
  'transferIn',
  'inheritedOut',
  'inheritedIn',
] as const;
export type ShareEntryKind = (typeof SHARE_ENTRY_KINDS)[number];

/** The entries a quantification makes (at most one quantification per organisation). */
export const QUANTIFYING_KINDS: readonly ShareEntryKind[] = ['quantified', 'imported'];

/** What the holding rule needs of an entry: signed units of a class from a day. */
export interface ShareEntryLine {
  personId: string;
  shareClass: ShareClass;
  units: number;
  effectiveOn: CalendarDate;
}

/** The largest holding of one person in one class (a guard on typed and imported figures). */
export const MAX_UNITS = 1_000_000_000;
/** The largest count of one class one person may be quantified (a 农龄 of 100 years, a land unit). */
export const MAX_CLASS_COUNT = 100_000;

/** A person's count of each class (1 人口股, 23 years of 农龄, 3 land units) as share units. */
export function unitsOfCounts(
  counts: Partial<Record<ShareClass, number>>,
  classes: readonly ShareClassTerm[],
): Array<{ shareClass: ShareClass; units: number }> {
  return classes
    .map((c) => ({ shareClass: c.shareClass, units: (counts[c.shareClass] ?? 0) * c.weight }))
    .filter((u) => u.units !== 0);
}

/** Each person's units on a day, per class (entries effective on or before the day). */
export function classHoldingsOn(
  entries: readonly ShareEntryLine[],
  on: CalendarDate,
): Map<string, Map<ShareClass, number>> {
  const out = new Map<string, Map<ShareClass, number>>();
  for (const e of entries) {
    if (e.effectiveOn > on) continue;
    const mine = out.get(e.personId) ?? new Map<ShareClass, number>();
    mine.set(e.shareClass, (mine.get(e.shareClass) ?? 0) + e.units);
    out.set(e.personId, mine);
  }
  return out;
}

/** Each holder's total units on a day; those holding nothing are left out. */
export function holdingsOn(
  entries: readonly ShareEntryLine[],
  on: CalendarDate,
): Map<string, number> {
  const out = new Map<string, number>();
  for (const [personId, classes] of classHoldingsOn(entries, on)) {
    const total = [...classes.values()].reduce((a, b) => a + b, 0);
    if (total > 0) out.set(personId, total);
  }
  return out;
}

/** Holdings summed per household (the 股权证 is the household's). */
export function householdTotals(
  holdings: ReadonlyArray<{ householdId: string; units: number }>,
): Map<string, number> {
  const out = new Map<string, number>();
  for (const h of holdings) out.set(h.householdId, (out.get(h.householdId) ?? 0) + h.units);
  return out;
}

/** The two entries that move units of a class from one holder to another on a day. */
export function movement(
  kind: 'transfer' | 'inherited',
  from: string,
  to: string,
  shareClass: ShareClass,
  units: number,
  on: CalendarDate,
): Array<ShareEntryLine & { kind: ShareEntryKind }> {
  const [out, into]: [ShareEntryKind, ShareEntryKind] =
    kind === 'transfer' ? ['transferOut', 'transferIn'] : ['inheritedOut', 'inheritedIn'];
  return [
    { kind: out, personId: from, shareClass, units: -units, effectiveOn: on },
    { kind: into, personId: to, shareClass, units, effectiveOn: on },
  ];
}
