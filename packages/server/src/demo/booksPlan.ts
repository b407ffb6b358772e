import { daysInMonth, fromYmd, ymd, type CalendarDate } from '@cunzhi/core/calendarDate';
import { BANK, CASH, PUBLIC_SERVICE_FUNDS, accountOf } from '@cunzhi/core/finance/accounts';
import type { ImportRow } from '@cunzhi/core/finance/imports';
import type { VoucherInput } from '@cunzhi/core/finance/voucher';
import { addDays, weekday } from '@cunzhi/core/rules/dayCount';
import { createRng, type Rng } from '@cunzhi/demo/rng';

/**
 * The showcase community's books as its clerk keeps them, pure data from the demo seed: the
 * opening trial balance (期初余额表), the year's budget per line, and every voucher of the
 * year up to today — the same seed gives the same vouchers for a month whatever the day the
 * demo is started, as each month draws from its own stream. Amounts are integer fen. The
 * counterparties are businesses, offices and groups (保洁员、居民代表（62人）), never a
 * private person's name: the statements are public.
 */

export interface BooksPlan {
  /** 建账日期: 1 January of the first year. */
  startsOn: CalendarDate;
  /** The opening trial balance as the sheet the clerk uploads (rows of cells). */
  openingRows: ImportRow[];
  budgets: Array<{ year: number; accountCode: string; amountFen: number; note: string }>;
  /** Dated from 2 January to today, in date order. */
  vouchers: VoucherInput[];
}

const INCOME = '5001';
const OPERATING_COST = '5002';
const TAXES = '5101';
const ADMIN = '5102';
const WELFARE = '5103';
const INVESTMENT = '5201';
const SUBSIDY = '5301';
const OTHER_INCOME = '5302';

const BANK_NAME = '锦源农商银行锦华支行';
const TOWN_FINANCE = '锦华镇财政所';
const POWER = '国网锦源供电公司锦华供电所';
const WATER = '锦源县自来水公司';
const BUILDERS = '锦华建筑维修队';

/** The community's own shop fronts and their tenants (商铺租金收入). */
const TENANTS = [
  '花乡便民超市',
  '蜀香小吃店',
  '锦华药房花乡店',
  '花乡理发店',
  '好邻居水果店',
  '川味面馆',
  '花乡五金建材店',
  '锦华图文快印店',
  '老蜀家常菜馆',
  '花乡茶楼',
  '锦华快递服务站',
  '花乡干洗店',
  '锦华母婴用品店',
  '花乡烟酒店',
  '锦华家电维修部',
  '花乡早餐店',
  '锦华眼镜店',
  '花乡文具店',
  '锦华粮油店',
  '花乡鲜花店',
  '锦华手机通讯店',
  '花乡农资店',
  '锦华美发店',
  '花乡包子铺',
  '锦华社区诊所',
  '花乡电动车行',
  '锦华服装店',
  '锦华烘焙坊',
  '花乡洗车行',
  '花乡宠物店',
] as const;

const GROUPS = 15;
const AREAS = 6;

/** Street lights on four meters; longer nights cost more. */
const LIGHTS = ['花乡民居一期', '花乡民居二期', '花乡民居三期', '社区主干道'] as const;
const NIGHT_FACTOR = [0, 1.35, 1.3, 1.1, 1.0, 0.9, 0.85, 0.85, 0.9, 1.0, 1.1, 1.3, 1.4];

/** Petty cash (库存现金) spending: [summary, counterparty, account, min yuan, max yuan]. */
const PETTY: ReadonlyArray<readonly [string, string, string, number, number]> = [
  ['快递费', '锦华快递服务站', ADMIN, 12, 68],
  ['会议茶水', '花乡便民超市', ADMIN, 40, 260],
  ['购买清洁用品', '花乡便民超市', WELFARE, 50, 320],
  ['小区公共设施零星维修材料', '花乡五金建材店', WELFARE, 30, 480],
  ['报销交通费', '锦华出租汽车公司', ADMIN, 20, 160],
  ['复印打印费', '锦华图文快印店', ADMIN, 10, 120],
  ['桶装饮用水', '锦华桶装水配送站', ADMIN, 60, 240],
  ['宣传横幅制作', '锦华广告制作部', ADMIN, 80, 380],
  ['灯泡、电池等零星用品', '锦华家电维修部', ADMIN, 25, 190],
];

/** The public-service fund's uses the council decided (公共服务资金使用). */
const FUND_USES: ReadonlyArray<readonly [string, string, number, number]> = [
  ['小区路灯维修更换', '锦华电器维修部', 1200, 6800],
  ['老年活动室设备购置', '锦华家电商场', 2000, 9800],
  ['小区环境卫生整治', '锦华保洁服务部', 1500, 6000],
  ['健身器材维修', '锦华体育器材店', 800, 3500],
  ['小区监控设备维护', '锦华安防科技有限公司', 1000, 4800],
  ['居民文体活动', '锦华文化传媒服务部', 1200, 5600],
  ['化粪池清掏', '锦源县环卫服务有限公司', 2600, 5200],
];

/** Days of the year given to the seasons' acts: [month, day, summary, counterparty, account, yuan]. */
const SEASONAL: ReadonlyArray<readonly [number, number, string, string, string, number]> = [
  [1, 20, '春节走访慰问困难群众', '困难群众（32户）', WELFARE, 16_000],
  [1, 22, '春节走访慰问老党员', '老党员（18人）', WELFARE, 5_400],
  [2, 10, '元宵节文艺活动', '锦华文化传媒服务部', WELFARE, 6_800],
  [3, 12, '义务植树购买苗木', '锦华苗木种植有限公司', WELFARE, 3_200],
  [4, 16, '城乡居民医保参保登记宣传资料印制', '锦华图文快印店', ADMIN, 1_260],
  [6, 5, '防汛应急物资', '花乡五金建材店', WELFARE, 4_600],
  [7, 1, '“七一”走访慰问老党员', '老党员（18人）', WELFARE, 3_600],
  [9, 28, '国庆文艺汇演', '锦华文化传媒服务部', WELFARE, 8_800],
  [10, 20, '重阳节慰问高龄老人', '80岁以上老人（146人）', WELFARE, 14_600],
  [12, 15, '年终环境卫生大扫除', '锦华保洁服务部', WELFARE, 3_800],
];

const QUARTER_NAMES = ['一', '二', '三', '四'];

const REPAIRS = [
  '小区道路破损修补',
  '小区排水沟疏通维修',
  '小区围墙修缮',
  '楼道照明线路维修',
  '活动中心屋面防水维修',
];

const yuan = (n: number) => n * 100;
const between = (rng: Rng, min: number, max: number, cents = false) =>
  yuan(rng.int(min, max)) + (cents ? rng.int(0, 99) : 0);

/** A day of the month moved off the weekend (Saturday back to Friday, Sunday on to Monday). */
function workday(year: number, month: number, day: number): CalendarDate {
  const last = daysInMonth(year, month);
  let d = Math.min(Math.max(day, 1), last);
  const w = weekday(fromYmd(year, month, d));
  if (w === 6) d = d > 1 ? d - 1 : d + 2;
  else if (w === 0) d = d < last ? d + 1 : d - 2;
  return fromYmd(year, month, d);
}

interface Entry {
  on: CalendarDate;
  summary: string;
  counterparty: string;
  debit: string;
  credit: string;
  fen: number;
}

const income = (
  on: CalendarDate,
  account: string,
  fen: number,
  counterparty: string,
  summary: string,
): Entry => ({
  on,
  summary,
  counterparty,
  debit: BANK,
  credit: account,
  fen,
});

const spend = (
  on: CalendarDate,
  account: string,
  fen: number,
  counterparty: string,
  summary: string,
  from: string = BANK,
): Entry => ({ on, summary, counterparty, debit: account, credit: from, fen });

/** What stays the same all year: each tenant's rent and day, each group's cleaner's wage. */
function standing(seed: number) {
  const rng = createRng(seed, 'finance:standing');
  return {
    rents: TENANTS.map((name) => ({ name, fen: yuan(rng.int(28, 96) * 100), day: rng.int(1, 10) })),
    cleaners: Array.from({ length: GROUPS }, () => yuan(rng.int(26, 32) * 100)),
    areas: Array.from({ length: AREAS }, () => yuan(rng.int(48, 64) * 100)),
    lights: LIGHTS.map(() => rng.int(1100, 2400)),
  };
}

/** A month being drawn: its stream, the year's standing figures, its working days, its entries. */
interface Month {
  year: number;
  month: number;
  /** `11月`, as summaries name the month. */
  m: string;
  rng: Rng;
  fixed: ReturnType<typeof standing>;
  on: (day: number) => CalendarDate;
  out: Entry[];
}

/** Rents of the shop fronts and the car park. */
function rents({ rng, fixed, on, m, out }: Month) {
  for (const t of fixed.rents) {
    const late = rng.chance(0.08) ? rng.int(8, 15) : 0;
    out.push(income(on(t.day + late), INCOME, t.fen, t.name, `收${t.name}${m}商铺租金`));
  }
  out.push(income(on(5), INCOME, between(rng, 4200, 6800), '花乡民居停车场', `${m}停车场收费收入`));
}

/** Wages and allowances: cleaners, cadres, group leaders, grid workers, patrols, representatives. */
function wages({ rng, fixed, on, m, month, out }: Month) {
  const spring = month === 2;
  fixed.cleaners.forEach((fen, i) =>
    out.push(
      spend(
        on(8),
        WELFARE,
        fen + (spring ? yuan(500) : 0),
        `第${i + 1}居民小组保洁员`,
        `${m}第${i + 1}居民小组保洁工资${spring ? '（含春节加班补助）' : ''}`,
      ),
    ),
  );
  out.push(
    spend(on(10), ADMIN, yuan(25_200), '社区“两委”干部（7人）', `${m}社区“两委”干部基本报酬`),
  );
  for (let g = 1; g <= GROUPS; g++)
    out.push(
      spend(on(12), ADMIN, yuan(600), `第${g}居民小组组长`, `${m}第${g}居民小组组长误工补贴`),
    );
  fixed.areas.forEach((fen, i) =>
    out.push(spend(on(12), ADMIN, fen, `第${i + 1}片区网格员`, `${m}第${i + 1}片区网格员工作补贴`)),
  );
  out.push(spend(on(15), WELFARE, yuan(14_400), '社区治安巡逻队（12人）', `${m}治安巡逻队补贴`));
  const representatives = rng.int(58, 70);
  out.push(
    spend(
      on(26),
      ADMIN,
      yuan(50 * representatives),
      `居民代表（${representatives}人）`,
      `${m}居民代表会议误工补贴`,
    ),
  );
  out.push(
    spend(
      on(26),
      ADMIN,
      yuan(3_500),
      '村务监督委员会委员（7人）',
      `${m}村务监督委员会委员工作补贴`,
    ),
  );
  if (month % 2 === 0) {
    const n = rng.int(15, 21);
    out.push(
      spend(on(27), ADMIN, yuan(50 * n), `协商议事会成员（${n}人）`, `${m}协商议事会成员误工补贴`),
    );
  }
}

/** Power, water, telephone, refuse collection. */
function utilities({ rng, fixed, on, m, month, out }: Month) {
  out.push(spend(on(16), ADMIN, yuan(398), '中国电信锦华营业厅', `${m}办公电话及宽带费`));
  out.push(spend(on(16), ADMIN, yuan(1_200), '中国电信锦华营业厅', `${m}政务外网专线费`));
  LIGHTS.forEach((place, i) => {
    const base = fixed.lights[i]! * NIGHT_FACTOR[month]!;
    const fen = Math.round(base * 100 * (0.92 + rng.float() * 0.16));
    out.push(spend(on(20), WELFARE, fen, POWER, `${m}${place}路灯电费`));
  });
  const summer = month >= 6 && month <= 9;
  const [power, green] = summer
    ? [
        [1100, 1600],
        [600, 900],
      ]
    : [
        [600, 900],
        [300, 500],
      ];
  out.push(
    spend(on(20), ADMIN, between(rng, power[0]!, power[1]!, true), POWER, `${m}社区活动中心电费`),
  );
  out.push(spend(on(22), ADMIN, between(rng, 120, 260, true), WATER, `${m}社区活动中心水费`));
  out.push(
    spend(on(22), WELFARE, between(rng, green[0]!, green[1]!, true), WATER, `${m}小区绿化用水水费`),
  );
  out.push(spend(on(25), WELFARE, yuan(8_600), '锦源县环卫服务有限公司', `${m}生活垃圾清运费`));
}

/** What comes up any day: upkeep, office supplies, repairs, bank charges, petty cash, the fund's uses. */
function sundries({ rng, on, month, out }: Month) {
  const any = () => on(rng.int(2, 28));
  for (let i = rng.int(1, 2); i > 0; i--)
    out.push(spend(any(), WELFARE, between(rng, 2400, 5800), '锦华园林绿化工程队', '小区绿化养护'));
  for (let i = rng.int(2, 3); i > 0; i--)
    out.push(
      rng.chance(0.6)
        ? spend(any(), ADMIN, between(rng, 260, 2800), '锦华办公用品商行', '购买办公用品')
        : spend(any(), ADMIN, between(rng, 180, 900), '锦华图文快印店', '资料印刷费'),
    );
  for (let i = rng.int(2, 5); i > 0; i--)
    out.push(spend(any(), WELFARE, between(rng, 800, 6500), BUILDERS, rng.pick(REPAIRS)));
  for (let i = rng.int(1, 2); i > 0; i--)
    out.push(spend(any(), OPERATING_COST, between(rng, 600, 4800), BUILDERS, '集体商铺维修'));
  for (let i = rng.int(5, 8); i > 0; i--)
    out.push(spend(any(), ADMIN, between(rng, 5, 86, true), BANK_NAME, '银行转账手续费'));
  for (let i = rng.int(24, 32); i > 0; i--) {
    const [summary, counterparty, account, min, max] = rng.pick(PETTY);
    out.push(spend(any(), account, between(rng, min, max, true), counterparty, summary, CASH));
  }
  if (month >= 2)
    for (let i = rng.int(2, 4); i > 0; i--) {
      const [use, counterparty, min, max] = rng.pick(FUND_USES);
      const fen = between(rng, min, max);
      out.push(spend(any(), PUBLIC_SERVICE_FUNDS, fen, counterparty, `公共服务资金：${use}`));
    }
}

/** The quarter's transfers, land rents, the company's remittance, taxes and interest. */
function quarterly({ rng, on, month, out }: Month) {
  const quarter = Math.ceil(month / 3);
  if (month % 3 === 1) {
    const q = `${QUARTER_NAMES[quarter - 1] ?? ''}季度`;
    const last = `${QUARTER_NAMES[(quarter + 2) % 4] ?? ''}季度`;
    const tax = '国家税务总局锦源县税务局';
    out.push(
      income(on(18), SUBSIDY, yuan(86_000), TOWN_FINANCE, `上级转移支付：${q}村级组织运转经费`),
      income(
        on(20),
        INVESTMENT,
        yuan(rng.int(180, 260) * 1000),
        '卫鑫置业有限公司',
        `卫鑫置业有限公司上交${last}经营收益`,
      ),
      income(on(15), INCOME, yuan(96_000), '锦华苗木种植有限公司', `${q}土地租金收入`),
      spend(on(12), TAXES, between(rng, 6200, 8800, true), tax, `缴纳${last}房产税`),
      spend(on(12), TAXES, between(rng, 2100, 3400, true), tax, `缴纳${last}城镇土地使用税`),
    );
  }
  if (month % 3 === 0)
    out.push(
      income(on(21), OTHER_INCOME, between(rng, 2400, 3600, true), BANK_NAME, '银行存款季度结息'),
    );
}

/** Once or twice a year: half-yearly land rent, the year's grants, the seasons' acts. */
function yearly({ year, month, on, out }: Month) {
  if (month === 1 || month === 7)
    out.push(
      income(
        on(22),
        INCOME,
        yuan(210_000),
        '花乡农业观光园有限公司',
        `${month === 1 ? '上' : '下'}半年土地租金收入`,
      ),
    );
  if (month === 3)
    out.push(
      income(on(10), INCOME, yuan(68_000), '锦源蔬菜专业合作社', `${year}年土地租金收入`),
      income(on(16), SUBSIDY, yuan(20_000), TOWN_FINANCE, '上级转移支付：党组织服务群众经费'),
      income(
        on(25),
        PUBLIC_SERVICE_FUNDS,
        yuan(120_000),
        TOWN_FINANCE,
        `上级拨付${year}年公共服务资金（第一批）`,
      ),
    );
  if (month === 8)
    out.push(
      income(
        on(20),
        PUBLIC_SERVICE_FUNDS,
        yuan(66_500),
        TOWN_FINANCE,
        `上级拨付${year}年公共服务资金（第二批）`,
      ),
    );
  for (const [sm, day, summary, counterparty, account, amount] of SEASONAL)
    if (sm === month) out.push(spend(on(day), account, yuan(amount), counterparty, summary));
}

/** One month's entries (petty cash and the fund are balanced afterwards, in date order). */
function monthEntries(seed: number, year: number, month: number): Entry[] {
  const m: Month = {
    year,
    month,
    m: `${month}月`,
    rng: createRng(seed, `finance:${year}-${month}`),
    fixed: standing(seed),
    on: (day) => workday(year, month, day),
    out: [],
  };
  rents(m);
  wages(m);
  utilities(m);
  sundries(m);
  quarterly(m);
  yearly(m);
  return m.out;
}

/**
 * Petty cash and the fund in date order: a withdrawal (提取备用金) before the cash would run
 * short, a fund use left out when the fund has not the money (it waits for the next grant).
 */
function balanced(entries: Entry[], openingCash: number, openingFund: number): Entry[] {
  const sorted = [...entries].sort((a, b) => (a.on < b.on ? -1 : a.on > b.on ? 1 : 0));
  const out: Entry[] = [];
  let cash = openingCash;
  let fund = openingFund;
  for (const e of sorted) {
    if (e.credit === CASH) {
      if (cash - e.fen < yuan(300)) {
        const fen = yuan(cash < yuan(1000) ? 5000 : 3000);
        out.push(spend(e.on, CASH, fen, BANK_NAME, '提取备用金'));
        cash += fen;
      }
      cash -= e.fen;
    }
    if (e.debit === PUBLIC_SERVICE_FUNDS) {
      if (fund - e.fen < 0) continue;
      fund -= e.fen;
    }
    if (e.credit === PUBLIC_SERVICE_FUNDS) fund += e.fen;
    out.push(e);
  }
  return out;
}

const OPENING: ReadonlyArray<readonly [string, number, number]> = [
  [CASH, 8_650_00, 0],
  [BANK, 2_864_315_27, 0],
  ['1102', 36_000_00, 0],
  ['1501', 12_680_000_00, 0],
  ['1502', 0, 3_115_400_00],
  ['2002', 0, 58_200_00],
  [PUBLIC_SERVICE_FUNDS, 0, 42_380_00],
  ['3002', 0, 1_560_000_00],
];

const cell = (fen: number) => (fen === 0 ? '' : (fen / 100).toFixed(2));

/** The opening sheet: a title row, the header, each account, and 3001 资本 taking the difference. */
function openingSheet(year: number): ImportRow[] {
  const debit = OPENING.reduce((s, [, d]) => s + d, 0);
  const credit = OPENING.reduce((s, [, , c]) => s + c, 0);
  const rows = [...OPENING, ['3001', 0, debit - credit] as const];
  return [
    { rowNumber: 1, cells: [`花乡社区${year}年期初余额表`, '', '', ''] },
    { rowNumber: 2, cells: ['科目编码', '科目名称', '借方余额', '贷方余额'] },
    ...rows.map(([code, d, c], i) => ({
      rowNumber: i + 3,
      cells: [code, accountOf(code)?.zh ?? '', cell(d), cell(c)],
    })),
  ];
}

/** The first year of the books: the year of last month (a demo started in January shows last year too). */
export function booksStartYear(today: CalendarDate): number {
  const { year, month } = ymd(today);
  return month === 1 ? year - 1 : year;
}

/**
 * The books from 1 January of `booksStartYear(today)` to today. `extraBudget` adds to a
 * line's budget what the year's other commands will spend on it (the property fee).
 */
export function planBooks(
  seed: number,
  today: CalendarDate,
  extraBudget: ReadonlyArray<{ year: number; accountCode: string; fen: number }> = [],
): BooksPlan {
  const first = booksStartYear(today);
  const last = ymd(today).year;
  const entries: Entry[] = [];
  for (let year = first; year <= last; year++)
    for (let month = 1; month <= 12; month++) entries.push(...monthEntries(seed, year, month));
  const openingCash = OPENING.find(([c]) => c === CASH)![1];
  const openingFund = OPENING.find(([c]) => c === PUBLIC_SERVICE_FUNDS)![2];
  const all = balanced(entries, openingCash, openingFund);
  const budgets: BooksPlan['budgets'] = [];
  const rng = createRng(seed, 'finance:budgets');
  for (let year = first; year <= last; year++) {
    const totals = new Map<string, number>();
    for (const e of all) {
      if (ymd(e.on).year !== year) continue;
      for (const code of [e.debit, e.credit])
        if (/^5\d{3}$/.test(code)) totals.set(code, (totals.get(code) ?? 0) + e.fen);
    }
    for (const x of extraBudget)
      if (x.year === year) totals.set(x.accountCode, (totals.get(x.accountCode) ?? 0) + x.fen);
    for (const [accountCode, fen] of [...totals].sort(([a], [b]) => a.localeCompare(b))) {
      // the year's budget as the assembly approved it: a little over or under what happened
      const planned = fen * (0.96 + rng.float() * 0.12);
      budgets.push({
        year,
        accountCode,
        amountFen: Math.ceil(planned / 1_000_00) * 1_000_00,
        note: `${year}年度收支预算（经社区居民代表会议审议）`,
      });
    }
  }
  // 1 January is a holiday: what falls on it is booked on the 2nd
  const secondOfJanuary = (on: CalendarDate) => (on.endsWith('-01-01') ? addDays(on, 1) : on);
  const vouchers = all
    .map((e) => ({ ...e, on: secondOfJanuary(e.on) }))
    .filter((e) => e.on <= today)
    .map((e): VoucherInput => ({
      on: e.on,
      summary: e.summary,
      lines: [
        { accountCode: e.debit, debitFen: e.fen, creditFen: 0, counterparty: e.counterparty },
        { accountCode: e.credit, debitFen: 0, creditFen: e.fen, counterparty: e.counterparty },
      ],
      source: { kind: 'manual' },
    }));
  return { startsOn: fromYmd(first, 1, 1), openingRows: openingSheet(first), budgets, vouchers };
}
