import type { CalendarDate } from '../calendarDate.ts';
import { DomainError } from '../errors.ts';
import { meets, type Threshold } from '../rules/threshold.ts';

/**
 * 一领四微 (seed 004): micro-venues, micro-organisations and micro-services are kept as a register,
 * micro-activities as a log; each quarter the village selects its 最美庭院 (a household's
 * courtyard) and 最美民星 (a villager): 通过"组织+个人"推荐、村民代表投票、村"两委"复审 → published
 * with a picture sheet, and every published winner goes on the year's 百家明星 honours roll.
 */

export const MICRO_UNIT_KINDS = ['venue', 'organization', 'service'] as const;
export type MicroUnitKind = (typeof MICRO_UNIT_KINDS)[number];

export const SELECTION_CATEGORIES = ['courtyard', 'villageStar'] as const;
export type SelectionCategory = (typeof SELECTION_CATEGORIES)[number];
/** Who a nomination is for: a courtyard is a household's, a star is one villager. */
export const NOMINEE_OF: Record<SelectionCategory, 'household' | 'person'> = {
  courtyard: 'household',
  villageStar: 'person',
};

export const SELECTION_STATES = ['nominating', 'voted', 'reviewed', 'published'] as const;
export type SelectionState = (typeof SELECTION_STATES)[number];

/** 组织推荐 or 个人推荐. */
export const NOMINATION_SOURCES = ['organization', 'person'] as const;
export type NominationSource = (typeof NOMINATION_SOURCES)[number];

/** What became of a nomination. */
export const NOMINATION_OUTCOMES = [
  'pending',
  'elected',
  'notElected',
  'confirmed',
  'struck',
] as const;
export type NominationOutcome = (typeof NOMINATION_OUTCOMES)[number];

export const SELECTION_QUOTA = { min: 1, max: 20 } as const;

/** A step needs the selection in state `from`; else selection_wrong_state (409) naming where it is. */
export function requireSelectionState(state: SelectionState, from: SelectionState): void {
  if (state !== from)
    throw new DomainError('selection_wrong_state', { state: `selection_${state}` });
}

/** The quarter a selection is for must have begun: a quarter is judged on what it has seen. */
export function requireQuarterBegun(quarterStartsOn: CalendarDate, today: CalendarDate): void {
  if (quarterStartsOn > today)
    throw new DomainError('validation_failed', {}, [
      { field: 'quarter', error: 'selection_quarter_future' },
    ]);
}

/** A villager nominates someone else: a self-nomination is not the 个人推荐 seed 004 describes. */
export function requireNotSelf(
  nominatorPersonId: string | null,
  nominee: { personId: string | null; householdMemberIds: readonly string[] },
): void {
  if (!nominatorPersonId) return;
  if (
    nominee.personId === nominatorPersonId ||
    nominee.householdMemberIds.includes(nominatorPersonId)
  )
    throw new DomainError('selection_self_nomination');
}

export interface RepresentativesVote {
  /** Representatives seated on the day of the vote. */
  members: number;
  present: number;
  /** Yes votes per nomination. */
  yes: ReadonlyMap<string, number>;
}

export interface TallyLine {
  nominationId: string;
  yes: number;
  passed: boolean;
  elected: boolean;
}

/**
 * The representatives' vote (村民代表会议: VCOL Art. 26, quorum and majority by the village's rule
 * profile): the meeting must be quorate; a nominee passes with the majority of those present;
 * the `quota` passing nominees with most votes are elected. Nominees tied at the quota's edge
 * are all left out of the last places (no lot decides an honour): the roll says so.
 */
export function tallySelection(
  vote: RepresentativesVote,
  rule: { present: Threshold; yes: Threshold },
  quota: number,
): { quorate: boolean; lines: TallyLine[] } {
  if (vote.present > vote.members || vote.present < 0)
    throw new DomainError('validation_failed', {}, [
      { field: 'present', error: 'selection_vote_counts' },
    ]);
  for (const [id, yes] of vote.yes)
    if (!Number.isInteger(yes) || yes < 0 || yes > vote.present)
      throw new DomainError('validation_failed', {}, [
        { field: `votes.${id}`, error: 'selection_vote_counts' },
      ]);
  const quorate = meets(vote.present, vote.members, rule.present);
  if (!quorate)
    throw new DomainError('selection_no_quorum', { present: vote.present, members: vote.members });
  const lines = [...vote.yes]
    .map(([nominationId, yes]) => ({
      nominationId,
      yes,
      passed: meets(yes, vote.present, rule.yes),
    }))
    .sort((a, b) => b.yes - a.yes);
  const passing = lines.filter((l) => l.passed);
  // the votes the last seat needs: everyone with more is in; a tie at the edge takes no seat
  const edge = passing[quota - 1]?.yes;
  const tiedPastQuota = edge !== undefined && (passing[quota]?.yes ?? -1) === edge;
  return {
    quorate,
    lines: lines.map((l) => ({
      ...l,
      elected:
        l.passed &&
        (passing.length <= quota || l.yes > (edge ?? 0) || (l.yes === edge && !tiedPastQuota)),
    })),
  };
}

/** The two committees' review: a winner is confirmed, or struck with the reason written. */
export function reviewOutcome(confirm: boolean, reason: string): NominationOutcome {
  if (!confirm && !reason.trim())
    throw new DomainError('validation_failed', {}, [
      { field: 'reason', error: 'selection_strike_reason' },
    ]);
  return confirm ? 'confirmed' : 'struck';
}
