import { DomainError } from '@cunzhi/core/errors';
import type { AppContext } from '../../../platform/http/context.ts';
import type { Tx } from '../../../platform/db/database.ts';
import { dummyPasswordHash, verifyPassword } from '../../../platform/auth/passwords.ts';
import { newSessionToken } from '../../../platform/auth/sessionToken.ts';
import { findAccountByPhone, type AccountRow } from '../../../platform/auth/repository/accounts.ts';
import { insertSession } from '../../../platform/auth/repository/sessions.ts';
import {
  activeSignInLock,
  countPairFailure,
  countPhoneFailure,
  forgetPairFailures,
  lockSignIn,
  pruneSignInFailures,
} from '../../../platform/auth/repository/signInFailures.ts';
import { appendAuditEvent } from '../../../platform/audit/appendAuditEvent.ts';
import { accountChainId } from '../repository.ts';

/** The longest a repeated lock of one (phone, address) pair grows to. */
const MAX_PAIR_LOCK_MINUTES = 24 * 60;
const DAY_MS = 86_400_000;

/**
 * Signs in with phone and password from a client address. Failures are counted per phone
 * number as typed, registered or not, so an unknown number gets the same answers at the same
 * tries as a known one, and costs the same password-hash work:
 *
 * - LOCKOUT_THRESHOLD failures in a row from one address lock that (phone, address) pair for
 *   LOCKOUT_MINUTES, doubling at each repeat (up to a day); other addresses are not locked, so a
 *   stranger cannot lock a cadre out from elsewhere;
 * - SIGN_IN_PHONE_CEILING failures of the number from all addresses within LOCKOUT_MINUTES pause
 *   the number until that period ends (slows guessing spread over many addresses, never for good).
 *
 * A lock of a registered account is audited; a cadre with `resetPasswords` can lift it.
 */
export async function signIn(
  ctx: AppContext,
  input: { phone: string; password: string; address: string },
): Promise<{ account: AccountRow; token: string; expiresAt: Date }> {
  const now = ctx.clock.now();
  const lockedUntil = await activeSignInLock(ctx.db, input.phone, input.address, now);
  if (lockedUntil) {
    throw new DomainError('account_locked', { minutes: minutesLeft(lockedUntil, now) });
  }
  const account = await findAccountByPhone(ctx.db, input.phone);
  const ok = await verifyPassword(
    account?.password_hash ?? (await dummyPasswordHash()),
    input.password,
  );
  if (!account || !ok) {
    const lock = await countFailure(ctx, input, account, now);
    if (lock) throw new DomainError('account_locked', { minutes: minutesLeft(lock, now) });
    throw new DomainError('sign_in_failed');
  }
  const { token, tokenHash } = newSessionToken();
  const expiresAt = new Date(now.getTime() + ctx.config.SESSION_DAYS * DAY_MS);
  await ctx.db.transaction(async (tx) => {
    await forgetPairFailures(tx, input.phone, input.address);
    await insertSession(tx, tokenHash, account.id, expiresAt);
  });
  return { account, token, expiresAt };
}

/** Counts a failure for the pair and the number; returns the lock it starts, if any. */
async function countFailure(
  ctx: AppContext,
  input: { phone: string; address: string },
  account: AccountRow | null,
  now: Date,
): Promise<Date | null> {
  const { LOCKOUT_THRESHOLD, LOCKOUT_MINUTES, SIGN_IN_PHONE_CEILING } = ctx.config;
  const period = LOCKOUT_MINUTES * 60_000;
  return ctx.db.transaction(async (tx) => {
    const pair = await countPairFailure(tx, input.phone, input.address, now);
    const phone = await countPhoneFailure(tx, input.phone, now, new Date(now.getTime() - period));
    let lock: { until: Date; reason: 'address' | 'phone' } | null = null;
    if (phone.failures >= SIGN_IN_PHONE_CEILING) {
      const until = new Date(phone.window_started_at.getTime() + period);
      await lockSignIn(tx, input.phone, null, until);
      lock = { until, reason: 'phone' };
    }
    if (pair.failures >= LOCKOUT_THRESHOLD) {
      const minutes = Math.min(LOCKOUT_MINUTES * 2 ** pair.strikes, MAX_PAIR_LOCK_MINUTES);
      const until = new Date(now.getTime() + minutes * 60_000);
      await lockSignIn(tx, input.phone, input.address, until);
      if (!lock || until > lock.until) lock = { until, reason: 'address' };
    }
    if (!lock) return null;
    await pruneSignInFailures(tx, new Date(now.getTime() - DAY_MS), now);
    if (account) await auditLock(tx, account, lock, pair.failures, now);
    return lock.until;
  });
}

async function auditLock(
  tx: Tx,
  account: AccountRow,
  lock: { until: Date; reason: 'address' | 'phone' },
  failedAttempts: number,
  now: Date,
): Promise<void> {
  await appendAuditEvent(tx, {
    chainId: await accountChainId(tx, account),
    actorAccountId: null,
    action: 'account.locked',
    targetType: 'account',
    targetId: account.id,
    // which limit tripped, not the address (personal data has no place in an unalterable log)
    data: { failedAttempts, lockedUntil: lock.until.toISOString(), limit: lock.reason },
    occurredAt: now,
  });
}

function minutesLeft(until: Date, now: Date): number {
  return Math.max(1, Math.ceil((until.getTime() - now.getTime()) / 60_000));
}
