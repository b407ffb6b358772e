import { DomainError } from '@cunzhi/core/errors';
import { proxyCountsAtPolling } from '@cunzhi/core/elections/polling';
import type { Marks } from '@cunzhi/core/elections/sheets';
import { refuseOnViolation } from '@cunzhi/core/rules/findings';
import type { CalendarDate } from '@cunzhi/core/calendarDate';
import type { CommandContext } from '../../../platform/command.ts';
import type { Tx } from '../../../platform/db/database.ts';
import { recordEvent } from '../../../platform/audit/record.ts';
import { awaitBoxed, dropInBox, drainBox } from '../../../platform/ballots/box.ts';
import { onRoll, rollPersonIds, type ElectionRow } from '../repository.ts';
import { insertReceipts, putInRoundBox, roundBoxFigures } from '../repository/ballots.ts';
import { mobileBoxesOf, proxiesOf, type RoundRow } from '../repository/polling.ts';
import {
  canonicalMarks,
  currentRound,
  pollingRound,
  requirePersons,
  requireWriteIns,
} from './rounds.ts';
import { loadElection, requireCommittee } from './shared.ts';

const boxKey = (roundId: string) => `election:${roundId}`;

/**
 * The receipts of one voter (their own ballot, or a principal's by an approved and
 * published proxy): one per post of the round, refused as a whole when any exists.
 */
async function issue(
  tx: Tx,
  cmd: CommandContext,
  election: ElectionRow,
  round: RoundRow,
  roll: ReadonlySet<string>,
  who: { personId: string; name: string; holderId: string | null; box: string },
  on: CalendarDate,
): Promise<void> {
  if (!roll.has(who.personId)) throw new DomainError('election_not_on_roll', { name: who.name });
  if (who.holderId) {
    const proxy = (await proxiesOf(tx, cmd.villageId, election.id)).find(
      (x) => x.principal_id === who.personId && x.holder_id === who.holderId,
    );
    refuseOnViolation(
      proxyCountsAtPolling(on, {
        approved: proxy?.approved_on != null,
        published: proxy?.published_on != null,
      }),
    );
  }
  const issued = await insertReceipts(tx, cmd.villageId, election.id, round.round, {
    postIds: round.posts.map((p) => p.id),
    personId: who.personId,
    box: who.box,
    proxyHolderId: who.holderId,
  });
  if (!issued) throw new DomainError('ballot_already_issued', { name: who.name });
}

/**
 * 领取选票 on paper: the committee records those who signed for a ballot at a box (the
 * central one or a mobile box of the round). A second ballot for anyone is refused and
 * nothing of the batch is written.
 */
export async function issueBallots(
  cmd: CommandContext,
  input: {
    electionId: string;
    box: string;
    issued: ReadonlyArray<{ personId: string; proxyHolderId: string | null }>;
  },
) {
  const on = cmd.clock.today();
  return cmd.db.transaction(async (tx) => {
    const election = await loadElection(tx, cmd, input.electionId, 'FOR SHARE');
    await requireCommittee(tx, cmd, election, 'openPolling', on);
    const round = await pollingRound(tx, cmd.villageId, election.id);
    if (round.method !== 'paper')
      throw new DomainError('election_not_polling', { round: round.round });
    const boxes = (await mobileBoxesOf(tx, cmd.villageId, election.id)).filter(
      (b) => b.round === round.round,
    );
    if (input.box !== 'central' && !boxes.some((b) => b.box === input.box))
      throw new DomainError('validation_failed', {}, [
        { field: 'box', error: 'election_box_unknown' },
      ]);
    const persons = await requirePersons(
      tx,
      cmd.villageId,
      input.issued.map((x, i) => ({ id: x.personId, field: `issued.${i}.personId` })),
    );
    const roll = await rollPersonIds(tx, cmd.villageId, election.id);
    for (const x of input.issued)
      await issue(
        tx,
        cmd,
        election,
        round,
        roll,
        {
          personId: x.personId,
          name: persons.get(x.personId)!.name,
          holderId: x.proxyHolderId,
          box: input.box,
        },
        on,
      );
    await recordEvent(
      cmd,
      tx,
      'election.ballotsIssued',
      { type: 'election', id: election.id },
      { round: round.round, box: input.box, persons: input.issued.map((x) => x.personId) },
    );
    return { id: election.id, findings: [] };
  });
}

/**
 * 投票 with an electronic ballot (an election by the representatives' meeting): the
 * voter's transaction writes the receipts and an audit event naming neither voter nor
 * choice, and commits; the marks then go to the round's secret box in a shuffled batch of
 * their own transaction (platform/ballots/box.ts), and the voter is answered once they are
 * in. Simultaneous requests of one voter give one ballot (the receipts' primary key).
 */
export async function castBallot(
  cmd: CommandContext,
  input: { electionId: string; marks: Marks; onBehalfOf: string | null },
) {
  const on = cmd.clock.today();
  if (!cmd.personId) throw new DomainError('election_not_on_roll', { name: '' });
  const voterId = cmd.personId;
  // a voter naming themselves casts their own ballot
  const onBehalfOf = input.onBehalfOf === voterId ? null : input.onBehalfOf;
  const cast = await cmd.db.transaction(async (tx) => {
    // FOR SHARE: ballots run side by side; the count (FOR UPDATE) waits for them
    const election = await loadElection(tx, cmd, input.electionId, 'FOR SHARE');
    const round = await pollingRound(tx, cmd.villageId, election.id);
    if (round.method !== 'electronic')
      throw new DomainError('election_not_polling', { round: round.round });
    const marks = canonicalMarks(round.posts, input.marks);
    await requireWriteIns(tx, cmd.villageId, round.posts, [marks]);
    const subject = onBehalfOf ?? voterId;
    const persons = await requirePersons(tx, cmd.villageId, [{ id: subject, field: 'onBehalfOf' }]);
    const roll = await onRoll(tx, cmd.villageId, election.id, [subject, voterId]);
    if (onBehalfOf && !roll.has(voterId))
      throw new DomainError('election_not_on_roll', { name: '' });
    await issue(
      tx,
      cmd,
      election,
      round,
      roll,
      {
        personId: subject,
        name: persons.get(subject)!.name,
        holderId: onBehalfOf ? voterId : null,
        box: 'electronic',
      },
      on,
    );
    // the event of a secret ballot names no actor and no choice
    await recordEvent(
      { ...cmd, actorAccountId: null },
      tx,
      'election.ballotCast',
      { type: 'election', id: election.id },
      { round: round.round, ballot: 'cast' },
    );
    return { roundId: round.id, round: round.round, marks: JSON.stringify(marks) };
  });
  const villageId = cmd.villageId;
  await dropInBox<string>(cmd.db, boxKey(cast.roundId), [cast.marks], async (tx, batch) => {
    // FOR SHARE, as a ballot: the count (FOR UPDATE) waits for the batch
    const election = await loadElection(tx, cmd, input.electionId, 'FOR SHARE');
    const round = await currentRound(tx, villageId, election.id);
    if (round?.id !== cast.roundId || round.counted_on)
      throw new DomainError('election_not_polling', { round: cast.round });
    await putInRoundBox(tx, cast.roundId, batch);
  });
  return { ok: true as const, round: cast.round };
}

/**
 * Before an electronic round is counted: this process's waiting ballots written, and a
 * moment for those of other server processes (`awaitBoxed`).
 */
export async function settleRoundBox(
  cmd: CommandContext,
  electionId: string,
  round: RoundRow,
): Promise<void> {
  if (round.method !== 'electronic' || !round.opened_on || round.counted_on) return;
  await drainBox(cmd.db, boxKey(round.id));
  await awaitBoxed(() => roundBoxFigures(cmd.db, cmd.villageId, electionId, round.round, round.id));
}
