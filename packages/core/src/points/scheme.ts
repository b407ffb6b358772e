import type { BodyKind } from '../bodies/bodyKinds.ts';
import type { CalendarDate } from '../calendarDate.ts';
import { checkDecidingMeeting, type RoutingContext } from '../matters/routing.ts';
import type { MatterCategory } from '../matters/categories.ts';
import type { MeetingKind } from '../meetings/meetingKinds.ts';
import { finding, type Finding } from '../rules/findings.ts';
import { checkContent } from '../villageRules/content.ts';

/**
 * A points scheme (积分制管理办法): its items, publicity, reviewer and contest body. A version
 * is written whole and never edited; it binds only once a numbered resolution of the body core
 * routes it to has adopted it, and from the date that resolution says.
 */
export const CAP_PERIODS = ['month', 'quarter', 'year'] as const;
export type CapPeriod = (typeof CAP_PERIODS)[number];
export const BENEFICIARIES = ['person', 'household'] as const;
export type Beneficiary = (typeof BENEFICIARIES)[number];

/** The bodies whose members may check awards: the committee that runs the scheme, or its overseers. */
export const REVIEWER_BODIES = [
  'villagersCommittee',
  'villageAffairsSupervisionCommittee',
  'villagersDeliberationCouncil',
  'moralEvaluationCouncil',
] as const satisfies readonly BodyKind[];
export type ReviewerBody = (typeof REVIEWER_BODIES)[number];
/** The bodies that may hear a contest: a deliberative body, never one cadre. */
export const CONTEST_BODIES = [
  'representativesMeeting',
  'villagersDeliberationCouncil',
  'moralEvaluationCouncil',
  'villageAffairsSupervisionCommittee',
] as const satisfies readonly BodyKind[];

export type ContestBody = (typeof CONTEST_BODIES)[number];

export const MAX_ITEM_POINTS = 1000;
export const MAX_ITEMS = 100;

export interface SchemeItem {
  name: string;
  description: string;
  points: number;
  evidenceRequired: boolean;
  cap: { points: number; period: CapPeriod } | null;
  beneficiary: Beneficiary;
}

/**
 * The content check of each item (the village-rules check: a deduction for petitioning or for a
 * woman marrying out is the same unlawful clause as in the rules). A deducting item is read as a
 * penalty: its name and description say what is penalised, the minus sign is the sanction.
 */
export function checkSchemeItems(items: readonly SchemeItem[], on: CalendarDate): Finding[][] {
  return items.map((item) =>
    checkContent(`${item.name}。${item.description}`, on, { penalty: item.points < 0 }),
  );
}

/** The matter category a scheme is decided as: the village rules' (assembly only) or a major matter. */
export function schemeCategory(partOfVillageRules: boolean): MatterCategory {
  return partOfVillageRules ? 'villageCharter' : 'majorMatter';
}

/** Whether a meeting of this kind may adopt the scheme (the routing finding otherwise). */
export function checkSchemeAdoption(
  partOfVillageRules: boolean,
  meeting: MeetingKind,
  ctx: RoutingContext,
): Finding | null {
  return checkDecidingMeeting(schemeCategory(partOfVillageRules), meeting, ctx);
}

export interface AdoptedVersion {
  id: string;
  version: number;
  effectiveFrom: CalendarDate | null;
}

/** The version in force on a day: the adopted one with the latest effective date on or before it. */
export function versionInForce<T extends AdoptedVersion>(
  versions: readonly T[],
  on: CalendarDate,
): T | null {
  let best: T | null = null;
  for (const v of versions) {
    if (v.effectiveFrom === null || v.effectiveFrom > on) continue;
    const later =
      !best ||
      v.effectiveFrom > best.effectiveFrom! ||
      (v.effectiveFrom === best.effectiveFrom && v.version > best.version);
    if (later) best = v;
  }
  return best;
}

/** The refusal when no adopted version is in force (VCOL-24-RESERVED: 经…讨论决定方可办理). */
export function unadoptedFinding(on: CalendarDate): Finding {
  return finding(on, 'VCOL-24-RESERVED', 'points_scheme_unadopted', { on });
}
