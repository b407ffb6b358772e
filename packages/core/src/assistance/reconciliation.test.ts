import { describe, expect, it } from 'vitest';
import { ballotCount, reconcile } from './reconciliation.ts';

/** An election's round: the roll (due), the printed roll signed for a ballot (paper), online ballots. */
const round = (paper: string[], online: string[], due = ['a', 'b', 'c', 'd']) =>
  reconcile({ due, paper, online });

describe('an election round reconciled: each voter in exactly one group', () => {
  it('signed the printed roll only: paper only', () => {
    const r = round(['a'], []);
    expect(r.paperOnly).toEqual(['a']);
    expect([r.onlineOnly, r.both, r.notDue]).toEqual([[], [], []]);
    expect(r.neither).toEqual(['b', 'c', 'd']);
  });

  it('a ballot online only: online only', () => {
    const r = round([], ['b']);
    expect(r.onlineOnly).toEqual(['b']);
    expect([r.paperOnly, r.both]).toEqual([[], []]);
  });

  it('on both records: two ballots to one voter, in both and in neither paper only nor online only', () => {
    const r = round(['a', 'c'], ['c']);
    expect(r.both).toEqual(['c']);
    expect(r.paperOnly).toEqual(['a']);
    expect(r.onlineOnly).toEqual([]);
    // counted once as a voter who took part
    expect(r.countedOnce).toBe(2);
  });

  it('on the roll and on neither record: neither', () => {
    expect(round(['a'], ['b']).neither).toEqual(['c', 'd']);
    expect(round(['a', 'b'], ['c', 'd']).neither).toEqual([]);
  });

  it('on a record but not on the roll: not entitled (notDue), not counted', () => {
    const r = round(['x'], ['y']);
    expect(r.notDue).toEqual(['x', 'y']);
    expect(r.countedOnce).toBe(0);
    expect(r.neither).toEqual(['a', 'b', 'c', 'd']);
  });

  it('every voter on the roll lands in exactly one of the four groups', () => {
    const r = round(['a', 'b'], ['b', 'c']);
    const all = [...r.paperOnly, ...r.onlineOnly, ...r.both, ...r.neither].sort();
    expect(all).toEqual(['a', 'b', 'c', 'd']);
  });
});

describe('the ballots issued against the ballots cast', () => {
  it('counts one ballot per record: a voter on both received two', () => {
    const c = ballotCount(round(['a', 'b'], ['b', 'c']), null);
    expect(c).toEqual({ paper: 2, online: 2, issued: 4, cast: null, agree: null });
  });

  it.each([
    // issued 3: cast one fewer, equal, one more
    [2, false],
    [3, true],
    [4, false],
  ])('3 issued and %i cast: agree %s', (cast, agree) => {
    expect(ballotCount(round(['a', 'b'], ['c']), cast).agree).toBe(agree);
  });

  it('a ballot to one not on the roll is still a ballot issued', () => {
    expect(ballotCount(round(['x'], []), 1)).toMatchObject({ issued: 1, agree: true });
  });
});
