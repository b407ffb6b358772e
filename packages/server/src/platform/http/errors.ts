import type { FastifyError, FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { z } from 'zod';
import {
  DomainError,
  ERROR_CATALOG,
  errorMessage,
  type ErrorId,
  type FieldProblem,
  type Locale,
} from '@cunzhi/core/errors';
import { findingWithCitation, RuleRefusal } from '@cunzhi/core/rules/findings';
import { forCommunity } from '@cunzhi/core/meetings/meetingKinds';
import { citationOn } from '@cunzhi/core/rules/citations';
import { requestLocale } from './locale.ts';
import { isSpaNavigation } from './web.ts';

/** sendFile exists once the web app's static files are registered. */
const spaIndexAvailable = (app: FastifyInstance): boolean => app.hasReplyDecorator('sendFile');

/** Field names as users see them, so a message names the field in their language. */
const FIELD_LABELS: Record<string, { zh: string; en: string }> = {
  name: { zh: '姓名', en: 'Name' },
  gender: { zh: '性别', en: 'Gender' },
  birthDate: { zh: '出生日期', en: 'Birth date' },
  residentIdNumber: { zh: '身份证号码', en: 'Resident ID number' },
  phone: { zh: '手机号码', en: 'Phone' },
  relationToHead: { zh: '与户主关系', en: 'Relation to head' },
  residenceStatus: { zh: '居住状态', en: 'Residence status' },
  residenceSince: { zh: '状态起始日期', en: 'Status since' },
  partyMember: { zh: '是否党员', en: 'Party member' },
  partyJoinedOn: { zh: '入党日期', en: 'Joined the Party on' },
  number: { zh: '户号', en: 'Household number' },
  villagerGroupId: { zh: '村民小组', en: 'Villager group' },
  gridId: { zh: '网格', en: 'Grid' },
  address: { zh: '住址', en: 'Address' },
  password: { zh: '密码', en: 'Password' },
  currentPassword: { zh: '原密码', en: 'Current password' },
  newPassword: { zh: '新密码', en: 'New password' },
  startsOn: { zh: '开始日期', en: 'Start date' },
  endsOn: { zh: '结束日期', en: 'End date' },
  endedOn: { zh: '离任日期', en: 'Date left' },
  role: { zh: '职务', en: 'Role' },
  personId: { zh: '人员', en: 'Person' },
  termId: { zh: '届期', en: 'Term' },
  version: { zh: '版本', en: 'Version' },
  file: { zh: '文件', en: 'File' },
  files: { zh: '照片和文件', en: 'Photos and documents' },
  planItem: { zh: '所属监督计划', en: 'Supervision plan item' },
  publicEvidenceIds: { zh: '随报告公开的照片', en: 'Photos published with the report' },
  county: { zh: '县', en: 'County' },
  town: { zh: '乡镇', en: 'Town' },
  code: { zh: '代码', en: 'Code' },
  areaCode: { zh: '行政区划代码', en: 'Area code' },
  groups: { zh: '村民小组数', en: 'Number of groups' },
  personA: { zh: '亲属甲', en: 'First person' },
  personB: { zh: '亲属乙', en: 'Second person' },
  kind: { zh: '类型', en: 'Kind' },
  // matters, notices, authorisations, rules
  title: { zh: '标题', en: 'Title' },
  description: { zh: '说明', en: 'Description' },
  budget: { zh: '预算金额', en: 'Budget' },
  category: { zh: '事项类别', en: 'Category' },
  workflow: { zh: '议事程序', en: 'Procedure' },
  revokesResolutionId: { zh: '拟撤销的决议', en: 'Resolution to revoke' },
  on: { zh: '日期', en: 'Date' },
  note: { zh: '备注', en: 'Note' },
  meetingId: { zh: '会议', en: 'Meeting' },
  noticeId: { zh: '公告', en: 'Notice' },
  notice: { zh: '公告', en: 'Notice' },
  periodDays: { zh: '公示天数', en: 'Days on the board' },
  reason: { zh: '理由', en: 'Reason' },
  resolutionId: { zh: '决议', en: 'Resolution' },
  categories: { zh: '授权事项', en: 'Delegated matters' },
  revokedOn: { zh: '撤销日期', en: 'Revoked on' },
  ruleId: { zh: '规则', en: 'Rule' },
  params: { zh: '参数', en: 'Parameters' },
  adoptedOn: { zh: '通过日期', en: 'Adopted on' },
  repealedOn: { zh: '废止日期', en: 'Repealed on' },
  qualifications: { zh: '专业知识', en: 'Qualifications' },
  // supervision
  votes: { zh: '表决情况', en: 'Votes' },
  attendance: { zh: '到会委员', en: 'Members present' },
  closesOn: { zh: '表决截止日期', en: 'Last day to vote' },
  heldOn: { zh: '会议日期', en: 'Date of the sitting' },
  dueOn: { zh: '整改期限', en: 'Deadline' },
  correction: { zh: '责成办理事项', en: 'Correction' },
  referral: { zh: '报送事项', en: 'Referral' },
  holdId: { zh: '暂停支付', en: 'Hold' },
  present: { zh: '参加检查的委员', en: 'Members present' },
  assigned: { zh: '检查人员', en: 'Members assigned' },
  subject: { zh: '对象', en: 'Subject' },
  subjectRef: { zh: '检查范围', en: 'What is inspected' },
  voucherNumbers: { zh: '凭证号', en: 'Voucher numbers' },
  evidence: { zh: '证据材料', en: 'Evidence' },
  text: { zh: '内容', en: 'Text' },
  inspectionIds: { zh: '所涉检查', en: 'Inspections' },
  answer: { zh: '答复', en: 'Answer' },
  items: { zh: '计划事项', en: 'Items' },
  proposal: { zh: '表决事项', en: 'Motion' },
  what: { zh: '整改要求', en: 'What to correct' },
  // meetings and votes
  meetingOn: { zh: '会议日期', en: 'Meeting date' },
  startsAt: { zh: '开始时间', en: 'Starts at' },
  place: { zh: '会议地点', en: 'Place' },
  noticeOn: { zh: '通知日期', en: 'Notice date' },
  agenda: { zh: '会议议程', en: 'Agenda' },
  demandId: { zh: '会议提议', en: 'Demand' },
  outcome: { zh: '审定意见', en: 'Outcome' },
  capacity: { zh: '参会身份', en: 'Attending as' },
  principalId: { zh: '委托人', en: 'Principal' },
  holderId: { zh: '受委托人', en: 'Proxy holder' },
  lodgedOn: { zh: '委托日期', en: 'Lodged on' },
  body: { zh: '内容', en: 'Content' },
  voting: { zh: '表决方式', en: 'Voting' },
  matterId: { zh: '议题', en: 'Matter' },
  choice: { zh: '表决意见', en: 'Choice' },
  onBehalfOf: { zh: '代为表决的委托人', en: 'On behalf of' },
  writeIn: { zh: '另选他人', en: 'Someone else written in' },
  yes: { zh: '赞成票数', en: 'In favour' },
  no: { zh: '反对票数', en: 'Against' },
  abstain: { zh: '弃权票数', en: 'Abstentions' },
  attendanceValid: { zh: '到会人数是否符合规定', en: 'Attendance valid' },
  procedureValid: { zh: '会议程序是否规范合法', en: 'Procedure valid' },
  countValid: { zh: '表决结果是否真实有效', en: 'Count valid' },
  minutes: { zh: '会议记录', en: 'Minutes' },
  route: { zh: '提议人', en: 'Proposers' },
  personIds: { zh: '签名人', en: 'Signers' },
  // 罢免、补选 (recall, by-elections)
  membershipId: { zh: '成员', en: 'Member' },
  reasons: { zh: '罢免理由', en: 'Reasons' },
  registered: { zh: '登记选民数', en: 'Registered voters' },
  voted: { zh: '参加投票人数', en: 'Voted' },
  voteOn: { zh: '投票日期', en: 'Vote day' },
  pollingOn: { zh: '投票日期', en: 'Polling day' },
  members: { zh: '应到人数', en: 'Members' },
  ballotsCast: { zh: '已投选票数', en: 'Ballots cast' },
  means: { zh: '不正当手段', en: 'Improper means' },
  bodyId: { zh: '机构', en: 'Body' },
  posts: { zh: '职位', en: 'Posts' },
  candidates: { zh: '候选人', en: 'Candidates' },
  path: { zh: '网址', en: 'Web address' },
  // finance
  summary: { zh: '摘要', en: 'Summary' },
  lines: { zh: '分录', en: 'Lines' },
  accountCode: { zh: '科目', en: 'Account' },
  debitFen: { zh: '借方金额', en: 'Debit' },
  creditFen: { zh: '贷方金额', en: 'Credit' },
  counterparty: { zh: '往来单位', en: 'Counterparty' },
  amountFen: { zh: '金额', en: 'Amount' },
  year: { zh: '年度', en: 'Year' },
  opinion: { zh: '审核意见', en: 'Opinion' },
  asOf: { zh: '建账日期', en: 'Books start on' },
  voucherNumber: { zh: '凭证号', en: 'Voucher number' },
  period: { zh: '月份', en: 'Month' },
  // 便民服务站 (the service station)
  windowNumber: { zh: '窗口编号', en: 'Window number' },
  windowName: { zh: '窗口名称', en: 'Window name' },
  windowId: { zh: '服务窗口', en: 'Window' },
  itemName: { zh: '服务事项名称', en: 'Service name' },
  itemId: { zh: '服务事项', en: 'Service' },
  materials: { zh: '所需材料', en: 'Materials' },
  promisedDays: { zh: '承诺时限', en: 'Promised time' },
  promisedUnit: { zh: '时限计算方式', en: 'Counted in' },
  fullAgency: { zh: '全程代办', en: 'Full agency' },
  townDepartmentId: { zh: '对应镇职能部门', en: 'Town department' },
  requesterPersonId: { zh: '申请人', en: 'Requester' },
  requesterName: { zh: '申请人姓名', en: "Requester's name" },
  requesterPhone: { zh: '申请人电话', en: "Requester's phone" },
  officePhone: { zh: '村委会联系电话', en: 'Village office phone' },
  missingMaterials: { zh: '需补正的材料', en: 'Missing materials' },
  result: { zh: '办理结果', en: 'Result' },
  rating: { zh: '评价', en: 'Rating' },
  details: { zh: '办事说明', en: 'Details' },
  comment: { zh: '意见', en: 'Comment' },
  from: { zh: '起始日期', en: 'From' },
  to: { zh: '截止日期', en: 'To' },
  // 党组织和“三会一课” (the Party organisation)
  whereabouts: { zh: '流向', en: 'Whereabouts' },
  unitId: { zh: '所在党组织', en: 'Party unit' },
  parentId: { zh: '上级党组织', en: 'Parent unit' },
  status: { zh: '状态', en: 'Status' },
  joinedOn: { zh: '入党日期', en: 'Joined on' },
  formalOn: { zh: '转正日期', en: 'Converted on' },
  venue: { zh: '地点', en: 'Place' },
  venueId: { zh: '党群服务阵地', en: 'Venue' },
  hostPersonId: { zh: '主持人', en: 'Host' },
  topic: { zh: '主题', en: 'Topic' },
  presence: { zh: '出席情况', en: 'Attendance' },
  leaveReason: { zh: '请假事由', en: 'Reason for leave' },
  since: { zh: '起始日期', en: 'Since' },
  themeDay: { zh: '主题党日（每月几日）', en: 'Theme day of the month' },
  approvalRef: { zh: '批准文号', en: 'Approval reference' },
  foundedOn: { zh: '成立日期', en: 'Founded on' },
  leftOn: { zh: '转出或出党日期', en: 'Left on' },
  basis: { zh: '设立方式', en: 'Set up by' },
  // 收益分配 (the collective's income distribution)
  income: { zh: '可分配收益', en: 'Distributable income' },
  reserveRate: { zh: '公积公益金比例', en: 'Reserve rate' },
  payeeKind: { zh: '分配对象', en: 'Paid to' },
  holdingsOn: { zh: '股份计算日', en: 'Shares held on' },
  method: { zh: '支付方式', en: 'Payment method' },
  bankReference: { zh: '转账流水号', en: 'Bank reference' },
  acknowledged: { zh: '领款确认', en: 'Acknowledged by' },
  paidTo: { zh: '领款人', en: 'Receiver' },
  heirEvidence: { zh: '继承依据', en: 'Evidence of succession' },
  // 集体经济组织及其成员 (the collective economic organisation and its register)
  registeredCode: { zh: '统一社会信用代码', en: 'Unified social credit code' },
  reformedOn: { zh: '产权制度改革日期', en: 'Reform date' },
  paperResolution: { zh: '纸质决议', en: 'Paper resolution' },
  effectiveFrom: { zh: '施行日期', en: 'In force from' },
  reserveRateBp: { zh: '公积公益金比例', en: 'Reserve rate' },
  rateBp: { zh: '交纳比例', en: 'Rate' },
  fen: { zh: '固定金额', en: 'Fixed amount' },
  shareClasses: { zh: '股份种类', en: 'Share classes' },
  shareClass: { zh: '股份种类', en: 'Share class' },
  weight: { zh: '折股数', en: 'Shares per unit' },
  newborn: { zh: '新增人员配股', en: 'Newcomers’ shares' },
  adjustEveryYears: { zh: '调整周期（年）', en: 'Adjusted every (years)' },
  assemblyDecision: { zh: '成员大会表决比例', en: 'Assembly threshold' },
  otherLossReasons: { zh: '章程规定的其他情形', en: 'Other reasons in the charter' },
  occurredOn: { zh: '发生日期', en: 'Date' },
  appliedOn: { zh: '书面申请日期', en: 'Applied on' },
  consentResolutionId: { zh: '同意退出的决议', en: 'Consenting resolution' },
  ground: { zh: '事由', en: 'Ground' },
};

export function fieldLabel(field: string, locale: Locale): string {
  // `personIds.3` is labelled as `personIds`
  const key =
    field
      .split('.')
      .filter((s) => !/^\d+$/.test(s))
      .pop() ?? field;
  const label = FIELD_LABELS[key];
  return label ? (locale === 'en' ? label.en : label.zh) : field;
}

export function fieldMessage(p: FieldProblem, locale: Locale): string {
  const sep = locale === 'en' ? ': ' : '：';
  return `${fieldLabel(p.field, locale)}${sep}${errorMessage(p.error, locale, p.params)}`;
}

export function errorBody(
  id: ErrorId,
  locale: Locale,
  params: Record<string, string | number>,
  fields: FieldProblem[],
) {
  return {
    error: {
      id,
      message: errorMessage(id, locale, params),
      // message names the field (for lists and toasts); reason alone sits under the field in a form
      fields: fields.map((f) => ({
        field: f.field,
        id: f.error,
        message: fieldMessage(f, locale),
        reason: errorMessage(f.error, locale, f.params),
      })),
    },
  };
}

/** zod problems → catalog ids, one per field. */
export function zodProblems(error: z.ZodError): FieldProblem[] {
  return error.issues.map((issue) => {
    const field = issue.path.join('.') || 'body';
    if (issue.code === 'invalid_type' && issue.input === undefined)
      return { field, error: 'field_required' };
    if (issue.code === 'too_big' && issue.origin === 'string')
      return { field, error: 'field_too_long', params: { max: Number(issue.maximum) } };
    if (issue.code === 'too_small' && issue.origin === 'string' && Number(issue.minimum) === 1)
      return { field, error: 'field_required' };
    if (issue.code === 'invalid_value') return { field, error: 'enum_invalid' };
    if (issue.code === 'custom' && issue.message === 'text_unstorable')
      return { field, error: 'text_unstorable' };
    return { field, error: 'field_invalid' };
  });
}

/** Parses input with a zod schema; shape errors become one validation_failed naming every field. */
export function parseInput<S extends z.ZodType>(schema: S, input: unknown): z.infer<S> {
  const result = schema.safeParse(input ?? {});
  if (!result.success) throw new DomainError('validation_failed', {}, zodProblems(result.error));
  return result.data;
}

/**
 * Fastify's own refusals before any route (a URL that does not decode): the
 * product's error shape, naming the address. Passed as `frameworkErrors`.
 */
export function frameworkError(
  _error: FastifyError,
  request: FastifyRequest,
  reply: FastifyReply,
): void {
  void reply
    .status(400)
    .send(
      errorBody('validation_failed', requestLocale(request), {}, [
        { field: 'path', error: 'field_invalid' },
      ]),
    );
}

/** The one place where errors become HTTP answers. */
export function installErrorHandler(app: FastifyInstance): void {
  app.setErrorHandler((error: FastifyError | DomainError | Error, request, reply) => {
    const locale = requestLocale(request);
    // a RuleRefusal is a DomainError: answer it first, with the rule and its article
    if (error instanceof RuleRefusal) {
      const f = error.finding;
      const citation = citationOn(f.ruleId, f.on);
      return reply.status(422).send({
        error: {
          id: 'rule_refused',
          message: findingWithCitation(
            f,
            locale,
            request.village?.kind === 'community' ? forCommunity : undefined,
          ),
          ruleId: f.ruleId,
          article: citation.article,
          source: locale === 'en' ? citation.source.en : citation.source.zh,
          finding: f,
          fields: [],
        },
      });
    }
    if (error instanceof DomainError) {
      return reply
        .status(ERROR_CATALOG[error.id].status)
        .send(errorBody(error.id, locale, error.params, error.fields));
    }
    const fe = error as FastifyError;
    if (
      fe.code === 'FST_ERR_CTP_INVALID_MEDIA_TYPE' ||
      fe.code === 'FST_ERR_CTP_EMPTY_JSON_BODY' ||
      fe.code === 'FST_ERR_CTP_INVALID_JSON_BODY' ||
      (fe.statusCode === 400 && fe.code?.startsWith('FST_'))
    ) {
      return reply
        .status(400)
        .send(
          errorBody('validation_failed', locale, {}, [{ field: 'body', error: 'field_invalid' }]),
        );
    }
    if (fe.code === 'FST_REQ_FILE_TOO_LARGE' || fe.statusCode === 413) {
      return reply.status(413).send(errorBody('file_too_large', locale, { maxMb: 20 }, []));
    }
    if (fe.statusCode === 429)
      return reply.status(429).send(errorBody('rate_limited', locale, {}, []));
    if (pgUniqueViolation(error)) {
      return reply.status(409).send(errorBody('conflict_stale', locale, {}, []));
    }
    if (pgRefusedValue(error)) {
      // a value the database cannot hold (out of range, not a date, too long to index) that no
      // check caught: the input's fault, so a 400; logged, since a check should have named the field
      request.log.warn({ err: error }, 'input refused by the database');
      return reply
        .status(400)
        .send(
          errorBody('validation_failed', locale, {}, [{ field: 'body', error: 'field_invalid' }]),
        );
    }
    request.log.error({ err: error }, 'unhandled error');
    return reply.status(500).send(errorBody('internal', locale, {}, []));
  });
  app.setNotFoundHandler((request, reply) => {
    if (
      spaIndexAvailable(app) &&
      isSpaNavigation(request.method, request.url, request.headers.accept)
    )
      return reply.sendFile('index.html');
    const locale = requestLocale(request);
    return reply.status(404).send(errorBody('not_found', locale, { what: 'page' }, []));
  });
}

function pgUniqueViolation(error: unknown): boolean {
  return (
    typeof error === 'object' && error !== null && (error as { code?: unknown }).code === '23505'
  );
}

/**
 * PostgreSQL refused a value: class 22 (data exception: out of range, invalid
 * text or date, NUL, bad escape) or 54000 (an index row too large for a value).
 */
function pgRefusedValue(error: unknown): boolean {
  if (typeof error !== 'object' || error === null) return false;
  const code = (error as { code?: unknown }).code;
  return typeof code === 'string' && /^(22[0-9A-Z]{3}|54000)$/.test(code);
}
