import { defineErrors } from '../errorCatalog.ts';

/**
 * The errors the server meets running an election's records (features/elections) that are
 * not a rule's refusal (those are RuleRefusal with the finding's sentence and article).
 * Kept apart from errors.ts, which the core rules' author owns; joined in core/src/errors.ts.
 */
export const ELECTIONS_SERVER_ERRORS = defineErrors({
  election_committee_only: {
    status: 403,
    zh: '只有本次选举的村民选举委员会成员才能办理“{step}”（{law}：选举由村民选举委员会主持）',
    en: 'Only a member of this election’s election committee may do “{step}” ({law}: the election committee runs the election)',
  },
  election_person_unknown: {
    status: 400,
    zh: '不是本村户籍登记中的人员',
    en: 'is not a person in this village’s register',
  },
  election_post_unknown: {
    status: 400,
    zh: '本次选举没有这个职位',
    en: 'is not a post of this election',
  },
  election_post_duplicate: { status: 400, zh: '职位重复', en: 'names a post twice' },
  election_person_duplicate: { status: 400, zh: '同一人列了两次', en: 'names a person twice' },
  election_resolution_unknown: {
    status: 400,
    zh: '找不到该决议，或该决议已被撤销',
    en: 'no such resolution, or it was revoked',
  },
  election_resolution_before_draft: {
    status: 400,
    zh: '决议通过日（{adoptedOn}）早于选举办法草案公布征求意见日（{draftOn}）',
    en: 'the resolution ({adoptedOn}) is older than the draft published for comment ({draftOn})',
  },
  election_rules_draft_first: {
    status: 409,
    zh: '选举办法草案须先公布征求意见，才能由决议通过',
    en: 'Publish the draft election rules for comment before they are adopted by resolution',
  },
  election_committee_unpublished: {
    status: 409,
    zh: '村民选举委员会名单尚未公布',
    en: 'The election committee’s names are not published yet',
  },
  election_voter_exists: {
    status: 409,
    zh: '{name} 已在本次选举的选民名单上',
    en: '{name} is on this election’s roll already',
  },
  election_not_on_roll: {
    status: 409,
    zh: '{name} 不在本次选举的选民名单上',
    en: '{name} is not on this election’s roll',
  },
  election_nomination_exists: {
    status: 409,
    zh: '{name} 已被提名为“{post}”的候选人',
    en: '{name} is nominated for "{post}" already',
  },
  election_route_not_allowed: {
    status: 400,
    zh: '本次选举不采用这种提名方式',
    en: 'is not a nomination route of this election',
  },
  election_objection_decided: {
    status: 409,
    zh: '该申诉已于 {on} 作出处理决定',
    en: 'This objection was decided on {on}',
  },
  election_not_candidate: {
    status: 409,
    zh: '{name} 不在“{post}”的正式候选人名单上',
    en: '{name} is not on the candidate list of "{post}"',
  },
  election_method_not_allowed: {
    status: 400,
    zh: '只有由村民代表会议投票的选举可以使用电子选票',
    en: 'only an election by the representatives’ meeting may use electronic ballots',
  },
  election_hours_order: {
    status: 400,
    zh: '截止时间须晚于开始时间',
    en: 'must be later than the opening time',
  },
  election_not_polling: {
    status: 409,
    zh: '第 {round} 轮投票未开始或已计票',
    en: 'Round {round} is not open for polling (not opened yet, or counted)',
  },
  election_counter_only: {
    status: 403,
    zh: '只有本轮公布的计票人才能录入选票',
    en: 'Only a counter published for this round may enter ballots',
  },
  election_proxy_exists: {
    status: 409,
    zh: '{name} 已办理委托投票',
    en: '{name} has lodged a proxy already',
  },
  election_box_unknown: {
    status: 400,
    zh: '本轮没有这个票箱',
    en: 'is not a ballot box of this round',
  },
  election_proxy_passed_on: {
    status: 422,
    zh: '{name} 已受他人委托投票，不能再委托他人（{law}：不得转委托）',
    en: '{name} holds others’ votes by proxy and cannot give their own away ({law}: no passing on)',
  },
  election_signers: {
    status: 400,
    zh: '须由至少两名本轮公布的唱票、计票或监票人签名',
    en: 'needs the signatures of at least two of this round’s published tellers',
  },
  election_stale: {
    status: 409,
    zh: '选举进程已被他人更新，请刷新后重试',
    en: 'Someone else moved the election on; reload and try again',
  },
});
