import { CADRE, defineAbilities, OVERSEERS } from '../policies/groups.ts';

const SUPERVISORS = ['supervisionChair', 'supervisionMember'] as const;

/**
 * Grid liaison. What a reader sees of the 民情 queue is narrowed again by the queries: a grid
 * chief sees their grid's cases, cadres the village's, the supervision committee those about
 * cadres (which cadres never see), and nobody a case about themselves. Who may take a step on
 * one case is the case machine's (core/liaison/cases.ts), from the reader's part in that case.
 */
export const LIAISON_ABILITIES = defineAbilities({
  /** The console: duty list and its log, links and visits, the 民情 queue. */
  readLiaison: [...CADRE, 'gridChief', ...SUPERVISORS, ...OVERSEERS],
  /** Keep the 片长 duty list (items, categories, cadence). */
  manageDuties: CADRE,
  /** Link Party members to households, end links. */
  manageLinks: ['partySecretary', 'partyCommitteeMember'],
  /** Log a duty done in one's own grid. */
  logDuties: ['gridChief'],
  /** Log a visit (the command checks the visitor is the household's member or grid chief). */
  logVisits: ['villager', 'gridChief'],
  /** Take steps on 民情 cases one holds, or was handed (the case's machine decides which). */
  handleLiaisonCases: [
    ...CADRE,
    'gridChief',
    ...SUPERVISORS,
    'stationStaff',
    'mediator',
    'townOfficial',
  ],
  /** Raise an issue for a villager met on the round (片长) or on a visit. */
  raiseIssuesFor: ['gridChief', ...CADRE],
  /** A villager's own issues: raise, follow, rate. */
  raiseOwnIssues: ['villager'],
  /** The 台账 of 民情 and visits as Excel. */
  exportLiaison: [...CADRE, ...OVERSEERS],
});
