import { describe, expect, it } from 'vitest';
import { DomainError } from '../errors.ts';
import { atLeast, STRICT_MAJORITY } from '../rules/threshold.ts';
import { requireNotSelf, reviewOutcome, tallySelection } from './selection.ts';

const RULE = { present: atLeast(2, 3), yes: STRICT_MAJORITY };
const id = (e: unknown) => (e instanceof DomainError ? e.id : e);

function elected(members: number, present: number, votes: number[], quota: number) {
  try {
    const yes = new Map(votes.map((v, i) => [`n${i}`, v]));
    return tallySelection({ members, present, yes }, RULE, quota)
      .lines.filter((l) => l.elected)
      .map((l) => l.nominationId)
      .sort();
  } catch (e) {
    return id(e);
  }
}

describe('the representatives vote (VCOL Art. 26: two-thirds present, majority of those present)', () => {
  it.each([
    // quorum at 2/3 of 30: 19 no, 20 yes
    [30, 19, [15], 1, 'selection_no_quorum'],
    [30, 20, [15], 1, ['n0']],
    // majority of 20 present: 10 fails, 11 passes
    [30, 20, [10], 1, []],
    [30, 20, [11], 1, ['n0']],
    // the quota takes those with most votes
    [30, 21, [18, 12, 15], 2, ['n0', 'n2']],
    [30, 21, [18, 12, 15], 3, ['n0', 'n1', 'n2']],
    // a tie at the quota's edge: neither takes the last place (no lot decides an honour)
    [30, 21, [18, 15, 15], 2, ['n0']],
    [30, 21, [18, 15, 15], 3, ['n0', 'n1', 'n2']],
    // votes above those present are refused
    [30, 21, [22], 1, 'validation_failed'],
  ])('members %i, present %i, votes %j, quota %i → %j', (m, p, votes, quota, expected) => {
    expect(elected(m, p, votes, quota)).toEqual(expected);
  });
});

describe('nominations and review', () => {
  it('a villager nominates someone else, not themselves nor their own household', () => {
    const self = () => requireNotSelf('p1', { personId: 'p1', householdMemberIds: [] });
    const ownHousehold = () => requireNotSelf('p1', { personId: null, householdMemberIds: ['p1'] });
    expect(self).toThrow(DomainError);
    expect(ownHousehold).toThrow(DomainError);
    expect(() =>
      requireNotSelf('p1', { personId: 'p2', householdMemberIds: ['p2'] }),
    ).not.toThrow();
    // an organisation's nomination has no person behind it
    expect(() => requireNotSelf(null, { personId: 'p1', householdMemberIds: [] })).not.toThrow();
  });
  it('the two committees strike only with a reason', () => {
    expect(reviewOutcome(true, '')).toBe('confirmed');
    expect(reviewOutcome(false, '庭院已出租改作仓库')).toBe('struck');
    expect(() => reviewOutcome(false, '  ')).toThrow(DomainError);
  });
});
