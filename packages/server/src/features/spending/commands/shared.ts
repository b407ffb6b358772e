import { DomainError } from '@cunzhi/core/errors';
import type { CalendarDate } from '@cunzhi/core/calendarDate';
import { rolesIn, VILLAGE_ROLES, type VillageRole } from '@cunzhi/core/policies/actor';
import { finding, RuleRefusal } from '@cunzhi/core/rules/findings';
import type { CommandContext } from '../../../platform/command.ts';
import { findVillage, scopeOf } from '../../../platform/tenancy/repository.ts';
import type { Queryable } from '../../../platform/db/database.ts';
import { findHold, findRequest, type HoldRow, type RequestRow } from '../repository.ts';

export { fieldError, actingAccount } from '../../matters/commands/shared.ts';
export { actDate } from '../../../platform/command.ts';

/**
 * The actor's roles in this village today. The system (demo, CLI) records
 * on the village's behalf what its officers signed on paper: it holds every role.
 */
export async function actorRoles(cmd: CommandContext): Promise<ReadonlySet<VillageRole>> {
  if (!cmd.actor) return new Set(VILLAGE_ROLES);
  const village = await findVillage(cmd.db, cmd.villageId);
  if (!village) throw new DomainError('not_found', { what: 'village' });
  return rolesIn(cmd.actor, scopeOf(village));
}

export async function requireRequest(
  db: Queryable,
  cmd: CommandContext,
  requestId: string,
  opts: { forUpdate?: boolean } = {},
): Promise<RequestRow> {
  const r = await findRequest(db, cmd.villageId, requestId, opts);
  if (!r) throw new DomainError('not_found', { what: 'spendingRequest' });
  return r;
}

export async function requireHold(
  db: Queryable,
  cmd: CommandContext,
  holdId: string,
  opts: { forUpdate?: boolean } = {},
): Promise<HoldRow> {
  const h = await findHold(db, cmd.villageId, holdId, opts);
  if (!h) throw new DomainError('not_found', { what: 'spendingHold' });
  return h;
}

/** A hold in force (adopted, not released) is the only one that may be referred, inspected, released. */
export function requireInForce(hold: HoldRow): void {
  if (hold.status !== 'adopted') throw new DomainError('hold_not_in_force');
}

/** The resolution a release or a spending basis relies on must still stand. */
export function refuseFallenResolution(
  on: CalendarDate,
  r: { revoked_by: string | null; meeting_invalid_reason: string | null },
): void {
  if (r.revoked_by !== null)
    throw new RuleRefusal(finding(on, 'VCOL-23-REVOKE', 'resolution_revoked'));
  if (r.meeting_invalid_reason)
    throw new RuleRefusal(
      finding(on, 'SEED002-SUPERVISION', 'resolution_invalid', {
        reason: r.meeting_invalid_reason,
      }),
    );
}
