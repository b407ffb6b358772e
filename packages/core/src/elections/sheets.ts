/**
 * One post of a ballot or nomination sheet: its seats, and whether names not
 * on the printed list may be written in (另选他人; 海选 nominations always may).
 */
export interface Post {
  id: string;
  name: { zh: string; en: string };
  seats: number;
  writeIns: boolean;
  /** Printed candidates (person ids), in the order of the published list. */
  candidates: readonly string[];
}

/** What a voter marked: for each post id, the person ids (or write-in keys) chosen. */
export type Marks = Readonly<Record<string, readonly string[]>>;

/** A sheet as counted: per post, the names that count, or why the post is void on it. */
export type ReadPost =
  | { status: 'valid'; names: readonly string[] }
  | { status: 'blank' }
  | { status: 'overSeats'; count: number }
  | { status: 'twoPosts'; name: string };

/**
 * Reads one ballot (or 海选 nomination sheet) as 浙江选举办法 Arts. 17 and 27
 * say: a post naming more people than its seats is void for that post; a
 * person named for two posts voids those posts; a name marked twice on one
 * post counts once; a write-in where the post allows none is left out (the
 * rest of the post still counts). The order of marks never matters.
 */
export function readSheet(posts: readonly Post[], marks: Marks): Map<string, ReadPost> {
  const names = new Map<string, string[]>();
  for (const post of posts) {
    const allowed = new Set(post.candidates);
    const chosen = [...new Set(marks[post.id] ?? [])].filter(
      (n) => post.writeIns || allowed.has(n),
    );
    names.set(post.id, chosen.sort());
  }
  const postsOf = new Map<string, string[]>();
  for (const [postId, chosen] of names)
    for (const n of chosen) postsOf.set(n, [...(postsOf.get(n) ?? []), postId]);
  const out = new Map<string, ReadPost>();
  for (const post of posts) {
    const chosen = names.get(post.id)!;
    const twice = chosen.find((n) => postsOf.get(n)!.length > 1);
    if (twice !== undefined) out.set(post.id, { status: 'twoPosts', name: twice });
    else if (chosen.length > post.seats)
      out.set(post.id, { status: 'overSeats', count: chosen.length });
    else if (chosen.length === 0) out.set(post.id, { status: 'blank' });
    else out.set(post.id, { status: 'valid', names: chosen });
  }
  return out;
}

/** Per post: how many sheets were valid, blank or void, and each name's votes. */
export interface PostTally {
  postId: string;
  valid: number;
  blank: number;
  invalid: number;
  votes: ReadonlyMap<string, number>;
}

/**
 * Counts a pile of sheets post by post. Pure and order-free: the same sheets
 * in any order give the same tally, so a bulletin of every counted ballot can
 * be recounted by anyone.
 */
export function tallySheets(posts: readonly Post[], sheets: readonly Marks[]): PostTally[] {
  const acc = posts.map((p) => ({
    postId: p.id,
    valid: 0,
    blank: 0,
    invalid: 0,
    votes: new Map<string, number>(p.candidates.map((c) => [c, 0])),
  }));
  for (const sheet of sheets) {
    const read = readSheet(posts, sheet);
    for (const t of acc) {
      const r = read.get(t.postId)!;
      if (r.status === 'valid') {
        t.valid += 1;
        for (const n of r.names) t.votes.set(n, (t.votes.get(n) ?? 0) + 1);
      } else if (r.status === 'blank') t.blank += 1;
      else t.invalid += 1;
    }
  }
  return acc;
}

/** Names by votes, most first; equal votes in name order so the listing is reproducible. */
export function byVotes(votes: ReadonlyMap<string, number>): Array<{ id: string; votes: number }> {
  return [...votes]
    .map(([id, v]) => ({ id, votes: v }))
    .sort((a, b) => b.votes - a.votes || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
}
