import type { CalendarDate } from '@cunzhi/core/calendarDate';
import type { InspectionOutcome, InspectionSubject } from '@cunzhi/core/supervision/inspections';
import type { Rng } from '../random.ts';

/** The words of the bench's supervision records: what a committee in a county like this writes. */

export const PROJECT_CHECK = '村道硬化工程质量与资金使用检查';

const PROJECTS = ['村道硬化工程', '饮水安全巩固提升工程', '高标准农田建设项目', '人居环境整治项目'];

export function inspectionTitle(subject: InspectionSubject, ref: string, rng: Rng): string {
  switch (subject) {
    case 'financePeriod':
      return `${ref.slice(0, 4)}年${Number(ref.slice(5, 7))}月财务收支检查`;
    case 'project':
      return `${rng.pick(PROJECTS)}质量与资金使用检查`;
    case 'work':
      return rng.pick(['村务公开落实情况检查', '“四议两公开”执行情况检查', '惠农补贴发放情况检查']);
    case 'partyAffairs':
      return '党务公开情况检查';
    case 'resolution':
      return '村民代表会议决议执行情况检查';
  }
}

/** A finding and its evidence. */
export const FINDINGS: ReadonlyArray<readonly [string, string]> = [
  ['一笔支出无经手人签字', '查阅会计凭证原件'],
  ['误工补贴发放表缺少领取人签名', '误工补贴发放表复印件'],
  ['工程款支付超过合同约定进度', '施工合同、进度确认单'],
  ['办公用品采购未附发票', '采购清单、报销单'],
  ['公开栏内容未按月更新', '公开栏现场照片'],
  ['集体资产租金收取不及时', '租赁合同、收款记录'],
];

export const OUTCOME_NOTES: Record<InspectionOutcome, string> = {
  noIssue: '经检查，未发现问题。',
  correction: '发现问题，建议责成村民委员会限期整改。',
  suspension: '建议暂停执行该笔支出。',
  referral: '问题涉及村干部，建议报镇纪委处理。',
};

export const CORRECTIONS = [
  '补齐凭证签字手续，并对经办人员进行财务制度培训',
  '补发误工补贴领取签名，重新公示发放名单',
  '追回超付工程款，按合同约定进度支付',
  '补附发票，规范报销流程',
  '按月更新公开栏，公开后拍照存档',
];

export const CORRECTION_ANSWER = '已按要求整改完毕，相关材料已补齐并存档。';
export const REFERRAL_SUMMARY =
  '检查中发现村干部经手的支出存在违规情况，相关凭证已封存，请镇纪委核查。';
export const REFERRAL_ANSWER = '经核查，已对相关人员进行批评教育，责令退回违规款项。';
export const COMPLAINT_ANSWER = '已核实处理，并当面向反映人作了答复。';

export function reportBody(
  kind: 'finance' | 'supervision',
  period: string,
  inspections: number,
): string {
  return kind === 'finance'
    ? `${period}，村务监督委员会对村集体财务收支进行了监督检查，共开展检查${inspections}次。总体情况良好，发现的问题均已责成整改。`
    : `${period}，村务监督委员会按照年度监督计划开展工作，完成监督检查${inspections}次，列席村民代表会议，审核会议议程，受理群众反映问题。`;
}

export function meetingTitle(
  kind: 'representativesMeeting' | 'villagersAssembly',
  on: CalendarDate,
): string {
  const month = Number(on.slice(5, 7));
  return kind === 'villagersAssembly'
    ? `${on.slice(0, 4)}年度村民会议`
    : `${on.slice(0, 4)}年${month}月村民代表会议`;
}

export const AGENDA = '一、通报上月村务、财务情况\n二、审议村级公益事业项目\n三、其他事项';

/** Complaints about a cadre (风纪类): referred to the town's discipline commission. */
export const DISCIPLINE: ReadonlyArray<readonly [string, string]> = [
  ['反映村干部优亲厚友', '低保评定中村干部亲属被评上，群众有意见。'],
  ['反映村干部收受礼品', '有人反映村干部在办理宅基地审批时收受烟酒。'],
  ['反映村干部违规报销', '村干部报销的差旅费与实际出行不符。'],
];

/** Complaints about village affairs (事务类): handed to a body and answered. */
export const AFFAIRS: ReadonlyArray<readonly [string, string]> = [
  ['路灯不亮', '三组路口路灯坏了一个多月，晚上出行不便。'],
  ['垃圾清运不及时', '二组垃圾池满了没人清运。'],
  ['惠农补贴未到账', '今年的耕地地力保护补贴还没有收到。'],
  ['水渠堵塞', '五组灌溉水渠堵塞，影响插秧。'],
  ['公开栏看不清', '村务公开栏字太小，老年人看不清。'],
  ['道路破损', '村道有几处坑洼，雨天积水。'],
];

/** Names typed for complainants who are not registered in the village. */
export const NAMES = ['刘大姐', '周师傅', '吴先生', '郑女士', '孙大爷'];
