import { randomUUID } from 'node:crypto';
import { DomainError } from '@cunzhi/core/errors';
import { actDate, type CommandContext } from '../../../platform/command.ts';
import { fieldError } from '../../matters/commands/shared.ts';
import { householdForLiaison, insertLink, lockVillageLinks, partyMember } from '../repository.ts';
import { recordEvent } from '../../../platform/audit/record.ts';

/**
 * Links a Party member to a household (党员联系户). A household has one member linked at a
 * time: a second link is refused, naming who holds it, until that one is ended.
 */
export async function linkHousehold(
  cmd: CommandContext,
  input: { memberPersonId: string; householdId: string; since?: string | undefined },
): Promise<{ id: string }> {
  const since = actDate(cmd, 'since', input.since);
  const id = randomUUID();
  return cmd.db.transaction(async (tx) => {
    const member = await partyMember(tx, cmd.villageId, input.memberPersonId);
    if (!member) fieldError('memberPersonId', 'not_found', { what: 'person' });
    if (!member.party_member) fieldError('memberPersonId', 'liaison_not_party_member');
    await lockVillageLinks(tx, cmd.villageId);
    const household = await householdForLiaison(tx, cmd.villageId, input.householdId);
    if (!household) fieldError('householdId', 'not_found', { what: 'household' });
    if (household.linked_name !== null)
      throw new DomainError('liaison_household_linked', { name: household.linked_name });
    await insertLink(tx, cmd.villageId, { id, ...input, since });
    await recordEvent(
      cmd,
      tx,
      'liaisonLink.created',
      { type: 'liaisonLink', id },
      {
        memberPersonId: input.memberPersonId,
        householdId: input.householdId,
        since,
      },
    );
    return { id };
  });
}
