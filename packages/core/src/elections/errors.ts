import { defineErrors, defineNouns } from '../errorCatalog.ts';

/**
 * The errors of 选举与罢免 (elections) that are not a rule's refusal (those
 * are RuleRefusal with the finding's own sentence and article): ids are
 * stable (API, UI, tests); messages zh-CN first.
 */
export const ELECTIONS_ERRORS = defineErrors({
  ballot_post_unknown: {
    status: 422,
    zh: '本轮选票上没有“{post}”这个职位',
    en: 'This round’s ballot has no post "{post}"',
  },
  ballot_already_issued: {
    status: 409,
    zh: '{name} 已领取本轮选票，每位选民每个职位只能领取一张',
    en: '{name} has already taken this round’s ballot: one per voter per post',
  },
  tally_entries_differ: {
    status: 409,
    zh: '第 {number} 张选票两名计票人录入不一致或只有一人录入，须重新唱票核对',
    en: 'Ballot {number}: the two counters entered it differently, or only one has; call it again and check',
  },
  ballots_unreconciled: {
    status: 409,
    zh: '票箱“{box}”收回选票 {returned} 张、发出选票 {issued} 张，核对一致后方可计票',
    en: 'Box "{box}" returned {returned} ballots for {issued} issued; reconcile before counting',
  },
  round_posts_mismatch: {
    status: 422,
    zh: '本轮的职位、应选名额或候选人与选举进程不符（应为：{expected}）',
    en: 'This round’s posts, seats or candidates do not match the election (expected: {expected})',
  },
});

export const ELECTIONS_NOUNS = defineNouns({
  election: { zh: '选举', en: 'election' },
  electionRound: { zh: '投票轮次', en: 'polling round' },
  ballotBox: { zh: '票箱', en: 'ballot box' },
  recall: { zh: '罢免', en: 'recall' },
  byElection: { zh: '补选', en: 'by-election' },
});
