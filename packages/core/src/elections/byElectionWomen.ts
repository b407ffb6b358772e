import type { CalendarDate } from '../calendarDate.ts';
import { finding, type Finding } from '../rules/findings.ts';
import type { RuleParams } from '../rules/profile.ts';
import type { RoundResult } from './count.ts';
import { candidateRange } from './nomination.ts';
import { standing } from './result.ts';
import type { Post } from './sheets.ts';

/**
 * 村民委员会成员中，应当有妇女成员 (VCOL-06-SIZE, Art. 8 of the 2025 text): a by-election
 * of the villagers' committee opened while no woman serves on it (the seat kept for a woman
 * left vacant at certification, `women_seat_vacant`, or the woman member gone) must seat a
 * woman. The seat kept for her is one seat on `postId` (the by-election's post with most
 * seats, as womenCheck chooses), and the by-election follows the election's procedure
 * (补选程序参照第十八条), so its list is 差额 for that seat too: at least as many women on
 * that post as one seat asks (candidateRange(1): two by default).
 */
export function byElectionWomenListFindings(
  on: CalendarDate,
  posts: readonly Post[],
  postId: string,
  women: ReadonlySet<string>,
  p: Pick<RuleParams, 'VCOL-15-SURPLUS'>,
): Finding[] {
  const post = posts.find((x) => x.id === postId);
  if (!post) return [];
  const count = post.candidates.filter((id) => women.has(id)).length;
  const { min } = candidateRange(1, p);
  if (count >= min) return [];
  return [
    finding(on, 'VCOL-06-SIZE', 'byelection_women_short', {
      post: post.name.zh,
      postEn: post.name.en,
      min,
      count,
    }),
  ];
}

/** One winner of a by-election to seat. */
export interface ByElectionWinner {
  postId: string;
  id: string;
  votes: number;
}

type Counted = { posts: readonly Post[]; rounds: readonly RoundResult[] };

/**
 * The man elected to the seat kept for a woman (`womenPostId`) when no woman is elected: the
 * lowest winner on that post. He is not seated: the law keeps the seat for a woman, so it stays
 * vacant for another by-election, with the finding recorded. Null when a woman is elected.
 */
export function womenSeatLeftVacant(
  on: CalendarDate,
  record: Counted & { womenPostId?: string | null },
  women: ReadonlySet<string>,
): { id: string; finding: Finding } | null {
  if (!record.womenPostId) return null;
  const posts = standing(record.posts, record.rounds).posts;
  if (posts.some((s) => s.elected.some((e) => women.has(e.id)))) return null;
  const lowest = posts.find((s) => s.postId === record.womenPostId)?.elected.at(-1);
  if (!lowest) return null;
  return {
    id: lowest.id,
    finding: finding(on, 'VCOL-06-SIZE', 'byelection_women_seat_vacant', {}),
  };
}

/** Those a certified by-election seats: every winner but the one left out of the women's seat. */
export function byElectionSeats(
  record: Counted & { womenSeatLeftVacant?: string | null },
): ByElectionWinner[] {
  return standing(record.posts, record.rounds).posts.flatMap((s) =>
    s.elected
      .filter((e) => e.id !== record.womenSeatLeftVacant)
      .map((e) => ({ postId: s.postId, id: e.id, votes: e.votes })),
  );
}
