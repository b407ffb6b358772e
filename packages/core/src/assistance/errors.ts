import { defineErrors, defineNouns } from '../errorCatalog.ts';

/** The refusals of 代办 and of the reconciliation: ids are stable (API, UI, tests); zh-CN first. */
export const ASSISTANCE_ERRORS = defineErrors({
  consent_missing: {
    status: 403,
    zh: '{name}尚未授权您代办此事，请先登记其签字的授权书或发送短信验证码取得同意',
    en: '{name} has not consented to you acting for them: record their signed form or a code first',
  },
  consent_expired: {
    status: 403,
    zh: '{name}的代办授权已过期，请重新取得其同意',
    en: "{name}'s consent has expired: ask them again",
  },
  consent_revoked: {
    status: 403,
    zh: '{name}已撤回代办授权',
    en: '{name} has revoked their consent',
  },
  consent_out_of_scope: {
    status: 403,
    zh: '{name}的授权不包括“{action}”，超出授权范围不能代办',
    en: "{name}'s consent does not cover “{action}”",
  },
  consent_no_secret_ballot: {
    status: 400,
    zh: '无记名投票不能代办：选举期间外出不能投票的，依《村民委员会组织法》只能书面委托本村有选举权的近亲属，按选举的委托投票程序办理',
    en: 'A secret ballot cannot be cast by an agent: a voter away may only entrust a close relative in writing, through the election’s proxy-vote procedure',
  },
  consent_ends_before_today: {
    status: 400,
    zh: '授权截止日期不能早于今天',
    en: 'The consent cannot end before today',
  },
  consent_too_long: {
    status: 400,
    zh: '授权期限最长 {days} 天，到期后请重新取得同意',
    en: 'A consent runs at most {days} days; ask again after that',
  },
  consent_evidence_needed: {
    status: 400,
    zh: '请上传村民签字的授权书照片，或输入发送到村民手机的验证码',
    en: "Upload a photo of the villager's signed form, or enter the code texted to their phone",
  },
  consent_no_phone: {
    status: 422,
    zh: '户籍登记中没有该村民的手机号，请改用签字授权书',
    en: 'The register has no mobile number for this villager: use a signed paper form',
  },
  relative_not_household: {
    status: 403,
    zh: '只能为本户（户籍登记中同一户）的家庭成员代办',
    en: 'You may act only for members of your own household in the register',
  },
  assisted_already_present: {
    status: 409,
    zh: '{name}已签到，无需代办',
    en: '{name} is already checked in',
  },
  reconciliation_already_signed: {
    status: 409,
    zh: '您已在本次核对报告上签字',
    en: 'You have already signed this reconciliation report',
  },
  roll_sign_proxy_unapproved: {
    status: 400,
    zh: '此人没有经村民选举委员会审核并公告、由该受委托人代为投票的委托（未经审核公告的委托无效）',
    en: 'No proxy for this voter to this holder was approved and published by the election committee (an unpublished proxy is void)',
  },
  reconciliation_signed_no_withdrawal: {
    status: 409,
    zh: '村务监督委员会已在核对报告上签字，不能再撤回已录入的领票签名',
    en: 'The supervision committee has signed the report: a line entered can no longer be withdrawn',
  },
});

export const ASSISTANCE_NOUNS = defineNouns({
  consent: { zh: '代办授权', en: 'consent' },
  act_checkIn: { zh: '会议签到', en: 'meeting check-in' },
  act_serviceOrder: { zh: '服务点单', en: 'service order' },
  act_question: { zh: '公告质询', en: 'question on a notice' },
  rollSign: { zh: '领票签名记录', en: 'line entered from the printed roll' },
});
