import { randomUUID } from 'node:crypto';
import { DomainError } from '@cunzhi/core/errors';
import type { PersonDraft } from '@cunzhi/core/registry/validatePerson';
import type { CommandContext } from '../../../platform/command.ts';
import { findHousehold } from '../repository/households.ts';
import { checkPersonForHousehold, writeNewPerson } from './shared.ts';

/** Adds a person (a birth, a marriage into the household, a move-in) to a household. */
export async function addPerson(
  cmd: CommandContext,
  input: { householdId: string; person: PersonDraft },
) {
  const { householdId } = input;
  if (!(await findHousehold(cmd.db, cmd.villageId, householdId)))
    throw new DomainError('not_found', { what: 'household' });
  const personId = randomUUID();
  const person = await checkPersonForHousehold(cmd.db, cmd.villageId, {
    draft: input.person,
    householdId,
    personId,
    today: cmd.clock.today(),
  });
  await cmd.db.transaction((tx) =>
    writeNewPerson(cmd, tx, { id: personId, householdId, fields: person }),
  );
  return { id: personId, householdId, ...person, version: 1 };
}
