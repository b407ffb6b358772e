import type { CalendarDate } from '../calendarDate.ts';
import { DomainError } from '../errors.ts';

/**
 * 村级组织工作事项准入 (seed 003): the county publishes three lists (三张清单) — 依法自治事项
 * (what the village decides itself), 依法协助政府工作事项 (what it does for the government when
 * asked) and 减负工作事项 (what may no longer be put on it) — and a task the town sends down is
 * admitted only under the list in force on the day it is sent. Legal ground, 村民委员会组织法
 * (2025): Art. 6 (the town guides and helps but may not interfere in self-governance matters;
 * the committee assists the town) and Art. 43 (work a department asks of the committee must
 * rest on law, its money comes from that department; governments keep a standing mechanism
 * against formalism to lighten the load on the grassroots).
 */
export const ADMISSION_LISTS = [
  'selfGovernance',
  'governmentAssistance',
  'burdenReduction',
] as const;
export type AdmissionList = (typeof ADMISSION_LISTS)[number];

/** One numbered item of a list (自治事项第3项), as published in one version. */
export interface ListItemRef {
  list: AdmissionList;
  /** Its number in its list, from 1. */
  seq: number;
}

/** What the check says of a task: admit it, hand it back to the village, or refuse it. */
export const VERDICTS = ['admissible', 'returned', 'refused'] as const;
export type Verdict = (typeof VERDICTS)[number];

/** Why, as one of four grounds each message cites in words. */
export type VerdictGround = 'assistance' | 'selfGovernance' | 'burdenReduction' | 'unlisted';

/**
 * The check, on the list item a task relies on (null: it names none): an item assisting the
 * government is admissible; a self-governance item is returned — the village decides it by its
 * own procedure, the town may not assign it (Art. 6); a burden-reduction item, or none at all,
 * is refused (the county's notice: 法无授权即禁止 — what is not on the assistance list may not be
 * put on the village).
 */
export function checkAdmission(item: ListItemRef | null): {
  verdict: Verdict;
  ground: VerdictGround;
} {
  if (!item) return { verdict: 'refused', ground: 'unlisted' };
  switch (item.list) {
    case 'governmentAssistance':
      return { verdict: 'admissible', ground: 'assistance' };
    case 'selfGovernance':
      return { verdict: 'returned', ground: 'selfGovernance' };
    case 'burdenReduction':
      return { verdict: 'refused', ground: 'burdenReduction' };
  }
}

/** What the committee records on a task (接收, 拒绝, 退回由村自主决定). */
export const DECISIONS = ['accepted', 'refused', 'returned'] as const;
export type Decision = (typeof DECISIONS)[number];

/**
 * The decisions open to the committee under each verdict. An admissible task may still be
 * refused with a reason (Art. 43: the town provides the money and conditions, the asking
 * department bears the cost — a task sent without them need not be taken on); a returned one is
 * only returned; a refused one is only refused — accepting it would put back on the village the
 * load the lists took off.
 */
export const DECISIONS_UNDER: Record<Verdict, readonly Decision[]> = {
  admissible: ['accepted', 'refused'],
  returned: ['returned'],
  refused: ['refused'],
};

/** The version and item a refusal cites: 第2版 减负工作事项清单第4项. */
export interface Citation {
  version: number;
  item: ListItemRef | null;
}

/** Checks the committee's decision against the verdict; refuses (422) citing the list in words. */
export function checkDecision(
  check: { verdict: Verdict; ground: VerdictGround },
  decision: Decision,
  citation: Citation,
): void {
  if (DECISIONS_UNDER[check.verdict].includes(decision)) return;
  const params = { version: citation.version, seq: citation.item?.seq ?? 0 };
  if (check.ground === 'selfGovernance') throw new DomainError('admission_self_governance', params);
  if (check.ground === 'burdenReduction')
    throw new DomainError('admission_burden_reduction', params);
  throw new DomainError('admission_unlisted', params);
}

/** Limits of a published version (a county's lists run to dozens of items, not hundreds). */
export const MAX_ITEMS_PER_LIST = 80;

/**
 * A new version of the lists: versions are never edited, each takes effect on a later day than
 * the one before (so exactly one is in force on any day), and every list has at least one item
 * (a version without, say, the assistance list would refuse every task).
 */
export function checkNewVersion(
  input: { effectiveOn: CalendarDate; items: Record<AdmissionList, readonly string[]> },
  latestEffectiveOn: CalendarDate | null,
): void {
  if (latestEffectiveOn && input.effectiveOn <= latestEffectiveOn)
    throw new DomainError('validation_failed', {}, [
      {
        field: 'effectiveOn',
        error: 'admission_version_order',
        params: { other: latestEffectiveOn },
      },
    ]);
  const fields = [];
  for (const list of ADMISSION_LISTS) {
    const n = input.items[list].length;
    if (n === 0) fields.push({ field: list, error: 'field_required' as const });
    else if (n > MAX_ITEMS_PER_LIST)
      fields.push({
        field: list,
        error: 'admission_items_many' as const,
        params: { max: MAX_ITEMS_PER_LIST },
      });
  }
  if (fields.length > 0) throw new DomainError('validation_failed', {}, fields);
}

/** The version in force on a day: the latest to have taken effect by then (none before the first). */
export function versionInForce<V extends { effectiveOn: CalendarDate }>(
  versions: readonly V[],
  on: CalendarDate,
): V | null {
  let found: V | null = null;
  for (const v of versions)
    if (v.effectiveOn <= on && (!found || v.effectiveOn > found.effectiveOn)) found = v;
  return found;
}
