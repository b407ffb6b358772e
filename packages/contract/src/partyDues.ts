import { z } from 'zod';
import { PARTY_CATEGORIES, PARTY_STATUSES } from '@cunzhi/core/party/members';
import { DUES_BASIS_KINDS } from '@cunzhi/core/party/dues/standard';
import { DateText, FileResponse, Uuid, VillageParams } from './common.ts';
import { XLSX } from './finance.ts';
import { route } from './route.ts';

/**
 * 党费: each member's basis and monthly standard, payments month by month, arrears and the six
 * months of 党章第九条; the year's statement for the town (A4 and Excel); the dues published as a
 * 党务公开 notice. Party records: the branch and the town Party committee read them, a member
 * their own on the phone, never the villagers' bodies.
 */

const tag = 'partyDues';
const V = '/api/villages/:villageId';

const Fen = z.number().int();
/** 'YYYY-MM' (checked by the command, so a bad month is a field error naming the field). */
const MonthText = z.string().max(7);
export const DuesBasisKind = z.enum(DUES_BASIS_KINDS);
export const PaymentMethod = z.enum(['cash', 'transfer', 'online']);

export const DuesStandard = z.object({
  salariedUpTo1Fen: Fen,
  salariedRate1Bp: z.number(),
  salariedUpTo2Fen: Fen,
  salariedRate2Bp: z.number(),
  salariedUpTo3Fen: Fen,
  salariedRate3Bp: z.number(),
  salariedRateTopBp: z.number(),
  retiredUpToFen: Fen,
  retiredRateBp: z.number(),
  retiredRateTopBp: z.number(),
  farmerFen: Fen,
  reducedFen: Fen,
});

export const DuesMemberRow = z.object({
  personId: Uuid,
  name: z.string(),
  status: z.enum(PARTY_STATUSES),
  category: z.enum(PARTY_CATEGORIES).nullable(),
  basis: z
    .object({ kind: DuesBasisKind, monthlyIncomeFen: Fen.nullable(), fromMonth: z.string() })
    .nullable(),
  /** this month's standard; null while no basis is recorded */
  monthlyDuesFen: Fen.nullable(),
  lastPaidMonth: z.string().nullable(),
  arrearsMonths: z.number(),
  arrearsFen: Fen,
  unpaidRun: z.number(),
  lapsed: z.boolean(),
});

export const DuesOverview = z.object({
  today: DateText,
  lapseMonths: z.number(),
  standard: DuesStandard,
  members: z.array(DuesMemberRow),
  /** 党章第九条 findings, in words with the article */
  findings: z.array(z.object({ personId: Uuid, message: z.string() })),
  canManage: z.boolean(),
});

export const BasisInput = z.object({
  personId: Uuid,
  fromMonth: MonthText,
  kind: DuesBasisKind,
  monthlyIncomeFen: Fen.nullable().optional(),
});

export const PaymentInput = z.object({
  personId: Uuid,
  months: z.array(MonthText).max(24),
  amountFen: Fen,
  paidOn: DateText.optional(),
  method: PaymentMethod,
});

export const StatementQuery = z.object({ year: z.coerce.number().int().min(2000).max(2100) });

export const StatementRow = z.object({
  personId: Uuid,
  name: z.string(),
  monthsOwed: z.number(),
  dueFen: Fen,
  paidFen: Fen,
  arrearsMonths: z.number(),
  arrearsFen: Fen,
  noBasisMonths: z.number(),
  unpaidRun: z.number(),
  lapsed: z.boolean(),
  /** a member who left during the year: their months as a member still count */
  leftOn: DateText.nullable(),
});

export const DuesStatement = z.object({
  villageName: z.string(),
  townName: z.string(),
  year: z.number(),
  asOf: DateText,
  rows: z.array(StatementRow),
  totals: z.object({
    members: z.number(),
    monthsOwed: z.number(),
    dueFen: Fen,
    paidFen: Fen,
    arrearsMonths: z.number(),
    arrearsFen: Fen,
    noBasisMonths: z.number(),
    lapsed: z.number(),
  }),
});

export const DuesNoticeInput = z.object({
  year: z.number().int().min(2000).max(2100),
  /** the branch chooses: totals only, or each member's paid and owed too */
  withNames: z.boolean(),
  publishedOn: DateText.optional(),
});

export const OwnDues = z.object({
  member: z.boolean(),
  year: z.number(),
  monthlyDuesFen: Fen.nullable(),
  lines: z.array(
    z.object({
      month: z.string(),
      dueFen: Fen.nullable(),
      paidFen: Fen.nullable(),
      inArrears: z.boolean(),
    }),
  ),
  arrearsMonths: z.number(),
  arrearsFen: Fen,
});

export const getDues = route({
  method: 'GET',
  url: `${V}/party/dues`,
  summary: '党费：党员的交纳标准、交纳和欠交 / Party dues: standards, payments and arrears',
  tag,
  params: VillageParams,
  response: DuesOverview,
});

export const recordDuesBasis = route({
  method: 'POST',
  url: `${V}/party/dues/bases`,
  summary: '核定党员的党费基数 / Record a member’s dues basis',
  tag,
  params: VillageParams,
  body: BasisInput,
  response: z.object({ id: Uuid }),
  status: 201,
});

export const recordDuesPayment = route({
  method: 'POST',
  url: `${V}/party/dues/payments`,
  summary: '登记党费交纳 / Record dues paid',
  tag,
  params: VillageParams,
  body: PaymentInput,
  response: z.object({ ids: z.array(Uuid) }),
  status: 201,
});

export const getDuesStatement = route({
  method: 'GET',
  url: `${V}/party/dues/statement`,
  summary: '党费收缴情况年度统计（A4） / The year’s dues statement for the town',
  tag,
  params: VillageParams,
  query: StatementQuery,
  response: DuesStatement,
});

export const exportDuesStatement = route({
  method: 'GET',
  url: `${V}/party/dues/statement.xlsx`,
  summary: '党费收缴情况年度统计（Excel） / The year’s dues statement as a workbook',
  tag,
  params: VillageParams,
  query: StatementQuery,
  response: FileResponse,
  produces: XLSX,
});

export const exportTownDuesStatement = route({
  method: 'GET',
  url: '/api/town/party/dues.xlsx',
  summary: '全镇党费收缴情况汇总（Excel） / The town’s dues statement of its villages',
  tag,
  query: StatementQuery,
  response: FileResponse,
  produces: XLSX,
});

export const publishDuesNotice = route({
  method: 'POST',
  url: `${V}/party/dues/notices`,
  summary: '党务公开：公布党费收缴情况 / Publish the dues in a Party affairs notice',
  tag,
  params: VillageParams,
  body: DuesNoticeInput,
  response: z.object({ id: Uuid, periodEndsOn: DateText }),
  status: 201,
});

export const getOwnDues = route({
  method: 'GET',
  url: `${V}/party/dues/me`,
  summary: '我的党费 / My dues',
  tag,
  params: VillageParams,
  response: OwnDues,
});
