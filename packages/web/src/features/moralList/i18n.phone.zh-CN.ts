/**
 * The board's words a villager's phone draws (the menu, 对我的评议, the board): joined in
 * i18n/phone.zh-CN.ts as well as in the whole dictionary.
 */
export const moralListPhoneZhCN = {
  'moralList.menu': '道德红黑榜',
  'moralList.body.moralEvaluationCouncil': '道德评议会',
  'moralList.body.representativesMeeting': '村民代表会议',
  'moralList.number': '编号',
  'moralList.kind.red': '红榜',
  'moralList.kind.black': '黑榜',
  'moralList.facts': '事实',
  'moralList.state.proposed': '已提名',
  'moralList.state.notified': '已告知本人',
  'moralList.state.answered': '本人已陈述',
  'moralList.state.listed': '在榜',
  'moralList.state.expired': '期满撤榜',
  'moralList.state.rejected': '未通过',
  'moralList.state.removed': '已撤榜',
  'moralList.proposedOn': '{on} 提名',
  'moralList.notifiedOn': '{on} 告知本人，陈述期至 {due}',
  'moralList.answeredOn': '{on} 本人陈述：{answer}',
  'moralList.decidedOn': '{on} 经{body}表决',
  'moralList.onBoard': '{from} 至 {to} 在榜',
  'moralList.removedOn': '{on} 撤榜：{reason}',
  'moralList.voteCounts':
    '成员 {members} 人，到会 {present} 人，赞成 {yes} 人，反对 {no} 人，弃权 {abstain} 人',
  'moralList.board.red': '红榜',
  'moralList.board.black': '黑榜',
  'moralList.board.empty': '无',
  'moralList.board.term': '在榜期限',
  'moralList.board.asOf': '截至 {on}',
  'moralList.mine.title': '对我的评议',
  'moralList.mine.empty': '没有对您的评议',
  'moralList.mine.hint':
    '村里提名您上红黑榜时会告知您。您可以在陈述期内说明情况，表决前评议机构会看到您的陈述。',
  'moralList.mine.answer': '陈述意见',
  'moralList.mine.send': '提交陈述',
  'moralList.mine.sent': '已提交',
};
