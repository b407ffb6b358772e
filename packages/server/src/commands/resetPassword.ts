import { randomInt } from 'node:crypto';
import { DomainError } from '@cunzhi/core/errors';
import type { AppContext } from '../http/context.ts';
import { hashPassword } from '../auth/passwords.ts';
import { findAccountByPerson, setPasswordHash } from '../repositories/accounts.ts';
import { deleteSessionsOf } from '../repositories/sessions.ts';
import { appendAuditEvent } from '../audit/appendAuditEvent.ts';

/** Unambiguous characters, so a temporary password read aloud or written on paper is typed right. */
const ALPHABET = 'abcdefghjkmnpqrstuvwxyz23456789';

export function temporaryPassword(): string {
  let s = '';
  for (let i = 0; i < 6; i++) s += ALPHABET[randomInt(ALPHABET.length)];
  return `${s}${randomInt(10, 100)}`;
}

/**
 * A cadre resets a villager's password at the service station: the account
 * gets a temporary password that must be changed at the next sign-in, every
 * session ends and any lock is lifted.
 */
export async function resetPassword(
  ctx: AppContext,
  input: { villageId: string; personId: string; actorAccountId: string },
): Promise<{ temporaryPassword: string }> {
  const account = await findAccountByPerson(ctx.db, input.villageId, input.personId);
  if (!account) throw new DomainError('not_found', { what: '账号' });
  const password = temporaryPassword();
  const passwordHash = await hashPassword(password);
  await ctx.db.transaction(async (tx) => {
    await setPasswordHash(tx, account.id, passwordHash, true);
    await deleteSessionsOf(tx, account.id, null);
    await appendAuditEvent(tx, {
      chainId: input.villageId,
      actorAccountId: input.actorAccountId,
      action: 'account.passwordReset',
      targetType: 'account',
      targetId: account.id,
      data: { personId: input.personId },
      occurredAt: ctx.clock.now(),
    });
  });
  return { temporaryPassword: password };
}
