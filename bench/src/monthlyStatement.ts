import type { CalendarDate } from '@cunzhi/core/calendarDate';
import { firstDay, lastDay, periodKey, type Period } from '@cunzhi/core/finance/periods';
import type { VoucherInput } from '@cunzhi/core/finance/voucher';
import type { Database } from '@cunzhi/server/platform/db/database';
import { buildApp } from '@cunzhi/server/platform/http/app';
import { systemClock } from '@cunzhi/server/platform/clock';
import { testConfig } from '@cunzhi/server/platform/config';
import { systemContext } from '@cunzhi/server/platform/command';
import { bookVoucherInTx } from '@cunzhi/server/features/finance/commands/bookVoucher';
import { closePeriod } from '@cunzhi/server/features/finance/commands/closePeriod';
import { statementOf } from '@cunzhi/server/features/finance/views';
import type { BenchCounty } from './generateCounty.ts';
import { explainStatements, recordingDatabase, type StatementProfile } from './queryProfile.ts';
import { repeat, type Timing } from './oneAtATime.ts';
import { createRng, type Rng } from './random.ts';
import { listen, signIn } from './scenarios.ts';
import { wholeNumber } from './settings.ts';

/**
 * "A monthly statement over ten years of vouchers ÷ the raw SQL aggregate":
 * ten years of vouchers (about 1,500 a year, with their lines) are booked in
 * the bench village through the ledger's own command (bookVoucherInTx: the
 * month's number, the lines, the audit event), one transaction a month, and
 * each month is closed (closePeriod) once booked. Then the statement of the
 * last month is read, one request at a time, through the route the console
 * uses (GET …/finance/statements/:period, the chair's session), through the
 * query function alone (statementOf), and against the bare aggregate over
 * the same tables (the month's debits and credits summed by account) run
 * directly on the same database.
 */

/** Years of vouchers (BENCH_LEDGER_YEARS, for a quicker try; the scenario is ten). */
export const STATEMENT_YEARS = Math.max(1, wholeNumber('BENCH_LEDGER_YEARS', 10));
/** Vouchers a month: 1,500 a year. */
const VOUCHERS_PER_MONTH = 125;

/** The bare yardstick: the month's debits and credits by account, as one statement. */
export const MONTH_AGGREGATE = `SELECT l.account_code, sum(l.debit_fen)::bigint AS debit_fen, sum(l.credit_fen)::bigint AS credit_fen
FROM finance_voucher_line l JOIN finance_voucher v ON v.village_id = l.village_id AND v.id = l.voucher_id
WHERE l.village_id = $1 AND v.on_date BETWEEN $2 AND $3
GROUP BY l.account_code`;

export interface MonthlyStatementResult {
  period: string;
  seed: {
    months: number;
    vouchers: number;
    lines: number;
    seconds: number;
    closeSeconds: number;
  };
  /** The statement's lines checked against the aggregate (each account's month total). */
  accountsChecked: number;
  route: Timing;
  query: Timing;
  aggregate: Timing;
  /** The statements one request to the route runs, explained on the idle database. */
  statements: StatementProfile[];
}

// accounts the generated vouchers use (the 2019 chart)
const INCOME = ['5001', '5201', '5301', '5302'] as const;
const SPENDING = ['5002', '5102', '5103', '5303'] as const;
const COUNTERPARTIES = [
  '花乡民居物业管理公司',
  '县农业农村局',
  '镇财政所',
  '村供水站',
  '锦华建筑队',
];
const SUMMARIES = {
  income: ['收到集体资产租金', '收到上级补助资金', '收到鱼塘承包费', '收到其他收入'],
  spending: ['支付保洁费', '支付路灯电费', '支付办公用品费', '支付道路维修费', '发放误工补贴'],
};

/** One generated voucher: income to the bank, or spending from bank or cash, some split over two accounts. */
function voucher(rng: Rng, on: CalendarDate): VoucherInput {
  const fen = rng.int(1, 5_000) * 100 + rng.int(0, 99);
  const counterparty = rng.pick(COUNTERPARTIES);
  if (rng.chance(0.35))
    return {
      on,
      summary: rng.pick(SUMMARIES.income),
      lines: [
        { accountCode: '1002', debitFen: fen, creditFen: 0 },
        { accountCode: rng.pick(INCOME), debitFen: 0, creditFen: fen, counterparty },
      ],
    };
  const from = rng.chance(0.8) ? '1002' : '1001';
  if (rng.chance(0.3)) {
    const part = Math.max(1, Math.floor(fen / 3));
    return {
      on,
      summary: rng.pick(SUMMARIES.spending),
      lines: [
        { accountCode: rng.pick(SPENDING), debitFen: fen - part, creditFen: 0, counterparty },
        { accountCode: rng.pick(SPENDING), debitFen: part, creditFen: 0, counterparty },
        { accountCode: from, debitFen: 0, creditFen: fen },
      ],
    };
  }
  return {
    on,
    summary: rng.pick(SUMMARIES.spending),
    lines: [
      { accountCode: rng.pick(SPENDING), debitFen: fen, creditFen: 0, counterparty },
      { accountCode: from, debitFen: 0, creditFen: fen },
    ],
  };
}

/** The `count` months up to the last one that has ended, oldest first. */
function monthsUpTo(today: CalendarDate, count: number): Period[] {
  let year = Number(today.slice(0, 4));
  let month = Number(today.slice(5, 7)) - 1;
  const out: Period[] = [];
  for (let i = 0; i < count; i++) {
    if (month === 0) {
      year -= 1;
      month = 12;
    }
    out.unshift({ year, month });
    month -= 1;
  }
  return out;
}

export async function runMonthlyStatement(
  db: Database,
  county: BenchCounty,
  progress: (line: string) => void,
): Promise<MonthlyStatementResult> {
  const config = testConfig({ WEB_DIST: '/nonexistent', CHECK_RESPONSES: false });
  const clock = systemClock(config.TIME_ZONE);
  const villageId = county.target.villageId;
  const cmd = systemContext({ db, config, clock }, villageId, county.chair.accountId);
  const months = monthsUpTo(clock.today(), STATEMENT_YEARS * 12);
  const rng = createRng(20161201);

  // seeding: the ledger's own command, a month a transaction; then the month is closed
  let vouchers = 0;
  let lines = 0;
  let closeMs = 0;
  const started = performance.now();
  for (const [i, p] of months.entries()) {
    const last = Number(lastDay(p).slice(8, 10));
    const days = Array.from({ length: VOUCHERS_PER_MONTH }, () => rng.int(1, last)).sort(
      (a, b) => a - b,
    );
    const inputs = days.map((d) =>
      voucher(rng, `${periodKey(p)}-${String(d).padStart(2, '0')}` as CalendarDate),
    );
    await db.transaction(async (tx) => {
      for (const input of inputs) await bookVoucherInTx(tx, cmd, input);
    });
    vouchers += inputs.length;
    lines += inputs.reduce((s, v) => s + v.lines.length, 0);
    const t = performance.now();
    await closePeriod(cmd, p);
    closeMs += performance.now() - t;
    if ((i + 1) % 24 === 0)
      progress(
        `    ${i + 1}/${months.length} months, ${vouchers.toLocaleString('en')} vouchers, ${((performance.now() - started) / 1000).toFixed(1)} s`,
      );
  }
  const seedSeconds = (performance.now() - started) / 1000;
  await db.query('ANALYZE finance_voucher');
  await db.query('ANALYZE finance_voucher_line');

  const period = months.at(-1)!;
  const key = periodKey(period);
  const from = firstDay(period);
  const to = lastDay(period);
  const aggregate = () =>
    db.query<{ account_code: string; debit_fen: number; credit_fen: number }>(MONTH_AGGREGATE, [
      villageId,
      from,
      to,
    ]);

  const recording = recordingDatabase(db);
  const app = await buildApp({ db: recording.db, config, clock });
  try {
    const baseUrl = await listen(app);
    const headers = { cookie: await signIn(baseUrl, county.chair) };
    const path = `/api/villages/${villageId}/finance/statements/${key}`;
    const get = async () => {
      const res = await fetch(`${baseUrl}${path}`, { headers });
      const body = await res.text();
      if (res.status !== 200) throw new Error(`GET ${path}: ${res.status} ${body}`);
      return body;
    };

    // the statement's lines equal the aggregate's sums, account by account
    const answer = JSON.parse(await get()) as {
      closed: boolean;
      income: Array<{ account: { code: string }; total: { fen: number } }>;
      spending: Array<{ account: { code: string }; total: { fen: number } }>;
    };
    if (!answer.closed) throw new Error(`${key}: the statement's month is not closed`);
    const sums = new Map((await aggregate()).map((r) => [r.account_code, r]));
    const check = (side: 'income' | 'spending') => {
      for (const line of answer[side]) {
        const r = sums.get(line.account.code);
        const net = r
          ? side === 'income'
            ? Number(r.credit_fen) - Number(r.debit_fen)
            : Number(r.debit_fen) - Number(r.credit_fen)
          : 0;
        if (net !== line.total.fen)
          throw new Error(
            `${key}: the statement's ${line.account.code} is ${line.total.fen} fen, SQL sums ${net}`,
          );
      }
      return answer[side].length;
    };
    const accountsChecked = check('income') + check('spending');

    const captured = await recording.capture(async () => {
      await get();
    });
    const statements = await explainStatements(db, captured);

    const route = await repeat(`GET …/finance/statements/${key} (HTTP, chair's session)`, () =>
      get().then(() => undefined),
    );
    const query = await repeat(
      `statementOf(db, village, ${key}) (the route's query function)`,
      () => statementOf(db, villageId, period).then(() => undefined),
    );
    const bare = await repeat(`the month's SUM by account (one statement, ${db.kind})`, () =>
      aggregate().then(() => undefined),
    );
    return {
      period: key,
      seed: {
        months: months.length,
        vouchers,
        lines,
        seconds: seedSeconds,
        closeSeconds: closeMs / 1000,
      },
      accountsChecked,
      route,
      query,
      aggregate: bare,
      statements,
    };
  } finally {
    await app.close();
  }
}
