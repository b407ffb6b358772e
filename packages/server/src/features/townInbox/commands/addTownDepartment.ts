import { randomUUID } from 'node:crypto';
import { DomainError } from '@cunzhi/core/errors';
import { DEPARTMENT_KINDS, type DepartmentKind } from '@cunzhi/core/townInbox/referrals';
import type { Database } from '../../../platform/db/database.ts';
import { appendAuditEvent } from '../../../platform/audit/appendAuditEvent.ts';
import { idByCode, required } from '../../villages/commands/shared.ts';
import { insertDepartment, townDepartments } from '../repository.ts';

/**
 * A department of a town (民政办, 信访办, 司法所 …), set up by whoever installs the platform
 * (`cli.ts setup department`) or the demo: departments are data, each town has its own.
 * Recorded on the county's chain, as the town was.
 */
export async function addTownDepartment(
  db: Database,
  input: { town?: string; name?: string; kind?: string; now: Date },
): Promise<{ departmentId: string }> {
  const town = await idByCode(db, 'town', required('town', input.town));
  const name = required('name', input.name);
  const kind = required('kind', input.kind) as DepartmentKind;
  if (!DEPARTMENT_KINDS.includes(kind))
    throw new DomainError('validation_failed', {}, [{ field: 'kind', error: 'enum_invalid' }]);
  const id = randomUUID();
  await db.transaction(async (tx) => {
    if ((await townDepartments(tx, town.id)).some((d) => d.name === name))
      throw new DomainError('validation_failed', {}, [{ field: 'name', error: 'field_invalid' }]);
    await insertDepartment(tx, { id, townId: town.id, name, kind });
    await appendAuditEvent(tx, {
      chainId: town.county_id ?? '',
      actorAccountId: null,
      action: 'townDepartment.added',
      targetType: 'townDepartment',
      targetId: id,
      data: { townId: town.id, name, kind },
      occurredAt: input.now,
    });
  });
  return { departmentId: id };
}
