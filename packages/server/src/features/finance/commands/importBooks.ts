import { parseCalendarDate } from '@cunzhi/core/calendarDate';
import { DomainError, type FieldProblem } from '@cunzhi/core/errors';
import {
  readOpeningBalances,
  readVouchers,
  type ImportColumn,
  type ImportRow,
  type RowProblem,
} from '@cunzhi/core/finance/imports';
import { yuanText } from '@cunzhi/core/finance/voucher';
import type { CommandContext } from '../../../platform/command.ts';
import { recordEvent } from '../../../platform/audit/record.ts';
import { booksStarted, closedPeriods, insertOpeningBalances, lockBooks } from '../repository.ts';
import { bookVoucherInTx } from './bookVoucher.ts';

/** A sheet column as a field name the error labels know (`rows.12.debitFen`). */
const COLUMN_FIELDS: Record<ImportColumn, string> = {
  accountCode: 'accountCode',
  debit: 'debitFen',
  credit: 'creditFen',
  date: 'on',
  number: 'voucherNumber',
  summary: 'summary',
  counterparty: 'counterparty',
};

/** Every row problem as a field error; the import is refused as a whole. */
function refuseRows(problems: readonly RowProblem[]): never {
  const fields: FieldProblem[] = problems.map((p) => ({
    field: `rows.${p.row}${p.column ? `.${COLUMN_FIELDS[p.column]}` : ''}`,
    error: p.error,
    ...(p.params ? { params: p.params } : {}),
  }));
  throw new DomainError('finance_import_rows', { count: problems.length }, fields);
}

/**
 * Imports an opening trial balance (期初余额表) as of the day the books start: 2004 codes mapped,
 * rows on one account added up, the totals balanced, all rows or none. Only once, before any
 * voucher is booked.
 */
export async function importOpeningBalances(
  cmd: CommandContext,
  input: { fileName: string; asOf: string; rows: readonly ImportRow[] },
): Promise<{ accounts: number; debitFen: number; creditFen: number }> {
  const asOf = parseCalendarDate(input.asOf);
  if (!asOf)
    throw new DomainError('validation_failed', {}, [{ field: 'asOf', error: 'date_invalid' }]);
  const read = readOpeningBalances(input.rows);
  if ('problems' in read) refuseRows(read.problems);
  const debitFen = read.balances.reduce((s, b) => s + b.debitFen, 0);
  const creditFen = read.balances.reduce((s, b) => s + b.creditFen, 0);
  if (debitFen !== creditFen)
    throw new DomainError('finance_opening_unbalanced', {
      debit: yuanText(debitFen),
      credit: yuanText(creditFen),
    });
  return cmd.db.transaction(async (tx) => {
    await lockBooks(tx, cmd.villageId);
    if (await booksStarted(tx, cmd.villageId)) throw new DomainError('finance_opening_exists');
    await insertOpeningBalances(
      tx,
      cmd.villageId,
      asOf,
      read.balances,
      cmd.actorAccountId,
      cmd.clock.now(),
    );
    await recordEvent(
      cmd,
      tx,
      'financeOpening.imported',
      { type: 'village', id: cmd.villageId },
      {
        fileName: input.fileName,
        asOf,
        accounts: read.balances.length,
        debitFen,
        creditFen,
        balances: read.balances,
      },
    );
    return { accounts: read.balances.length, debitFen, creditFen };
  });
}

/**
 * Imports a year of existing vouchers (凭证清单): each voucher checked as if booked by hand, 2004
 * codes mapped, every row's problem reported; then all are booked in one transaction (each on
 * the audit chain, numbered in the month), or none.
 */
export async function importVouchers(
  cmd: CommandContext,
  input: { fileName: string; rows: readonly ImportRow[] },
): Promise<{ vouchers: number; lines: number; first: string | null; last: string | null }> {
  return cmd.db.transaction(async (tx) => {
    await lockBooks(tx, cmd.villageId);
    const closed = await closedPeriods(tx, cmd.villageId);
    const read = readVouchers(input.rows, {
      isClosed: (p) => closed.some((c) => c.year === p.year && c.month === p.month),
      today: cmd.clock.today(),
    });
    if ('problems' in read) refuseRows(read.problems);
    const numbers: string[] = [];
    for (const v of read.vouchers) numbers.push((await bookVoucherInTx(tx, cmd, v.input)).number);
    const lines = read.vouchers.reduce((s, v) => s + v.input.lines.length, 0);
    await recordEvent(
      cmd,
      tx,
      'financeVouchers.imported',
      { type: 'village', id: cmd.villageId },
      {
        fileName: input.fileName,
        vouchers: numbers.length,
        lines,
        first: numbers[0] ?? null,
        last: numbers.at(-1) ?? null,
      },
    );
    return {
      vouchers: numbers.length,
      lines,
      first: numbers[0] ?? null,
      last: numbers.at(-1) ?? null,
    };
  });
}
