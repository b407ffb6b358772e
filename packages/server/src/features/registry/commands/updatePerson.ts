import { DomainError } from '@cunzhi/core/errors';
import type { PersonDraft } from '@cunzhi/core/registry/validatePerson';
import type { CommandContext } from '../../../platform/command.ts';
import { recordEvent } from '../../../platform/audit/record.ts';
import { findHousehold } from '../repository/households.ts';
import { findPerson, updatePersonRow } from '../repository/persons.ts';
import { changesBetween, checkPersonForHousehold, definedOnly, personFieldsOf } from './shared.ts';

/** Edits a person (or moves them to another household: 分户/迁户), with optimistic locking on `version`. */
export async function updatePerson(
  cmd: CommandContext,
  input: PersonDraft & { personId: string; version: number; householdId?: string },
) {
  const { personId, version, householdId: movedTo, ...draft } = input;
  const current = await findPerson(cmd.db, cmd.villageId, personId);
  if (!current) throw new DomainError('not_found', { what: 'person' });
  const householdId = movedTo ?? current.household_id;
  if (
    householdId !== current.household_id &&
    !(await findHousehold(cmd.db, cmd.villageId, householdId))
  ) {
    throw new DomainError('validation_failed', {}, [
      { field: 'householdId', error: 'field_invalid' },
    ]);
  }
  const before = personFieldsOf(current);
  const after = await checkPersonForHousehold(cmd.db, cmd.villageId, {
    draft: { ...before, ...definedOnly(draft) },
    householdId,
    personId,
    today: cmd.clock.today(),
  });
  const changes = changesBetween(
    { ...before, householdId: current.household_id },
    { ...after, householdId },
  );
  await cmd.db.transaction(async (tx) => {
    if (!(await updatePersonRow(tx, cmd.villageId, personId, version, householdId, after)))
      throw new DomainError('conflict_stale');
    await recordEvent(cmd, tx, 'person.updated', { type: 'person', id: personId }, { changes });
  });
  return { id: personId, householdId, ...after, version: version + 1 };
}
