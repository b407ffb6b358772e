/**
 * What each recorded act is called, for people reading the audit log. An act
 * not listed here shows its key (`meeting.convened`): the test in
 * audit.test.ts fails when a command records an act this list does not name.
 */
export const AUDIT_ACTIONS: Record<string, { zh: string; en: string }> = {
  'demo.seeded': { zh: '载入演示数据', en: 'Demo data loaded' },
  'county.created': { zh: '建立县', en: 'County created' },
  'town.created': { zh: '建立乡镇', en: 'Town created' },
  'village.created': { zh: '建立村（社区）', en: 'Village created' },
  // registry
  'household.created': { zh: '立户', en: 'Household created' },
  'household.updated': { zh: '修改户信息', en: 'Household changed' },
  'person.added': { zh: '登记人员', en: 'Person added' },
  'person.updated': { zh: '修改人员信息', en: 'Person changed' },
  'kinTie.recorded': { zh: '登记亲属关系', en: 'Family tie recorded' },
  'roster.imported': { zh: '导入花名册', en: 'Roster imported' },
  'roster.columnsMapped': { zh: '设定花名册各列对应的栏目', en: 'Roster columns mapped' },
  'roster.exported': { zh: '导出花名册', en: 'Roster exported' },
  // bodies
  'bodyTerm.opened': { zh: '开启新一届', en: 'Term opened' },
  'membership.appointed': { zh: '任命成员', en: 'Member appointed' },
  'membership.ended': { zh: '成员离任', en: 'Member left' },
  'membership.qualificationsSet': { zh: '登记成员资质', en: 'Member’s qualifications recorded' },
  // accounts
  'account.opened': { zh: '开通账号', en: 'Account opened' },
  'account.passwordReset': { zh: '重置密码', en: 'Password reset' },
  'account.passwordChanged': { zh: '修改密码', en: 'Password changed' },
  'account.locked': { zh: '账号锁定（密码多次错误）', en: 'Account locked (failed sign-ins)' },
  'account.unlocked': { zh: '解除登录锁定', en: 'Sign-in lock lifted' },
  // matters
  'matter.created': { zh: '提出议题', en: 'Matter raised' },
  'matter.stepRecorded': { zh: '办理议题步骤', en: 'Matter step recorded' },
  'matter.withdrawn': { zh: '撤回议题', en: 'Matter withdrawn' },
  'notice.published': { zh: '发布公开', en: 'Notice published' },
  // disclosure
  'notice.posted': { zh: '登记公开栏张贴', en: 'Notice board posting recorded' },
  'notice.takenDown': { zh: '登记公开栏揭下', en: 'Notice taken down from the board' },
  'question.asked': { zh: '提出质询（异议）', en: 'Question or objection raised' },
  'question.answered': { zh: '答复质询（异议）', en: 'Question answered' },
  'resolution.adopted': { zh: '通过决议', en: 'Resolution adopted' },
  'authorisation.created': { zh: '授权村民代表会议', en: 'Authorisation granted' },
  'authorisation.revoked': { zh: '撤销授权', en: 'Authorisation revoked' },
  'charterOverride.adopted': { zh: '章程条款生效', en: 'Charter clause adopted' },
  'charterOverride.repealed': { zh: '章程条款废止', en: 'Charter clause repealed' },
  // meetings
  'meeting.convened': { zh: '召集会议', en: 'Meeting convened' },
  'meeting.agendaReviewed': { zh: '审核会议议程', en: 'Agenda reviewed' },
  'meeting.agendaChanged': { zh: '修改会议议程', en: 'Agenda changed' },
  'meeting.opened': { zh: '宣布开会', en: 'Meeting opened' },
  'meeting.verdictRecorded': { zh: '监督委员会确认会议', en: 'Supervisors’ record of the meeting' },
  'meeting.minutesRecorded': { zh: '记录会议纪要', en: 'Minutes recorded' },
  'meeting.closed': { zh: '宣布散会', en: 'Meeting closed' },
  'meeting.cancelled': { zh: '取消会议', en: 'Meeting cancelled' },
  'attendance.recorded': { zh: '登记到会', en: 'Attendance recorded' },
  'attendance.removed': { zh: '取消到会登记', en: 'Attendance removed' },
  'attendance.sheetRecorded': { zh: '录入签到表', en: 'Sign-in sheet entered' },
  'proxy.recorded': { zh: '登记委托', en: 'Proxy recorded' },
  'motion.proposed': { zh: '提出表决事项', en: 'Motion proposed' },
  'motion.opened': { zh: '开始表决', en: 'Voting opened' },
  'motion.closed': { zh: '结束表决', en: 'Voting closed' },
  'vote.cast': { zh: '投票', en: 'Vote cast' },
  'demand.created': { zh: '发起提议召开会议', en: 'Meeting demanded' },
  'demand.signed': { zh: '联名提议', en: 'Demand signed' },
  'demand.met': { zh: '提议人数达到法定比例', en: 'Demand reached its threshold' },
  // finance (the ledger)
  'voucher.booked': { zh: '记账', en: 'Voucher booked' },
  'voucher.reversed': { zh: '红字冲销凭证', en: 'Voucher reversed' },
  'receipt.attached': { zh: '上传原始凭证', en: 'Receipt attached' },
  'financePeriod.closed': { zh: '结账', en: 'Month closed' },
  'financeBudget.set': { zh: '设定预算', en: 'Budget set' },
  'financeOpening.imported': { zh: '导入期初余额', en: 'Opening balances imported' },
  'financeVouchers.imported': { zh: '导入凭证清单', en: 'Vouchers imported' },
  'financeStatement.reviewed': { zh: '监督委员会审核财务公开', en: 'Statement reviewed' },
  // spending (requests, approvals, payments, supervision holds)
  // supervision
  'supervision.motionTabled': { zh: '提请监督委员会表决', en: 'Motion put to the committee' },
  'supervision.voted': { zh: '监督委员会委员表决', en: 'A member voted' },
  'supervision.motionCarried': { zh: '监督委员会表决通过', en: 'Motion carried' },
  'supervision.motionFailed': { zh: '监督委员会表决未通过', en: 'Motion not carried' },
  'supervision.motionLapsed': {
    zh: '到会或参加表决委员不足，未能表决',
    en: 'Too few members took part: no decision',
  },
  'supervision.planDrafted': { zh: '拟定年度监督计划', en: 'Supervision plan drafted' },
  'supervision.inspectionOpened': { zh: '开展监督检查', en: 'Inspection opened' },
  'supervision.inspectionAttended': {
    zh: '登记参加检查的委员',
    en: 'Inspection attendance recorded',
  },
  'supervision.findingRecorded': { zh: '记录检查发现的问题', en: 'Finding recorded' },
  'supervision.inspectionConcluded': { zh: '作出检查结论', en: 'Inspection concluded' },
  'supervision.correctionAnswered': { zh: '报告整改完成', en: 'Correction reported done' },
  'supervision.correctionVerified': { zh: '验收整改', en: 'Correction verified' },
  'supervision.reportDrafted': { zh: '起草监督报告', en: 'Report drafted' },
  'supervision.reportEdited': { zh: '修改监督报告草稿', en: 'Report draft edited' },
  'supervision.reportPublished': { zh: '发布监督报告', en: 'Report published' },
  'supervision.reportRejected': { zh: '监督报告未获通过', en: 'Report not carried' },
  'spending.requested': { zh: '提出支出申请', en: 'Spending requested' },
  'spending.stepApproved': { zh: '审批签字', en: 'Approval signed' },
  'spending.stepRefused': { zh: '审批不同意', en: 'Approval refused' },
  'spending.paid': { zh: '支付', en: 'Payment made' },
  'spending.holdProposed': { zh: '提议暂停支付', en: 'Payment hold proposed' },
  // votes on a hold before they were the committee's motions' (supervision.voted since)
  'spending.holdVoted': { zh: '监督委员会委员表决暂停支付', en: 'Vote on a payment hold' },
  'spending.holdAdopted': { zh: '决定暂停支付', en: 'Payment hold adopted' },
  'spending.holdRejected': { zh: '暂停支付提议未通过', en: 'Payment hold not carried' },
  'spending.holdLapsed': {
    zh: '暂停支付表决通过时该笔支出已支付或已退回，未生效',
    en: 'Payment hold carried once the request was paid or refused: no effect',
  },
  'spending.holdReferred': {
    zh: '提请村民代表会议审议暂停支付',
    en: 'Hold referred to the representatives',
  },
  'spending.holdInspected': { zh: '登记监督检查', en: 'Inspection recorded' },
  'spending.holdReleased': { zh: '解除暂停支付', en: 'Payment hold released' },
  // responsibility audits (VCOL-35-AUDIT) and the archive (VCOL-34-ARCHIVE)
  'responsibilityAudit.arranged': { zh: '安排经济责任审计', en: 'Responsibility audit arranged' },
  'responsibilityAudit.reported': { zh: '记录审计结论', en: 'Audit findings recorded' },
  'responsibilityAudit.published': { zh: '公布审计结果', en: 'Audit results published' },
  'auditDemand.created': { zh: '发起联名要求审计', en: 'Audit demand started' },
  'auditDemand.signed': { zh: '联名要求审计签名', en: 'Audit demand signed' },
  'auditDemand.accepted': { zh: '审计要求达到五分之一', en: 'Audit demand reached one fifth' },
  'archiveItem.filed': { zh: '手工归档', en: 'Document filed' },
  'archive.exported': { zh: '导出年度档案', en: 'Year’s archive exported' },
  // 民主评议 (evaluations): the secret sheet's event names no one
  'evaluation.created': { zh: '组织民主评议', en: 'Democratic evaluation organised' },
  'evaluation.sheetHandedIn': {
    zh: '提交评议票（无记名）',
    en: 'Evaluation sheet handed in (secret)',
  },
  'evaluation.paperEntered': { zh: '登记纸质评议票', en: 'Paper evaluation sheets entered' },
  'evaluation.counted': { zh: '民主评议计票', en: 'Democratic evaluation counted' },
  'evaluation.published': { zh: '公布民主评议结果', en: 'Democratic evaluation results published' },
  // complaints station (投诉站) and the town inbox: no event carries a complaint's text or who complained
  'complaint.received': { zh: '收到投诉', en: 'Complaint received' },
  'complaint.assigned': { zh: '投诉交办（事务类）', en: 'Complaint handed to a body' },
  'complaint.referred': {
    zh: '投诉报镇纪委（风纪类）',
    en: 'Complaint referred to the town discipline commission',
  },
  'complaint.answered': { zh: '答复投诉', en: 'Complaint answered' },
  'complaint.identityRead': { zh: '查看投诉人身份', en: 'Complainant’s identity read' },
  'townReferral.filed': { zh: '报送乡镇', en: 'Referred to the town' },
  'townReferral.accepted': { zh: '乡镇受理转办件', en: 'Referral accepted' },
  'townReferral.handling': { zh: '乡镇办理转办件', en: 'Referral being handled' },
  'townReferral.answered': { zh: '乡镇答复转办件', en: 'Referral answered' },
  'townReferral.closed': { zh: '转办件办结', en: 'Referral closed' },
  // 选举 (elections, first half): the election committee, rules, roll and nominations
  'election.created': { zh: '发起选举', en: 'Election opened' },
  'election.committeeChosen': { zh: '推选村民选举委员会', en: 'Election committee chosen' },
  'election.committeePublished': {
    zh: '公布村民选举委员会名单',
    en: 'Election committee published',
  },
  'election.committeeFiled': {
    zh: '村民选举委员会报乡镇备案',
    en: 'Election committee filed with the town',
  },
  'election.objectionFiled': { zh: '登记申诉', en: 'Objection recorded' },
  'election.objectionDecided': { zh: '申诉处理决定', en: 'Objection decided' },
  'election.rulesDrafted': { zh: '公布选举办法草案', en: 'Draft election rules published' },
  'election.rulesAdopted': { zh: '选举办法通过并公告', en: 'Election rules adopted and announced' },
  'election.voterRegistered': { zh: '选民登记', en: 'Voter registered' },
  'election.rollBuilt': { zh: '从户籍登记生成选民名单', en: 'Roll registered from the registry' },
  'election.rollPublished': { zh: '公布选民名单', en: 'Voter roll published' },
  'election.nominationsOpened': { zh: '开始提名推荐候选人', en: 'Nominations opened' },
  'election.nominated': { zh: '登记提名', en: 'Nomination recorded' },
  'election.nominationSheets': { zh: '登记海选提名票', en: 'Open nomination sheets entered' },
  'election.candidatesPublished': { zh: '公布正式候选人名单', en: 'Candidate list published' },
  'election.candidateWithdrew': { zh: '候选人书面退出', en: 'Candidate withdrew' },
};

export function auditActionName(action: string, locale: 'zh-CN' | 'en'): string {
  const name = AUDIT_ACTIONS[action];
  if (!name) return action;
  return locale === 'en' ? name.en : name.zh;
}
