import { describe, expect, it } from 'vitest';
import {
  areCloseRelatives,
  buildKinGraph,
  closeRelation,
  tiesFromHousehold,
  type KinTie,
} from './kinship.ts';

// 王家: grandfather G, grandmother M; their son F (head) with wife W; F's children C1, C2; C1's son S; F's sister Z;
// D-in-law is C1's wife; U an unrelated lodger. A married-out daughter Y of G lives in another household.
const household = tiesFromHousehold([
  { id: 'F', relationToHead: 'head' },
  { id: 'W', relationToHead: 'spouse' },
  { id: 'C1', relationToHead: 'child' },
  { id: 'C2', relationToHead: 'child' },
  { id: 'DIL', relationToHead: 'childInLaw' },
  { id: 'S', relationToHead: 'grandchild' },
  { id: 'G', relationToHead: 'parent' },
  { id: 'M', relationToHead: 'parent' },
  { id: 'Z', relationToHead: 'sibling' },
  { id: 'U', relationToHead: 'other' },
]);
const extra: KinTie[] = [{ kind: 'parent', a: 'G', b: 'Y' }];
const g = buildKinGraph([...household, ...extra]);

describe('close relatives (Civil Code Art. 1045)', () => {
  it.each([
    ['F', 'W', 'spouse'],
    ['C1', 'F', 'parent'],
    ['C1', 'W', 'parent'],
    ['F', 'C2', 'child'],
    ['C1', 'C2', 'sibling'],
    ['F', 'Z', 'sibling'],
    ['F', 'Y', 'sibling'],
    ['C1', 'G', 'grandparent'],
    ['G', 'C2', 'grandchild'],
    ['S', 'F', 'grandparent'],
    ['S', 'W', null],
    ['F', 'DIL', null],
    ['F', 'U', null],
    ['C1', 'Z', null],
    ['F', 'F', null],
  ])('%s → %s is %s', (a, b, expected) => {
    expect(closeRelation(g, a, b)).toBe(expected);
  });

  it('is symmetric as a yes/no question', () => {
    for (const [a, b] of [
      ['F', 'W'],
      ['C1', 'G'],
      ['F', 'Y'],
      ['F', 'U'],
    ] as const) {
      expect(areCloseRelatives(g, a, b)).toBe(areCloseRelatives(g, b, a));
    }
  });

  it('a household without a head yields no ties', () => {
    expect(tiesFromHousehold([{ id: 'A', relationToHead: 'spouse' }])).toEqual([]);
  });
});
