import { defineErrors, defineNouns } from '../errorCatalog.ts';

/** The errors of 经济责任审计 (responsibility audits): ids are stable; messages zh-CN first. */
export const RESPONSIBILITY_AUDITS_ERRORS = defineErrors({
  audit_published: {
    status: 409,
    zh: '该审计结果已经公布，不能再修改',
    en: 'These audit results are published and can no longer change',
  },
  audit_not_reported: {
    status: 409,
    zh: '尚未记录审计结论，不能公布',
    en: 'Record the findings before publishing them',
  },
  audit_term_required: {
    status: 400,
    zh: '任期审计和离任审计须选择村民委员会的一届任期',
    en: "a term or departure audit names a term of the villagers' committee",
  },
  audit_demand_required: {
    status: 400,
    zh: '村民要求的审计须选择已达五分之一以上的联名要求',
    en: 'a demanded audit names a demand that reached one fifth',
  },
  audit_demand_closed: {
    status: 409,
    zh: '该审计要求已安排审计，不再征集签名',
    en: 'An audit is arranged for this demand; it takes no more signatures',
  },
  audit_demand_not_met: {
    status: 409,
    zh: '该审计要求尚未达到本村五分之一以上村民联名',
    en: 'This demand has not reached one fifth of the villagers',
  },
  audit_demand_not_signable: {
    status: 403,
    zh: '只有本村年满十八周岁的村民可以联名要求审计',
    en: 'Only villagers aged 18 or over may sign a demand for an audit',
  },
});

export const RESPONSIBILITY_AUDITS_NOUNS = defineNouns({
  responsibilityAudit: { zh: '经济责任审计', en: 'responsibility audit' },
  auditDemand: { zh: '审计要求', en: 'audit demand' },
  bodyTerm: { zh: '任期', en: 'term' },
});
