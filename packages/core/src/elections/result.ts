import type { CalendarDate } from '../calendarDate.ts';
import { finding, type Finding } from '../rules/findings.ts';
import type { RuleParams } from '../rules/profile.ts';
import { meets } from '../rules/threshold.ts';
import {
  bestOf,
  countRound,
  type CountParams,
  type Placed,
  type RoundInput,
  type RoundKind,
  type RoundResult,
} from './count.ts';
import type { Post } from './sheets.ts';

/** Where one post stands after the rounds held so far. */
export interface PostStanding {
  postId: string;
  elected: readonly Placed[];
  tied: { candidates: readonly Placed[]; seats: number } | null;
  open: number;
  runoffCandidates: readonly Placed[];
  /** A runoff was held: seats still open stay vacant (补选 later). */
  runoffHeld: boolean;
}

export interface Standing {
  posts: readonly PostStanding[];
  /** The round still to hold, with its posts (seats and candidates), or null when done. */
  next: { kind: RoundKind; posts: Post[] } | null;
}

/**
 * The election after its rounds, in order: winners so far, ties to re-vote,
 * seats for the runoff (once), vacancies. A void round is held again.
 */
export function standing(posts: readonly Post[], rounds: readonly RoundResult[]): Standing {
  const state = new Map<string, PostStanding>(
    posts.map((p) => [
      p.id,
      {
        postId: p.id,
        elected: [],
        tied: null,
        open: p.seats,
        runoffCandidates: [],
        runoffHeld: false,
      },
    ]),
  );
  let last: { round: RoundResult; posts: Post[] } | null = null;
  for (const round of rounds) {
    // the women's runoff comes after the others and calls for none (womenCheck decides it)
    if (round.kind === 'women') {
      if (round.valid) for (const r of round.posts) seatWoman(state, r.postId, r.elected);
      continue;
    }
    last = { round, posts: round.posts.map((r) => roundPost(posts, state, round.kind, r.postId)) };
    if (!round.valid) continue;
    for (const r of round.posts) {
      const s = state.get(r.postId)!;
      const elected = [...s.elected, ...r.elected];
      if (round.kind === 'first')
        state.set(r.postId, {
          ...s,
          elected,
          tied: r.tied,
          open: r.open,
          runoffCandidates: r.runoffCandidates,
        });
      else if (round.kind === 'revote')
        state.set(r.postId, { ...s, elected, tied: r.tied, open: s.open + r.open });
      else state.set(r.postId, { ...s, elected, tied: r.tied, open: r.open, runoffHeld: true });
    }
  }
  const result = [...state.values()];
  if (last && !last.round.valid)
    return { posts: result, next: { kind: last.round.kind, posts: last.posts } };
  if (rounds.length === 0) return { posts: result, next: { kind: 'first', posts: [...posts] } };
  const tied = result.filter((s) => s.tied);
  if (tied.length)
    return {
      posts: result,
      next: { kind: 'revote', posts: tied.map((s) => roundPost(posts, state, 'revote', s.postId)) },
    };
  const open = result.filter((s) => s.open > 0 && !s.runoffHeld && s.runoffCandidates.length > 0);
  if (open.length)
    return {
      posts: result,
      next: { kind: 'runoff', posts: open.map((s) => roundPost(posts, state, 'runoff', s.postId)) },
    };
  return { posts: result, next: null };
}

/**
 * A women's runoff's winner takes the seat of the post's last winner (the one womenCheck
 * vacated); with no woman elected (none reached a third), the seat stays as it was and
 * womenCheck calls for the women's runoff again.
 */
function seatWoman(state: Map<string, PostStanding>, postId: string, won: readonly Placed[]) {
  const s = state.get(postId)!;
  if (won.length === 0 || s.elected.length === 0) return;
  state.set(postId, { ...s, elected: [...s.elected.slice(0, -won.length), ...won] });
}

/** A post as printed on the ballot of a round: all of it first; then its ties or its runoff. */
function roundPost(
  posts: readonly Post[],
  state: ReadonlyMap<string, PostStanding>,
  kind: RoundKind,
  postId: string,
): Post {
  const post = posts.find((p) => p.id === postId)!;
  const s = state.get(postId)!;
  if (kind === 'first') return { ...post };
  if (kind === 'revote' && s.tied)
    return {
      ...post,
      seats: s.tied.seats,
      writeIns: false,
      candidates: s.tied.candidates.map((c) => c.id),
    };
  return {
    ...post,
    seats: s.open,
    writeIns: false,
    candidates: s.runoffCandidates.map((c) => c.id),
  };
}

/**
 * At least one woman on the villagers' committee (VCOL-06-SIZE), by the
 * profile's method (VCOL-15-WIN womenByRunoff), checked before the result is
 * certified:
 * - by default the woman with most votes among those past the first round's
 *   bar on `womenPostId` takes the seat of the winner there with the fewest
 *   votes; with no such woman, as below;
 * - womenByRunoff: that seat goes to a runoff among the women candidates.
 * The runoff (a round of kind `women`, one seat) is among the women with most
 * votes on that post in the first round, as many as the 差额 needs; its winner
 * takes the vacated seat (standing).
 *
 * Fewer than two women drew a vote on that post: a runoff among the women could not
 * have more candidates than its one seat, as the statute asks of every candidate list
 * (候选人的名额应当多于应选名额, VCOL-15-SURPLUS), so none is held. A woman past the
 * first round's bar then takes the seat as by default (womenByRunoff too). Else the seat kept for a
 * woman stays vacant (`vacant`: the lowest winner is not seated, or a seat the runoff
 * left open stays so) and is filled by a by-election (补选) that must elect a woman
 * (byElectionWomen.ts);
 * the result is certified with the missing woman recorded (VCOL-06-SIZE), not refused
 * for ever. `impossible` is left for a post the first round did not count.
 */
export type WomenCheck =
  | { status: 'satisfied' }
  | { status: 'replace'; out: Placed; in: Placed }
  | { status: 'runoff'; vacated: Placed; candidates: readonly Placed[] }
  | { status: 'vacant'; vacated: Placed | null; finding: Finding }
  | { status: 'impossible'; finding: Finding };

export function womenCheck(
  on: CalendarDate,
  womenPostId: string,
  standingNow: Standing,
  first: RoundResult,
  isWoman: (personId: string) => boolean,
  p: RuleParams,
): WomenCheck {
  const elected = standingNow.posts.flatMap((s) => s.elected);
  if (elected.some((e) => isWoman(e.id))) return { status: 'satisfied' };
  const post = standingNow.posts.find((s) => s.postId === womenPostId);
  const tally = first.posts.find((r) => r.postId === womenPostId)?.tally;
  if (!post || !tally)
    return { status: 'impossible', finding: finding(on, 'VCOL-06-SIZE', 'women_none_elected') };
  const lowest = post.elected.at(-1) ?? null;
  const women = [...tally.votes]
    .filter(([id, v]) => isWoman(id) && v > 0)
    .map(([id, votes]) => ({ id, votes }))
    .sort((a, b) => b.votes - a.votes || (a.id < b.id ? -1 : 1));
  const passing = women.filter((w) => meets(w.votes, first.voted, p['VCOL-15-WIN'].votes));
  if (!p['VCOL-15-WIN'].womenByRunoff && passing[0] && lowest)
    return { status: 'replace', out: lowest, in: passing[0] };
  // 另行选举 among the women who drew most votes, still 差额 for the one seat (ties at the cut all go)
  const field = bestOf(women, 1, p);
  if (lowest && field.length > 1) return { status: 'runoff', vacated: lowest, candidates: field };
  // no 差额 among the women: one past the bar takes the seat, as by default
  if (passing[0] && lowest) return { status: 'replace', out: lowest, in: passing[0] };
  const vacant = finding(on, 'VCOL-06-SIZE', 'women_seat_vacant', { count: women.length });
  return { status: 'vacant', vacated: lowest, finding: vacant };
}

/** A bulletin as published after the count: enough for anyone to recount every round. */
export interface Bulletin {
  posts: readonly Post[];
  rounds: ReadonlyArray<Omit<RoundInput, 'posts'> & { posts?: readonly Post[] }>;
}

/**
 * Recounts an election from its bulletin (the CLI runs this on the export):
 * each round's posts are those `standing` says that round had, unless the
 * bulletin lists them. Returns every round's result and the standing.
 */
export function recount(
  bulletin: Bulletin,
  p: CountParams,
): { rounds: RoundResult[]; standing: Standing } {
  const rounds: RoundResult[] = [];
  for (const r of bulletin.rounds) {
    const expected = standing(bulletin.posts, rounds).next;
    const posts = r.posts ?? expected?.posts ?? [];
    rounds.push(countRound({ ...r, posts, ballots: r.ballots }, p));
  }
  return { rounds, standing: standing(bulletin.posts, rounds) };
}
