import { describe, expect, it } from 'vitest';
import { findingWithCitation } from '../rules/findings.ts';
import { checkElectionCommittee, withdrawForNominees, type EcMember } from './committee.ts';
import { d, zj } from './testing.ts';

const m = (personId: string, rank: number, seat: EcMember['seat'] = 'member'): EcMember => ({
  personId,
  name: personId,
  seat,
  rank,
});
const P = zj('2026-01-10');

describe('XJGC-EC: at least three, odd preferred, no near relatives together', () => {
  it.each([
    [2, ['ec_too_small']],
    [3, []],
    [4, ['ec_even']],
    [5, []],
  ])('%i members → %j', (n, codes) => {
    const members = Array.from({ length: n }, (_, i) => m(`p${i}`, i + 1));
    expect(checkElectionCommittee(d('2026-01-10'), members, [], P).map((f) => f.code)).toEqual(
      codes,
    );
  });

  it('near relatives on it: a warning', () => {
    const f = checkElectionCommittee(
      d('2026-01-10'),
      [m('a', 1), m('b', 2), m('c', 3)],
      [{ name: 'a', relative: 'b' }],
      P,
    );
    expect(f).toMatchObject([{ code: 'ec_kin', severity: 'warning' }]);
  });
});

describe('VCOL-12-EC-WITHDRAW: a nominee leaves; from 2026 a nominee’s near relative too', () => {
  const committee = {
    members: [m('chair', 1, 'chair'), m('b', 2), m('c', 3)],
    reserves: [m('r1', 4), m('r2', 5)],
  };
  it('the nominated member leaves and the next in the ranking takes the seat', () => {
    const r = withdrawForNominees(d('2025-11-01'), committee, [
      { personId: 'chair', name: 'chair', relativesOnCommittee: new Set() },
    ]);
    expect(r.committee.members.map((x) => [x.personId, x.seat])).toEqual([
      ['b', 'member'],
      ['c', 'member'],
      ['r1', 'chair'],
    ]);
    expect(r.committee.reserves.map((x) => x.personId)).toEqual(['r2']);
    expect(findingWithCitation(r.withdrawals[0]!, 'zh-CN')).toContain('第十二条第三款');
  });

  it.each([
    ['2025-12-31', []],
    ['2026-01-01', ['c']],
  ])('a nominee whose near relative sits on it, on %s → leaving %j', (on, leaving) => {
    const r = withdrawForNominees(d(on), committee, [
      { personId: 'x', name: '外人', relativesOnCommittee: new Set(['c']) },
    ]);
    const left = ['chair', 'b', 'c'].filter(
      (id) => !r.committee.members.some((x) => x.personId === id),
    );
    expect(left).toEqual(leaving);
    if (leaving.length) {
      expect(r.committee.members.map((x) => x.personId)).toContain('r1');
      expect(findingWithCitation(r.withdrawals[0]!, 'zh-CN')).toBe(
        '村民选举委员会成员 c 的近亲属 外人 被提名为候选人，c 应当退出村民选举委员会（《中华人民共和国村民委员会组织法》第十五条第三款）',
      );
    }
  });

  it('a reserve who is nominated is skipped; with none left the seat stays empty', () => {
    const r = withdrawForNominees(d('2026-02-01'), committee, [
      { personId: 'b', name: 'b', relativesOnCommittee: new Set() },
      { personId: 'r1', name: 'r1', relativesOnCommittee: new Set() },
      { personId: 'c', name: 'c', relativesOnCommittee: new Set() },
    ]);
    expect(r.committee.members.map((x) => x.personId)).toEqual(['chair', 'r2']);
    expect(checkElectionCommittee(d('2026-02-01'), r.committee.members, [], P)[0]?.code).toBe(
      'ec_too_small',
    );
  });
});
