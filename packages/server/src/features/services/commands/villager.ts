import { DomainError } from '@cunzhi/core/errors';
import type { Rating } from '@cunzhi/core/services/requests';
import type { CommandContext } from '../../../platform/command.ts';
import type { Tx } from '../../../platform/db/database.ts';
import type { RequestRow } from '../repository.ts';
import { lockRequest, moveRequest } from './move.ts';

/** The villager's own request, locked: another's is as unknown as none. */
async function ownRequest(tx: Tx, cmd: CommandContext, id: string): Promise<RequestRow> {
  const row = await lockRequest(tx, cmd, id);
  if (!cmd.personId || row.requester_person_id !== cmd.personId)
    throw new DomainError('not_found', { what: 'serviceRequest' });
  return row;
}

/** The villager rates a completed request: 满意, 基本满意 or 不满意, with a word if they like. */
export async function rateOwnRequest(
  cmd: CommandContext,
  id: string,
  input: { rating: Rating; comment?: string | undefined },
): Promise<void> {
  await cmd.db.transaction(async (tx) => {
    const row = await ownRequest(tx, cmd, id);
    await moveRequest(tx, cmd, row, {
      action: 'rate',
      actor: 'villager',
      change: { rating: input.rating, ratingComment: input.comment || null },
      note: input.comment || null,
    });
  });
}

/** The villager withdraws a request not yet done (not while the town holds it). */
export async function withdrawOwnRequest(cmd: CommandContext, id: string): Promise<void> {
  await cmd.db.transaction(async (tx) => {
    const row = await ownRequest(tx, cmd, id);
    await moveRequest(tx, cmd, row, {
      action: 'withdraw',
      actor: 'villager',
      change: { closedOn: cmd.clock.today(), pausedOn: null },
    });
  });
}
