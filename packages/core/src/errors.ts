/**
 * The one catalog of errors users can meet. Each has a stable id (used by the
 * API, the UI and tests), an HTTP status the server maps it to in one place,
 * and zh-CN / en messages. `{field}`-style placeholders are filled from params.
 */
export const ERROR_CATALOG = {
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
  date_invalid: {
    status: 400,
    zh: '不是有效的日期（格式：2026-11-21）',
    en: 'is not a valid date (YYYY-MM-DD)',
  },
  date_in_future: { status: 400, zh: '不能晚于今天', en: 'cannot be later than today' },
  date_order: { status: 400, zh: '不能早于 {other}', en: 'cannot be earlier than {other}' },
  resident_id_format: {
    status: 400,
    zh: '身份证号码应为 18 位（前 17 位为数字，末位为数字或 X）',
    en: 'a resident ID number has 18 characters (17 digits, then a digit or X)',
  },
  resident_id_birth_date: {
    status: 400,
    zh: '身份证号码中的出生日期无效',
    en: 'the birth date inside the ID number is not a real date',
  },
  resident_id_checksum: {
    status: 400,
    zh: '身份证号码校验位不正确（GB 11643）',
    en: 'the ID number check character is wrong (GB 11643)',
  },
  resident_id_mismatch: {
    status: 400,
    zh: '与身份证号码中的{what}不一致',
    en: 'does not match the {what} in the ID number',
  },
  resident_id_taken: {
    status: 409,
    zh: '该身份证号码已登记在本村其他人名下',
    en: 'this ID number is already registered to another person in this village',
  },
  phone_invalid: {
    status: 400,
    zh: '手机号码应为 11 位，以 1 开头',
    en: 'a mobile number has 11 digits starting with 1',
  },
  account_needs_phone: {
    status: 400,
    zh: '请先为此人登记手机号码，账号用手机号登录',
    en: 'record a mobile number first: accounts sign in with it',
  },
  phone_taken: {
    status: 409,
    zh: '该手机号码已被其他账号使用',
    en: 'this phone number is already used by another account',
  },
  enum_invalid: { status: 400, zh: '不是可选的值', en: 'is not one of the allowed values' },
  household_head_required: {
    status: 409,
    zh: '每户必须有且只有一名户主',
    en: 'a household needs exactly one head',
  },
  household_number_taken: {
    status: 409,
    zh: '户号已存在',
    en: 'this household number already exists',
  },
  not_signed_in: { status: 401, zh: '请先登录', en: 'Please sign in' },
  sign_in_failed: { status: 401, zh: '手机号或密码不正确', en: 'Wrong phone number or password' },
  account_locked: {
    status: 423,
    zh: '连续输错密码次数过多，账号已锁定，请 {minutes} 分钟后再试或请村干部重置密码',
    en: 'Too many failed attempts; the account is locked. Try again in {minutes} minutes or ask a cadre to reset the password',
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
  membership_overlap: {
    status: 409,
    zh: '此人在该届期内已是本机构成员',
    en: 'this person already sits in this body in this term',
  },
  kin_tie_parent_younger: {
    status: 400,
    zh: '父母的出生日期须早于子女',
    en: 'a parent must be born before the child',
  },
  kin_tie_exists: {
    status: 409,
    zh: '该亲属关系已登记',
    en: 'this family tie is already recorded',
  },
  term_invalid: {
    status: 400,
    zh: '届期结束日期须晚于开始日期',
    en: 'a term must end after it starts',
  },
  file_invalid: {
    status: 400,
    zh: '文件无法读取，请上传 .xlsx 格式的 Excel 文件',
    en: 'the file could not be read; upload an .xlsx Excel file',
  },
  file_too_large: {
    status: 413,
    zh: '文件过大（上限 {maxMb} MB）',
    en: 'the file is too large (limit {maxMb} MB)',
  },
  import_has_errors: {
    status: 422,
    zh: '花名册有 {count} 处错误，未导入任何数据',
    en: 'the roster has {count} errors; nothing was imported',
  },
  rule_refused: {
    status: 422,
    zh: '不符合规则 {ruleId}',
    en: 'Refused by rule {ruleId}',
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
} as const satisfies Record<string, { status: number; zh: string; en: string }>;

export type ErrorId = keyof typeof ERROR_CATALOG;

/** Things a message can name (`not_found`'s `{what}`), in both languages. */
export const NOUNS = {
  village: { zh: '村（社区）', en: 'village' },
  household: { zh: '户', en: 'household' },
  person: { zh: '人员', en: 'person' },
  body: { zh: '机构', en: 'body' },
  membership: { zh: '任职记录', en: 'membership' },
  account: { zh: '账号', en: 'account' },
  rosterImport: { zh: '导入任务', en: 'import' },
  page: { zh: '页面', en: 'page' },
  matter: { zh: '议题', en: 'matter' },
  meeting: { zh: '会议', en: 'meeting' },
  motion: { zh: '表决事项', en: 'motion' },
  resolution: { zh: '决议', en: 'resolution' },
  notice: { zh: '公告', en: 'notice' },
  demand: { zh: '会议提议', en: 'meeting demand' },
  authorisation: { zh: '授权', en: 'authorisation' },
  birthDate: { zh: '出生日期', en: 'birth date' },
  gender: { zh: '性别', en: 'gender' },
} as const;
export type Noun = keyof typeof NOUNS;
export type Locale = 'zh-CN' | 'en';

export function errorMessage(
  id: ErrorId,
  locale: Locale,
  params: Record<string, string | number> = {},
): string {
  const entry = ERROR_CATALOG[id];
  const template = locale === 'en' ? entry.en : entry.zh;
  return template.replace(/\{(\w+)\}/g, (_, key: string) => {
    const value = params[key];
    if (key === 'what' && typeof value === 'string' && value in NOUNS) {
      const noun = NOUNS[value as Noun];
      return locale === 'en' ? noun.en : noun.zh;
    }
    return String(value ?? `{${key}}`);
  });
}

/** One problem with one field of the input. */
export interface FieldProblem {
  field: string;
  error: ErrorId;
  params?: Record<string, string | number>;
}

/** A refusal a user can act on: thrown by commands, mapped to HTTP at the edge. */
export class DomainError extends Error {
  constructor(
    readonly id: ErrorId,
    readonly params: Record<string, string | number> = {},
    readonly fields: FieldProblem[] = [],
  ) {
    super(errorMessage(id, 'en', params));
    this.name = 'DomainError';
  }
}
