import { randomUUID } from 'node:crypto';
import { DomainError } from '@cunzhi/core/errors';
import type { CommandContext } from '../../../../platform/command.ts';
import { actDate } from '../../../../platform/command.ts';
import { recordEvent } from '../../../../platform/audit/record.ts';
import { insertRecall, openRecallFor } from '../repository.ts';
import { heldSeat } from './shared.ts';

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
    const seat = await heldSeat(tx, cmd.villageId, input.membershipId);
    if (seat.starts_on > on)
      throw new DomainError('validation_failed', {}, [
        { field: 'on', error: 'date_order', params: { other: seat.starts_on } },
      ]);
    if (await openRecallFor(tx, cmd.villageId, seat.id))
      throw new DomainError('recall_open_exists', { name: seat.person_name });
    const id = randomUUID();
    const reasons = input.reasons.trim();
    await insertRecall(tx, cmd.villageId, {
      id,
      membershipId: seat.id,
      personId: seat.person_id,
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
        membershipId: seat.id,
        personId: seat.person_id,
        personName: seat.person_name,
        body: seat.kind,
        reasons,
      },
    );
    return { id, findings: [] };
  });
}
