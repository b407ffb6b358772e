import type { z } from 'zod';
import type * as contract from '@cunzhi/contract/collectiveBooks';
import { maskedAccountNumber } from '@cunzhi/core/collective/books/bankAccounts';
import { derivativeStanding } from '@cunzhi/core/collective/books/derivative';
import type { CalendarDate } from '@cunzhi/core/calendarDate';
import { accountRef } from '../../finance/present.ts';
import type { BankAccountRow } from './repository.ts';
import type { DerivativeListRow, OrgVoucherRow } from './queries.ts';

type Out<S extends z.ZodType> = z.input<S>;

/** Rows → the contract's shapes (pure). Account numbers whole only for those who keep the books. */

export const presentAccount = (
  a: BankAccountRow,
  whole: boolean,
): Out<typeof contract.BankAccount> => ({
  id: a.id,
  bankName: a.bank_name,
  accountNo: whole ? a.account_no : maskedAccountNumber(a.account_no),
  holderName: a.holder_name,
  purpose: a.purpose,
  openedOn: a.opened_on,
  closedOn: a.closed_on,
});

export function presentVoucher(v: OrgVoucherRow): Out<typeof contract.OrgVoucher> {
  const lines = (v.lines ?? []).map((l) => ({
    account: accountRef(l.accountCode),
    debitFen: Number(l.debitFen),
    creditFen: Number(l.creditFen),
    counterparty: l.counterparty,
  }));
  return {
    id: v.id,
    number: v.number,
    on: v.on_date,
    summary: v.summary,
    source: v.source_kind,
    villageVoucherNumber: v.village_voucher_number,
    totalFen: lines.reduce((s, l) => s + l.debitFen, 0),
    lines,
  };
}

export const presentBalance = (r: {
  account_code: string;
  debit_fen: string;
  credit_fen: string;
}): Out<typeof contract.Balance> => ({
  account: accountRef(r.account_code),
  debitFen: Number(r.debit_fen),
  creditFen: Number(r.credit_fen),
  balanceFen: Number(r.debit_fen) - Number(r.credit_fen),
});

export const presentRequest = (
  r: DerivativeListRow,
  today: CalendarDate,
): Out<typeof contract.DerivativeRequest> => ({
  id: r.id,
  receivedOn: r.received_on,
  grounds: r.grounds,
  requesters: r.requesters,
  answer: r.answer,
  answeredOn: r.answered_on,
  answerNote: r.answer_note,
  standing: derivativeStanding(
    r.received_on,
    r.answer && r.answered_on ? { kind: r.answer, on: r.answered_on } : null,
    today,
  ),
});
