/** The shape of the error catalog's slices: every capability keeps its own in `<capability>/errors.ts`. */
export interface ErrorEntry {
  /** The HTTP status the server answers with. */
  status: number;
  zh: string;
  en: string;
}

export interface NounEntry {
  zh: string;
  en: string;
}

/** Declares a slice of the error catalog, keeping its literal ids. */
export const defineErrors = <const T extends Record<string, ErrorEntry>>(entries: T): T => entries;
/** Declares what a slice's messages can name. */
export const defineNouns = <const T extends Record<string, NounEntry>>(entries: T): T => entries;

/** Errors every capability can meet: input shape, dates and money, sign-in, access, conflicts. */
export const COMMON_ERRORS = defineErrors({
  validation_failed: {
    status: 400,
    zh: '提交的内容有误，请检查标出的字段',
    en: 'Some fields are invalid',
  },
  field_required: { status: 400, zh: '必须填写', en: 'is required' },
  field_too_long: {
    status: 400,
    zh: '不能超过 {max} 个字',
    en: 'must be at most {max} characters',
  },
  field_invalid: { status: 400, zh: '格式不正确', en: 'is not valid' },
  text_unstorable: {
    status: 400,
    zh: '含有无法保存的字符（空字符或不成对的代理字符），请删去后重新输入',
    en: 'contains characters that cannot be stored (a NUL byte or an unpaired surrogate); remove them and type it again',
  },
  money_invalid: {
    status: 400,
    zh: '不是有效的金额（以元为单位，最多两位小数，如 450000 或 1,680.32）',
    en: 'is not a valid amount (in yuan, at most two decimals, e.g. 450000 or 1,680.32)',
  },
  money_too_large: {
    status: 400,
    zh: '金额过大（不能超过 999,999,999,999.99 元）',
    en: 'is too large (at most ¥999,999,999,999.99)',
  },
  date_invalid: {
    status: 400,
    zh: '不是有效的日期（格式：2026-11-21）',
    en: 'is not a valid date (YYYY-MM-DD)',
  },
  date_in_future: { status: 400, zh: '不能晚于今天', en: 'cannot be later than today' },
  date_order: { status: 400, zh: '不能早于 {other}', en: 'cannot be earlier than {other}' },
  enum_invalid: { status: 400, zh: '不是可选的值', en: 'is not one of the allowed values' },
  not_signed_in: { status: 401, zh: '请先登录', en: 'Please sign in' },
  sign_in_failed: { status: 401, zh: '手机号或密码不正确', en: 'Wrong phone number or password' },
  account_locked: {
    status: 423,
    zh: '输错密码次数过多，该手机号暂停登录，请 {minutes} 分钟后再试，或请村干部解除锁定',
    en: 'Too many failed attempts; sign-in with this phone number is paused. Try again in {minutes} minutes or ask a cadre to lift the lock',
  },
  cross_site_refused: {
    status: 403,
    zh: '已拒绝来自其他网站的请求：修改数据只能在村治系统自己的页面上进行',
    en: 'Refused a request sent from another website: changes can only be made from cunzhi’s own pages',
  },
  password_too_weak: {
    status: 400,
    zh: '密码至少 8 位，且须包含字母和数字',
    en: 'at least 8 characters with letters and digits',
  },
  password_wrong: { status: 400, zh: '原密码不正确', en: 'the current password is wrong' },
  forbidden: { status: 403, zh: '您没有权限进行此操作', en: 'You are not allowed to do this' },
  not_found: { status: 404, zh: '找不到该{what}', en: 'No such {what}' },
  conflict_stale: {
    status: 409,
    zh: '该记录已被他人修改，请刷新后重试',
    en: 'Someone else changed this record; reload and try again',
  },
  rate_limited: {
    status: 429,
    zh: '请求过于频繁，请稍后再试',
    en: 'Too many requests; try again shortly',
  },
  internal: {
    status: 500,
    zh: '系统出现内部错误，已记录，请稍后重试',
    en: 'Internal error; it has been logged',
  },
});

export const COMMON_NOUNS = defineNouns({
  village: { zh: '村（社区）', en: 'village' },
  account: { zh: '账号', en: 'account' },
  page: { zh: '页面', en: 'page' },
  outboxMessage: { zh: '短信', en: 'text message' },
});
