import { DomainError } from '@cunzhi/core/errors';
import type { Database } from '../../../platform/db/database.ts';
import { appendAuditEvent } from '../../../platform/audit/appendAuditEvent.ts';
import { findAccountByPhone } from '../../../platform/auth/repository/accounts.ts';
import { idByCode, required } from '../../villages/commands/shared.ts';
import { setStaffDepartment, townDepartments } from '../repository.ts';

/**
 * Puts a town official into one of their town's departments (or, with no department named,
 * takes them out: they then read every department's inbox, as the town's leaders do).
 */
export async function assignStaffDepartment(
  db: Database,
  input: { phone?: string; town?: string; department?: string; now: Date },
): Promise<void> {
  const account = await findAccountByPhone(db, required('phone', input.phone));
  if (account?.kind !== 'staff')
    throw new DomainError('validation_failed', {}, [{ field: 'phone', error: 'field_invalid' }]);
  const town = await idByCode(db, 'town', required('town', input.town));
  await db.transaction(async (tx) => {
    const name = input.department?.trim();
    const department = name
      ? (await townDepartments(tx, town.id)).find((d) => d.name === name)
      : null;
    if (name && !department)
      throw new DomainError('validation_failed', {}, [
        { field: 'department', error: 'referral_department_unknown' },
      ]);
    const changed = await setStaffDepartment(tx, account.id, town.id, department?.id ?? null);
    if (!changed)
      throw new DomainError('validation_failed', {}, [{ field: 'town', error: 'field_invalid' }]);
    await appendAuditEvent(tx, {
      chainId: town.county_id ?? '',
      actorAccountId: null,
      action: 'account.departmentSet',
      targetType: 'account',
      targetId: account.id,
      data: { townId: town.id, departmentId: department?.id ?? null },
      occurredAt: input.now,
    });
  });
}
