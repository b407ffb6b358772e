import type { CalendarDate } from '../calendarDate.ts';
import { finding, type Finding } from '../rules/findings.ts';
import type { RuleParams } from '../rules/profile.ts';
import { meets, required, type Threshold } from '../rules/threshold.ts';
import { candidateRange } from './nomination.ts';
import { byVotes, tallySheets, type Marks, type Post, type PostTally } from './sheets.ts';

/**
 * 第一次投票 (first round), 另行选举 (runoff for seats left open),
 * 重新投票 among candidates tied at the cut-off, or the women's runoff
 * (妇女成员另行选举: one seat among the women, when the count elected none; womenCheck).
 */
export type RoundKind = 'first' | 'runoff' | 'revote' | 'women';

/**
 * The numbers a count reads (turnout, the winner's bar, the runoff's third, the 差额 of a
 * runoff's field): what a published bulletin carries so that anyone recounts from it alone.
 */
export type CountParams = Pick<
  RuleParams,
  'VCOL-15-VALID' | 'VCOL-15-WIN' | 'VCOL-15-RUNOFF' | 'VCOL-15-SURPLUS'
>;

export interface RoundInput {
  on: CalendarDate;
  kind: RoundKind;
  /** 登记参加选举的村民 (for a by-election at a meeting: see office.ts byElectionTurnout). */
  registered: number;
  /** 参加投票的村民: voters who took a ballot (the winning base), not valid ballots. */
  voted: number;
  /** The posts of this round: for a runoff or re-vote, its open seats and its candidates. */
  posts: readonly Post[];
  /** Every ballot taken out of the boxes (已投选票), as read: the bulletin's contents. */
  ballots: readonly Marks[];
}

export interface Placed {
  id: string;
  votes: number;
}

export interface PostResult {
  postId: string;
  tally: PostTally;
  elected: readonly Placed[];
  /** Candidates tied at the cut-off: re-vote among them for `seats`. */
  tied: { candidates: readonly Placed[]; seats: number } | null;
  /** Seats neither elected nor tied: 另行选举 (after a runoff, left vacant). */
  open: number;
  /** For open seats after the first round: the best non-winners, still 差额. */
  runoffCandidates: readonly Placed[];
}

export interface RoundResult {
  kind: RoundKind;
  valid: boolean;
  registered: number;
  voted: number;
  ballotsCast: number;
  posts: readonly PostResult[];
  /** Why the round is void (VCOL-15-VALID), or what still needs doing. */
  findings: readonly Finding[];
}

/**
 * Counts one round from its ballots and applies the statute (VCOL-15-VALID,
 * -WIN, -RUNOFF) and 浙江 Art. 28:
 * - valid only if more than half of the registered voted, and no more
 *   ballots came out than voters took;
 * - first round: a candidate wins with more than half of the voters who
 *   voted; more winners than seats → most votes; a tie across the cut → re-vote
 *   among the tied; seats short → runoff among the best non-winners (差额);
 * - runoff (and the women's runoff): most votes wins, with at least a third of the ballots cast;
 * - re-vote: most votes among the tied.
 * Pure: the same ballots in any order give the same result.
 */
export function countRound(input: RoundInput, p: CountParams): RoundResult {
  const { on, registered, voted } = input;
  const ballotsCast = input.ballots.length;
  const base = { kind: input.kind, registered, voted, ballotsCast };
  const turnout = p['VCOL-15-VALID'].turnout;
  const tallies = tallySheets(input.posts, input.ballots);
  const voidFindings: Finding[] = [];
  if (!meets(voted, registered, turnout))
    voidFindings.push(
      finding(on, 'VCOL-15-VALID', 'election_turnout', {
        voted,
        registered,
        required: required(registered, turnout),
      }),
    );
  if (ballotsCast > voted)
    voidFindings.push(
      finding(on, 'VCOL-15-VALID', 'ballots_exceed_voters', { cast: ballotsCast, voted }),
    );
  if (voidFindings.length) {
    const posts = tallies.map((tally) => ({
      postId: tally.postId,
      tally,
      elected: [],
      tied: null,
      open: input.posts.find((x) => x.id === tally.postId)!.seats,
      runoffCandidates: [],
    }));
    return { ...base, valid: false, posts, findings: voidFindings };
  }
  const posts = input.posts.map((post, i) => placePost(input, post, tallies[i]!, p));
  const findings = posts
    .filter((r) => r.tied)
    .map((r) => {
      const post = input.posts.find((x) => x.id === r.postId)!;
      return finding(on, 'VCOL-15-WIN', 'result_tie_pending', {
        post: post.name.zh,
        postEn: post.name.en,
        count: r.tied!.candidates.length,
      });
    });
  return { ...base, valid: true, posts, findings };
}

/** Who passes the round's bar: 过半数 of voters, ≥ 1/3 of ballots cast, or anyone in a re-vote. */
function bar(input: RoundInput, p: CountParams): { base: number; t: Threshold } | null {
  if (input.kind === 'first') return { base: input.voted, t: p['VCOL-15-WIN'].votes };
  if (input.kind === 'runoff' || input.kind === 'women')
    return { base: input.ballots.length, t: p['VCOL-15-RUNOFF'].votes };
  return null;
}

function placePost(input: RoundInput, post: Post, tally: PostTally, p: CountParams): PostResult {
  const b = bar(input, p);
  const ranked = byVotes(tally.votes);
  const passing = ranked.filter((r) => r.votes > 0 && (!b || meets(r.votes, b.base, b.t)));
  const seats = post.seats;
  let elected = passing.slice(0, seats);
  let tied: PostResult['tied'] = null;
  const cut = passing[seats - 1];
  if (cut && passing[seats] && passing[seats].votes === cut.votes) {
    elected = passing.filter((r) => r.votes > cut.votes);
    tied = {
      candidates: passing.filter((r) => r.votes === cut.votes),
      seats: seats - elected.length,
    };
  }
  const open = seats - elected.length - (tied?.seats ?? 0);
  const taken = new Set([...elected, ...(tied?.candidates ?? [])].map((r) => r.id));
  const runoffCandidates =
    input.kind === 'first' && open > 0
      ? bestOf(
          ranked.filter((r) => !taken.has(r.id)),
          open,
          p,
        )
      : [];
  return { postId: post.id, tally, elected, tied, open, runoffCandidates };
}

/** The best non-winners for `seats` open seats, as many as the 差额 needs (ties at the cut all go). */
export function bestOf(rest: readonly Placed[], seats: number, p: CountParams): Placed[] {
  const withVotes = rest.filter((r) => r.votes > 0);
  const want = candidateRange(seats, p).min;
  const last = withVotes[want - 1];
  if (!last) return withVotes;
  return withVotes.filter((r, i) => i < want || r.votes === last.votes);
}
