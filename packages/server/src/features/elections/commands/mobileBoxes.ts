import { DomainError } from '@cunzhi/core/errors';
import type { CommandContext } from '../../../platform/command.ts';
import { actDate } from '../../../platform/command.ts';
import { recordEvent } from '../../../platform/audit/record.ts';
import { approveMobileBox, upsertMobileBox } from '../repository/polling.ts';
import { currentRound, requirePersons } from './rounds.ts';
import { loadElection, refuseOrder, requireCommittee } from './shared.ts';

export interface MobileBoxInput {
  electionId: string;
  box: string;
  voters: readonly string[];
  scrutineers: readonly string[];
  on?: string | undefined;
}

/**
 * 流动票箱 (ZJ-24-MOBILE-BOX): the committee publishes the voters it visits and its
 * scrutineers for the round; the town approves it. Published again before polling, its
 * lists are replaced and the town approves it anew. Polling opens only if every box of the
 * round is approved, published and has at least the profile's scrutineers (core checks at
 * openPolling, so a box short of scrutineers is recorded and stops polling, citing the rule).
 */
export async function recordMobileBox(cmd: CommandContext, input: MobileBoxInput) {
  const on = actDate(cmd, 'on', input.on);
  return cmd.db.transaction(async (tx) => {
    const election = await loadElection(tx, cmd, input.electionId);
    await requireCommittee(tx, cmd, election, 'publishPollingNotice', on);
    const round = await currentRound(tx, cmd.villageId, election.id);
    if (!round || round.opened_on)
      refuseOrder(on, 'ZJ-24-MOBILE-BOX', 'publishPollingNotice', 'publishPollingNotice');
    await requirePersons(tx, cmd.villageId, [
      ...input.voters.map((id, i) => ({ id, field: `voters.${i}` })),
      ...input.scrutineers.map((id, i) => ({ id, field: `scrutineers.${i}` })),
    ]);
    await upsertMobileBox(tx, cmd.villageId, election.id, {
      round: round.round,
      box: input.box,
      voters: [...input.voters],
      scrutineers: [...input.scrutineers],
      published_on: on,
    });
    await recordEvent(
      cmd,
      tx,
      'election.mobileBoxPublished',
      { type: 'election', id: election.id },
      {
        on,
        round: round.round,
        box: input.box,
        voters: input.voters.length,
        scrutineers: input.scrutineers,
      },
    );
    return { id: election.id, findings: [] };
  });
}

/** The town approves a mobile box (乡镇批准). */
export async function approveBox(
  cmd: CommandContext,
  input: { electionId: string; box: string; on?: string | undefined },
) {
  const on = actDate(cmd, 'on', input.on);
  return cmd.db.transaction(async (tx) => {
    const election = await loadElection(tx, cmd, input.electionId);
    const round = await currentRound(tx, cmd.villageId, election.id);
    const approved =
      round &&
      !round.opened_on &&
      (await approveMobileBox(
        tx,
        cmd.villageId,
        election.id,
        round.round,
        input.box,
        on,
        cmd.actorAccountId,
      ));
    if (!approved)
      throw new DomainError('validation_failed', {}, [
        { field: 'box', error: 'election_box_unknown' },
      ]);
    await recordEvent(
      cmd,
      tx,
      'election.mobileBoxApproved',
      { type: 'election', id: election.id },
      { on, round: round.round, box: input.box },
    );
    return { id: election.id, findings: [] };
  });
}
