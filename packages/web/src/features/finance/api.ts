/** Shapes of the ledger API, taken from the contract (packages/contract/src/finance.ts). */
import type { z } from 'zod';
import type { ResponseOf } from '@cunzhi/contract/route';
import type * as contract from '@cunzhi/contract/finance';

export type ChartResponse = ResponseOf<typeof contract.chartOfAccounts>;
export type ChartAccount = ChartResponse['accounts'][number];
export type JournalResponse = ResponseOf<typeof contract.journal>;
export type Voucher = z.output<typeof contract.VoucherSummary>;
export type VoucherResponse = ResponseOf<typeof contract.getVoucher>;
export type VoucherBooked = ResponseOf<typeof contract.bookVoucher>;
export type VoucherBody = z.input<typeof contract.VoucherBody>;
export type PeriodsResponse = ResponseOf<typeof contract.listPeriods>;
export type TrialBalanceResponse = ResponseOf<typeof contract.trialBalance>;
export type StatementResponse = ResponseOf<typeof contract.getStatement>;
export type StatementItem = z.output<typeof contract.StatementItem>;
export type BudgetsResponse = ResponseOf<typeof contract.listBudgets>;
export type VoucherImportStarted = ResponseOf<typeof contract.importVouchers>;
export type VoucherImportJob = ResponseOf<typeof contract.getVoucherImport>;

export const financeBase = (villageId: string) =>
  `/api/villages/${encodeURIComponent(villageId)}/finance`;
