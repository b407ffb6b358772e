import { DomainError } from '@cunzhi/core/errors';
import type { AppContext } from '../../../platform/http/context.ts';
import { verifyPassword } from '../../../platform/auth/passwords.ts';
import { newSessionToken } from '../../../platform/auth/sessionToken.ts';
import {
  clearFailedSignIns,
  findAccountByPhone,
  recordFailedSignIn,
  type AccountRow,
} from '../../../platform/auth/repository/accounts.ts';
import { insertSession } from '../../../platform/auth/repository/sessions.ts';
import { appendAuditEvent } from '../../../platform/audit/appendAuditEvent.ts';
import { accountChainId } from '../repository.ts';

/**
 * Signs in with phone and password. After LOCKOUT_THRESHOLD failures in a row
 * the account is locked for LOCKOUT_MINUTES (the lock is audited); a cadre can
 * lift it by resetting the password. The answer never says whether the phone
 * exists.
 */
export async function signIn(
  ctx: AppContext,
  input: { phone: string; password: string },
): Promise<{ account: AccountRow; token: string; expiresAt: Date }> {
  const now = ctx.clock.now();
  const account = await findAccountByPhone(ctx.db, input.phone);
  if (!account) throw new DomainError('sign_in_failed');
  if (account.locked_until && account.locked_until > now) {
    throw new DomainError('account_locked', { minutes: minutesLeft(account.locked_until, now) });
  }
  const ok = await verifyPassword(account.password_hash, input.password);
  if (!ok) {
    const lockUntil = new Date(now.getTime() + ctx.config.LOCKOUT_MINUTES * 60_000);
    const locked = await ctx.db.transaction(async (tx) => {
      const state = await recordFailedSignIn(
        tx,
        account.id,
        ctx.config.LOCKOUT_THRESHOLD,
        lockUntil,
      );
      const justLocked = state.failed_attempts === ctx.config.LOCKOUT_THRESHOLD;
      if (justLocked) {
        await appendAuditEvent(tx, {
          chainId: await accountChainId(tx, account),
          actorAccountId: null,
          action: 'account.locked',
          targetType: 'account',
          targetId: account.id,
          data: { failedAttempts: state.failed_attempts, lockedUntil: lockUntil.toISOString() },
          occurredAt: now,
        });
      }
      return state.locked_until !== null && state.locked_until > now;
    });
    if (locked) throw new DomainError('account_locked', { minutes: ctx.config.LOCKOUT_MINUTES });
    throw new DomainError('sign_in_failed');
  }
  const { token, tokenHash } = newSessionToken();
  const expiresAt = new Date(now.getTime() + ctx.config.SESSION_DAYS * 86_400_000);
  await ctx.db.transaction(async (tx) => {
    await clearFailedSignIns(tx, account.id);
    await insertSession(tx, tokenHash, account.id, expiresAt);
  });
  return { account, token, expiresAt };
}

function minutesLeft(until: Date, now: Date): number {
  return Math.max(1, Math.ceil((until.getTime() - now.getTime()) / 60_000));
}
