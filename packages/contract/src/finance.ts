import { z } from 'zod';
import {
  DateText,
  ErrorResponse,
  FileResponse,
  ImportParams,
  ImportProgress,
  Instant,
  Names,
  Text,
  Uuid,
  VillageParams,
} from './common.ts';
import { route } from './route.ts';

const tag = 'finance';

export const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

/** Integer fen, as the ledger keeps every amount. */
const Fen = z.number().int();
/** A month as URLs name it: `2026-11`. */
const PeriodText = z.string().regex(/^\d{4}-\d{2}$/);

export const PeriodParams = VillageParams.extend({ period: PeriodText });
export const VoucherParams = VillageParams.extend({ voucherId: Uuid });
export const ReceiptParams = VoucherParams.extend({ receiptId: Uuid });

/** An amount as the page shows it: figures and, on documents, capitals. */
export const Amount = z.object({ fen: Fen, text: z.string(), capitals: z.string() });

export const AccountRef = z.object({ code: z.string(), name: Names });

export const Account = AccountRef.extend({
  category: z.enum(['asset', 'liability', 'equity', 'cost', 'incomeExpense']),
  nature: z.enum(['debit', 'credit']),
  parent: z.string().nullable(),
  postable: z.boolean(),
  /** On a monthly statement: an income line, a spending line, or a balance (null). */
  statementSide: z.enum(['income', 'spending']).nullable(),
});

export const chartOfAccounts = route({
  method: 'GET',
  url: '/api/villages/:villageId/finance/accounts',
  summary: '会计科目表（农村集体经济组织会计制度，2023）/ The chart of accounts (2023 rules)',
  tag,
  params: VillageParams,
  response: z.object({
    accounts: z.array(Account),
    /** The 2004 chart's codes and where an import puts them (null: not mapped, with why). */
    legacy: z.array(
      z.object({
        code: z.string(),
        name: z.string(),
        to: z.string().nullable(),
        why: z.string().nullable(),
      }),
    ),
  }),
});

export const VoucherLine = z.object({
  account: AccountRef,
  debitFen: Fen,
  creditFen: Fen,
  counterparty: z.string().nullable(),
});

export const VoucherSource = z.enum(['payment', 'manual', 'import', 'reversal']);

export const VoucherSummary = z.object({
  id: Uuid,
  /** `2026-11-003`: the month and the voucher's place in it. */
  number: z.string(),
  on: DateText,
  summary: z.string(),
  source: VoucherSource,
  sourceId: Uuid.nullable(),
  reversesId: Uuid.nullable(),
  reversedById: Uuid.nullable(),
  total: Amount,
  receipts: z.number(),
  bookedBy: z.string().nullable(),
  lines: z.array(VoucherLine),
});

export const JournalQuery = z.object({
  from: DateText.optional(),
  to: DateText.optional(),
  /** An account, with its detail accounts. */
  account: z.string().max(6).optional(),
  /** In the summary, the counterparty, or a voucher number. */
  text: Text.max(60).optional(),
  source: VoucherSource.optional(),
  page: z.coerce.number().int().min(1).max(100_000).default(1),
  pageSize: z.coerce.number().int().min(1).max(200).default(50),
});

export const journal = route({
  method: 'GET',
  url: '/api/villages/:villageId/finance/vouchers',
  summary: '序时账（凭证列表，分页，可按日期、科目、摘要筛选）/ The journal (paged, filtered)',
  tag,
  params: VillageParams,
  query: JournalQuery,
  response: z.object({
    items: z.array(VoucherSummary),
    total: z.number(),
    page: z.number(),
    pageSize: z.number(),
    abilities: z.object({ book: z.boolean(), close: z.boolean() }),
  }),
});

export const exportJournal = route({
  method: 'GET',
  url: '/api/villages/:villageId/finance/vouchers.xlsx',
  summary: '导出序时账（Excel）/ Export the journal as Excel',
  tag,
  params: VillageParams,
  query: JournalQuery.omit({ page: true, pageSize: true }),
  response: FileResponse,
  produces: XLSX,
});

export const VoucherLineInput = z.object({
  accountCode: z.string().trim().min(1).max(6),
  debitFen: Fen,
  creditFen: Fen,
  counterparty: Text.trim().max(100).optional(),
});

export const VoucherBody = z.object({
  on: DateText,
  summary: Text.max(200),
  lines: z.array(VoucherLineInput).max(50),
});

export const VoucherBooked = z.object({ voucherId: Uuid, number: z.string() });

export const bookVoucher = route({
  method: 'POST',
  url: '/api/villages/:villageId/finance/vouchers',
  summary: '记账：编制一张记账凭证（借贷必相等）/ Book a voucher (debits equal credits)',
  tag,
  params: VillageParams,
  body: VoucherBody,
  response: VoucherBooked,
  status: 201,
});

export const Receipt = z.object({
  id: Uuid,
  fileName: z.string(),
  mediaType: z.string(),
  sizeBytes: z.number(),
  sha256: z.string(),
  uploadedAt: Instant,
  uploadedBy: z.string().nullable(),
});

export const getVoucher = route({
  method: 'GET',
  url: '/api/villages/:villageId/finance/vouchers/:voucherId',
  summary: '凭证详情及原始凭证 / A voucher with its receipts',
  tag,
  params: VoucherParams,
  response: z.object({
    voucher: VoucherSummary,
    receipts: z.array(Receipt),
    abilities: z.object({ book: z.boolean() }),
  }),
});

export const reverseVoucher = route({
  method: 'POST',
  url: '/api/villages/:villageId/finance/vouchers/:voucherId/reversal',
  summary: '红字冲销一张凭证（记入未结账的月份）/ Reverse a voucher in an open month',
  tag,
  params: VoucherParams,
  body: z.object({ on: DateText.optional(), reason: Text.trim().min(1).max(100) }),
  response: VoucherBooked,
  status: 201,
});

export const attachReceipt = route({
  method: 'POST',
  url: '/api/villages/:villageId/finance/vouchers/:voucherId/receipts',
  summary:
    '上传原始凭证（multipart/form-data，字段 file：JPEG、PNG 或 PDF，不超过 10 MB）/ Attach a receipt (multipart part `file`)',
  tag,
  params: VoucherParams,
  response: Receipt,
  status: 201,
});

export const getReceipt = route({
  method: 'GET',
  url: '/api/villages/:villageId/finance/vouchers/:voucherId/receipts/:receiptId',
  summary: '下载原始凭证 / Download a receipt',
  tag,
  params: ReceiptParams,
  response: FileResponse,
  produces: 'application/octet-stream',
});

export const FinancePeriod = z.object({
  period: PeriodText,
  closed: z.boolean(),
  vouchers: z.number(),
  closedAt: Instant.nullable(),
  closedBy: z.string().nullable(),
  statement: z.enum(['none', 'reviewed', 'rejected', 'published']),
});

export const listPeriods = route({
  method: 'GET',
  url: '/api/villages/:villageId/finance/periods',
  summary: '会计期间（各月是否结账、财务公开情况）/ Months: closed or not, statement state',
  tag,
  params: VillageParams,
  response: z.object({ items: z.array(FinancePeriod) }),
});

export const closePeriod = route({
  method: 'POST',
  url: '/api/villages/:villageId/finance/periods/:period/close',
  summary: '结账（乡镇代理会计）/ Close a month (the town’s agency accountant)',
  tag,
  params: PeriodParams,
  response: z.object({ period: PeriodText, closed: z.literal(true), vouchers: z.number() }),
});

const Sided = z.object({ side: z.enum(['debit', 'credit', 'zero']), fen: Fen });

export const trialBalance = route({
  method: 'GET',
  url: '/api/villages/:villageId/finance/trial-balance',
  summary: '科目余额表（试算平衡）/ Trial balance of a month',
  tag,
  params: VillageParams,
  query: z.object({ period: PeriodText }),
  response: z.object({
    period: PeriodText,
    rows: z.array(
      z.object({
        account: AccountRef,
        level: z.union([z.literal(1), z.literal(2)]),
        opening: Sided,
        debitFen: Fen,
        creditFen: Fen,
        closing: Sided,
      }),
    ),
    totals: z.object({
      openingDebitFen: Fen,
      openingCreditFen: Fen,
      debitFen: Fen,
      creditFen: Fen,
      closingDebitFen: Fen,
      closingCreditFen: Fen,
    }),
    balanced: z.boolean(),
  }),
});

export const StatementItem = z.object({
  voucherId: Uuid,
  number: z.string(),
  on: DateText,
  summary: z.string(),
  counterparty: z.string(),
  amountFen: Fen,
});

const StatementLine = z.object({
  account: AccountRef,
  total: Amount,
  budgetFen: Fen.nullable(),
  yearToDateFen: Fen,
  items: z.array(StatementItem),
});

export const Statement = z.object({
  period: PeriodText,
  title: z.string(),
  closed: z.boolean(),
  income: z.array(StatementLine),
  spending: z.array(StatementLine),
  incomeTotal: Amount,
  spendingTotal: Amount,
  cash: z.object({ opening: Amount, closing: Amount }),
  bank: z.object({ opening: Amount, closing: Amount }),
  publicServiceFunds: z.object({
    opening: Amount,
    allocated: Amount,
    used: Amount,
    closing: Amount,
    allocations: z.array(StatementItem),
    uses: z.array(StatementItem),
  }),
  review: z
    .object({
      passed: z.boolean(),
      opinion: z.string(),
      reviewedBy: z.string(),
      reviewedAt: Instant,
    })
    .nullable(),
  noticeId: Uuid.nullable(),
  publishedAt: Instant.nullable(),
  abilities: z.object({ review: z.boolean(), publish: z.boolean() }),
});

export const getStatement = route({
  method: 'GET',
  url: '/api/villages/:villageId/finance/statements/:period',
  summary: '月度财务收支公开表 / The monthly finance statement',
  tag,
  params: PeriodParams,
  response: Statement,
});

export const exportStatement = route({
  method: 'GET',
  url: '/api/villages/:villageId/finance/statements/:period/xlsx',
  summary: '导出月度财务收支公开表（Excel）/ Export a monthly statement as Excel',
  tag,
  params: PeriodParams,
  response: FileResponse,
  produces: XLSX,
});

export const reviewStatement = route({
  method: 'POST',
  url: '/api/villages/:villageId/finance/statements/:period/review',
  summary: '村务监督委员会审核月度财务公开 / The supervision committee reviews a statement',
  tag,
  params: PeriodParams,
  body: z.object({ passed: z.boolean(), opinion: Text.trim().min(1).max(1000) }),
  response: z.object({ period: PeriodText, passed: z.boolean() }),
});

export const publishStatement = route({
  method: 'POST',
  url: '/api/villages/:villageId/finance/statements/:period/publish',
  summary: '公布已审核的月度财务公开（发布为公告）/ Publish a reviewed statement as a notice',
  tag,
  params: PeriodParams,
  body: z.object({ periodDays: z.number().int().min(1).max(365).optional() }),
  response: z.object({ period: PeriodText, noticeId: Uuid }),
});

export const Budget = z.object({
  year: z.number(),
  account: AccountRef,
  amount: Amount,
  note: z.string(),
});

export const listBudgets = route({
  method: 'GET',
  url: '/api/villages/:villageId/finance/budgets',
  summary: '年度预算（按收支科目）/ The year’s budget by line',
  tag,
  params: VillageParams,
  query: z.object({ year: z.coerce.number().int().min(1990).max(2999) }),
  response: z.object({ items: z.array(Budget) }),
});

export const setBudget = route({
  method: 'PUT',
  url: '/api/villages/:villageId/finance/budgets',
  summary: '设定一个收支科目的年度预算 / Set the year’s budget of one line',
  tag,
  params: VillageParams,
  body: z.object({
    year: z.number().int(),
    accountCode: z.string().trim().min(1).max(6),
    amountFen: Fen,
    note: Text.trim().max(200).optional(),
  }),
  response: z.object({ year: z.number(), accountCode: z.string(), amountFen: Fen }),
});

export const importOpeningBalances = route({
  method: 'POST',
  url: '/api/villages/:villageId/finance/imports/opening-balances',
  summary:
    '导入期初余额表（multipart，字段 file 为 .xlsx；全部正确才导入）/ Import an opening trial balance (all or nothing)',
  tag,
  params: VillageParams,
  query: z.object({ asOf: DateText }),
  response: z.object({ accounts: z.number(), debitFen: Fen, creditFen: Fen }),
  status: 201,
});

export const importVouchers = route({
  method: 'POST',
  url: '/api/villages/:villageId/finance/imports/vouchers',
  summary:
    '导入凭证清单（multipart，字段 file 为 .xlsx；2004年旧科目自动对应）：表格有错时逐行报错、不导入；否则立即返回导入任务，凭证在后台一次全部记账或全部不记 / Import vouchers: row problems are refused at once; otherwise a job books them all or none in the background',
  tag,
  params: VillageParams,
  response: z.object({ importId: Uuid }),
  status: 202,
});

/** What a succeeded voucher import booked. */
export const VoucherImportResult = z.object({
  vouchers: z.number(),
  lines: z.number(),
  /** The first and last numbers given (`2026-11-002`). */
  first: z.string().nullable(),
  last: z.string().nullable(),
  debitFen: Fen,
  creditFen: Fen,
});

/**
 * A voucher import's progress (rows booked of the sheet's voucher rows) and outcome: the result,
 * or the refusal in the reader's language, its fields by sheet row (`rows.12.on`) as the
 * upload's own refusal names them. Nothing is booked unless it has succeeded.
 */
export const VoucherImportJob = ImportProgress.extend({
  result: VoucherImportResult.nullable(),
  error: ErrorResponse.shape.error.nullable(),
});

export const getVoucherImport = route({
  method: 'GET',
  url: '/api/villages/:villageId/finance/imports/vouchers/:importId',
  summary: '凭证导入的进度与结果 / A voucher import’s progress and outcome',
  tag,
  params: ImportParams,
  response: VoucherImportJob,
});
