import type { VillageRole } from '../policies/actor.ts';
import { CADRE, defineAbilities, OVERSEERS } from '../policies/groups.ts';
import type { AffairsKind } from './kinds.ts';

export const DISCLOSURE_ABILITIES = defineAbilities({
  /**
   * The disclosure calendar (三务公开: what was due, published, posted, overdue) and the board
   * postings: as public within the village as the notices themselves; the town and county oversee.
   */
  readDisclosure: [
    'villager',
    ...CADRE,
    'councilMember',
    'representative',
    'supervisionMember',
    ...OVERSEERS,
  ],
  /**
   * Publish a village-affairs or a Party-affairs notice: the villagers' committee publishes
   * 村务, the Party organisation 党务 (`publishesAffairs` narrows it by the kind).
   */
  publishAffairs: CADRE,
  /** The clerk's record of a notice on the board: the photo, the day up and the day down. */
  recordPostings: CADRE,
  /** 质询/异议 on a published notice: a villager in their own name, or a cadre entering one for a villager. */
  askQuestions: ['villager', ...CADRE],
  /** Answer villagers' questions and objections (the committee; the Party organisation for 党务). */
  answerQuestions: CADRE,
  /** Every question and the answers overdue: cadres, the supervision committee, the town (askers' names: `seesAskers`). */
  superviseQuestions: [...CADRE, 'supervisionMember', ...OVERSEERS],
});

/** Who publishes which affairs: 党务 the village Party organisation, 村务 the villagers' committee. */
export const AFFAIRS_PUBLISHERS: Record<AffairsKind, readonly VillageRole[]> = {
  partyAffairs: ['partySecretary', 'partyCommitteeMember'],
  villageAffairs: ['committeeChair', 'committeeMember'],
};

export function publishesAffairs(kind: AffairsKind, roles: ReadonlySet<VillageRole>): boolean {
  return AFFAIRS_PUBLISHERS[kind].some((r) => roles.has(r));
}

/**
 * Who sees who asked a question: the village's own cadres and supervision committee, by their
 * seats. The town and county oversee the answers, not the askers; other villagers read the
 * answers without the asker's name.
 */
export function seesAskers(roles: ReadonlySet<VillageRole>): boolean {
  return [...CADRE, 'supervisionMember' as const].some((r) => roles.has(r));
}

/** Who answers a question on a notice of this kind: the Party organisation for 党务, else the committee. */
export function answersQuestionsOn(noticeKind: string, roles: ReadonlySet<VillageRole>): boolean {
  const who =
    noticeKind === 'partyAffairs'
      ? AFFAIRS_PUBLISHERS.partyAffairs
      : AFFAIRS_PUBLISHERS.villageAffairs;
  return who.some((r) => roles.has(r));
}
