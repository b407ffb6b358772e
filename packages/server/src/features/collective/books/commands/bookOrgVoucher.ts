import { randomUUID } from 'node:crypto';
import { committeePaymentEntries, type Entry } from '@cunzhi/core/collective/books/entries';
import { DomainError } from '@cunzhi/core/errors';
import { periodKey, periodOf, periodText } from '@cunzhi/core/finance/periods';
import { voucherProblems, voucherTotals, type VoucherInput } from '@cunzhi/core/finance/voucher';
import type { CommandContext } from '../../../../platform/command.ts';
import type { Tx } from '../../../../platform/db/database.ts';
import { recordEvent } from '../../../../platform/audit/record.ts';
import { bookVoucherInTx, ledgerCalendar } from '../../../finance/commands/bookVoucher.ts';
import { lockPeriod } from '../../../finance/repository.ts';
import { insertOrgVoucher, orgNames, takeOrgVoucherNumber } from '../repository.ts';

/** `合2026-11-007`: the organisation's book (合作社), the month and the place in it. */
const orgVoucherNumber = (key: string, n: number) => `合${key}-${String(n).padStart(3, '0')}`;

export async function requireOrg(tx: Tx, cmd: CommandContext, orgId: string) {
  const names = await orgNames(tx, cmd.villageId, orgId);
  if (!names) throw new DomainError('not_found', { what: 'collectiveOrg' });
  return names;
}

/**
 * Books a voucher on the organisation's own book inside the caller's transaction: the same
 * checks as the village ledger's (double entry, the 2023 chart's postable accounts, an open
 * month: the village's months close for both books), the organisation's own number for the
 * month, and the act on the village's audit chain. Refusals are field errors; nothing is
 * written then. Helper for distribution: book the reserve, the payables of an adopted plan and
 * each dividend paid with the entries of core/collective/books/entries.ts.
 */
export async function bookOrgVoucherInTx(
  tx: Tx,
  cmd: CommandContext,
  orgId: string,
  input: VoucherInput,
  villageVoucherId: string | null = null,
): Promise<{ voucherId: string; number: string }> {
  const { orgName } = await requireOrg(tx, cmd, orgId);
  const source = input.source ?? { kind: 'manual' as const };
  if (source.kind !== 'manual' && source.kind !== 'payment')
    throw new DomainError('validation_failed', {}, [{ field: 'source', error: 'field_invalid' }]);
  const problems = voucherProblems(input, await ledgerCalendar(tx, cmd));
  if (problems.length > 0) throw new DomainError('validation_failed', {}, problems);
  const period = periodOf(input.on);
  // the village's month row: a closing of the month waits for this booking, or refuses it
  if ((await lockPeriod(tx, cmd.villageId, period)).closed)
    throw new DomainError('validation_failed', {}, [
      { field: 'on', error: 'finance_period_closed', params: { period: periodText(period) } },
    ]);
  const voucherId = randomUUID();
  const number = orgVoucherNumber(
    periodKey(period),
    await takeOrgVoucherNumber(tx, cmd.villageId, orgId, period),
  );
  const summary = input.summary.trim();
  await insertOrgVoucher(tx, cmd.villageId, {
    id: voucherId,
    orgId,
    number,
    on: input.on,
    summary,
    sourceKind: source.kind,
    sourceId: source.id ?? null,
    villageVoucherId,
    bookedBy: cmd.actorAccountId,
    bookedAt: cmd.clock.now(),
    lines: input.lines,
  });
  await recordEvent(
    cmd,
    tx,
    'collectiveVoucher.booked',
    { type: 'collectiveVoucher', id: voucherId },
    {
      organisation: orgName,
      number,
      on: input.on,
      summary,
      source: source.kind,
      ...(source.id ? { sourceId: source.id } : {}),
      ...(villageVoucherId ? { villageVoucherId } : {}),
      totalFen: voucherTotals(input.lines).debit,
      lines: input.lines.map((l) => ({
        account: l.accountCode,
        debitFen: l.debitFen,
        creditFen: l.creditFen,
        ...(l.counterparty ? { counterparty: l.counterparty } : {}),
      })),
    },
  );
  return { voucherId, number };
}

/** Books a clerk's voucher on the organisation's book in its own transaction. */
export async function bookOrgVoucher(
  cmd: CommandContext,
  orgId: string,
  input: VoucherInput,
): Promise<{ voucherId: string; number: string }> {
  return cmd.db.transaction((tx) => bookOrgVoucherInTx(tx, cmd, orgId, input));
}

/** The committee's name as its book's counterparty: a community's is a residents' committee. */
const committeeName = (villageName: string) =>
  villageName.endsWith('社区') ? `${villageName}居民委员会` : `${villageName}村民委员会`;

/**
 * The charter's payment to the villagers' committee, booked on both books in the caller's
 * transaction: the committee's ledger receives it (1002 银行存款 / 5302 其他收入) and the
 * organisation's pays it out of its distribution (3102 收益分配 / 1002 银行存款), each voucher
 * naming the other. Either both are booked or neither.
 */
export async function bookCommitteePaymentInTx(
  tx: Tx,
  cmd: CommandContext,
  orgId: string,
  entry: Entry,
): Promise<{
  organisation: { voucherId: string; number: string };
  committee: { voucherId: string; number: string };
}> {
  const { orgName, villageName } = await requireOrg(tx, cmd, orgId);
  const both = committeePaymentEntries(entry, {
    organisation: orgName,
    committee: committeeName(villageName),
  });
  const committee = await bookVoucherInTx(tx, cmd, both.committee);
  const organisation = await bookOrgVoucherInTx(
    tx,
    cmd,
    orgId,
    both.organisation,
    committee.voucherId,
  );
  return { organisation, committee };
}
