import { defineErrors, defineNouns } from '../errorCatalog.ts';

/** The refusals of mediation that no article decides (those are findings, rules.ts). */
export const DISPUTES_ERRORS = defineErrors({
  dispute_parties_min: {
    status: 400,
    zh: '纠纷至少应有两方当事人',
    en: 'A dispute has at least two parties',
  },
  dispute_party_unknown: {
    status: 400,
    zh: '不是本纠纷的当事人',
    en: 'is not a party to this dispute',
  },
  dispute_consent_waiting: {
    status: 409,
    zh: '尚有当事人未表示同意调解，不能受理：{parties}',
    en: 'Not every party has agreed to mediation yet: {parties}',
  },
  dispute_not_mediator: {
    status: 400,
    zh: '不是本村人民调解委员会的在任调解员',
    en: "is not a serving mediator of the village's mediation committee",
  },
  dispute_no_mediator: {
    status: 409,
    zh: '请先指定或者由当事人选定调解员',
    en: 'Assign a mediator, or let the parties choose one, first',
  },
  dispute_confirmation_none: {
    status: 409,
    zh: '该调解协议尚未申请司法确认',
    en: 'No judicial confirmation has been applied for',
  },
  dispute_confirmation_exists: {
    status: 409,
    zh: '该调解协议已经申请司法确认',
    en: 'Judicial confirmation has already been applied for',
  },
  dispute_court_order: {
    status: 409,
    zh: '请先录入人民法院受理的日期，再录入确认或者驳回的裁定',
    en: 'Enter the day the court accepted the application before its ruling',
  },
  dispute_no_town_department: {
    status: 400,
    zh: '请选择乡镇的承办部门',
    en: 'Choose the town department',
  },
});

const states = {
  received: ['已登记', 'registered'],
  notMediated: ['不予调解', 'not mediated'],
  mediating: ['调解中', 'in mediation'],
  agreed: ['达成协议待签署', 'agreed, awaiting signatures'],
  performing: ['履行中', 'being performed'],
  terminated: ['调解终止', 'mediation ended'],
  atTown: ['乡镇调处中', 'at the town'],
  inCourt: ['诉讼中', 'in court'],
  closed: ['已结案', 'closed'],
} as const;
const actions = {
  recordConsent: ['登记当事人意见', 'record a party’s answer'],
  refuse: ['不予调解', 'decline mediation'],
  accept: ['受理', 'accept'],
  assignMediators: ['指定调解员', 'assign mediators'],
  keepRecord: ['记录调解笔录', 'keep a record'],
  reachWritten: ['制作调解协议书', 'draw up a written agreement'],
  reachOral: ['登记口头协议', 'record an oral agreement'],
  sign: ['签名盖章', 'sign and seal'],
  takeEffect: ['使协议生效', 'bring the agreement into effect'],
  terminate: ['终止调解', 'end mediation'],
  applyConfirmation: ['申请司法确认', 'apply for judicial confirmation'],
  recordCourt: ['录入法院文书', "enter the court's papers"],
  referToTown: ['移交乡镇调处', 'refer to the town'],
  townAnswer: ['答复调处结果', "answer with the town's outcome"],
  townReturn: ['退回', 'return'],
  goToCourt: ['登记起诉', 'record a suit'],
  recordJudgment: ['录入判决或调解书', "enter the court's judgment"],
  close: ['结案', 'close'],
} as const;
const roles = {
  mediator: ['人民调解员', "people's mediator"],
  townOfficial: ['乡镇工作人员', 'town staff'],
} as const;

function nouns<P extends string, K extends string>(
  prefix: P,
  table: Record<K, readonly [string, string]>,
): Record<`${P}.${K}`, { zh: string; en: string }> {
  return Object.fromEntries(
    Object.entries<readonly [string, string]>(table).map(([k, [zh, en]]) => [
      `${prefix}.${k}`,
      { zh, en },
    ]),
  ) as Record<`${P}.${K}`, { zh: string; en: string }>;
}

export const DISPUTES_NOUNS = defineNouns({
  dispute: { zh: '纠纷', en: 'dispute' },
  ...nouns('disputeState', states),
  ...nouns('disputeAction', actions),
  ...nouns('disputeRole', roles),
});
