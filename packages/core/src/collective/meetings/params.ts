import { atLeast, STRICT_MAJORITY, type Threshold } from '../../rules/threshold.ts';

/**
 * The numbers of the collective economic organisation's meetings (《农村集体经济组织法》
 * Arts. 26–34), joined into the rule profile (rules/profile.ts). The statute's figures are the
 * default; the organisation's charter may only tighten them.
 */
export interface CollectiveMeetingParams {
  /** Art. 27: time, place and matters notified to all members 十日前. */
  'NJJ-27-NOTICE': { noticeDays: number };
  /** Art. 27: 三分之二以上具有完全民事行为能力的成员参加. */
  'NJJ-27-QUORUM': { present: Threshold };
  /** Art. 27: 成员大会全体成员三分之二以上同意 — of all members, not of those present. */
  'NJJ-27-DECISION': { yes: Threshold };
  /** Art. 27: 每年至少召开一次. */
  'NJJ-27-ANNUAL': { meetingsPerYear: number };
  /**
   * Art. 28: one representative per 5–15 households, 多于二十人 (strictly more), 适当数量的妇女代表
   * (no number: at least this many), decisions by 全体成员代表三分之二以上. The statute names no
   * quorum; without two-thirds present no decision can carry, so that is the quorum too.
   */
  'NJJ-28-REPS': {
    minHouseholdsPerRepresentative: number;
    maxHouseholdsPerRepresentative: number;
    moreThanRepresentatives: number;
    minWomen: number;
    present: Threshold;
    yes: Threshold;
  };
  /** Art. 29: 一般由三至七名单数成员组成. */
  'NJJ-29-COUNCIL': { min: number; max: number; odd: boolean };
  /** Art. 31: 三分之二以上的理事会成员出席; 全体理事的过半数同意. */
  'NJJ-31-COUNCIL-VOTE': { present: Threshold; yes: Threshold };
  /** Art. 32: a supervisory board, or one or two supervisors where members are few. */
  'NJJ-34-SUPERVISOR-ELIG': { maxSingleSupervisors: number };
  /** Art. 26 last para.: the Party organisation studies important matters first; skipping it warns or refuses. */
  'NJJ-26-PARTY-FIRST': { enforcement: 'refuse' | 'warn' };
  /** Art. 15: 成员大会全体成员四分之三以上同意 to give a non-member some rights. */
  'NJJ-15-NONMEMBER': { yes: Threshold };
}

export const COLLECTIVE_MEETING_PARAMS: CollectiveMeetingParams = {
  'NJJ-27-NOTICE': { noticeDays: 10 },
  'NJJ-27-QUORUM': { present: atLeast(2, 3) },
  'NJJ-27-DECISION': { yes: atLeast(2, 3) },
  'NJJ-27-ANNUAL': { meetingsPerYear: 1 },
  'NJJ-28-REPS': {
    minHouseholdsPerRepresentative: 5,
    maxHouseholdsPerRepresentative: 15,
    moreThanRepresentatives: 20,
    minWomen: 1,
    present: atLeast(2, 3),
    yes: atLeast(2, 3),
  },
  'NJJ-29-COUNCIL': { min: 3, max: 7, odd: true },
  'NJJ-31-COUNCIL-VOTE': { present: atLeast(2, 3), yes: STRICT_MAJORITY },
  'NJJ-34-SUPERVISOR-ELIG': { maxSingleSupervisors: 2 },
  // RULES.md §11 reads the collective law's prior study as a warning; a charter may make it refuse
  'NJJ-26-PARTY-FIRST': { enforcement: 'warn' },
  'NJJ-15-NONMEMBER': { yes: atLeast(3, 4) },
};
