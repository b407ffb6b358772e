/**
 * The election's second half on paper and on the projector (print/ and LivePage): the polling
 * notice, the proxies, ballots, tally sheets, the voters by household, the result, the
 * certificates and the handover list; the live count. Written for a village; a community's
 * sheets read 居民 for 村民 (forCommunity). i18n.print2.en.ts has the same keys.
 */
export const electionPaperZhCN = {
  'elections.paper.link.polling': '打印选举日公告',
  'elections.paper.link.proxies': '打印委托投票公告',
  'elections.paper.link.ballot': '打印选票',
  'elections.paper.link.tally': '打印计票单',
  'elections.paper.link.voters': '打印选民名单（按户）',
  'elections.paper.link.result': '打印选举结果公告',
  'elections.paper.link.certificate': '打印当选证书',
  'elections.paper.link.handover': '打印工作移交清单',
  'elections.paper.link.live': '投影计票',
  'elections.paper.link.more': '打印',

  'elections.paper.semicolon': '；',
  'elections.paper.paren': '（{text}）',
  'elections.paper.people': '{n}人',
  'elections.paper.sheets': '{n}张',
  'elections.paper.dateBlank': '＿＿＿＿年＿＿月＿＿日',
  'elections.paper.kind.first': '投票选举',
  'elections.paper.kind.runoff': '另行选举',
  'elections.paper.kind.revote': '重新投票',
  'elections.paper.kind.women': '妇女成员另行选举',
  'elections.paper.role.caller': '唱票人',
  'elections.paper.role.counter': '计票人',
  'elections.paper.role.scrutineer': '监票人',
  'elections.paper.body.villagersCommittee': '村民委员会',
  'elections.paper.body.supervisionCommittee': '村务监督委员会',
  'elections.paper.box.central': '中心投票会场票箱',
  'elections.paper.box.mobile': '流动票箱（{box}）',
  'elections.paper.box.name': '票箱',
  'elections.paper.box.voters': '服务选民',
  'elections.paper.box.scrutineers': '监票人员',
  'elections.paper.box.approved': '乡镇批准',
  'elections.paper.box.pending': '待批准',

  'elections.paper.polling.title': '关于投票选举有关事项的公告',
  'elections.paper.polling.intro':
    '根据{law}的规定，现将{election}{round}的投票时间、地点、投票方式和唱票、计票、监票人员等事项公告如下：',
  'elections.paper.polling.when': '一、投票时间和地点',
  'elections.paper.polling.day': '投票时间：{date}＿＿时＿＿分开始，＿＿时＿＿分截止。',
  'elections.paper.polling.hours': '投票时间：{date}{opens}开始，{closes}截止。',
  'elections.paper.polling.place': '中心投票会场：{place}。',
  'elections.paper.polling.booth': '秘密写票处：{booth}（{law}）。',
  'elections.paper.polling.boothToSet': '会场设秘密写票处（{law}）。',
  'elections.paper.polling.method.paper': '投票方式：纸质选票，无记名投票，公开唱票、计票；',
  'elections.paper.polling.method.electronic':
    '投票方式：电子选票，无记名投票，投票结束后公开计票；',
  'elections.paper.polling.tellers': '二、唱票、计票、监票人员',
  'elections.paper.polling.recusal':
    '候选人及其配偶、父母、子女、兄弟姐妹不得担任唱票、计票、监票人员（{law}）。',
  'elections.paper.polling.proxies': '三、委托投票',
  'elections.paper.polling.proxiesApproved':
    '经村民选举委员会审核并公告的委托投票共{n}件，名单见委托投票公告。',
  'elections.paper.polling.proxiesNone': '截至本公告发布之日，没有经审核公告的委托投票。',
  'elections.paper.polling.proxyRule': '委托投票须书面委托，经审核公告方为有效（{law}）。',
  'elections.paper.polling.boxes': '四、流动票箱',
  'elections.paper.polling.boxRule': '流动票箱经乡镇人民政府批准，每箱监票人员三名以上（{law}）。',
  'elections.paper.polling.bring': '凭本人身份证件领票。',

  'elections.paper.proxies.title': '委托投票公告',
  'elections.paper.proxies.intro':
    '根据{law}的规定，经村民选举委员会审核，{election}的委托投票共{n}件，现予公告：',
  'elections.paper.proxies.principal': '委托人',
  'elections.paper.proxies.holder': '受委托人',
  'elections.paper.proxies.lodged': '办理日期',
  'elections.paper.proxies.rule':
    '受委托人凭本公告代委托人领取选票并投票，不得再转委托；未经审核公告的委托投票无效。',

  'elections.paper.ballot.title': '{election}选票',
  'elections.paper.ballot.seal': '{issuer}（印章）',
  'elections.paper.ballot.post': '{post}（应选{seats}名）',
  'elections.paper.ballot.names': '姓名',
  'elections.paper.ballot.mark': '符号',
  'elections.paper.ballot.writeIn': '另选人',
  'elections.paper.ballot.rulesTitle': '填写说明',
  'elections.paper.ballot.rule.mark':
    '赞成的，在候选人姓名下方的空格内划“○”；不赞成的，划“×”；弃权的，不划任何符号。',
  'elections.paper.ballot.rule.writeIn':
    '另选他人的，在“另选人”格内写上其姓名，并在下方空格内划“○”。',
  'elections.paper.ballot.rule.tooMany':
    '每一职位所选的人数（划“○”的人数加上另选的人数）多于应选名额的，该职位的选票无效；等于或者少于应选名额的有效。',
  'elections.paper.ballot.rule.twoPosts':
    '同一人在两个以上职位上被选的，该选票上这几个职位的选票均无效。',
  'elections.paper.ballot.rule.twice': '同一职位上重复选同一人的，只计一票。',
  'elections.paper.ballot.rule.secret':
    '请在秘密写票处填写选票（{law}）；选票上不得书写与选举无关的文字或者作其他记号。',

  'elections.paper.tally.title': '{election}计票单',
  'elections.paper.tally.round': '{kind}　{date}',
  'elections.paper.tally.issued': '发出选票',
  'elections.paper.tally.returned': '收回选票',
  'elections.paper.tally.strokes': '计票（划“正”字）',
  'elections.paper.tally.votes': '得票数',
  'elections.paper.tally.writeIns': '另选他人',
  'elections.paper.tally.ballots': '有效票＿＿＿张　　无效票＿＿＿张　　空白票（弃权）＿＿＿张',
  'elections.paper.tally.sign': '签名：',

  'elections.paper.voters.title': '选民名单（按户）',
  'elections.paper.voters.intro':
    '{election}登记参加选举的村民共{n}人，按村民小组和户排列，供{date}投票时领取选票签名。',
  'elections.paper.voters.household': '户号',
  'elections.paper.voters.sign': '领票签名（按手印）',
  'elections.paper.voters.note':
    '选民领取选票时本人签名或者按手印；受委托人代为领取的，在委托人一栏签本人姓名并注明“代”。本名单不列身份证号码和电话。',

  'elections.paper.result.title': '选举结果公告',
  'elections.paper.result.intro':
    '{election}已依法投票并公开计票。根据{law}的规定，现将选举结果公告如下：',
  'elections.paper.result.none': '尚未计票。',
  'elections.paper.result.round': '{kind}（{date}）',
  'elections.paper.electorate.villagers': '登记参加选举的村民',
  'elections.paper.electorate.representatives': '村民代表',
  'elections.paper.result.valid':
    '{who}{registered}人，参加投票{voted}人，超过半数 ✔，选举有效（{law}）。收回选票{cast}张。',
  'elections.paper.result.void':
    '{who}{registered}人，参加投票{voted}人，未超过半数，本次选举无效（{law}）。收回选票{cast}张。',
  'elections.paper.result.post':
    '{post}：应选{seats}名；有效票{valid}张，无效票{invalid}张，空白票{blank}张',
  'elections.paper.result.votes': '得票',
  'elections.paper.result.outcome': '结果',
  'elections.paper.result.elected': '当选',
  'elections.paper.result.tied': '得票相等',
  'elections.paper.result.tiedNote':
    '{names}得票相等，就最后{seats}个名额重新投票，以得票多的当选。',
  'elections.paper.result.open': '尚缺{open}名，另行选举，候选人为{names}（{law}）。',
  'elections.paper.result.bar':
    '候选人获得参加投票的{who}过半数的选票，始得当选；得票超过半数的标“✔”（{law}）。',
  'elections.paper.result.barRevote': '重新投票以得票多的当选（{law}）。',
  'elections.paper.result.barRunoff':
    '另行选举以得票多的当选，但所得票数不得少于已投选票总数的三分之一；达到三分之一的标“✔”（{law}）。',
  'elections.paper.result.seated': '当选为新一届{body}成员的是：{seats}。',
  'elections.paper.result.seatedPost': '{post}{names}',
  'elections.paper.result.announce': '选举结果依照{law}的规定公布。',

  'elections.paper.certificate.title': '当选证书',
  'elections.paper.certificate.to': '{name}同志：',
  'elections.paper.certificate.text':
    '在{election}中，你当选为{village}{body}{post}（得票{votes}票）。',
  'elections.paper.certificate.hereby': '特发此证。',
  'elections.paper.certificate.none': '选举结果尚未确认，当选证书不能打印。',

  'elections.paper.handover.title': '{body}工作移交清单',
  'elections.paper.handover.notYet': '新一届委员会尚未产生：此页仅供准备，不能作为移交凭据。',
  'elections.paper.handover.intro':
    '新一届{body}于{electedOn}产生。根据{law}的规定，原{body}应当于{by}前完成工作移交。工作移交由村民选举委员会主持，{town}人民政府监督。',
  'elections.paper.handover.newMembers': '新一届{body}成员：{names}。',
  'elections.paper.handover.item': '移交事项',
  'elections.paper.handover.detail': '数量及说明',
  'elections.paper.handover.note': '备注',
  'elections.paper.handover.items.seals': '印章（公章、财务专用章等）',
  'elections.paper.handover.items.premises': '办公场所、办公设施和用品',
  'elections.paper.handover.items.accounts': '财务账簿、凭证、报表和银行账户资料',
  'elections.paper.handover.items.assets': '集体资金、资产、资源清册',
  'elections.paper.handover.items.contracts': '合同、协议',
  'elections.paper.handover.items.debts': '债权债务',
  'elections.paper.handover.items.archives': '工作档案和资料',
  'elections.paper.handover.items.pending': '未办结事项',
  'elections.paper.handover.items.other': '其他',
  'elections.paper.handover.sign.from': '移交人（原{body}）：',
  'elections.paper.handover.sign.to': '接收人（新一届{body}）：',
  'elections.paper.handover.sign.chair': '主持人（{issuer}）：',
  'elections.paper.handover.sign.town': '监交人（{town}人民政府）：',

  'elections.live.turnout': '参加投票 {voted} / {who} {registered}，',
  'elections.live.electorate.villagers': '登记选民',
  'elections.live.electorate.representatives': '村民代表',
  'elections.live.half': '得票 {votes} / 参加投票 {base}，',
  'elections.live.half.met': '过半数 ✔',
  'elections.live.half.missed': '未过半数 ✘',
  'elections.live.third': '得票 {votes} / 已投选票 {base}，',
  'elections.live.third.met': '达到三分之一 ✔',
  'elections.live.third.missed': '不足三分之一 ✘',
  'elections.live.post': '{post}（应选{seats}名）',
  'elections.live.elected': '当选',
  'elections.live.tied': '{names}得票相等：就最后{seats}个名额重新投票',
  'elections.live.open': '尚缺{open}名，另行选举：{names}',
  'elections.live.void': '参加投票的未超过登记选民的半数，本次选举无效',
  'elections.live.secret': '投票结束后当众开箱、公开计票；计票前不显示任何人的得票。',
  'elections.live.noRound': '投票时间和地点尚未公告',
  'elections.live.state.notYet': '尚未公告',
  'elections.live.state.announced': '已公告',
  'elections.live.state.polling': '投票中',
  'elections.live.state.counted': '已计票',
};
