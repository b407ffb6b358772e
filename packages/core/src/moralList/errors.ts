import { defineErrors, defineNouns } from '../errorCatalog.ts';

/** The errors of the moral honour / shame board (道德红黑榜): ids are stable; zh-CN first. */
export const MORAL_LIST_ERRORS = defineErrors({
  moral_no_rules: {
    status: 422,
    zh: '本村尚未通过红黑榜评议办法：红黑榜须依村民代表会议或村民会议通过的办法评议（《关于做好村规民约和居民公约工作的指导意见》：村规民约须经村民会议审议表决）',
    en: 'The village has no adopted rules for the board: a listing follows rules adopted by the representatives or the assembly (2018 guidance on village rules)',
  },
  moral_rules_resolution: {
    status: 400,
    zh: '须是村民代表会议或村民会议通过且未撤销的决议',
    en: "must be an unrevoked resolution of the representatives' meeting or the assembly",
  },
  moral_not_notified: {
    status: 422,
    zh: '尚未告知本人：评议前须告知当事人并听取其陈述（《关于做好村规民约和居民公约工作的指导意见》：不得滥用强制处罚）',
    en: 'The person has not been told: they must be told and heard before the body decides',
  },
  moral_answer_period_open: {
    status: 422,
    zh: '本人陈述期至{date}止，期满或本人陈述后方可评议表决',
    en: 'The person may answer until {date}; the body decides after that or after their answer',
  },
  moral_vote_counts: {
    status: 400,
    zh: '表决人数不符：到会不能多于成员，赞成、反对、弃权之和不能多于到会人数',
    en: 'The counts do not add up: present at most the members, yes + no + abstain at most those present',
  },
  moral_council_too_small: {
    status: 422,
    zh: '道德评议会现有成员{n}人，少于{min}人，不能由其表决决定；红黑榜须经集体评议，不能由个人决定',
    en: 'The council has {n} members, fewer than {min}: a listing is a body’s decision, never one person’s',
  },
  moral_no_quorum: {
    status: 422,
    zh: '到会成员未过半数，道德评议会不能表决',
    en: 'Fewer than half of the council’s members are present: it cannot vote',
  },
  moral_wrong_body: {
    status: 422,
    zh: '本村红黑榜评议办法规定由{what}表决决定，不能以其他机构或个人的意见代替',
    en: 'The village’s rules name the {what} to decide: no other body or person may decide instead',
  },
  moral_vote_mismatch: {
    status: 422,
    zh: '表决结果与所登记的决定不一致：上榜或撤榜须经到会成员过半数同意',
    en: 'The vote does not carry the decision recorded: listing or removal needs more than half of those present',
  },
  moral_rules_unlawful: {
    status: 422,
    zh: '红黑榜办法或事实含有违法内容：{reason}（《中华人民共和国村民委员会组织法》第二十七条：不得与宪法、法律、法规和国家的政策相抵触，不得有侵犯村民的人身权利、民主权利和合法财产权利的内容）',
    en: 'The rules or the facts contain unlawful content: {reason} (Organic Law of Villagers’ Committees, Art. 27)',
  },
});

export const MORAL_LIST_NOUNS = defineNouns({
  moralListRules: { zh: '红黑榜评议办法', en: 'board rules' },
  moralListing: { zh: '红黑榜评议', en: 'board listing' },
  moral_proposed: { zh: '已提名', en: 'proposed' },
  moral_notified: { zh: '已告知本人', en: 'person told' },
  moral_answered: { zh: '本人已陈述', en: 'answered' },
  moral_listed: { zh: '已上榜', en: 'listed' },
  moral_rejected: { zh: '未通过', en: 'not listed' },
  moral_removed: { zh: '已撤榜', en: 'removed' },
  moral_notify: { zh: '告知本人', en: 'tell the person' },
  moral_answer: { zh: '陈述意见', en: 'answer' },
  moral_list: { zh: '表决上榜', en: 'list by vote' },
  moral_reject: { zh: '表决不上榜', en: 'reject by vote' },
  moral_remove: { zh: '撤榜', en: 'remove' },
  moral_moralEvaluationCouncil: { zh: '道德评议会', en: 'moral evaluation council' },
  moral_representativesMeeting: { zh: '村民代表会议', en: "villagers' representatives' meeting" },
  moral_recorder: { zh: '村干部（登记）', en: 'the recording cadre' },
  moral_subject: { zh: '被评议人本人', en: 'the person concerned' },
});
