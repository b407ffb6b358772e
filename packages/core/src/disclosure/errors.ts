import { defineErrors, defineNouns } from '../errorCatalog.ts';

/** The errors of 三务公开（disclosure）: ids are stable (API, UI, tests); messages zh-CN first. */
export const DISCLOSURE_ERRORS = defineErrors({
  photo_empty: { status: 400, zh: '请选择公开栏的照片', en: 'choose a photo of the notice board' },
  photo_type: {
    status: 400,
    zh: '只能上传 JPG、PNG 或 WebP 格式的照片',
    en: 'must be a JPG, PNG or WebP photo',
  },
  photo_too_large: {
    status: 400,
    zh: '照片不能超过 {maxMb} MB',
    en: 'the photo must be at most {maxMb} MB',
  },
  affairs_wrong_publisher: {
    status: 403,
    zh: '党务公开由村党组织发布，村务公开由村民委员会发布',
    en: 'Party affairs are published by the Party organisation, village affairs by the villagers’ committee',
  },
  answer_wrong_body: {
    status: 403,
    zh: '对党务公开的质询由村党组织答复，其他公告的质询由村民委员会答复',
    en: 'Questions on Party affairs are answered by the Party organisation, others by the villagers’ committee',
  },
  question_answered: {
    status: 409,
    zh: '该质询（异议）已经答复',
    en: 'This question has already been answered',
  },
  posting_ended: {
    status: 409,
    zh: '该次张贴已记录揭下日期',
    en: 'This posting already has the day it was taken down',
  },
  asker_not_villager: {
    status: 400,
    zh: '须是本村（社区）登记的村民',
    en: 'must be a person registered in this village',
  },
  asker_needed: {
    status: 400,
    zh: '请选择提出质询的村民（代为登记时必填）',
    en: 'choose the villager who asks (required when entering on their behalf)',
  },
  notice_not_yet_published: {
    status: 400,
    zh: '该公告尚未发布',
    en: 'this notice has not been published yet',
  },
  // the one-time code by SMS (questions on the public portal without an account)
  phone_codes_off: {
    status: 404,
    zh: '本系统未开通短信验证码。没有账号的村民请到村（居）委会，由工作人员代为登记质询或异议',
    en: 'Codes by SMS are not offered here. Villagers without an account ask at the village office, where the clerk enters the question for them',
  },
  phone_code_rate_limited: {
    status: 429,
    zh: '获取验证码太频繁，请 {minutes} 分钟后再试',
    en: 'Too many codes asked for; try again in {minutes} minutes',
  },
  phone_code_wrong: {
    status: 400,
    zh: '验证码不对，还可以再试 {left} 次',
    en: 'the code is wrong; {left} more tries',
  },
  phone_code_expired: {
    status: 400,
    zh: '验证码已过期（{minutes} 分钟内有效），请重新获取',
    en: 'the code has expired (it is valid for {minutes} minutes); ask for a new one',
  },
  phone_code_exhausted: {
    status: 400,
    zh: '验证码输错次数太多（最多 {max} 次），请重新获取',
    en: 'too many tries (at most {max}); ask for a new code',
  },
  phone_code_used: {
    status: 409,
    zh: '这个验证码已经用过，质询（异议）已经提交；如要再提一条，请重新获取验证码',
    en: 'this code has been used and the question was recorded; to ask another, ask for a new code',
  },
  phone_code_format: {
    status: 400,
    zh: '请输入短信里的 {digits} 位数字',
    en: 'enter the {digits} digits of the text message',
  },
});

/** What these messages can name (`not_found`'s `{what}`). */
export const DISCLOSURE_NOUNS = defineNouns({
  boardPosting: { zh: '张贴记录', en: 'board posting' },
  question: { zh: '质询', en: 'question' },
  photo: { zh: '照片', en: 'photo' },
});
