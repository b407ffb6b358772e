import type { CalendarDate } from '../calendarDate.ts';
import { MEETING_KIND_INFO, type MeetingKind } from '../meetings/meetingKinds.ts';
import { finding, type Finding } from '../rules/findings.ts';
import { belongsToCollective, MATTER_CATEGORY_INFO, type MatterCategory } from './categories.ts';

/**
 * A recorded authorisation: an assembly resolution letting the
 * representatives' meeting decide the listed Art. 24 matters for a period
 * (VCOL Art. 24: 村民会议可以授权村民代表会议讨论决定前款规定的事项).
 */
export interface Authorisation {
  id: string;
  categories: readonly MatterCategory[];
  startsOn: CalendarDate;
  endsOn: CalendarDate;
  revokedOn: CalendarDate | null;
}

export function authorisationCovers(
  a: Authorisation,
  category: MatterCategory,
  on: CalendarDate,
): boolean {
  return (
    a.categories.includes(category) &&
    a.startsOn <= on &&
    on <= a.endsOn &&
    (a.revokedOn === null || on < a.revokedOn)
  );
}

/** For a revocation: which kind of meeting made the decision being revoked. */
export interface RoutingContext {
  authorisations: readonly Authorisation[];
  on: CalendarDate;
  revokedDecisionBy?: MeetingKind | null;
  /**
   * Whether the village has its (village-level) collective economic organisation. Where it has
   * none, the villagers' committee acts for it (NJJ-64-PROXY) and the villagers' assembly decides
   * the collective's matters under the collective law; unless told there is none, there is one.
   */
  collectiveOrganisation?: boolean;
}

/**
 * Whether the villagers' bodies decide a matter of this category on a day: every matter but the
 * collective's from 2026, and the collective's too where the village has no organisation
 * (农村集体经济组织法第六十四条: 未设立的，村民委员会、村民小组可以依法代行其职能).
 */
export function villagersBodiesDecide(
  category: MatterCategory,
  on: CalendarDate,
  collectiveOrganisation: boolean,
): boolean {
  return !collectiveOrganisation || !belongsToCollective(category, on);
}

/** The meeting kinds that may decide a matter of this category on this date. */
export function decidingMeetings(category: MatterCategory, ctx: RoutingContext): MeetingKind[] {
  // from 2026 the collective's members' assembly decides these, not the villagers' bodies; where
  // the village has no organisation its committee acts for it, and only the assembly decides
  // them, as the collective law's members' assembly would (村民委员会组织法第二十八条第四款)
  if (belongsToCollective(category, ctx.on))
    return ctx.collectiveOrganisation === false ? ['villagersAssembly'] : [];
  const info = MATTER_CATEGORY_INFO[category];
  switch (info.tier) {
    case 'council':
      return ['villagersDeliberationCouncil'];
    case 'joint':
      return ['twoCommitteesJointMeeting'];
    case 'representatives':
      return ['representativesMeeting', 'villagersAssembly'];
    case 'assembly': {
      if (category === 'landContractingPlan')
        return ['villagersAssembly', 'representativesMeeting'];
      if (category === 'revokeDecision' && ctx.revokedDecisionBy === 'representativesMeeting')
        return ['villagersAssembly']; // VCOL-23: never delegable
      const authorised =
        info.delegable && ctx.authorisations.some((a) => authorisationCovers(a, category, ctx.on));
      return authorised ? ['villagersAssembly', 'representativesMeeting'] : ['villagersAssembly'];
    }
  }
}

/** A matter the 2025 text gave to the collective economic organisation, refused at a villagers' body. */
export function collectiveMatterFinding(
  category: MatterCategory,
  meeting: MeetingKind | null,
  on: CalendarDate,
): Finding {
  return finding(on, 'VCOL25-COLLECTIVE', 'collective_matter', {
    category: MATTER_CATEGORY_INFO[category].zh,
    body: meeting ? MEETING_KIND_INFO[meeting].zh : '村民会议、村民代表会议',
  });
}

/** Refuses a decision by the wrong body, naming the rule and article. */
export function checkDecidingMeeting(
  category: MatterCategory,
  meeting: MeetingKind,
  ctx: RoutingContext,
): Finding | null {
  const allowed = decidingMeetings(category, ctx);
  if (allowed.includes(meeting)) return null;
  const { on } = ctx;
  if (belongsToCollective(category, on))
    return ctx.collectiveOrganisation === false
      ? finding(on, 'NJJ-64-PROXY', 'collective_matter_proxy_assembly', {
          category: MATTER_CATEGORY_INFO[category].zh,
          body: MEETING_KIND_INFO[meeting].zh,
        })
      : collectiveMatterFinding(category, meeting, on);
  const info = MATTER_CATEGORY_INFO[category];
  if (
    category === 'revokeDecision' &&
    meeting === 'representativesMeeting' &&
    ctx.revokedDecisionBy === 'representativesMeeting'
  )
    return finding(on, 'VCOL-23-REVOKE', 'revoke_not_delegable');
  if (info.tier === 'assembly') {
    const params = { category: info.zh, body: MEETING_KIND_INFO[meeting].zh };
    // the assembly may authorise the representatives' meeting, and no other body
    if (meeting !== 'representativesMeeting')
      return allowed.includes('representativesMeeting')
        ? finding(on, info.ruleId, 'wrong_body_tier', {
            ...params,
            expected: allowed.map((k) => MEETING_KIND_INFO[k].zh).join('或'),
          })
        : finding(on, info.ruleId, 'wrong_body_assembly_only', params);
    return finding(
      on,
      info.ruleId,
      info.delegable ? 'wrong_body_reserved' : 'wrong_body_not_delegable',
      params,
    );
  }
  return finding(on, 'SEED002-TIERS', 'wrong_body_tier', {
    category: info.zh,
    expected: allowed.map((k) => MEETING_KIND_INFO[k].zh).join('或'),
    body: MEETING_KIND_INFO[meeting].zh,
  });
}
