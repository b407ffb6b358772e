/**
 * The chart of accounts (会计科目) of 《农村集体经济组织会计制度》（财会〔2023〕14号, in force
 * 2024-01-01): the 42 first-level accounts of its appendix with their codes, categories and
 * normal balance, simplified by keeping only the second-level accounts the product reads
 * (the public-service fund, 公共服务资金, under 专项应付款). A first-level account that has
 * second-level accounts is not postable: vouchers name the detail account.
 *
 * The 2004 chart (村集体经济组织会计制度, 财会〔2004〕12号) is mapped onto it for old books
 * (`mapLegacyCode`); what has no single 2023 account is reported, never guessed.
 */

export const ACCOUNT_CATEGORIES = [
  'asset',
  'liability',
  'equity',
  'cost',
  'incomeExpense',
] as const;
export type AccountCategory = (typeof ACCOUNT_CATEGORIES)[number];

export const CATEGORY_NAMES: Record<AccountCategory, { zh: string; en: string }> = {
  asset: { zh: '资产类', en: 'Assets' },
  liability: { zh: '负债类', en: 'Liabilities' },
  equity: { zh: '所有者权益类', en: 'Equity' },
  cost: { zh: '成本类', en: 'Costs' },
  incomeExpense: { zh: '损益类', en: 'Income and expenses' },
};

/** The side an account's balance normally sits on (余额方向). */
export type BalanceSide = 'debit' | 'credit';

export interface Account {
  code: string;
  zh: string;
  en: string;
  category: AccountCategory;
  nature: BalanceSide;
  /** The first-level account of a second-level one. */
  parent?: string;
}

type Row = readonly [code: string, zh: string, en: string, nature: BalanceSide];

const rows = (category: AccountCategory, list: readonly Row[]): Account[] =>
  list.map(([code, zh, en, nature]) => ({ code, zh, en, category, nature }));

const FIRST_LEVEL: readonly Account[] = [
  ...rows('asset', [
    ['1001', '库存现金', 'Cash on hand', 'debit'],
    ['1002', '银行存款', 'Bank deposits', 'debit'],
    ['1101', '短期投资', 'Short-term investments', 'debit'],
    ['1102', '应收款', 'Receivables', 'debit'],
    ['1103', '内部往来', 'Internal current accounts', 'debit'],
    ['1201', '库存物资', 'Inventory', 'debit'],
    ['1301', '消耗性生物资产', 'Consumable biological assets', 'debit'],
    ['1302', '生产性生物资产', 'Productive biological assets', 'debit'],
    ['1303', '生产性生物资产累计折旧', 'Depreciation of productive biological assets', 'credit'],
    ['1304', '公益性生物资产', 'Public-welfare biological assets', 'debit'],
    ['1401', '长期投资', 'Long-term investments', 'debit'],
    ['1501', '固定资产', 'Fixed assets', 'debit'],
    ['1502', '累计折旧', 'Accumulated depreciation', 'credit'],
    ['1503', '固定资产清理', 'Fixed assets in disposal', 'debit'],
    ['1504', '在建工程', 'Construction in progress', 'debit'],
    ['1601', '无形资产', 'Intangible assets', 'debit'],
    ['1602', '累计摊销', 'Accumulated amortisation', 'credit'],
    ['1701', '长期待摊费用', 'Long-term prepaid expenses', 'debit'],
    ['1801', '待处理财产损溢', 'Property losses and gains pending', 'debit'],
  ]),
  ...rows('liability', [
    ['2001', '短期借款', 'Short-term loans', 'credit'],
    ['2002', '应付款', 'Payables', 'credit'],
    ['2101', '应付工资', 'Wages payable', 'credit'],
    ['2102', '应付劳务费', 'Labour fees payable', 'credit'],
    ['2103', '应交税费', 'Taxes payable', 'credit'],
    ['2201', '长期借款及应付款', 'Long-term loans and payables', 'credit'],
    ['2202', '一事一议资金', 'One-matter-one-discussion funds', 'credit'],
    ['2203', '专项应付款', 'Special-purpose payables', 'credit'],
  ]),
  ...rows('equity', [
    ['3001', '资本', 'Capital', 'credit'],
    ['3002', '公积公益金', 'Reserve and welfare fund', 'credit'],
    ['3101', '本年收益', 'Income of the year', 'credit'],
    ['3102', '收益分配', 'Income distribution', 'debit'],
  ]),
  ...rows('cost', [['4001', '生产（劳务）成本', 'Production (service) costs', 'debit']]),
  ...rows('incomeExpense', [
    ['5001', '经营收入', 'Operating income', 'credit'],
    ['5002', '经营支出', 'Operating expenses', 'debit'],
    ['5101', '税金及附加', 'Taxes and surcharges', 'debit'],
    ['5102', '管理费用', 'Administrative expenses', 'debit'],
    ['5103', '公益支出', 'Public-welfare expenses', 'debit'],
    ['5201', '投资收益', 'Investment income', 'credit'],
    ['5301', '补助收入', 'Subsidy income', 'credit'],
    ['5302', '其他收入', 'Other income', 'credit'],
    ['5303', '其他支出', 'Other expenses', 'debit'],
    ['5401', '所得税费用', 'Income tax expense', 'debit'],
  ]),
];

/** The public-service fund (公共服务资金, GLOSSARY `publicServiceFunds`): granted for, and spent on, public services the council decides. */
export const PUBLIC_SERVICE_FUNDS = '220301';
export const CASH = '1001';
export const BANK = '1002';

const SECOND_LEVEL: readonly Account[] = [
  {
    code: PUBLIC_SERVICE_FUNDS,
    zh: '专项应付款—公共服务资金',
    en: 'Special-purpose payables — public-service funds',
    category: 'liability',
    nature: 'credit',
    parent: '2203',
  },
  {
    code: '220399',
    zh: '专项应付款—其他专项资金',
    en: 'Special-purpose payables — other special funds',
    category: 'liability',
    nature: 'credit',
    parent: '2203',
  },
];

/** Every account, first-level in code order with their detail accounts after them. */
export const CHART: readonly Account[] = FIRST_LEVEL.flatMap((a) => [
  a,
  ...SECOND_LEVEL.filter((s) => s.parent === a.code),
]);

const BY_CODE = new Map(CHART.map((a) => [a.code, a]));

export function accountOf(code: string): Account | undefined {
  return BY_CODE.get(code);
}

/** A voucher line may name only an account without detail accounts under it. */
export function isPostable(code: string): boolean {
  return BY_CODE.has(code) && !SECOND_LEVEL.some((s) => s.parent === code);
}

/** What a monthly statement counts an account as: income, spending, or neither (a balance). */
export function statementSide(account: Account): 'income' | 'spending' | null {
  if (account.category !== 'incomeExpense') return null;
  return account.nature === 'credit' ? 'income' : 'spending';
}

/** An account's name as printed: `1002 银行存款`. */
export function accountLabel(code: string, locale: 'zh-CN' | 'en' = 'zh-CN'): string {
  const a = BY_CODE.get(code);
  if (!a) return code;
  return `${a.code} ${locale === 'en' ? a.en : a.zh}`;
}

/**
 * The 2004 chart's codes: onto a 2023 account, or null with the reason there is no single one
 * (the clerk books those lines by hand under the 2023 account the facts call for).
 */
export const LEGACY_2004: Record<
  string,
  { name: string; to: string } | { name: string; to: null; why: { zh: string; en: string } }
> = {
  '101': { name: '现金', to: '1001' },
  '102': { name: '银行存款', to: '1002' },
  '111': { name: '短期投资', to: '1101' },
  '112': { name: '应收款', to: '1102' },
  '113': { name: '内部往来', to: '1103' },
  '121': { name: '库存物资', to: '1201' },
  '131': {
    name: '牲畜（禽）资产',
    to: null,
    why: {
      zh: '2023年制度改设消耗性、生产性和公益性生物资产，须按用途分别记入',
      en: 'the 2023 rules split biological assets into consumable, productive and public-welfare ones',
    },
  },
  '132': {
    name: '林木资产',
    to: null,
    why: {
      zh: '2023年制度改设消耗性、生产性和公益性生物资产，须按用途分别记入',
      en: 'the 2023 rules split biological assets into consumable, productive and public-welfare ones',
    },
  },
  '141': { name: '长期投资', to: '1401' },
  '151': { name: '固定资产', to: '1501' },
  '152': { name: '累计折旧', to: '1502' },
  '153': { name: '固定资产清理', to: '1503' },
  '154': { name: '在建工程', to: '1504' },
  '201': { name: '短期借款', to: '2001' },
  '202': { name: '应付款', to: '2002' },
  '211': { name: '应付工资', to: '2101' },
  '212': {
    name: '应付福利费',
    to: null,
    why: { zh: '2023年制度已取消该科目', en: 'the 2023 rules removed this account' },
  },
  '221': { name: '长期借款及应付款', to: '2201' },
  '231': { name: '一事一议资金', to: '2202' },
  '301': { name: '资本', to: '3001' },
  '311': { name: '公积公益金', to: '3002' },
  '321': { name: '本年收益', to: '3101' },
  '322': { name: '收益分配', to: '3102' },
  '401': { name: '生产（劳务）成本', to: '4001' },
  '501': { name: '经营收入', to: '5001' },
  '502': { name: '经营支出', to: '5002' },
  '511': {
    name: '发包及上交收入',
    to: null,
    why: {
      zh: '2023年制度将其分为经营收入（发包收入）和投资收益（上交收入），须按来源分别记入',
      en: 'the 2023 rules split it into operating income (contracting) and investment income (remittances)',
    },
  },
  '521': {
    name: '农业税附加返还收入',
    to: null,
    why: { zh: '2023年制度已取消该科目', en: 'the 2023 rules removed this account' },
  },
  '522': { name: '补助收入', to: '5301' },
  '531': { name: '其他收入', to: '5302' },
  '541': { name: '管理费用', to: '5102' },
  '551': { name: '其他支出', to: '5303' },
  '561': { name: '投资收益', to: '5201' },
};

export type CodeMapping =
  | { ok: true; code: string; from: '2023' | '2004' }
  | { ok: false; reason: 'unknown' }
  | { ok: false; reason: 'unmapped'; name: string; why: { zh: string; en: string } };

/**
 * An account code as a village's book writes it, onto the 2023 chart: a 2023 code as it is;
 * a 2004 code (101) or its detail (112001) onto the 2023 first-level account.
 */
export function mapAccountCode(text: string): CodeMapping {
  const code = text.trim();
  if (BY_CODE.has(code)) return { ok: true, code, from: '2023' };
  if (!/^\d{3}(\d{2,6})?$/.test(code)) return { ok: false, reason: 'unknown' };
  const legacy = LEGACY_2004[code.slice(0, 3)];
  if (!legacy) return { ok: false, reason: 'unknown' };
  if (legacy.to === null)
    return { ok: false, reason: 'unmapped', name: legacy.name, why: legacy.why };
  return { ok: true, code: legacy.to, from: '2004' };
}
