import { randomUUID } from 'node:crypto';
import { DomainError } from '@cunzhi/core/errors';
import type { CommandContext } from '../../../../platform/command.ts';
import { actDate } from '../../../../platform/command.ts';
import { recordEvent } from '../../../../platform/audit/record.ts';
import { insertRecall, openRecallFor } from '../repository.ts';
import { servingMembers } from '../../../rules/queries/composition.ts';
import { ELECTED_BODIES } from './shared.ts';

/**
 * A recall request (罢免要求) opened against a serving member of the villagers' committee or the
 * supervision committee, with its reasons; signatures are then collected (from paper, or each
 * villager's own from the phone) until the request is made. One open request per seat.
 */
export async function openRecall(
  cmd: CommandContext,
  input: { membershipId: string; reasons: string; on?: string | undefined },
) {
  const on = actDate(cmd, 'on', input.on);
  return cmd.db.transaction(async (tx) => {
    // serving on the day: seated, not ended, in a term that is running
    const seat = (await servingMembers(tx, cmd.villageId, on, { kinds: ELECTED_BODIES })).find(
      (m) => m.membershipId === input.membershipId,
    );
    if (!seat)
      throw new DomainError('validation_failed', {}, [
        { field: 'membershipId', error: 'recall_member_not_serving' },
      ]);
    if (await openRecallFor(tx, cmd.villageId, seat.membershipId))
      throw new DomainError('recall_open_exists', { name: seat.name });
    const id = randomUUID();
    const reasons = input.reasons.trim();
    await insertRecall(tx, cmd.villageId, {
      id,
      membershipId: seat.membershipId,
      personId: seat.personId,
      reasons,
      on,
      createdBy: cmd.actorAccountId,
    });
    await recordEvent(
      cmd,
      tx,
      'recall.opened',
      { type: 'recall', id },
      {
        on,
        membershipId: seat.membershipId,
        personId: seat.personId,
        personName: seat.name,
        body: seat.bodyKind,
        reasons,
      },
    );
    return { id, findings: [] };
  });
}
