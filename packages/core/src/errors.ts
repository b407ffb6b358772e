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
  matter_withdrawn: {
    status: 409,
    zh: '该议题已撤回，不能再办理',
    en: 'This matter has been withdrawn',
  },
  matter_not_open: {
    status: 409,
    zh: '该议题已作出决定或已实施，不能撤回',
    en: 'This matter has already been decided or carried out; it cannot be withdrawn',
  },
  meeting_not_held: {
    status: 400,
    zh: '该会议尚未召开或已取消',
    en: 'this meeting has not been held or was cancelled',
  },
  category_not_delegable: {
    status: 400,
    zh: '只有法律允许村民会议授权的事项（《村民委员会组织法》第二十三条、第二十四条）可以授权村民代表会议决定',
    en: "only matters the law lets the assembly delegate (VCOL Arts. 23, 24) can be delegated to the representatives' meeting",
  },
  override_refused: {
    status: 422,
    zh: '村规民约、自治章程只能比法律规定更严格，不能放宽',
    en: 'A village charter may only make a statutory rule stricter, never looser',
  },
  looser_than_statute: {
    status: 422,
    zh: '比法律规定更宽松（法定值：{statutory}）',
    en: 'is looser than the statute (statutory value: {statutory})',
  },
  resolution_not_assembly: {
    status: 400,
    zh: '授权须由村民会议决议作出',
    en: "an authorisation must be made by a villagers' assembly resolution",
  },
  rule_refused: {
    status: 422,
    zh: '不符合规则 {ruleId}',
    en: 'Refused by rule {ruleId}',
  },
  // meetings and votes
  already_voted: { status: 409, zh: '您已经投过票了', en: 'You have already voted' },
  meeting_not_open: {
    status: 409,
    zh: '会议尚未开始或已经结束',
    en: 'The meeting is not in session',
  },
  meeting_not_planned: {
    status: 409,
    zh: '会议已经开始、结束或取消，不能再这样修改',
    en: 'The meeting has already started, ended or been cancelled',
  },
  meeting_not_yet: {
    status: 409,
    zh: '会议定于 {date} 召开，当天才能开始',
    en: 'The meeting is set for {date}; it cannot start earlier',
  },
  motion_not_open: {
    status: 409,
    zh: '该事项不在表决中',
    en: 'This motion is not open for voting',
  },
  motion_still_open: {
    status: 409,
    zh: '还有事项正在表决，请先结束表决',
    en: 'Another motion is still being voted on; close it first',
  },
  motion_by_hand: {
    status: 409,
    zh: '该事项以举手方式表决，由会议记录人登记票数',
    en: 'This motion is voted by show of hands; the clerk records the count',
  },
  not_eligible_to_vote: {
    status: 403,
    zh: '您不是本次会议有表决权的人员',
    en: 'You are not entitled to vote at this meeting',
  },
  not_checked_in: {
    status: 403,
    zh: '请先签到，签到后才能投票',
    en: 'Check in first; only those present may vote',
  },
  not_meeting_attendee: {
    status: 403,
    zh: '您不是本次会议的应到人员，也不是村务监督委员会成员',
    en: 'You are neither due to attend this meeting nor a supervision committee member',
  },
  not_meeting_member: {
    status: 400,
    zh: '不是本次会议的应到人员（有表决权的人员）',
    en: 'is not entitled to attend and vote at this meeting',
  },
  not_supervision_member: {
    status: 400,
    zh: '不是村务监督委员会成员',
    en: 'is not a member of the supervision committee',
  },
  count_exceeds_present: {
    status: 400,
    zh: '赞成、反对、弃权合计 {total} 票，超过到会 {present} 人',
    en: '{total} votes in all is more than the {present} present',
  },
  demand_closed: {
    status: 409,
    zh: '已根据该提议召集会议，不再征集签名',
    en: 'A meeting has been convened on this demand; it takes no more signatures',
  },
  demand_not_signable: {
    status: 403,
    zh: '只有{who}可以在该提议上签名',
    en: 'Only {whoEn} may sign this demand',
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
  charterOverride: { zh: '章程条款', en: 'charter clause' },
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
