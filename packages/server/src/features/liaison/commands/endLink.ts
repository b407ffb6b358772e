import { DomainError } from '@cunzhi/core/errors';
import { actDate, type CommandContext } from '../../../platform/command.ts';
import { endLinkRow } from '../repository.ts';
import { recordEvent } from '../../../platform/audit/record.ts';

/** Ends a current link (the member moved, left the Party, or another takes the household on). */
export async function endLink(
  cmd: CommandContext,
  linkId: string,
  input: { endedOn?: string | undefined },
): Promise<void> {
  const endedOn = actDate(cmd, 'endedOn', input.endedOn);
  await cmd.db.transaction(async (tx) => {
    const ended = await endLinkRow(tx, cmd.villageId, linkId, endedOn);
    if (!ended) throw new DomainError('not_found', { what: 'liaisonLink' });
    await recordEvent(
      cmd,
      tx,
      'liaisonLink.ended',
      { type: 'liaisonLink', id: linkId },
      {
        householdId: ended.household_id,
        endedOn,
      },
    );
  });
}
