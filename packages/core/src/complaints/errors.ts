import { defineErrors, defineNouns } from '../errorCatalog.ts';

/** The errors of 投诉站 and the town's inbox: ids are stable (API, UI, tests); messages zh-CN first. */
export const COMPLAINTS_ERRORS = defineErrors({
  complaint_not_cadre: {
    status: 400,
    zh: '所选人员不是本村（社区）各组织的在任成员',
    en: "The person chosen is not a serving member of the village's bodies",
  },
  complaint_anonymous_identity: {
    status: 400,
    zh: '匿名投诉不能填写投诉人姓名或电话',
    en: 'An anonymous complaint carries no name or number',
  },
  complaint_identity_required: {
    status: 400,
    zh: '实名投诉须填写投诉人姓名',
    en: "A named complaint needs the complainant's name",
  },
  complaint_handler_required: {
    status: 400,
    zh: '事务类投诉须指定办理组织',
    en: 'An affairs complaint needs the body that will handle it',
  },
  complaint_already_routed: {
    status: 409,
    zh: '该投诉已经分类交办，不能再改',
    en: 'This complaint has already been classified and handed on',
  },
  complaint_not_assigned: {
    status: 409,
    zh: '该投诉尚未交办或已经答复',
    en: 'This complaint is not waiting for an answer',
  },
  complaint_not_handler: {
    status: 403,
    zh: '只有承办组织的在任成员可以答复该投诉',
    en: 'Only a serving member of the body handling it may answer this complaint',
  },
  complaint_portal_anonymous_only: {
    status: 400,
    zh: '本系统未开通短信验证，网上只能匿名投诉；实名投诉请到村（社区）投诉站',
    en: 'Without SMS codes the portal takes anonymous complaints only; to complain in your name, go to the complaints station',
  },
  tracking_code_unknown: {
    status: 404,
    zh: '查询码不正确，请核对后重新输入',
    en: 'No complaint has this tracking code: check it and try again',
  },
  not_discipline_staff: {
    status: 403,
    zh: '只有本镇（县）纪委的工作人员可以查看和办理转办件',
    en: 'Only the discipline commission staff of the town (county) may see and handle referrals',
  },
});

/** What these messages can name (`not_found`'s `{what}`). */
export const COMPLAINTS_NOUNS = defineNouns({
  complaint: { zh: '投诉', en: 'complaint' },
  townReferral: { zh: '转办件', en: 'referral' },
});
