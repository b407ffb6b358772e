import { randomUUID } from 'node:crypto';
import { DomainError } from '@cunzhi/core/errors';
import { STAFF_UNITS, type StaffUnit } from '@cunzhi/core/policies/actor';
import { PHONE_PATTERN } from '@cunzhi/core/registry/person';
import type { Database } from '../../../platform/db/database.ts';
import { appendAuditEvent } from '../../../platform/audit/appendAuditEvent.ts';
import { hashPassword } from '../../../platform/auth/passwords.ts';
import { findAccountByPhone, insertAccount } from '../../../platform/auth/repository/accounts.ts';
import { temporaryPassword } from '../../auth/commands/resetPassword.ts';
import { insertStaffScope } from '../repository.ts';
import { idByCode, required } from './shared.ts';

function defaultTitle(level: 'town' | 'county', unit: StaffUnit): string {
  if (unit === 'discipline') return level === 'town' ? '乡镇纪委' : '县纪委监委';
  return level === 'town' ? '乡镇干部' : '县级干部';
}

/** A town or county official's account, with a temporary password to change at first sign-in. */
export async function createStaffAccount(
  db: Database,
  input: {
    phone?: string;
    name?: string;
    town?: string;
    county?: string;
    title?: string;
    /** government (default) or discipline (镇纪委 / 县纪委监委: the town inbox of referrals). */
    unit?: string;
    now: Date;
  },
): Promise<{ accountId: string; temporaryPassword: string }> {
  const phone = required('phone', input.phone);
  if (!PHONE_PATTERN.test(phone))
    throw new DomainError('validation_failed', {}, [{ field: 'phone', error: 'phone_invalid' }]);
  if (await findAccountByPhone(db, phone))
    throw new DomainError('validation_failed', {}, [{ field: 'phone', error: 'phone_taken' }]);
  const name = required('name', input.name);
  const unit = (input.unit?.trim() || 'government') as StaffUnit;
  if (!STAFF_UNITS.includes(unit))
    throw new DomainError('validation_failed', {}, [{ field: 'unit', error: 'enum_invalid' }]);
  const scope = input.town
    ? { level: 'town' as const, ...(await idByCode(db, 'town', input.town)) }
    : {
        level: 'county' as const,
        ...(await idByCode(db, 'county', required('county', input.county))),
      };
  // a town official is recorded on the county's chain, as the town was
  const chainId = scope.level === 'town' ? (scope.county_id ?? '') : scope.id;
  const password = temporaryPassword();
  const passwordHash = await hashPassword(password);
  const accountId = randomUUID();
  await db.transaction(async (tx) => {
    await insertAccount(tx, {
      id: accountId,
      kind: 'staff',
      phone,
      displayName: name,
      passwordHash,
      mustChangePassword: true,
      villageId: null,
      personId: null,
    });
    await insertStaffScope(tx, {
      accountId,
      level: scope.level,
      scopeId: scope.id,
      title: input.title?.trim() || defaultTitle(scope.level, unit),
      unit,
    });
    await appendAuditEvent(tx, {
      chainId,
      actorAccountId: null,
      action: 'account.opened',
      targetType: 'account',
      targetId: accountId,
      data: { kind: 'staff', name, level: scope.level, scopeId: scope.id, unit },
      occurredAt: input.now,
    });
  });
  return { accountId, temporaryPassword: password };
}
