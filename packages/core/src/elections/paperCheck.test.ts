import { describe, expect, it } from 'vitest';
import { paperCheck } from './paperCheck.ts';

const A = { post: ['a'] };
const B = { post: ['b'] };

describe('paperCheck: which paper ballots the count can take (two counters, alike)', () => {
  it('counts a number entered alike by both counters as agreed', () => {
    expect(
      paperCheck([
        { box: 'central', number: 1, marks: A },
        { box: 'central', number: 1, marks: A },
      ]),
    ).toEqual([{ box: 'central', agreed: 1, differing: [], single: [] }]);
  });

  it('lists every number the two entered differently, and every number only one has entered', () => {
    expect(
      paperCheck([
        { box: 'central', number: 3, marks: A },
        { box: 'central', number: 3, marks: B },
        { box: 'central', number: 1, marks: A },
        { box: 'central', number: 1, marks: A },
        { box: 'central', number: 2, marks: B },
        { box: 'central', number: 4, marks: A },
        { box: 'central', number: 4, marks: B },
      ]),
    ).toEqual([{ box: 'central', agreed: 1, differing: [3, 4], single: [2] }]);
  });

  it('keeps boxes apart, in order', () => {
    const out = paperCheck([
      { box: 'm1', number: 1, marks: A },
      { box: 'central', number: 1, marks: A },
      { box: 'central', number: 1, marks: A },
    ]);
    expect(out.map((b) => b.box)).toEqual(['central', 'm1']);
    expect(out[1]).toEqual({ box: 'm1', agreed: 0, differing: [], single: [1] });
  });

  it('has nothing to say before any entry', () => {
    expect(paperCheck([])).toEqual([]);
  });
});
