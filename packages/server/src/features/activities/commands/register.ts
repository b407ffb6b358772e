import { randomUUID } from 'node:crypto';
import type { MicroUnitKind } from '@cunzhi/core/activities/selection';
import { DomainError } from '@cunzhi/core/errors';
import type { CommandContext } from '../../../platform/command.ts';
import { actDate } from '../../../platform/command.ts';
import { recordEvent } from '../../../platform/audit/record.ts';
import type { Tx } from '../../../platform/db/database.ts';
import { actingAccount, fieldError } from '../../matters/commands/shared.ts';
import {
  findActivity,
  findUnit,
  insertActivity,
  insertUnit,
  personExists,
  unitNameTaken,
  updateUnit,
  type UnitValues,
} from '../repository.ts';

interface UnitInput {
  name?: string | undefined;
  description?: string | undefined;
  place?: string | undefined;
  leaderPersonId?: string | null | undefined;
  organizationId?: string | null | undefined;
  active?: boolean | undefined;
}

/** A reference to another unit must be of the kind named (a venue run by an organisation). */
async function requireUnit(
  tx: Tx,
  cmd: CommandContext,
  field: string,
  id: string,
  kind: MicroUnitKind,
) {
  const unit = await findUnit(tx, cmd.villageId, id);
  if (!unit) fieldError(field, 'not_found', { what: 'microUnit' });
  if (unit.kind !== kind) fieldError(field, 'micro_unit_kind', { what: `micro_${kind}` });
  return unit;
}

async function checkedValues(
  tx: Tx,
  cmd: CommandContext,
  kind: MicroUnitKind,
  exceptId: string | null,
  v: UnitValues,
): Promise<UnitValues> {
  if (await unitNameTaken(tx, cmd.villageId, kind, v.name, exceptId))
    fieldError('name', 'micro_unit_name_taken');
  if (v.leaderPersonId && !(await personExists(tx, cmd.villageId, v.leaderPersonId)))
    fieldError('leaderPersonId', 'not_found', { what: 'person' });
  if (v.organizationId) {
    if (kind === 'organization') fieldError('organizationId', 'field_invalid');
    await requireUnit(tx, cmd, 'organizationId', v.organizationId, 'organization');
  }
  return v;
}

/**
 * Adds (id null) or changes a micro-venue, micro-organisation or micro-service of the village's
 * register; a name is used once per kind; a unit leaves the register by being set inactive
 * (its activities keep their venue and organiser).
 */
export async function saveUnit(
  cmd: CommandContext,
  id: string | null,
  input: UnitInput & { kind?: MicroUnitKind },
) {
  const by = actingAccount(cmd);
  return cmd.db.transaction(async (tx) => {
    const old = id ? await findUnit(tx, cmd.villageId, id) : null;
    if (id && !old) throw new DomainError('not_found', { what: 'microUnit' });
    const kind = old?.kind ?? input.kind ?? 'venue';
    const values = await checkedValues(tx, cmd, kind, id, {
      name: input.name ?? old?.name ?? '',
      description: input.description ?? old?.description ?? '',
      place: input.place ?? old?.place ?? '',
      leaderPersonId:
        input.leaderPersonId === undefined ? (old?.leader_person_id ?? null) : input.leaderPersonId,
      organizationId:
        input.organizationId === undefined ? (old?.organization_id ?? null) : input.organizationId,
      active: input.active ?? old?.active ?? true,
    });
    const unitId = id ?? randomUUID();
    if (old) await updateUnit(tx, cmd.villageId, unitId, values);
    else
      await insertUnit(tx, cmd.villageId, {
        id: unitId,
        kind,
        ...values,
        createdBy: by,
        at: cmd.clock.now(),
      });
    await recordEvent(
      cmd,
      tx,
      old ? 'microUnit.changed' : 'microUnit.added',
      { type: 'microUnit', id: unitId },
      { kind, ...values },
    );
    const unit = await findUnit(tx, cmd.villageId, unitId);
    if (!unit) throw new Error('unit not saved');
    return unit;
  });
}

/** A micro-activity held (not in the future): its venue and organiser from the register. */
export async function recordActivity(
  cmd: CommandContext,
  input: {
    title: string;
    heldOn: string;
    venueId?: string | null | undefined;
    organizerId?: string | null | undefined;
    participants: number;
    description?: string | undefined;
  },
) {
  const by = actingAccount(cmd);
  const heldOn = actDate(cmd, 'heldOn', input.heldOn);
  const id = randomUUID();
  return cmd.db.transaction(async (tx) => {
    if (input.venueId) await requireUnit(tx, cmd, 'venueId', input.venueId, 'venue');
    if (input.organizerId)
      await requireUnit(tx, cmd, 'organizerId', input.organizerId, 'organization');
    const values = {
      title: input.title,
      heldOn,
      venueId: input.venueId ?? null,
      organizerId: input.organizerId ?? null,
      participants: input.participants,
      description: input.description ?? '',
    };
    await insertActivity(tx, cmd.villageId, { id, ...values, recordedBy: by, at: cmd.clock.now() });
    await recordEvent(cmd, tx, 'microActivity.recorded', { type: 'microActivity', id }, values);
    const row = await findActivity(tx, cmd.villageId, id);
    if (!row) throw new Error('activity not saved');
    return row;
  });
}
