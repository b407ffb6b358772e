/**
 * The villager's phone: 罢免联名 (signing a recall request in one's own name) and 投票 (the
 * electronic ballot of an election by the representatives). Part of the phone's dictionary
 * (i18n/phone.zh-CN.ts); i18n.recall.phone.en.ts has the same keys.
 */
export const electionRecallPhoneZhCN = {
  'recall.mine.reasons': '罢免理由',
  'recall.mine.count': '已联名 {n} 人 / 需要 {m} 人',
  'recall.mine.open': '发起罢免要求',
  'recall.mine.open.hint':
    '写明要求罢免的成员和理由。发起后须有本村五分之一以上有选举权的村民或者三分之一以上的村民代表联名，才能提出罢免要求。',
  'recall.mine.open.submit': '发起',
  'recall.mine.member': '要求罢免的成员',
  'recall.mine.memberRequired': '请选择要求罢免的成员',
  'recall.mine.reasonsRequired': '请写明罢免理由',
  'recall.mine.title': '罢免联名',
  'recall.mine.hint':
    '本村有选举权的村民可以在手机上以本人名义参加罢免联名，名单只有组织者和乡镇能看到。',
  'recall.mine.none': '目前没有正在征集联名的罢免要求。',
  'recall.mine.sign': '我参加联名',
  'recall.mine.confirm': '确认以本人名义联名要求罢免{name}？联名后不能撤回。',
  'recall.mine.confirmYes': '确认联名',
  'recall.mine.signed': '您已于{date}联名',
  'recall.mine.closed': '联名已截止',
  'recall.home.link': '罢免联名',
  'ballot.title': '投票',
  'ballot.none': '本次选举目前没有可以在手机上投票的轮次。',
  'ballot.notOnRoll': '您不在本次选举的选民名单上，不能投票。',
  'ballot.post': '{post}（应选 {seats} 名）',
  'ballot.choose': '最多选 {seats} 名，可以少选或不选（弃权）。',
  'ballot.tooMany': '最多只能选 {seats} 名',
  'ballot.next': '下一步',
  'ballot.back': '上一步',
  'ballot.progress': '第 {n} 页，共 {total} 页',
  'ballot.review': '核对选票',
  'ballot.review.hint': '选票提交后不能修改。您的选择不与您的姓名一起保存。',
  'ballot.review.none': '弃权',
  'ballot.writeIn.title': '另选他人',
  'ballot.writeIn.hint':
    '也可以选候选人以外的本村选民：输入姓名，在选民名单中找到后选定。与候选人合计不超过应选名额。',
  'ballot.writeIn.search': '输入姓名查找',
  'ballot.writeIn.add': '选定',
  'ballot.writeIn.who': '{name}（{group}）',
  'ballot.writeIn.none': '选民名单上没有找到“{name}”',
  'ballot.cast': '确认投票',
  'ballot.receipt': '已投票',
  'ballot.receipt.hint':
    '您已在第 {round} 轮领取并投出选票。此凭证只证明您已投票，不显示选票内容。',
  'ballot.link': '去投票',
  'ballot.voted': '已投票',
  'ballot.place': '投票地点',
  'ballot.proxy.hint':
    '您受托代他人投票（书面委托已经选举委员会审核并公告）。请分别填写本人的选票和每位委托人的选票，各投一次。',
  'ballot.proxy.self': '本人',
  'ballot.proxy.for': '委托人 {name}',
  'ballot.proxy.vote': '代其投票',
  'ballot.proxy.filling': '正在代 {name} 投票（委托投票）',
  'ballot.proxy.done': '已代 {name} 投票',
};
