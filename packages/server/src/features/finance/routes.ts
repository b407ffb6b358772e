import type { FastifyPluginAsync, FastifyRequest } from 'fastify';
import { parseCalendarDate, type CalendarDate } from '@cunzhi/core/calendarDate';
import { DomainError } from '@cunzhi/core/errors';
import { parsePeriodKey, type Period } from '@cunzhi/core/finance/periods';
import { statementTitle } from '@cunzhi/core/finance/statementText';
import { can, type VillageAbility } from '@cunzhi/core/policies/village';
import * as contract from '@cunzhi/contract/finance';
import type { AppContext } from '../../platform/http/context.ts';
import { villageOf } from '../../platform/http/access.ts';
import { commandContext } from '../../platform/http/commandContext.ts';
import { endpoint } from '../../platform/http/endpoint.ts';
import { MAX_UPLOAD_BYTES } from '../../platform/http/limits.ts';
import { requireSignedIn } from '../../platform/http/session.ts';
import { requestLocale } from '../../platform/http/locale.ts';
import { readOneFile } from '../../platform/http/upload.ts';
import { sendFile } from '../../platform/http/download.ts';
import { importJobOf } from '../../platform/jobs/importJob.ts';
import { bookVoucher } from './commands/bookVoucher.ts';
import { reverseVoucher } from './commands/reverseVoucher.ts';
import { closePeriod } from './commands/closePeriod.ts';
import { setBudget } from './commands/setBudget.ts';
import { attachReceipt } from './commands/attachReceipt.ts';
import {
  importOpeningBalances,
  startVoucherImport,
  VOUCHER_IMPORT,
  type VoucherImportResult,
} from './commands/importBooks.ts';
import { publishStatement, reviewStatement } from './commands/statements.ts';
import { booksReader } from './views.ts';
import { journalSheet, statementSheet } from './exports.ts';
import { readLedgerSheet, writeLedgerWorkbook } from './workbook.ts';
import {
  accountRef,
  amount,
  presentChart,
  presentPeriod,
  presentReceipt,
  presentStatement,
  presentTrialBalance,
  presentVoucher,
  presentVoucherImport,
} from './present.ts';

const access = (ability: VillageAbility) => ({ kind: 'village', ability }) as const;
const read = access('readFinance');
const book = access('bookFinance');

function periodParam(text: string, field = 'period'): Period {
  const p = parsePeriodKey(text);
  if (!p) throw new DomainError('validation_failed', {}, [{ field, error: 'field_invalid' }]);
  return p;
}

function dateParam(text: string | undefined, field: string) {
  if (text === undefined || text === '') return null;
  const d = parseCalendarDate(text);
  if (!d) throw new DomainError('validation_failed', {}, [{ field, error: 'date_invalid' }]);
  return d;
}

const mayDo = (request: FastifyRequest, ability: VillageAbility) =>
  can(requireSignedIn(request).actor, ability, villageOf(request).scope);

/** The uploaded file (multipart part `file`, at most 20 MB) as bytes with its name; missing or oversized is refused. */
async function uploaded(request: FastifyRequest): Promise<{ fileName: string; bytes: Buffer }> {
  const file = await readOneFile(request, { maxBytes: MAX_UPLOAD_BYTES });
  return { fileName: file.name, bytes: file.bytes };
}

async function uploadedSheet(request: FastifyRequest) {
  const { fileName, bytes } = await uploaded(request);
  const rows = await readLedgerSheet(bytes);
  if (!rows) throw new DomainError('finance_import_not_xlsx');
  return { fileName, rows };
}

const journalFilter = (q: {
  from?: string | undefined;
  to?: string | undefined;
  account?: string | undefined;
  text?: string | undefined;
  source?: string | undefined;
}) => ({
  from: dateParam(q.from, 'from'),
  to: dateParam(q.to, 'to'),
  accountCode: q.account?.trim() || null,
  text: q.text?.trim() || null,
  source: q.source ?? null,
});

type Books = ReturnType<typeof booksReader>;
type App = Parameters<FastifyPluginAsync>[0];

/** The journal, vouchers and receipts. */
function voucherRoutes(app: App, ctx: AppContext, books: Books): void {
  endpoint(app, contract.chartOfAccounts, read, async () => presentChart());

  endpoint(app, contract.journal, read, async (request) => {
    const q = request.query;
    const { rows, total } = await books.journal(villageOf(request).row.id, {
      ...journalFilter(q),
      limit: q.pageSize,
      offset: (q.page - 1) * q.pageSize,
    });
    return {
      items: rows.map(presentVoucher),
      total,
      page: q.page,
      pageSize: q.pageSize,
      abilities: {
        book: mayDo(request, 'bookFinance'),
        close: mayDo(request, 'closeFinancePeriod'),
      },
    };
  });

  endpoint(app, contract.exportJournal, read, async (request, reply) => {
    const { row } = villageOf(request);
    const { rows } = await books.journal(row.id, {
      ...journalFilter(request.query),
      limit: 100_000,
      offset: 0,
    });
    const title = `${row.name}序时账`;
    const bytes = await writeLedgerWorkbook([journalSheet(title, rows)]);
    return sendFile(reply, {
      name: `${title}-${ctx.clock.today()}.xlsx`,
      mediaType: contract.XLSX,
      bytes,
    });
  });

  endpoint(app, contract.bookVoucher, book, async (request) =>
    bookVoucher(commandContext(ctx, request), {
      // core checks the date (a field error when it is not one)
      on: request.body.on as CalendarDate,
      summary: request.body.summary,
      lines: request.body.lines.map((l) => ({
        accountCode: l.accountCode,
        debitFen: l.debitFen,
        creditFen: l.creditFen,
        ...(l.counterparty ? { counterparty: l.counterparty } : {}),
      })),
      source: { kind: 'manual' },
    }),
  );

  endpoint(app, contract.getVoucher, read, async (request) => {
    const found = await books.voucher(villageOf(request).row.id, request.params.voucherId);
    if (!found) throw new DomainError('not_found', { what: 'voucher' });
    return {
      voucher: presentVoucher(found.voucher),
      receipts: found.receipts.map(presentReceipt),
      abilities: { book: mayDo(request, 'bookFinance') },
    };
  });

  endpoint(app, contract.reverseVoucher, book, async (request) =>
    reverseVoucher(commandContext(ctx, request), {
      voucherId: request.params.voucherId,
      on: request.body.on,
      reason: request.body.reason,
    }),
  );

  endpoint(app, contract.attachReceipt, book, async (request) => {
    const { fileName, bytes } = await uploaded(request);
    const { villageId, voucherId } = request.params;
    const saved = await attachReceipt(commandContext(ctx, request), { voucherId, fileName, bytes });
    const found = await books.voucher(villageId, voucherId);
    const receipt = found?.receipts.find((r) => r.id === saved.id);
    if (!receipt) throw new DomainError('not_found', { what: 'receipt' });
    return presentReceipt(receipt);
  });

  endpoint(app, contract.getReceipt, read, async (request, reply) => {
    const p = request.params;
    const file = await books.receipt(villageOf(request).row.id, p.voucherId, p.receiptId);
    if (!file) throw new DomainError('not_found', { what: 'receipt' });
    return sendFile(reply, { ...file, name: file.fileName }, { inline: true });
  });
}

/** Months, the trial balance, budgets and imports. */
function bookRoutes(app: App, ctx: AppContext, books: Books): void {
  endpoint(app, contract.listPeriods, read, async (request) => ({
    items: (await books.periods(villageOf(request).row.id)).map(presentPeriod),
  }));

  endpoint(app, contract.closePeriod, access('closeFinancePeriod'), async (request) =>
    closePeriod(commandContext(ctx, request), periodParam(request.params.period)),
  );

  endpoint(app, contract.trialBalance, read, async (request) => {
    const p = periodParam(request.query.period);
    return presentTrialBalance(p, await books.trialBalance(villageOf(request).row.id, p));
  });

  endpoint(app, contract.listBudgets, read, async (request) => ({
    items: (await books.budgets(villageOf(request).row.id, request.query.year)).map((b) => ({
      year: request.query.year,
      account: accountRef(b.accountCode),
      amount: amount(b.amountFen),
      note: b.note,
    })),
  }));

  endpoint(app, contract.setBudget, book, async (request) =>
    setBudget(commandContext(ctx, request), request.body),
  );

  endpoint(app, contract.importOpeningBalances, book, async (request) => {
    const { fileName, rows } = await uploadedSheet(request);
    return importOpeningBalances(commandContext(ctx, request), {
      fileName,
      asOf: request.query.asOf,
      rows,
    });
  });

  endpoint(app, contract.importVouchers, book, async (request) => {
    const { fileName, rows } = await uploadedSheet(request);
    const cmd = commandContext(ctx, request);
    const { importId, done } = await startVoucherImport(cmd, { fileName, rows });
    done.catch((error: unknown) =>
      request.log.error({ err: error, importId }, 'voucher import failed'),
    );
    return { importId };
  });

  endpoint(app, contract.getVoucherImport, book, async (request) => {
    const job = await importJobOf<VoucherImportResult>(
      ctx,
      villageOf(request).row.id,
      VOUCHER_IMPORT,
      request.params.importId,
      'voucherImport',
    );
    return presentVoucherImport(job, requestLocale(request));
  });
}

/** The monthly statement: read, exported, reviewed, published. */
function statementRoutes(app: App, ctx: AppContext, books: Books): void {
  endpoint(app, contract.getStatement, read, async (request) => {
    const { row } = villageOf(request);
    const p = periodParam(request.params.period);
    const [s, closed, record] = await Promise.all([
      books.statement(row.id, p),
      books.isClosed(row.id, p),
      books.review(row.id, p),
    ]);
    return presentStatement(s, {
      title: statementTitle(row.name, s),
      closed,
      record,
      abilities: {
        review: mayDo(request, 'reviewFinanceStatement'),
        publish: mayDo(request, 'publishFinanceStatement'),
      },
    });
  });

  endpoint(app, contract.exportStatement, read, async (request, reply) => {
    const { row } = villageOf(request);
    const s = await books.statement(row.id, periodParam(request.params.period));
    const title = statementTitle(row.name, s);
    const bytes = await writeLedgerWorkbook([statementSheet(title, s)]);
    return sendFile(reply, { name: `${title}.xlsx`, mediaType: contract.XLSX, bytes });
  });

  endpoint(app, contract.reviewStatement, access('reviewFinanceStatement'), async (request) =>
    reviewStatement(commandContext(ctx, request), {
      period: periodParam(request.params.period),
      passed: request.body.passed,
      opinion: request.body.opinion,
    }),
  );

  endpoint(app, contract.publishStatement, access('publishFinanceStatement'), async (request) =>
    publishStatement(commandContext(ctx, request), {
      period: periodParam(request.params.period),
      periodDays: request.body.periodDays,
    }),
  );
}

export const financeRoutes =
  (ctx: AppContext): FastifyPluginAsync =>
  async (app) => {
    const books = booksReader(ctx);
    voucherRoutes(app, ctx, books);
    bookRoutes(app, ctx, books);
    statementRoutes(app, ctx, books);
  };
