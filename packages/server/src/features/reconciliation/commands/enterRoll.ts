import { DomainError, type FieldProblem } from '@cunzhi/core/errors';
import { proxyCountsAtPolling } from '@cunzhi/core/elections/polling';
import type { CommandContext } from '../../../platform/command.ts';
import type { Tx } from '../../../platform/db/database.ts';
import { recordEvent } from '../../../platform/audit/record.ts';
import { loadElection, requireCommittee } from '../../elections/commands/shared.ts';
import { requirePersons } from '../../elections/commands/rounds.ts';
import type { ElectionRow } from '../../elections/repository.ts';
import {
  mobileBoxesOf,
  proxiesOf,
  roundsOf,
  type RoundRow,
} from '../../elections/repository/polling.ts';
import { insertRollSigns } from '../repository.ts';

/**
 * The election committee enters, from a round's printed roll, who signed for a ballot (领票签名)
 * at a box — the central one or a mobile box of the round — and, for a principal, the proxy
 * holder who signed (by a proxy approved and published for that holder). Once polling has
 * opened; after the count too (the reconciliation is made then). Anyone of the village may be
 * entered — one not on the roll is what the report must show.
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
  const enteredBy = cmd.actorAccountId;
  if (!enteredBy) throw new DomainError('forbidden');
  return cmd.db.transaction(async (tx) => {
    const { election, round } = await committeeRound(tx, cmd, input.electionId, input.round);
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
    await requireApprovedProxies(tx, cmd, election.id, input.signed);
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

/**
 * The election and its round for the committee's work on the printed roll: the actor sits on
 * this election's committee, the round exists and polling has opened.
 */
export async function committeeRound(
  tx: Tx,
  cmd: CommandContext,
  electionId: string,
  roundNumber: number,
): Promise<{ election: ElectionRow; round: RoundRow }> {
  const election = await loadElection(tx, cmd, electionId, 'FOR SHARE');
  await requireCommittee(tx, cmd, election, 'openPolling', cmd.clock.today());
  const round = (await roundsOf(tx, cmd.villageId, election.id)).find(
    (r) => r.round === roundNumber,
  );
  if (!round) throw new DomainError('not_found', { what: 'electionRound' });
  if (!round.opened_on) throw new DomainError('election_not_polling', { round: round.round });
  return { election, round };
}

/**
 * A proxy holder signs the roll for a principal only by a proxy the committee approved and
 * published for that holder (未经审核公告的委托无效, VCOL-15-PROXY); never for themself.
 */
async function requireApprovedProxies(
  tx: Tx,
  cmd: CommandContext,
  electionId: string,
  signed: ReadonlyArray<{ personId: string; proxyHolderId: string | null }>,
): Promise<void> {
  if (!signed.some((x) => x.proxyHolderId)) return;
  const proxies = await proxiesOf(tx, cmd.villageId, electionId);
  const fields = signed.flatMap((x, i): FieldProblem[] => {
    if (!x.proxyHolderId) return [];
    if (x.proxyHolderId === x.personId)
      return [{ field: `signed.${i}.proxyHolderId`, error: 'election_person_duplicate' }];
    const p = proxies.find((y) => y.principal_id === x.personId);
    const counts =
      p?.holder_id === x.proxyHolderId &&
      proxyCountsAtPolling(cmd.clock.today(), {
        approved: p.approved_on != null,
        published: p.published_on != null,
      }).length === 0;
    return counts
      ? []
      : [{ field: `signed.${i}.proxyHolderId`, error: 'roll_sign_proxy_unapproved' }];
  });
  if (fields.length > 0) throw new DomainError('validation_failed', {}, fields);
}
