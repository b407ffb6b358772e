import type { Marks } from '@cunzhi/core/elections/sheets';

/**
 * A paper tally sheet (each candidate's votes per post, and how many ballots came out) as a pile
 * of ballots core's countRound reads. The count reads only each name's votes and the number of
 * ballots, so any pile with those totals counts the same: each candidate's votes go to
 * consecutive ballots, wrapping round, so no ballot names one person twice and none names more
 * than ⌈votes ÷ ballots⌉ ≤ seats. Blank and void ballots are both empty here (the tally does not
 * need to tell them apart). The caller checks the totals fit (votes ≤ ballots, sum ≤ seats × ballots).
 */
export function ballotsFromTally(
  ballotsCast: number,
  posts: ReadonlyArray<{ postId: string; votes: ReadonlyArray<{ id: string; votes: number }> }>,
): Marks[] {
  const ballots: Array<Record<string, string[]>> = Array.from({ length: ballotsCast }, () => ({}));
  for (const post of posts) {
    let next = 0;
    for (const { id, votes } of post.votes)
      for (let k = 0; k < votes; k++) {
        const ballot = ballots[next % ballotsCast]!;
        (ballot[post.postId] ??= []).push(id);
        next += 1;
      }
  }
  return ballots;
}
