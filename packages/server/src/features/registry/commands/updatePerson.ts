import { DomainError } from '@cunzhi/core/errors';
import type { PersonDraft } from '@cunzhi/core/registry/validatePerson';
import type { CommandContext } from '../../../platform/command.ts';
import { recordEvent } from '../../../platform/audit/record.ts';
import { findHousehold } from '../repository/households.ts';
import { findPerson, updatePersonRow, type PersonRow } from '../repository/persons.ts';
import { changesBetween, checkPersonForHousehold, definedOnly, personFieldsOf } from './shared.ts';

/**
 * An editor who sees this person's ID number masked (and no birth date) may not send either: the
 * answer (a mismatch between the two, or nothing changed) would tell them whether a guess is
 * right, field by field, until the number is rebuilt. Refused whatever the value, so the refusal
 * itself says nothing.
 */
function refuseIdFieldsUnseen(current: PersonRow, draft: PersonDraft, editorSeesIds: boolean) {
  if (editorSeesIds || current.resident_id_number === null) return;
  const sent = (['residentIdNumber', 'birthDate'] as const).filter((f) => draft[f] !== undefined);
  if (sent.length)
    throw new DomainError(
      'resident_id_edit_needs_ability',
      {},
      sent.map((field) => ({ field, error: 'resident_id_edit_needs_ability' })),
    );
}

/** Edits a person (or moves them to another household: 分户/迁户), with optimistic locking on `version`. */
export async function updatePerson(
  cmd: CommandContext,
  input: PersonDraft & {
    personId: string;
    version: number;
    householdId?: string;
    /** Whether the editor may see this village's ID numbers in full (`viewResidentIdNumbers`). */
    editorSeesIds: boolean;
  },
) {
  const { personId, version, householdId: movedTo, editorSeesIds, ...draft } = input;
  const current = await findPerson(cmd.db, cmd.villageId, personId);
  if (!current) throw new DomainError('not_found', { what: 'person' });
  refuseIdFieldsUnseen(current, draft, editorSeesIds);
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
