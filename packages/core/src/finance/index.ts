/** The ledger's rules (三资: 财务): see accounts, voucher, periods, ledger, imports, receipts. */
export type { VoucherInput, VoucherLineInput, VoucherSource } from './voucher.ts';
export { VOUCHER_SOURCES, voucherProblems, reversalOf } from './voucher.ts';
export { CHART, accountOf, isPostable, mapAccountCode, PUBLIC_SERVICE_FUNDS } from './accounts.ts';
export { periodOf, periodKey, periodText, type Period } from './periods.ts';
