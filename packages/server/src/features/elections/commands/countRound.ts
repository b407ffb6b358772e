import { randomUUID } from 'node:crypto';
import { DomainError } from '@cunzhi/core/errors';
import { countRound as countBallots, type RoundResult } from '@cunzhi/core/elections/count';
import type { Marks } from '@cunzhi/core/elections/sheets';
import { standing } from '@cunzhi/core/elections/result';
import type { CalendarDate } from '@cunzhi/core/calendarDate';
import { RuleRefusal } from '@cunzhi/core/rules/findings';
import type { Tx } from '../../../platform/db/database.ts';
import type { ElectionRow } from '../repository.ts';
import type { CommandContext } from '../../../platform/command.ts';
import { actDate } from '../../../platform/command.ts';
import { dateField } from '../../../platform/fields.ts';
import { recordEvent } from '../../../platform/audit/record.ts';
import { digestOf, withFreshIds } from '../../../platform/ballots/box.ts';
import { rollPersonIds } from '../repository.ts';
import { emptyRoundBox, insertBulletin, votedIn } from '../repository/ballots.ts';
import { countedRound, insertRound, insertTellers, tellersOf } from '../repository/polling.ts';
import { settleRoundBox } from './ballots.ts';
import { reconciledPaperBallots } from './paperBallots.ts';
import { currentRound, nextRound, pollingRound } from './rounds.ts';
import { applyAct, findingViews, loadElection, paramsOn, requireCommittee } from './shared.ts';
import { womenCheckOf, womenRunoffPost } from './womenCheck.ts';

/** A bulletin line: `<id> <marks as JSON>` (the marks as stored: posts in order, names sorted). */
export const bulletinLine = (b: { id: string; marks: Marks }) =>
  `${b.id} ${JSON.stringify(b.marks)}`;

/** A round's result as stored: each post's votes as [person, votes] pairs (a Map is not JSON). */
export type StoredResult = Omit<RoundResult, 'posts'> & {
  posts: Array<
    Omit<RoundResult['posts'][number], 'tally'> & {
      tally: Omit<RoundResult['posts'][number]['tally'], 'votes'> & {
        votes: Array<[string, number]>;
      };
    }
  >;
};

export function storedResult(r: RoundResult): StoredResult {
  return {
    ...r,
    posts: r.posts.map((p) => ({ ...p, tally: { ...p.tally, votes: [...p.tally.votes] } })),
  };
}

export function revivedResult(r: StoredResult): RoundResult {
  return {
    ...r,
    posts: r.posts.map((p) => ({ ...p, tally: { ...p.tally, votes: new Map(p.tally.votes) } })),
  };
}

/**
 * 公开计票 (the machine's count, on polling day): the round's ballots — an electronic
 * round's secret box emptied and dropped, or the paper ballots entered twice alike and
 * reconciled box by box — are counted by core's countRound (turnout over half of the
 * registered; a winner over half of those who voted; ties and open seats). They go into the
 * bulletin under fresh random ids in the order of those ids, and the bulletin's digest into
 * the count's audit event, so anyone recounts (core's recount). One transaction.
 */
export async function countRound(
  cmd: CommandContext,
  input: { electionId: string; on?: string | undefined },
) {
  const on = actDate(cmd, 'on', input.on);
  const before = await currentRound(cmd.db, cmd.villageId, input.electionId);
  if (before) await settleRoundBox(cmd, input.electionId, before);
  return cmd.db.transaction(async (tx) => {
    const election = await loadElection(tx, cmd, input.electionId);
    await requireCommittee(tx, cmd, election, 'count', on);
    const round = await pollingRound(tx, cmd.villageId, election.id);
    const ballots: Marks[] =
      round.method === 'electronic'
        ? (await emptyRoundBox(tx, round.id)).map((m) => JSON.parse(m) as Marks)
        : await reconciledPaperBallots(tx, cmd.villageId, election.id, round);
    const registered = (await rollPersonIds(tx, cmd.villageId, election.id)).size;
    const voted = await votedIn(tx, cmd.villageId, election.id, round.round);
    const p = await paramsOn(tx, cmd, on);
    const result = countBallots(
      { on, kind: round.kind, registered, voted, posts: round.posts, ballots },
      p,
    );
    const { findings } = await applyAct(tx, cmd, election, {
      step: 'count',
      on,
      posts: round.posts,
      result,
    });
    const published = withFreshIds(ballots.map((marks) => ({ marks })));
    const digest = digestOf(published, bulletinLine);
    await insertBulletin(tx, cmd.villageId, election.id, round.round, published);
    await countedRound(tx, cmd.villageId, election.id, round.round, {
      on,
      registered,
      voted,
      ballotsCast: ballots.length,
      result: storedResult(result),
      digest,
    });
    await recordEvent(
      cmd,
      tx,
      'election.counted',
      { type: 'election', id: election.id },
      {
        on,
        round: round.round,
        kind: round.kind,
        method: round.method,
        registered,
        voted,
        ballotsCast: ballots.length,
        digest,
        valid: result.valid,
        elected: result.posts.map((x) => ({ postId: x.postId, elected: x.elected })),
        findings: findingViews(findings, 'zh-CN'),
      },
    );
    return { id: election.id, findings };
  });
}

/**
 * The women's runoff, when no other round is due and the villagers' committee elected no
 * woman (womenCheck calls for one). None can be held with fewer than two women who drew a
 * vote (no 差额: the seat kept for a woman stays vacant for a by-election, and the result
 * is certified) or on a post not counted: refused with its article and the reason.
 */
async function womenRunoffDue(
  tx: Tx,
  cmd: CommandContext,
  election: ElectionRow,
  on: CalendarDate,
) {
  if (standing(election.record.posts, election.record.rounds).next) return null;
  const facts = await womenCheckOf(tx, cmd.villageId, election, on, await paramsOn(tx, cmd, on));
  if (facts?.check.status === 'impossible' || facts?.check.status === 'vacant')
    throw new RuleRefusal(facts.check.finding);
  return facts ? womenRunoffPost(facts) : null;
}

/**
 * 另行选举, 重新投票, 妇女成员另行选举 or a void round held again (the machine's scheduleRunoff): the next
 * round as core's standing gives it (the tied, the best non-winners for the open seats,
 * still 差额, the women for the seat of the lowest winner, or the void round's own list), its day within the profile's window (a void
 * first round's new day also the notice's days ahead), place and method; its tellers are
 * the last round's (the candidates are the same or fewer, so their recusal still holds).
 */
export async function scheduleRound(
  cmd: CommandContext,
  input: {
    electionId: string;
    pollingOn: string;
    place: string;
    method: 'paper' | 'electronic';
    on?: string | undefined;
  },
) {
  const on = actDate(cmd, 'on', input.on);
  const pollingOn = dateField('pollingOn', input.pollingOn);
  return cmd.db.transaction(async (tx) => {
    const election = await loadElection(tx, cmd, input.electionId);
    await requireCommittee(tx, cmd, election, 'scheduleRunoff', on);
    if (input.method === 'electronic' && election.electorate !== 'representatives')
      throw new DomainError('validation_failed', {}, [
        { field: 'method', error: 'election_method_not_allowed' },
      ]);
    const last = await currentRound(tx, cmd.villageId, election.id);
    const women = await womenRunoffDue(tx, cmd, election, on);
    const out = await applyAct(tx, cmd, election, {
      step: 'scheduleRunoff',
      on,
      pollingOn,
      ...(women ? { women } : {}),
    });
    const next = nextRound(out.record);
    const number = (last?.round ?? 0) + 1;
    await insertRound(tx, cmd.villageId, election.id, {
      round: number,
      id: randomUUID(),
      kind: next.kind,
      posts: next.posts,
      polling_on: pollingOn,
      notice_on: on,
      place: input.place,
      method: input.method,
    });
    const tellers = (await tellersOf(tx, cmd.villageId, election.id)).filter(
      (t) => t.round === last?.round,
    );
    await insertTellers(
      tx,
      cmd.villageId,
      election.id,
      number,
      tellers.map((t) => ({ personId: t.person_id, role: t.role })),
    );
    await recordEvent(
      cmd,
      tx,
      'election.roundScheduled',
      { type: 'election', id: election.id },
      {
        on,
        round: number,
        kind: next.kind,
        pollingOn: input.pollingOn,
        place: input.place,
        posts: next.posts,
        findings: findingViews(out.findings, 'zh-CN'),
      },
    );
    return { id: election.id, findings: out.findings };
  });
}
