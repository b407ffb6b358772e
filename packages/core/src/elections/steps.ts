/**
 * The steps of an election, a recall and a by-election, as the clerk's
 * notices name them. Messages carry both names ({step} and {stepEn}).
 */
export const STEP_NAMES = {
  chooseCommittee: { zh: '推选村民选举委员会', en: 'choosing the election committee' },
  withdrawFromCommittee: {
    zh: '村民选举委员会成员退出和递补',
    en: 'withdrawal from the election committee',
  },
  adoptRules: { zh: '通过选举办法', en: 'adopting the election rules' },
  publishRoll: { zh: '公布选民名单', en: 'publishing the voter roll' },
  fileObjection: { zh: '对选民名单提出申诉', en: 'objecting to the voter roll' },
  decideObjection: { zh: '对申诉作出处理决定', en: 'deciding an objection' },
  openNominations: { zh: '提名推荐候选人', en: 'nominating candidates' },
  selfNomination: { zh: '自荐人报名', en: 'registering as a self-nominee' },
  publishCandidates: { zh: '公布正式候选人名单', en: 'publishing the candidate list' },
  withdrawCandidate: { zh: '候选人书面退出', en: 'a candidate’s written withdrawal' },
  publishPollingNotice: {
    zh: '公布投票时间、地点和唱票、计票、监票人员',
    en: 'publishing the time, place and tellers of the vote',
  },
  lodgeProxy: { zh: '办理委托投票', en: 'lodging a proxy' },
  openPolling: { zh: '投票', en: 'polling' },
  count: { zh: '公开计票', en: 'the public count' },
  certify: { zh: '公布选举结果', en: 'announcing the result' },
  scheduleRunoff: { zh: '另行选举', en: 'the runoff' },
  revote: { zh: '就得票相同者重新投票', en: 'the re-vote among the tied' },
  womenRunoff: { zh: '妇女成员另行选举', en: 'the women’s runoff' },
  rehold: { zh: '选举无效后重新投票', en: 'the poll held again after a void one' },
  handover: { zh: '工作移交', en: 'the handover' },
  requestRecall: { zh: '提出罢免要求', en: 'requesting a recall' },
  recallReply: { zh: '被罢免人申辩', en: 'the member’s reply' },
  recallVote: { zh: '罢免投票', en: 'the recall vote' },
  byElection: { zh: '补选', en: 'the by-election' },
} as const satisfies Record<string, { zh: string; en: string }>;

export type StepName = keyof typeof STEP_NAMES;

/** A step's names as message params: {step} and {stepEn}. */
export function stepName(step: StepName): { step: string; stepEn: string } {
  return { step: STEP_NAMES[step].zh, stepEn: STEP_NAMES[step].en };
}
