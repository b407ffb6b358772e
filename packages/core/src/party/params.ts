import { atLeast, type Threshold } from '../rules/threshold.ts';

/**
 * The numbers of the village Party organisation's rules, joined into the rule profile
 * (rules/profile.ts). They are the Party's regulations, not statute: a county's Party committee
 * sets its villages' practice within them.
 */
export interface PartyParams {
  /**
   * 《中国共产党农村基层组织工作条例》 Art. 5: 正式党员3人以上 → a branch, fewer → a joint branch
   * with a neighbouring village; 超过50名 → may form a general branch (or fewer where work needs
   * it); 100名以上 → a Party committee with the county committee's approval; 超过500人 → its
   * committee may be elected by a members' congress with the township committee's approval.
   */
  'PARTY-BRANCH': {
    minFormalForBranch: number;
    generalBranchAbove: number;
    committeeFrom: number;
    congressAbove: number;
  };
  /** 正式党员7人以上 → a branch committee of 3 to 5, 一般不超过7人; fewer: a secretary alone. */
  'PARTY-COMMITTEE': { formalFrom: number; minSeats: number; maxSeats: number };
  /**
   * 三会一课 and the yearly meetings (《中国共产党支部工作条例（试行）》): 党员大会 each quarter;
   * 支委会 each month, counted only with 半数以上 of the committee present; 党小组会 each month;
   * 主题党日 on its fixed day each month; 党课, 组织生活会 and 民主评议党员 each year.
   */
  'PARTY-3H1K': {
    partyMembersMeetingsPerQuarter: number;
    committeeMeetingsPerMonth: number;
    committeePresent: Threshold;
    groupMeetingsPerMonth: number;
    themeDaysPerMonth: number;
    lecturesPerYear: number;
    lifeMeetingsPerYear: number;
    reviewsPerYear: number;
  };
}

export const PARTY_PARAMS: PartyParams = {
  'PARTY-BRANCH': {
    minFormalForBranch: 3,
    generalBranchAbove: 50,
    committeeFrom: 100,
    congressAbove: 500,
  },
  'PARTY-COMMITTEE': { formalFrom: 7, minSeats: 3, maxSeats: 7 },
  'PARTY-3H1K': {
    partyMembersMeetingsPerQuarter: 1,
    committeeMeetingsPerMonth: 1,
    committeePresent: atLeast(1, 2),
    groupMeetingsPerMonth: 1,
    themeDaysPerMonth: 1,
    lecturesPerYear: 1,
    lifeMeetingsPerYear: 1,
    reviewsPerYear: 1,
  },
};
