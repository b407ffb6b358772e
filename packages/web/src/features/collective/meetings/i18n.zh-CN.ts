/** 集体经济组织的成员大会、成员代表大会、理事会和监事会：规则页上的规则与参数。 */
export const collectiveMeetingsZhCN = {
  'rules.subject.NJJ-26-PARTY-FIRST': '提交成员大会的重要事项应当先经党组织研究讨论',
  'rules.subject.NJJ-27-NOTICE': '成员大会于会议召开十日前通知全体成员',
  'rules.subject.NJJ-27-QUORUM': '成员大会须有三分之二以上具有完全民事行为能力的成员参加',
  'rules.subject.NJJ-27-DECISION': '成员大会的决定须经全体成员三分之二以上同意',
  'rules.subject.NJJ-27-ANNUAL': '成员大会每年至少召开一次，由理事会召集',
  'rules.subject.NJJ-28-REPS': '成员代表大会：代表人数、任期和不能决定的事项',
  'rules.subject.NJJ-29-COUNCIL': '理事会由三至七名单数成员组成，实行近亲属回避',
  'rules.subject.NJJ-31-COUNCIL-VOTE': '理事会会议的出席人数和表决',
  'rules.subject.NJJ-34-SUPERVISOR-ELIG': '理事、财务会计人员及其近亲属不得担任监事',

  'rules.param.NJJ-27-NOTICE.noticeDays': '提前通知全体成员',
  'rules.param.NJJ-27-QUORUM.present': '参加会议的成员（占具有完全民事行为能力的成员）',
  'rules.param.NJJ-27-DECISION.yes': '同意票（占成员大会全体成员）',
  'rules.param.NJJ-27-ANNUAL.meetingsPerYear': '成员大会每年至少召开',
  'rules.param.NJJ-28-REPS.minHouseholdsPerRepresentative': '每名代表对应的户数不少于',
  'rules.param.NJJ-28-REPS.maxHouseholdsPerRepresentative': '每名代表对应的户数不多于',
  'rules.param.NJJ-28-REPS.moreThanRepresentatives': '成员代表人数',
  'rules.param.NJJ-28-REPS.minWomen': '妇女代表至少',
  'rules.param.NJJ-28-REPS.present': '到会的成员代表（占全体成员代表）',
  'rules.param.NJJ-28-REPS.yes': '同意票（占全体成员代表）',
  'rules.param.NJJ-29-COUNCIL.min': '理事人数不少于',
  'rules.param.NJJ-29-COUNCIL.max': '理事人数不多于',
  'rules.param.NJJ-29-COUNCIL.odd': '理事人数',
  'rules.param.NJJ-31-COUNCIL-VOTE.present': '出席的理事（占全体理事）',
  'rules.param.NJJ-31-COUNCIL-VOTE.yes': '同意票（占全体理事）',
  'rules.param.NJJ-34-SUPERVISOR-ELIG.maxSingleSupervisors': '成员较少、不设监事会时，监事',
  'rules.param.NJJ-26-PARTY-FIRST.enforcement': '未经党组织研究讨论的',
  'rules.param.NJJ-15-NONMEMBER.yes': '同意票（占成员大会全体成员）',

  'meetings.field.collectiveOrg': '集体经济组织',
  'meetings.field.collectiveOrg.hint':
    '成员大会、成员代表大会和理事会会议属于一个集体经济组织，决议按该组织自己的文号编号',
  'meetings.motion.collectivePower': '行使的职权',
  'meetings.motion.collectivePower.hint':
    '《农村集体经济组织法》第二十六条所列成员大会的职权；章程、成员确认、土地承包和股份量化、补偿费分配、合并分立只能由成员大会决定',
  'meetings.motion.partyStudiedOn': '党组织研究讨论的日期',
  'meetings.motion.partyStudiedOn.hint':
    '需由成员大会审议决定的重要事项，应当先经乡镇党委或者村党组织研究讨论；未研究讨论的，按章程提醒或者不予表决',
  'meetings.motion.partyStudied': '党组织已于{date}研究讨论',
  'meetings.motion.partyMissing': '未经党组织研究讨论',
  'meetings.motion.nonMemberRights.tag': '赋予非成员权利：须全体成员四分之三以上同意',
  'meetings.motion.nonMemberRights':
    '赋予非成员部分成员权利（须经成员大会全体成员四分之三以上同意）',

  'rules.unit.moreThanRepresentatives': '多于 {n} 人',
  'rules.unit.maxSingleSupervisors': '一至 {n} 名',
  'rules.value.odd.true': '须为单数',
  'rules.value.odd.false': '单数、双数均可',
} as const;
