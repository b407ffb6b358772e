import { parseCalendarDate } from '@cunzhi/core/calendarDate';
import { DomainError, type ErrorId, type FieldProblem } from '@cunzhi/core/errors';
import {
  readOpeningBalances,
  readVouchers,
  voucherRowProblems,
  type ImportColumn,
  type ImportedVoucher,
  type ImportRow,
  type RowProblem,
} from '@cunzhi/core/finance/imports';
import { voucherTotals, yuanText } from '@cunzhi/core/finance/voucher';
import type { CommandContext } from '../../../platform/command.ts';
import type { Tx } from '../../../platform/db/database.ts';
import { recordEvent } from '../../../platform/audit/record.ts';
import {
  createImportJob,
  ImportRefused,
  runImportJob,
  type ImportJob,
  type ImportProblem,
} from '../../../platform/jobs/importJob.ts';
import { booksStarted, insertOpeningBalances, lockBooks } from '../repository.ts';
import { bookVoucherInTx, ledgerCalendar } from './bookVoucher.ts';

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

/**
 * Row problems as field errors (`rows.12.debitFen`, `rows.9`): how an upload's refusal and a
 * failed import job name them. A job's problems are the ones this file stored.
 */
export const rowFields = (problems: readonly (RowProblem | ImportProblem)[]): FieldProblem[] =>
  problems.map((p) => ({
    field: `rows.${p.row}${p.column ? `.${COLUMN_FIELDS[p.column as ImportColumn] ?? p.column}` : ''}`,
    error: p.error as ErrorId,
    ...(p.params ? { params: p.params } : {}),
  }));

/** Every row problem as a field error; the import is refused as a whole. */
function refuseRows(problems: readonly RowProblem[]): never {
  throw new DomainError('finance_import_rows', { count: problems.length }, rowFields(problems));
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

/** The ledger's kind of import job (platform/jobs), and what a succeeded one booked. */
export const VOUCHER_IMPORT = 'financeVouchers';
export interface VoucherImportResult {
  vouchers: number;
  lines: number;
  first: string | null;
  last: string | null;
  debitFen: number;
  creditFen: number;
}

/** A sheet of vouchers that passed every check, and its running job. */
export interface CheckedVoucherImport {
  job: ImportJob;
  fileName: string;
  vouchers: readonly ImportedVoucher[];
}

/**
 * The first half of importing a year of existing vouchers (凭证清单), done before the upload is
 * answered: each voucher checked as if booked by hand (balanced, postable accounts, its month
 * open: after the latest closed one; not after today), 2004 codes mapped, every row's problem reported at once and nothing
 * recorded; a clean sheet becomes a running job of as many rows as it has voucher lines.
 */
export async function checkVoucherImport(
  cmd: CommandContext,
  input: { fileName: string; rows: readonly ImportRow[] },
): Promise<CheckedVoucherImport> {
  const read = readVouchers(input.rows, await ledgerCalendar(cmd.db, cmd));
  if ('problems' in read) refuseRows(read.problems);
  const totalRows = read.vouchers.reduce((s, v) => s + v.rows.length, 0);
  const job = await createImportJob(cmd, {
    kind: VOUCHER_IMPORT,
    fileName: input.fileName,
    totalRows,
  });
  return { job, fileName: input.fileName, vouchers: read.vouchers };
}

/**
 * The second half, in the background: every voucher booked in ONE transaction under the books'
 * lock (each checked again, numbered in its month and on the audit chain, then one event for the
 * file), reporting its rows as they are booked; or none. A voucher refused now (its month closed
 * since the upload) fails the job naming its row and why. Settles when the job's outcome is
 * written; rejects only on an internal error (the job then says so too).
 */
export function bookVoucherImport(cmd: CommandContext, checked: CheckedVoucherImport) {
  return runImportJob(cmd, checked.job, (progress) =>
    cmd.db.transaction(async (tx): Promise<VoucherImportResult> => {
      await lockBooks(tx, cmd.villageId);
      const numbers: string[] = [];
      let rows = 0;
      for (const v of checked.vouchers) {
        numbers.push((await bookImported(tx, cmd, v)).number);
        progress((rows += v.rows.length));
      }
      const lines = checked.vouchers.reduce((s, v) => s + v.input.lines.length, 0);
      const first = numbers[0] ?? null;
      const last = numbers.at(-1) ?? null;
      await recordEvent(
        cmd,
        tx,
        'financeVouchers.imported',
        { type: 'village', id: cmd.villageId },
        { fileName: checked.fileName, vouchers: numbers.length, lines, first, last },
      );
      const totals = checked.vouchers.map((v) => voucherTotals(v.input.lines));
      return {
        vouchers: numbers.length,
        lines,
        first,
        last,
        debitFen: totals.reduce((s, t) => s + t.debit, 0),
        creditFen: totals.reduce((s, t) => s + t.credit, 0),
      };
    }),
  );
}

/** Books one voucher of the sheet; a refusal names the voucher's sheet rows, and rolls all back. */
async function bookImported(tx: Tx, cmd: CommandContext, v: ImportedVoucher) {
  try {
    return await bookVoucherInTx(tx, cmd, v.input);
  } catch (error) {
    if (!(error instanceof DomainError)) throw error;
    const fields: FieldProblem[] =
      error.fields.length > 0
        ? error.fields
        : [{ field: '', error: error.id, params: error.params }];
    throw new ImportRefused(voucherRowProblems(v, fields));
  }
}

/**
 * Imports a year of vouchers: checks the sheet (row problems refuse it at once), then books it
 * in the background while the clerk's page polls the job (`importId`); `done` settles when the
 * job has its outcome.
 */
export async function startVoucherImport(
  cmd: CommandContext,
  input: { fileName: string; rows: readonly ImportRow[] },
): Promise<{ importId: string; done: Promise<void> }> {
  const checked = await checkVoucherImport(cmd, input);
  return { importId: checked.job.id, done: bookVoucherImport(cmd, checked) };
}
