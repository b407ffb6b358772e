import { randomInt, randomUUID } from 'node:crypto';
import { DomainError } from '@cunzhi/core/errors';
import type { AppContext } from '../../../platform/http/context.ts';
import { hashPassword } from '../../../platform/auth/passwords.ts';
import {
  findAccountByPerson,
  findAccountByPhone,
  insertAccount,
  setPasswordHash,
} from '../../../platform/auth/repository/accounts.ts';
import { findPerson } from '../../registry/repository/persons.ts';
import { deleteSessionsOf } from '../../../platform/auth/repository/sessions.ts';
import { forgetPhoneFailures } from '../../../platform/auth/repository/signInFailures.ts';
import { appendAuditEvent } from '../../../platform/audit/appendAuditEvent.ts';

/** Unambiguous characters, so a temporary password read aloud or written on paper is typed right. */
const ALPHABET = 'abcdefghjkmnpqrstuvwxyz23456789';

export function temporaryPassword(): string {
  let s = '';
  for (let i = 0; i < 6; i++) s += ALPHABET[randomInt(ALPHABET.length)];
  return `${s}${randomInt(10, 100)}`;
}

/**
 * A cadre opens or resets a villager's account at the service station
 * (开通/重置登录密码). A villager without an account gets one, signing in with
 * the mobile number in the register; either way the account gets a
 * temporary password that must be changed at the next sign-in, every session
 * ends and any lock is lifted.
 */
export async function resetPassword(
  ctx: AppContext,
  input: { villageId: string; personId: string; actorAccountId: string },
): Promise<{ temporaryPassword: string; phone: string; opened: boolean }> {
  const person = await findPerson(ctx.db, input.villageId, input.personId);
  if (!person) throw new DomainError('not_found', { what: 'person' });
  const existing = await findAccountByPerson(ctx.db, input.villageId, input.personId);
  if (!existing) {
    if (!person.phone)
      throw new DomainError('validation_failed', {}, [
        { field: 'phone', error: 'account_needs_phone' },
      ]);
    const holder = await findAccountByPhone(ctx.db, person.phone);
    if (holder)
      throw new DomainError('validation_failed', {}, [{ field: 'phone', error: 'phone_taken' }]);
  }
  const password = temporaryPassword();
  const passwordHash = await hashPassword(password);
  const accountId = existing?.id ?? randomUUID();
  await ctx.db.transaction(async (tx) => {
    if (existing) {
      await setPasswordHash(tx, existing.id, passwordHash, true);
      await deleteSessionsOf(tx, existing.id, null);
      await forgetPhoneFailures(tx, existing.phone, ctx.clock.now());
    } else {
      await insertAccount(tx, {
        id: accountId,
        kind: 'villager',
        phone: person.phone ?? '',
        displayName: person.name,
        passwordHash,
        mustChangePassword: true,
        villageId: input.villageId,
        personId: person.id,
      });
    }
    await appendAuditEvent(tx, {
      chainId: input.villageId,
      actorAccountId: input.actorAccountId,
      action: existing ? 'account.passwordReset' : 'account.opened',
      targetType: 'account',
      targetId: accountId,
      data: { personId: person.id, personName: person.name },
      occurredAt: ctx.clock.now(),
    });
  });
  return {
    temporaryPassword: password,
    phone: existing?.phone ?? person.phone ?? '',
    opened: !existing,
  };
}
