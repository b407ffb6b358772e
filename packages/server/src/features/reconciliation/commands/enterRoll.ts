import { DomainError } from '@cunzhi/core/errors';
import type { CommandContext } from '../../../platform/command.ts';
import { recordEvent } from '../../../platform/audit/record.ts';
import { loadElection, requireCommittee } from '../../elections/commands/shared.ts';
import { requirePersons } from '../../elections/commands/rounds.ts';
import { roundsOf, mobileBoxesOf } from '../../elections/repository/polling.ts';
import { insertRollSigns } from '../repository.ts';

/**
 * The election committee enters, from a round's printed roll, who signed for a ballot (领票签名)
 * at a box — the central one or a mobile box of the round — and, for a principal, the proxy
 * holder who signed. Once polling has opened; after the count too (the reconciliation is made
 * then). Anyone of the village may be entered — one not on the roll is what the report must show.
 * An entry already made stays; audited as election.rollSignsEntered with the persons.
 */
export async function enterRollSigns(
  cmd: CommandContext,
  input: {
    electionId: string;
    round: number;
    box: string;
    signed: ReadonlyArray<{ personId: string; proxyHolderId: string | null }>;
  },
) {
  const on = cmd.clock.today();
  const enteredBy = cmd.actorAccountId;
  if (!enteredBy) throw new DomainError('forbidden');
  return cmd.db.transaction(async (tx) => {
    const election = await loadElection(tx, cmd, input.electionId, 'FOR SHARE');
    await requireCommittee(tx, cmd, election, 'openPolling', on);
    const round = (await roundsOf(tx, cmd.villageId, election.id)).find(
      (r) => r.round === input.round,
    );
    if (!round) throw new DomainError('not_found', { what: 'electionRound' });
    if (!round.opened_on) throw new DomainError('election_not_polling', { round: round.round });
    const boxes = await mobileBoxesOf(tx, cmd.villageId, election.id);
    if (
      input.box !== 'central' &&
      !boxes.some((b) => b.round === round.round && b.box === input.box)
    )
      throw new DomainError('validation_failed', {}, [
        { field: 'box', error: 'election_box_unknown' },
      ]);
    await requirePersons(tx, cmd.villageId, [
      ...input.signed.map((x, i) => ({ id: x.personId, field: `signed.${i}.personId` })),
      ...input.signed.flatMap((x, i) =>
        x.proxyHolderId ? [{ id: x.proxyHolderId, field: `signed.${i}.proxyHolderId` }] : [],
      ),
    ]);
    const entered = await insertRollSigns(
      tx,
      cmd.villageId,
      {
        electionId: election.id,
        round: round.round,
        box: input.box,
        enteredBy,
        enteredAt: cmd.clock.now(),
      },
      input.signed,
    );
    await recordEvent(
      cmd,
      tx,
      'election.rollSignsEntered',
      { type: 'election', id: election.id },
      { round: round.round, box: input.box, persons: input.signed.map((x) => x.personId), entered },
    );
  });
}
