import { DomainError } from '@cunzhi/core/errors';
import type { CommandContext } from '../../../platform/command.ts';
import { recordEvent } from '../../../platform/audit/record.ts';
import { findHousehold, updateHouseholdRow } from '../repository/households.ts';
import {
  changesBetween,
  checkHouseholdFields,
  definedOnly,
  type HouseholdFields,
} from './shared.ts';

/** Edits a household's number, group, grid or address, with optimistic locking on `version`. */
export async function updateHousehold(
  cmd: CommandContext,
  input: Partial<HouseholdFields> & { householdId: string; version: number },
) {
  const { householdId, version, ...patch } = input;
  const current = await findHousehold(cmd.db, cmd.villageId, householdId);
  if (!current) throw new DomainError('not_found', { what: 'household' });
  const before: HouseholdFields = {
    number: current.number,
    villagerGroupId: current.villager_group_id,
    gridId: current.grid_id,
    address: current.address,
  };
  const after: HouseholdFields = { ...before, ...definedOnly(patch) };
  await checkHouseholdFields(cmd.db, cmd.villageId, after, householdId);
  const changes = changesBetween(before, after);
  await cmd.db.transaction(async (tx) => {
    if (!(await updateHouseholdRow(tx, cmd.villageId, householdId, version, after)))
      throw new DomainError('conflict_stale');
    await recordEvent(
      cmd,
      tx,
      'household.updated',
      { type: 'household', id: householdId },
      {
        changes,
      },
    );
  });
  return { id: householdId, ...after, version: version + 1 };
}
