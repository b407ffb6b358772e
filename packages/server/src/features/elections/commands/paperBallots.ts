import { paperCheck } from '@cunzhi/core/elections/paperCheck';
import { DomainError } from '@cunzhi/core/errors';
import type { Marks } from '@cunzhi/core/elections/sheets';
import type { CommandContext } from '../../../platform/command.ts';
import { actDate } from '../../../platform/command.ts';
import type { Queryable } from '../../../platform/db/database.ts';
import { recordEvent } from '../../../platform/audit/record.ts';
import {
  issuedByBox,
  paperEntriesOf,
  tallySheetsOf,
  upsertPaperEntries,
  upsertTallySheet,
} from '../repository/ballots.ts';
import { mobileBoxesOf, tellersOf, type RoundRow } from '../repository/polling.ts';
import { canonicalMarks, pollingRound, requireWriteIns } from './rounds.ts';
import { loadElection, requireCommittee } from './shared.ts';

async function requirePaperBox(
  db: Queryable,
  villageId: string,
  electionId: string,
  round: RoundRow,
  box: string,
): Promise<void> {
  if (round.method !== 'paper')
    throw new DomainError('election_not_polling', { round: round.round });
  const mobile = (await mobileBoxesOf(db, villageId, electionId)).some(
    (b) => b.round === round.round && b.box === box,
  );
  if (box !== 'central' && !mobile)
    throw new DomainError('validation_failed', {}, [
      { field: 'box', error: 'election_box_unknown' },
    ]);
}

/**
 * 唱票、计票: while the caller reads each ballot of a box out, each of two counters enters it
 * on their own (numbered as it comes out of the box). A counter may correct their own entry;
 * the count needs every number entered by two counters, alike (tally_entries_differ).
 */
export async function enterPaperBallots(
  cmd: CommandContext,
  input: {
    electionId: string;
    box: string;
    entries: ReadonlyArray<{ number: number; marks: Marks }>;
  },
) {
  return cmd.db.transaction(async (tx) => {
    const election = await loadElection(tx, cmd, input.electionId, 'FOR SHARE');
    const round = await pollingRound(tx, cmd.villageId, election.id);
    await requirePaperBox(tx, cmd.villageId, election.id, round, input.box);
    const counter = (await tellersOf(tx, cmd.villageId, election.id)).some(
      (t) => t.round === round.round && t.role === 'counter' && t.person_id === cmd.personId,
    );
    if (!counter || !cmd.personId) throw new DomainError('election_counter_only');
    const entries = input.entries.map((e) => ({
      number: e.number,
      marks: canonicalMarks(round.posts, e.marks),
    }));
    await requireWriteIns(
      tx,
      cmd.villageId,
      round.posts,
      entries.map((e) => e.marks),
    );
    await upsertPaperEntries(
      tx,
      cmd.villageId,
      election.id,
      round.round,
      cmd.personId,
      input.box,
      entries,
    );
    await recordEvent(
      cmd,
      tx,
      'election.paperBallotsEntered',
      { type: 'election', id: election.id },
      { round: round.round, box: input.box, numbers: entries.map((e) => e.number) },
    );
    return { id: election.id, findings: [] };
  });
}

/**
 * A box's tally sheet (计票单): the ballots handed out there (from the receipts) and taken
 * out of the box, signed by at least two of the round's published tellers.
 */
export async function signTallySheet(
  cmd: CommandContext,
  input: {
    electionId: string;
    box: string;
    returned: number;
    signedBy: readonly string[];
    on?: string | undefined;
  },
) {
  const on = actDate(cmd, 'on', input.on);
  return cmd.db.transaction(async (tx) => {
    const election = await loadElection(tx, cmd, input.electionId, 'FOR SHARE');
    await requireCommittee(tx, cmd, election, 'count', on);
    const round = await pollingRound(tx, cmd.villageId, election.id);
    await requirePaperBox(tx, cmd.villageId, election.id, round, input.box);
    const tellers = new Set(
      (await tellersOf(tx, cmd.villageId, election.id))
        .filter((t) => t.round === round.round)
        .map((t) => t.person_id),
    );
    const signers = [...new Set(input.signedBy)];
    if (signers.length < 2 || signers.some((s) => !tellers.has(s)))
      throw new DomainError('validation_failed', {}, [
        { field: 'signedBy', error: 'election_signers' },
      ]);
    const issued =
      (await issuedByBox(tx, cmd.villageId, election.id, round.round)).get(input.box) ?? 0;
    await upsertTallySheet(tx, cmd.villageId, election.id, round.round, {
      box: input.box,
      issued,
      returned: input.returned,
      signed_by: signers,
      signed_on: on,
    });
    await recordEvent(
      cmd,
      tx,
      'election.tallySheetSigned',
      { type: 'election', id: election.id },
      {
        on,
        round: round.round,
        box: input.box,
        issued,
        returned: input.returned,
        signedBy: signers,
      },
    );
    return { id: election.id, findings: [] };
  });
}

/**
 * The paper ballots of a round as the count takes them: per box, every number entered by
 * two counters alike, as many as the box's signed sheet says came out of it, and the box's
 * ballots handed out matching its receipts. Refused otherwise, naming the ballot or the box.
 */
export async function reconciledPaperBallots(
  db: Queryable,
  villageId: string,
  electionId: string,
  round: RoundRow,
): Promise<Marks[]> {
  const entries = await paperEntriesOf(db, villageId, electionId, round.round);
  const sheets = await tallySheetsOf(db, villageId, electionId, round.round);
  const issued = await issuedByBox(db, villageId, electionId, round.round);
  const boxes = new Set([
    ...issued.keys(),
    ...entries.map((e) => e.box),
    ...sheets.map((s) => s.box),
  ]);
  const out: Marks[] = [];
  for (const box of [...boxes].sort()) {
    const own = entries.filter((x) => x.box === box);
    // every number not yet entered alike by two counters, named at once
    const [check] = paperCheck(own);
    const unready = [...(check?.differing ?? []), ...(check?.single ?? [])].sort((a, b) => a - b);
    if (unready.length)
      throw new DomainError('tally_entries_differ', { number: unready.join('、') });
    const byNumber = new Map<number, Marks>();
    for (const e of own) byNumber.set(e.number, e.marks);
    for (const [, marks] of [...byNumber].sort((a, b) => a[0] - b[0])) out.push(marks);
    const sheet = sheets.find((s) => s.box === box);
    const handedOut = issued.get(box) ?? 0;
    if (!sheet || sheet.returned !== byNumber.size || sheet.issued !== handedOut)
      throw new DomainError('ballots_unreconciled', {
        box,
        returned: sheet?.returned ?? byNumber.size,
        issued: handedOut,
      });
  }
  return out;
}
