import { randomUUID } from 'node:crypto';
import {
  accountHolderFinding,
  type AccountHolderKind,
} from '@cunzhi/core/collective/books/bankAccounts';
import { DomainError } from '@cunzhi/core/errors';
import { RuleRefusal } from '@cunzhi/core/rules/findings';
import { actDate, type CommandContext } from '../../../../platform/command.ts';
import { recordEvent } from '../../../../platform/audit/record.ts';
import {
  closeBankAccount as markClosed,
  findBankAccount,
  insertBankAccount,
} from '../repository.ts';
import { requireOrg } from './bookOrgVoucher.ts';

export interface OpenBankAccountInput {
  orgId: string;
  bankName: string;
  accountNo: string;
  holderKind: AccountHolderKind;
  holderName: string;
  purpose?: string;
  openedOn?: string;
}

/**
 * Registers a bank account the organisation keeps its money in (基本存款账户 and others). An
 * account in a person's name, or in any name but the organisation's, is refused citing Art. 44;
 * nothing is written then. The number is kept as digits (a bank prints it in groups of four).
 */
export async function openBankAccount(
  cmd: CommandContext,
  input: OpenBankAccountInput,
): Promise<{ id: string }> {
  const openedOn = actDate(cmd, 'openedOn', input.openedOn);
  const accountNo = input.accountNo.replace(/[\s-]/g, '');
  if (!/^[0-9]{6,32}$/.test(accountNo))
    throw new DomainError('validation_failed', {}, [
      { field: 'accountNo', error: 'field_invalid' },
    ]);
  return cmd.db.transaction(async (tx) => {
    const { orgName } = await requireOrg(tx, cmd, input.orgId);
    const holder = { kind: input.holderKind, name: input.holderName.trim() };
    const refused = accountHolderFinding(openedOn, holder, orgName);
    if (refused) throw new RuleRefusal(refused);
    const id = randomUUID();
    const added = await insertBankAccount(tx, cmd.villageId, {
      id,
      org_id: input.orgId,
      bank_name: input.bankName.trim(),
      account_no: accountNo,
      holder_name: holder.name,
      purpose: input.purpose?.trim() ?? '',
      opened_on: openedOn,
      recordedBy: cmd.actorAccountId,
      recordedAt: cmd.clock.now(),
    });
    if (!added) throw new DomainError('collective_account_registered', { accountNo });
    await recordEvent(
      cmd,
      tx,
      'collectiveAccount.opened',
      { type: 'collectiveBankAccount', id },
      {
        organisation: orgName,
        bank: input.bankName.trim(),
        accountLast4: accountNo.slice(-4),
        openedOn,
      },
    );
    return { id };
  });
}

/** Records that an account was closed (销户); it stays listed with the date. */
export async function closeBankAccount(
  cmd: CommandContext,
  accountId: string,
  input: { closedOn?: string },
): Promise<void> {
  const closedOn = actDate(cmd, 'closedOn', input.closedOn);
  await cmd.db.transaction(async (tx) => {
    const account = await findBankAccount(tx, cmd.villageId, accountId, true);
    if (!account) throw new DomainError('not_found', { what: 'collectiveBankAccount' });
    if (account.closed_on)
      throw new DomainError('collective_account_closed', { on: account.closed_on });
    if (closedOn < account.opened_on)
      throw new DomainError('validation_failed', {}, [
        { field: 'closedOn', error: 'date_order', params: { other: account.opened_on } },
      ]);
    await markClosed(tx, cmd.villageId, accountId, closedOn);
    await recordEvent(
      cmd,
      tx,
      'collectiveAccount.closed',
      { type: 'collectiveBankAccount', id: accountId },
      { bank: account.bank_name, accountLast4: account.account_no.slice(-4), closedOn },
    );
  });
}
