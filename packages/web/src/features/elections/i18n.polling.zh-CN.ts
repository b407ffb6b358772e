/**
 * The election's second half in the console (投票, 计票与结果): the polling notice and its
 * tellers, proxies, mobile boxes, ballots handed out and entered, tally sheets, the count,
 * the result, the bulletin, certification and handover. i18n.polling.en.ts has the same keys.
 * A law is cited in words by `{law}` (core's citationText of the act's day), never by rule id.
 */
export const electionPollingZhCN = {
  'elections.section.polling': '投票',
  'elections.section.result': '计票与结果',
  'elections.step.result': '公开计票',
  'elections.step.certified': '公布选举结果',
  'elections.step.handover': '工作移交',

  'elections.polling.noticeDue': '投票时间、地点和唱票、计票、监票人员尚未公布，应于{date}前公布。',
  'elections.polling.round': '轮次',
  'elections.polling.kind.first': '第{n}轮：选举',
  'elections.polling.kind.runoff': '第{n}轮：另行选举',
  'elections.polling.kind.revote': '第{n}轮：重新投票',
  'elections.polling.kind.women': '第{n}轮：妇女成员另行选举',
  'elections.polling.pollingOn': '投票日',
  'elections.polling.noticeOn': '公布日期',
  'elections.polling.place': '投票地点',
  'elections.polling.place.placeholder': '如：村委会大院中心投票会场',
  'elections.polling.opensAt': '投票开始时间',
  'elections.polling.closesAt': '投票截止时间',
  'elections.polling.notice.booth.hint':
    '可先写明秘密写票处的位置，开始投票时可再修改；不写则公告写“会场设秘密写票处”。',
  'elections.polling.method': '投票方式',
  'elections.polling.method.paper': '纸质选票',
  'elections.polling.method.electronic': '电子选票',
  'elections.polling.method.hint': '村民选举使用纸质选票；电子选票仅用于村民代表会议选举。',
  'elections.polling.openedOn': '开始投票日期',
  'elections.polling.booth': '秘密写票处',
  'elections.polling.booth.hint': '写明秘密写票处的位置和设置；未设秘密写票处不得开始投票。',
  'elections.polling.tellerRole': '职责',
  'elections.polling.role.caller': '唱票人',
  'elections.polling.role.counter': '计票人',
  'elections.polling.role.scrutineer': '监票人',
  'elections.polling.tellers': '唱票、计票、监票人员',
  'elections.polling.tellers.hint':
    '从本村人员中选择。候选人及其配偶、父母、子女、兄弟姐妹不得担任唱票、计票、监票人员。纸质选票须有两名计票人分别录入。',
  'elections.polling.tellers.add': '添加人员',
  'elections.polling.notice.publish': '公布投票时间、地点和唱票、计票、监票人员',
  'elections.polling.notice.renew': '重新公布（更换人员或地点）',
  'elections.polling.notice.hint':
    '投票日由选举办法确定；本公告应在选举日五日前公布。投票开始前重新公布的，以新公告为准。',
  'elections.polling.notice.on': '公布日期',
  'elections.polling.open': '开始投票',
  'elections.polling.open.hint':
    '只能在投票日开始投票：须设秘密写票处，选民名单申诉已全部处理，流动票箱均经乡镇同意；村民委员会换届还须已公布离任经济责任审计结果。',
  'elections.polling.figures': '投票情况',
  'elections.polling.reload': '刷新',
  'elections.polling.registered': '登记选民',
  'elections.polling.voted': '已领取选票',
  'elections.polling.ballotsCast': '收回选票',

  'elections.polling.mine.vote': '您在本轮选民名单上：去投票',
  'elections.polling.mine.voted': '您已投票（系统只记录已投票，不记录所投内容）',

  'elections.proxies': '委托投票',
  'elections.proxies.none': '没有委托投票',
  'elections.proxies.principal': '委托人',
  'elections.proxies.holder': '受委托人',
  'elections.proxies.lodgedOn': '办理日期',
  'elections.proxies.pending': '待审核公告',
  'elections.proxies.published': '{date}已审核公告',
  'elections.proxies.lodge': '办理委托投票',
  'elections.proxies.lodge.hint':
    '委托须书面办理，受委托人须是本村登记参加选举的村民，不得是候选人；每人接受委托不超过规定人数，不得转委托。委托须在选举日前规定日数内办理，并经选举委员会审核公告后才有效。',
  'elections.proxies.written': '已收到委托人的书面委托书',
  'elections.proxies.approve': '审核并公告所选的 {n} 项委托',

  'elections.boxes': '流动票箱',
  'elections.boxes.none': '没有流动票箱',
  'elections.boxes.name': '票箱编号',
  'elections.boxes.name.hint': '字母、数字或连字符，不超过16位，如 m1',
  'elections.boxes.voters': '使用的选民',
  'elections.boxes.scrutineers': '监票人',
  'elections.boxes.scrutineers.hint': '流动票箱的监票人不少于三人（以本省规定为准）。',
  'elections.boxes.publishedOn': '公布日期',
  'elections.boxes.townApproved': '乡镇同意',
  'elections.boxes.approve': '同意设立',
  'elections.boxes.awaiting': '待乡镇同意',
  'elections.boxes.record': '公布流动票箱',
  'elections.boxes.record.hint':
    '流动票箱须经乡镇人民政府同意，事先公布使用的选民名单和监票人；投票开始前重新公布的，须乡镇重新同意。',

  'elections.ballots.issue': '登记领取选票',
  'elections.ballots.issue.hint':
    '选民签名领取选票后在此登记；已审核公告的委托，由受委托人代领。每人每轮只能领取一张。',
  'elections.ballots.box': '票箱',
  'elections.ballots.central': '中心投票会场',
  'elections.ballots.mobile': '流动票箱 {box}',
  'elections.ballots.issued': '领取选票的选民',
  'elections.ballots.byProxy': '{name}，由{holder}代领',

  'elections.paper': '录入纸质选票',
  'elections.paper.hint':
    '唱票人逐张唱票时，两名计票人各自在自己的账号上按开箱顺序逐张录入。同一编号再次录入即更正自己的录入；两人录入不一致的，公开计票时会指出是第几张，须核对更正后才能计票。',
  'elections.paper.number': '选票编号',
  'elections.paper.number.hint': '按开箱顺序，从 1 起',
  'elections.paper.seats': '应选 {n} 名',
  'elections.paper.writeIn': '另选他人',
  'elections.paper.blank': '未选',
  'elections.paper.enter': '录入这张选票',
  'elections.paper.entered': '本次已录入',
  'elections.paper.enteredBallot': '{box} 第 {n} 张：{names}',
  'elections.paper.check': '{box}：两名计票人一致录入 {n} 张',
  'elections.paper.check.differing': '录入不一致，须重新唱票核对：第 {numbers} 张',
  'elections.paper.check.single': '只有一名计票人录入：第 {numbers} 张',

  'elections.tally': '票箱计票单',
  'elections.tally.none': '还没有计票单',
  'elections.tally.issued': '发出选票',
  'elections.tally.returned': '收回选票',
  'elections.tally.signedBy': '签名人员',
  'elections.tally.signedBy.hint': '至少两名本轮唱票、计票、监票人员签名。',
  'elections.tally.signedOn': '签名日期',
  'elections.tally.sign': '核对并签名计票单',
  'elections.tally.sign.hint':
    '发出选票数按领取登记计算；收回选票数按开箱清点填写。每个票箱的计票单都须与录入和领取登记一致，才能公开计票。',

  'elections.result.notCounted': '尚未计票。',
  'elections.result.nextDue': '本轮计票后仍有名额未定，须另行选举或重新投票。',
  'elections.result.toCertify': '计票已完成，待公布选举结果。',
  'elections.result.certified': '选举结果已于{date}公布，待工作移交。',
  'elections.result.handedOver': '工作已于{date}移交完毕，本次选举委员会的工作结束。',
  'elections.result.womenVacant':
    '{name}（{votes} 票）的名额为妇女成员留出：确认选举结果时暂缺，由补选产生妇女成员',
  'elections.result.womenVacant.none': '为妇女成员留出的名额暂缺，由补选产生妇女成员',
  'elections.result.women':
    '当选的村民委员会成员中没有妇女：{name}（{votes}票）的席位依本省规定由妇女成员另行选举产生，候选人：{names}。',
  'elections.result.women.scheduled': '妇女成员另行选举已安排。',
  'elections.result.count': '公开计票',
  'elections.result.count.hint':
    '投票当日公开计票：每张纸质选票须两名计票人录入一致，每个票箱的计票单须已签名并与领取登记相符。',
  'elections.result.countedOn': '计票日期',
  'elections.result.valid': '选举有效',
  'elections.result.void': '选举无效',
  'elections.result.test.valid':
    '参加投票 {voted} 人，超过登记选民 {registered} 人的半数，选举有效（{law}）。',
  'elections.result.test.void':
    '参加投票 {voted} 人，未超过登记选民 {registered} 人的半数，选举无效（{law}）。',
  'elections.result.test.win':
    '候选人获得参加投票的 {voted} 人过半数的选票（至少 {needed} 票），始得当选（{law}）。',
  'elections.result.test.runoff':
    '另行选举以得票多的当选，但所得票数不得少于已投选票总数 {cast} 张的三分之一（至少 {needed} 票）（{law}）。',
  'elections.result.test.revote': '重新投票在得票相同的候选人中进行，以得票多的当选（{law}）。',
  'elections.result.test.women': '村民委员会成员中应当有妇女成员，确认选举结果前核对（{law}）。',
  'elections.result.ballots': '有效 {valid} 张，空白 {blank} 张，无效 {invalid} 张',
  'elections.result.votes': '得票',
  'elections.result.elected': '当选',
  'elections.result.tied': '得票相同',
  'elections.result.runoffCandidate': '另行选举候选人',
  'elections.result.seats': '应选 {seats} 名，当选 {elected} 名',
  'elections.result.open': '尚缺 {n} 名，须另行选举',
  'elections.result.tie': '{n} 人得票相同，争 {seats} 个名额，须重新投票',
  'elections.result.schedule.first': '重新组织选举',
  'elections.result.schedule.first.hint': '本轮选举无效，须重新组织选举。',
  'elections.result.schedule.runoff': '安排另行选举',
  'elections.result.schedule.runoff.hint':
    '当选人数少于应选名额的，不足的名额另行选举，可以当日进行，也可以在三十日内进行（不迟于{date}）。候选人由系统按得票多少确定，仍实行差额。',
  'elections.result.schedule.revote': '安排重新投票',
  'elections.result.schedule.revote.hint':
    '得票相同、不能确定当选人的，就得票相同的候选人重新投票，以得票多的当选。',
  'elections.result.schedule.women': '安排妇女成员另行选举',
  'elections.result.schedule.women.hint':
    '村民委员会成员中应当有妇女成员。妇女成员另行选举在得票多的妇女中差额进行，所得票数不得少于已投选票总数的三分之一；可以当日进行，也可以在三十日内进行（不迟于{date}）。',
  'elections.result.schedule.day.required': '请选择投票日',
  'elections.result.certify': '公布选举结果',
  'elections.result.certify.hint':
    '选举结果应当在投票当日或者次日公布；公布后当选人就职，原届委员会任期于前一日届满。',
  'elections.result.handover': '工作移交',
  'elections.result.handover.hint':
    '新一届委员会产生之日起十日内完成工作移交；移交后选举委员会的工作结束，不再办理本次选举的任何事项。',
  'elections.result.seated': '选举结果',
  'elections.result.certifiedOn': '公布日期',
  'elections.result.handedOverOn': '工作移交日期',

  'elections.bulletin': '选票公开',
  'elections.bulletin.digest': '校验值（SHA-256）',
  'elections.bulletin.ballots': '计入选票',
  'elections.bulletin.receipts': '领取选票',
  'elections.bulletin.open': '查看全部选票',
  'elections.bulletin.id': '选票编号（随机）',
  'elections.bulletin.writeIn': '另选（{id}）',
} as const;
