import { describe, expect, it } from 'vitest';
import { atLeastThird, ballotPosts, boxesOf, kindKey, overHalf, roundOf } from './rounds.ts';
import type { ElectionDetail, RoundView, SheetData } from './sheet.tsx';

/**
 * The figures the papers and the projector mark with ✔ (docs/elections.md, The result): more
 * than half of those who voted elects in a first round (801 voted: 400 ✘, 401 ✔), a third of
 * the ballots cast in a runoff (900: 299 ✘, 300 ✔), more than half of the registered makes the
 * poll valid (1,000: 500 ✘, 501 ✔); and what a ballot lists.
 */
describe('the bars the papers mark', () => {
  it('more than half, strictly: n−1 and n fail, n+1 passes', () => {
    expect([400, 401, 402].map((v) => overHalf(v, 801))).toEqual([false, true, true]);
    expect([499, 500, 501].map((v) => overHalf(v, 1000))).toEqual([false, false, true]);
  });

  it('a third, inclusive: n−1 fails, n and n+1 pass', () => {
    expect([299, 300, 301].map((v) => atLeastThird(v, 900))).toEqual([false, true, true]);
    expect([0, 1].map((v) => atLeastThird(v, 2))).toEqual([false, true]);
  });
});

const name = (zh: string) => ({ zh, en: zh });
const nominee = (id: string, status: string, listPosition: number | null) => ({
  id,
  personId: id,
  name: id,
  status,
  listPosition,
});

function data(rounds: Array<Partial<RoundView>>, round: number | null = null): SheetData {
  const detail = {
    posts: [
      {
        id: 'member',
        name: name('委员'),
        seats: 2,
        writeIns: true,
        nominees: [
          nominee('c', 'candidate', 3),
          nominee('x', 'withdrawn', null),
          nominee('a', 'candidate', 1),
          nominee('r', 'reserve', null),
          nominee('b', 'candidate', 2),
        ],
      },
    ],
  } as unknown as ElectionDetail;
  return {
    detail,
    village: {} as SheetData['village'],
    roll: null,
    resolutionNumber: null,
    rounds: { rounds: rounds as RoundView[], proxies: [], proxiesFingerprint: null },
    result: null,
    round,
  };
}

describe('what a ballot lists', () => {
  it('before the polling notice, the published list in its order, without reserves or the withdrawn', () => {
    const [post] = ballotPosts(data([]));
    expect(post!.candidates.map((c) => c.personId)).toEqual(['a', 'b', 'c']);
    expect(post).toMatchObject({ seats: 2, writeIns: true });
    expect(boxesOf(null)).toEqual(['central']);
  });

  it('a runoff prints only its own candidates; ?round=N picks an earlier round', () => {
    const first = { round: 1, kind: 'first', forWomen: false, posts: [], mobileBoxes: [] };
    const runoff = {
      round: 2,
      kind: 'runoff',
      forWomen: false,
      mobileBoxes: [{ box: 'm1' }],
      posts: [{ id: 'member', name: name('委员'), seats: 1, writeIns: false, candidates: [] }],
    } as unknown as Partial<RoundView>;
    const d = data([first as Partial<RoundView>, runoff]);
    expect(roundOf(d)?.round).toBe(2);
    expect(ballotPosts(d)[0]).toMatchObject({ seats: 1, writeIns: false });
    expect(boxesOf(roundOf(d))).toEqual(['central', 'm1']);
    expect(roundOf(data([first as Partial<RoundView>, runoff], 1))?.round).toBe(1);
    expect(kindKey(roundOf(d)!)).toBe('elections.paper.kind.runoff');
    expect(kindKey({ ...roundOf(d)!, forWomen: true })).toBe('elections.paper.kind.women');
  });
});
