import type { FigureKey } from './figures.ts';
import type { WorkKind } from './workList.ts';

/** The dashboard's column names in both languages (the Excel export's headers; the web has its own dictionary). */
export const FIGURE_LABELS: Record<FigureKey, { zh: string; en: string }> = {
  overdueDisclosures: { zh: '逾期未公开', en: 'Disclosures overdue' },
  unansweredQuestions: { zh: '待答复询问', en: 'Questions unanswered' },
  overdueAnswers: { zh: '逾期未答复', en: 'Answers overdue' },
  openHolds: { zh: '暂停支付', en: 'Payments held' },
  oldestHoldDays: { zh: '最久暂停（天）', en: 'Oldest hold (days)' },
  openComplaints: { zh: '待办投诉', en: 'Complaints open' },
  overdueComplaints: { zh: '逾期投诉', en: 'Complaints overdue' },
  openPetitions: { zh: '在办信访', en: 'Petitions open' },
  overduePetitions: { zh: '逾期信访', en: 'Petitions overdue' },
  openServices: { zh: '在办服务', en: 'Service requests open' },
  overdueServices: { zh: '超时服务', en: 'Service requests late' },
  refusedTasks: { zh: '村拒收任务', en: 'Tasks refused' },
  termsEnding: { zh: '届满换届', en: 'Terms ending' },
  voterRollsDue: { zh: '待公布选民名单', en: 'Voter lists due' },
  voterRollsOverdue: { zh: '逾期未公布选民名单', en: 'Voter lists overdue' },
  representativesMeetingsThisQuarter: {
    zh: '本季度村民代表会议',
    en: "Representatives' meetings this quarter",
  },
  partyMeetingsThisQuarter: { zh: '本季度三会一课', en: 'Party meetings this quarter' },
  partyMeetingsShort: { zh: '三会一课欠缺', en: 'Party meetings short' },
  meetingsWithoutQuorum: { zh: '未达法定人数或无效会议', en: 'Meetings without quorum or invalid' },
  invalidCompositions: { zh: '组织构成不合规', en: 'Bodies wrongly composed' },
};

export const WORK_KIND_LABELS: Record<WorkKind, { zh: string; en: string }> = {
  spending: { zh: '代理会计审核', en: 'Payment to check' },
  referral: { zh: '转办件', en: 'Referral' },
  petition: { zh: '信访事项', en: 'Petition' },
  task: { zh: '村拒收任务', en: 'Task refused' },
};
