import { DomainError } from '@cunzhi/core/errors';
import type { CommandContext } from '../../../platform/command.ts';
import { findAccountByPerson } from '../../../platform/auth/repository/accounts.ts';
import { forgetPhoneFailures } from '../../../platform/auth/repository/signInFailures.ts';
import { findPerson } from '../../registry/repository/persons.ts';
import { appendAuditEvent } from '../../../platform/audit/appendAuditEvent.ts';

/**
 * A cadre with the right to manage accounts (`resetPasswords`) lifts a villager's sign-in lock
 * (解除登录锁定): every lock and counted failure of the account's phone number, from every
 * address, ends; the password stays. For when the owner was locked out by someone else's
 * guessing, or by their own mistyping, and has shown who they are at the service station.
 */
export async function unlockSignIn(
  cmd: CommandContext,
  input: { personId: string },
): Promise<{ wasLocked: boolean }> {
  const person = await findPerson(cmd.db, cmd.villageId, input.personId);
  if (!person) throw new DomainError('not_found', { what: 'person' });
  const account = await findAccountByPerson(cmd.db, cmd.villageId, input.personId);
  if (!account) throw new DomainError('not_found', { what: 'account' });
  const now = cmd.clock.now();
  return cmd.db.transaction(async (tx) => {
    const wasLocked = await forgetPhoneFailures(tx, account.phone, now);
    await appendAuditEvent(tx, {
      chainId: cmd.villageId,
      actorAccountId: cmd.actorAccountId,
      action: 'account.unlocked',
      targetType: 'account',
      targetId: account.id,
      data: { personId: person.id, personName: person.name, wasLocked },
      occurredAt: now,
    });
    return { wasLocked };
  });
}
