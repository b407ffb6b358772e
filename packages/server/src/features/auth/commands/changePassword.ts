import { DomainError } from '@cunzhi/core/errors';
import type { AppContext } from '../../../platform/http/context.ts';
import {
  hashPassword,
  isAcceptablePassword,
  verifyPassword,
} from '../../../platform/auth/passwords.ts';
import { setPasswordHash, type AccountRow } from '../../../platform/auth/repository/accounts.ts';
import { deleteSessionsOf } from '../../../platform/auth/repository/sessions.ts';
import { appendAuditEvent } from '../../../platform/audit/appendAuditEvent.ts';
import { accountChainId } from '../repository.ts';

/** Changes one's own password; other sessions of the account end. */
export async function changePassword(
  ctx: AppContext,
  input: {
    account: AccountRow;
    currentPassword: string;
    newPassword: string;
    keepSessionHash: string | null;
  },
): Promise<void> {
  if (!(await verifyPassword(input.account.password_hash, input.currentPassword))) {
    throw new DomainError('validation_failed', {}, [
      { field: 'currentPassword', error: 'password_wrong' },
    ]);
  }
  if (!isAcceptablePassword(input.newPassword)) {
    throw new DomainError('validation_failed', {}, [
      { field: 'newPassword', error: 'password_too_weak' },
    ]);
  }
  const passwordHash = await hashPassword(input.newPassword);
  await ctx.db.transaction(async (tx) => {
    await setPasswordHash(tx, input.account.id, passwordHash, false);
    await deleteSessionsOf(tx, input.account.id, input.keepSessionHash);
    await appendAuditEvent(tx, {
      chainId: await accountChainId(tx, input.account),
      actorAccountId: input.account.id,
      action: 'account.passwordChanged',
      targetType: 'account',
      targetId: input.account.id,
      data: {},
      occurredAt: ctx.clock.now(),
    });
  });
}
