/**
 * The election's notices on paper (print/): the words of the 村民选举委员会's 公告 for the
 * notice board. Written for a village; a community's sheets read 居民 for 村民 (forCommunity),
 * the laws' titles and the names kept as they are. i18n.print.en.ts has the same keys.
 */
export const electionPrintZhCN = {
  'elections.print.issuer': '{village}村民选举委员会',
  'elections.print.kind': '{issuer}公告',
  'elections.print.number': '〔{year}〕第{n}号',
  'elections.print.unpublished': '尚未公布：此页仅供核对，不得张贴。',
  'elections.print.link.committee': '打印成员公告',
  'elections.print.link.rules': '打印选举办法公告',
  'elections.print.link.roll': '打印选民名单公告',
  'elections.print.link.candidates': '打印候选人名单公告',
  'elections.print.unknown': '没有这种公告',
  'elections.print.list': '、',
  'elections.print.by': '不迟于{date}',
  'elections.print.seat.chair': '主任',
  'elections.print.seat.deputyChair': '副主任',
  'elections.print.seat.member': '委员',
  'elections.print.gender.male': '男',
  'elections.print.gender.female': '女',
  'elections.print.chosenBy.villagersAssembly': '村民会议',
  'elections.print.chosenBy.representativesMeeting': '村民代表会议',
  'elections.print.chosenBy.villagerGroups': '各村民小组会议',

  'elections.print.committee.title': '关于村民选举委员会组成人员的公告',
  'elections.print.committee.intro':
    '根据{law}的规定，经{chosenBy}于{chosenOn}推选，{village}村民选举委员会由以下{n}名成员组成，主持{election}工作：',
  'elections.print.committee.seat': '职务',
  'elections.print.committee.name': '姓名',
  'elections.print.committee.reserves': '依次递补人选（按推选结果排序）：{names}。',
  'elections.print.committee.withdrawn': '{name}已于{date}退出村民选举委员会（{reason}）。',
  'elections.print.withdrawal.nominated': '本人被提名为候选人',
  'elections.print.withdrawal.relativeNominated': '其近亲属被提名为候选人',
  'elections.print.committee.rule2018':
    '村民选举委员会成员被提名为村民委员会成员候选人的，应当退出村民选举委员会，所缺名额依推选结果依次递补（{law}）。',
  'elections.print.committee.rule2026':
    '村民选举委员会成员本人或者其近亲属被提名为候选人的，应当退出村民选举委员会，所缺名额依推选结果依次递补（{law}）。',
  'elections.print.committee.objections': '对村民选举委员会成员有异议的，请最迟于{date}书面提出。',
  'elections.print.committee.filed': '本公告已于{date}报{town}人民政府备案。',
  'elections.print.committee.toFile': '本公告同时报{town}人民政府备案。',

  'elections.print.rules.title': '关于公布选举办法的公告',
  'elections.print.rules.intro':
    '《{rules}》已于{adoptedOn}表决通过（{resolution}），现予公布。选举日定于{pollingOn}。',
  'elections.print.rules.posts': '本次选举的职位和名额：{posts}。',
  'elections.print.rules.postSeats': '{post}{seats}名',
  'elections.print.rules.text': '选举办法',
  'elections.print.rules.timetable': '选举工作日程',
  'elections.print.rules.step': '工作事项',
  'elections.print.rules.when': '时间',
  'elections.print.rules.basis': '依据',
  'elections.print.rules.voterRollBy': '公布选民名单',
  'elections.print.rules.selfNominationBy': '自荐人报名截止',
  'elections.print.rules.candidateListBy': '公布正式候选人名单',
  'elections.print.rules.pollingNoticeBy': '公布投票时间、地点和唱票、计票、监票人员',
  'elections.print.rules.withdrawalBy': '正式候选人书面提出退出',
  'elections.print.rules.proxiesBy': '办理委托投票',
  'elections.print.rules.pollingOn': '投票选举',
  'elections.print.rules.announceBy': '公布选举结果',
  'elections.print.rules.runoffBy': '另行选举（需要时）',
  'elections.print.rules.unadopted': '选举办法尚未经村民会议或者村民代表会议通过。',

  'elections.print.roll.title': '选民名单公告',
  'elections.print.roll.intro':
    '根据{law}的规定，经登记，参加{election}的选民共{n}人，现按村民小组公布如下。',
  'elections.print.roll.classes':
    '其中户籍在{village}并在{village}居住的{one}人；户籍在{village}、不在{village}居住、本人表示参加选举的{two}人（名后标“※”）；户籍不在{village}、在{village}居住一年以上、经同意参加选举的{three}人（名后标“△”）。',
  'elections.print.roll.group': '{group}（{n}人）',
  'elections.print.roll.born': '{year}年{month}月生',
  'elections.print.roll.appeal':
    '对选民名单有不同意见的，可以自名单公布之日起五日内（截至{by}）向村民选举委员会申诉；村民选举委员会自收到申诉之日起三日内作出处理决定，并公布处理结果（{law}）。',

  'elections.print.candidates.title': '正式候选人名单公告',
  'elections.print.candidates.intro':
    '根据{law}的规定，经{routes}，村民选举委员会确定{election}正式候选人如下（按职位分列，以提名得票多少为序）：',
  'elections.print.candidates.post': '{post}：应选{seats}名，正式候选人{count}名，差额{extra}名',
  'elections.print.candidates.index': '序号',
  'elections.print.candidates.name': '姓名',
  'elections.print.candidates.gender': '性别',
  'elections.print.candidates.route': '提名方式',
  'elections.print.candidates.surplus':
    '以上各职位正式候选人均多于应选名额，实行差额选举（{law}）。',
  'elections.print.candidates.withdrawal':
    '正式候选人书面提出退出的，应当最迟于{by}向村民选举委员会提出，所缺名额按提名得票多少依次递补（{law}）。',
  'elections.print.candidates.polling': '选举日定于{date}。',
  'elections.print.route.partyOrganisation': '村党组织提名',
  'elections.print.route.villagers': '村民提名',
  'elections.print.route.jointSignature': '村民联名提名',
  'elections.print.route.openNomination': '村民海选提名',
  'elections.print.route.selfNomination': '本人自荐',
  'elections.print.route.houseToHouse': '入户推荐',
};
