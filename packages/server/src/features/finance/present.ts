import type { z } from 'zod';
import type * as contract from '@cunzhi/contract/finance';
import type { ReplyOf } from '@cunzhi/contract/route';
import {
  accountOf,
  CHART,
  isPostable,
  LEGACY_2004,
  statementSide,
} from '@cunzhi/core/finance/accounts';
import type { MonthStatement, StatementLine, TrialBalance } from '@cunzhi/core/finance/ledger';
import { periodKey, type Period } from '@cunzhi/core/finance/periods';
import { capitals, yuan } from '@cunzhi/core/finance/statementText';
import type { Locale } from '@cunzhi/core/errors';
import type { ImportJobRow } from '../../platform/jobs/importJob.ts';
import { errorBody } from '../../platform/http/errors.ts';
import type { JournalRow, PeriodListRow, ReceiptRow } from './queries.ts';
import type { StatementRecord } from './repository.ts';
import { rowFields, type VoucherImportResult } from './commands/importBooks.ts';

type Out<S extends z.ZodType> = z.input<S>;

/** Rows → the contract's shapes (pure). */

export const amount = (fen: number): Out<typeof contract.Amount> => ({
  fen,
  text: yuan(fen),
  capitals: capitals(fen),
});

export function accountRef(code: string): Out<typeof contract.AccountRef> {
  const a = accountOf(code);
  return { code, name: a ? { zh: a.zh, en: a.en } : { zh: code, en: code } };
}

export function presentChart(): ReplyOf<typeof contract.chartOfAccounts> {
  return {
    accounts: CHART.map((a) => ({
      code: a.code,
      name: { zh: a.zh, en: a.en },
      category: a.category,
      nature: a.nature,
      parent: a.parent ?? null,
      postable: isPostable(a.code),
      statementSide: statementSide(a),
    })),
    legacy: Object.entries(LEGACY_2004).map(([code, m]) => ({
      code,
      name: m.name,
      to: m.to,
      why: m.to === null ? m.why.zh : null,
    })),
  };
}

export function presentVoucher(r: JournalRow): Out<typeof contract.VoucherSummary> {
  return {
    id: r.id,
    number: r.number,
    on: r.on_date,
    summary: r.summary,
    source: r.source_kind as Out<typeof contract.VoucherSource>,
    sourceId: r.source_id,
    reversesId: r.reverses_id,
    reversedById: r.reversed_by_id,
    total: amount(Number(r.total_fen)),
    receipts: Number(r.receipts),
    bookedBy: r.booked_by_name,
    lines: (r.lines ?? []).map((l) => ({
      account: accountRef(l.accountCode),
      debitFen: Number(l.debitFen),
      creditFen: Number(l.creditFen),
      counterparty: l.counterparty,
    })),
  };
}

export function presentReceipt(r: ReceiptRow): Out<typeof contract.Receipt> {
  return {
    id: r.id,
    fileName: r.file_name,
    mediaType: r.media_type,
    sizeBytes: Number(r.size_bytes),
    sha256: r.sha256,
    uploadedAt: new Date(r.uploaded_at).toISOString(),
    uploadedBy: r.uploaded_by_name,
  };
}

export function presentPeriod(r: PeriodListRow): Out<typeof contract.FinancePeriod> {
  return {
    period: periodKey(r),
    closed: r.closed,
    vouchers: Number(r.last_number),
    closedAt: r.closed_at ? new Date(r.closed_at).toISOString() : null,
    closedBy: r.closed_by_name,
    statement: r.notice_id
      ? 'published'
      : r.statement_reviewed === null
        ? 'none'
        : r.statement_reviewed
          ? 'reviewed'
          : 'rejected',
  };
}

export function presentTrialBalance(
  p: Period,
  tb: TrialBalance,
): ReplyOf<typeof contract.trialBalance> {
  return {
    period: periodKey(p),
    rows: tb.rows.map((r) => ({
      account: accountRef(r.account.code),
      level: r.level,
      opening: r.opening,
      debitFen: r.debitFen,
      creditFen: r.creditFen,
      closing: r.closing,
    })),
    totals: tb.totals,
    balanced: tb.balanced,
  };
}

const line = (l: StatementLine) => ({
  account: accountRef(l.account.code),
  total: amount(l.totalFen),
  budgetFen: l.budgetFen,
  yearToDateFen: l.yearToDateFen,
  items: l.items,
});

export function presentStatement(
  s: MonthStatement,
  extra: {
    title: string;
    closed: boolean;
    record: StatementRecord | null;
    abilities: { review: boolean; publish: boolean };
  },
): ReplyOf<typeof contract.getStatement> {
  const f = s.publicServiceFunds;
  const r = extra.record;
  return {
    period: periodKey(s.period),
    title: extra.title,
    closed: extra.closed,
    income: s.income.map(line),
    spending: s.spending.map(line),
    incomeTotal: amount(s.incomeTotalFen),
    spendingTotal: amount(s.spendingTotalFen),
    cash: { opening: amount(s.cash.openingFen), closing: amount(s.cash.closingFen) },
    bank: { opening: amount(s.bank.openingFen), closing: amount(s.bank.closingFen) },
    publicServiceFunds: {
      opening: amount(f.openingFen),
      allocated: amount(f.allocatedFen),
      used: amount(f.usedFen),
      closing: amount(f.closingFen),
      allocations: f.allocations,
      uses: f.uses,
    },
    review: r
      ? {
          passed: r.review_passed,
          opinion: r.review_opinion,
          reviewedBy: r.reviewed_by_name,
          reviewedAt: new Date(r.reviewed_at).toISOString(),
        }
      : null,
    noticeId: r?.notice_id ?? null,
    publishedAt: r?.published_at ? new Date(r.published_at).toISOString() : null,
    abilities: extra.abilities,
  };
}

/** Why a voucher import failed, read like the upload's own refusal (its fields by sheet row). */
function importFailure(job: ImportJobRow<VoucherImportResult>, locale: Locale) {
  // an internal failure names no row: the log has the cause
  if (job.errors.some((p) => p.error === 'internal'))
    return errorBody('finance_import_failed', locale, {}, []).error;
  const row = job.errors[0]?.row ?? 0;
  return errorBody('finance_import_refused_at_booking', locale, { row }, rowFields(job.errors))
    .error;
}

/** A voucher import's progress and outcome, in the reader's language. */
export function presentVoucherImport(
  job: ImportJobRow<VoucherImportResult>,
  locale: Locale,
): Out<typeof contract.VoucherImportJob> {
  return {
    status: job.status,
    fileName: job.file_name,
    totalRows: job.total_rows,
    processedRows: job.processed_rows,
    result: job.status === 'succeeded' ? job.result : null,
    error: job.status === 'failed' ? importFailure(job, locale) : null,
  };
}
