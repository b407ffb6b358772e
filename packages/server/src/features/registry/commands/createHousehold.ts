import { randomUUID } from 'node:crypto';
import { DomainError } from '@cunzhi/core/errors';
import type { PersonDraft } from '@cunzhi/core/registry/validatePerson';
import type { CommandContext } from '../../../platform/command.ts';
import { recordEvent } from '../../../platform/audit/record.ts';
import { insertHouseholds } from '../repository/households.ts';
import {
  checkHouseholdFields,
  checkPersonForHousehold,
  writeNewPerson,
  type HouseholdFields,
} from './shared.ts';

/** 立户: a new household with its head, in one step (a household never exists without a head). */
export async function createHousehold(
  cmd: CommandContext,
  input: HouseholdFields & { head: PersonDraft },
) {
  const householdId = randomUUID();
  const personId = randomUUID();
  // check the household and its head together, so the form shows every problem at once
  const [headResult, householdResult] = await Promise.allSettled([
    checkPersonForHousehold(cmd.db, cmd.villageId, {
      draft: { ...input.head, relationToHead: 'head' },
      householdId,
      personId,
      today: cmd.clock.today(),
    }),
    checkHouseholdFields(cmd.db, cmd.villageId, input, null),
  ]);
  if (headResult.status === 'rejected' || householdResult.status === 'rejected') {
    const fieldsOf = (r: PromiseSettledResult<unknown>, prefix: string) =>
      r.status === 'rejected' && r.reason instanceof DomainError
        ? r.reason.fields.map((f) => ({ ...f, field: `${prefix}${f.field}` }))
        : [];
    const problems = [...fieldsOf(householdResult, ''), ...fieldsOf(headResult, 'head.')];
    if (problems.length > 0) throw new DomainError('validation_failed', {}, problems);
    throw headResult.status === 'rejected'
      ? headResult.reason
      : (householdResult as PromiseRejectedResult).reason;
  }
  const head = headResult.value;
  const household = {
    id: householdId,
    number: input.number,
    villagerGroupId: input.villagerGroupId,
    gridId: input.gridId,
    address: input.address,
  };
  await cmd.db.transaction(async (tx) => {
    await insertHouseholds(tx, cmd.villageId, [household]);
    await recordEvent(
      cmd,
      tx,
      'household.created',
      { type: 'household', id: householdId },
      household,
    );
    await writeNewPerson(cmd, tx, { id: personId, householdId, fields: head });
  });
  return { household, headPersonId: personId };
}
