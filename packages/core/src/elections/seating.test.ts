import { describe, expect, it } from 'vitest';
import type { SeatHolder } from '../rules/composition.ts';
import { finding } from '../rules/findings.ts';
import { seatingFindings, type SeatingContext } from './seating.ts';
import { d, zj } from './testing.ts';

const P = zj('2026-04-21');
const ON = d('2026-04-21');
const seat = (
  i: number,
  gender: SeatHolder['gender'] = 'male',
  qualifications: string[] = [],
): SeatHolder => ({
  personId: `p${i}`,
  name: `成员${i}`,
  gender,
  role: i === 0 ? 'chair' : 'member',
  qualifications,
});
const ctx: SeatingContext = {
  committeeMembers: [],
  kin: [],
  closeRelativeOnCommittee: new Map(),
  partySecretaryId: null,
  termEndsOn: null,
  committeeTermEndsOn: null,
  households: 300,
};
const codes = (r: { refuse: { code: string }[]; record: { code: string }[] }) => ({
  refuse: r.refuse.map((f) => f.code),
  record: r.record.map((f) => f.code),
});

describe('VCOL-06-SIZE on the elected villagers’ committee', () => {
  it.each([
    [2, { refuse: [], record: ['committee_size'] }],
    [3, { refuse: [], record: [] }],
    [7, { refuse: [], record: [] }],
    [8, { refuse: [], record: ['committee_size'] }],
  ])('%i elected with a woman → %j', (n, expected) => {
    const elected = Array.from({ length: n }, (_, i) => seat(i, i === 1 ? 'female' : 'male'));
    expect(codes(seatingFindings(ON, 'villagersCommittee', elected, ctx, P))).toEqual(expected);
  });

  it('no woman, or near relatives elected together from 2026: not certified', () => {
    const men = [seat(0), seat(1), seat(2)];
    expect(codes(seatingFindings(ON, 'villagersCommittee', men, ctx, P)).refuse).toEqual([
      'committee_women',
    ]);
    const kin = { ...ctx, kin: [{ name: '成员0', relative: '成员1' }] };
    const withWoman = [seat(0), seat(1, 'female'), seat(2)];
    expect(codes(seatingFindings(ON, 'villagersCommittee', withWoman, kin, P)).refuse).toEqual([
      'committee_kin',
    ]);
    expect(
      codes(
        seatingFindings(d('2025-12-20'), 'villagersCommittee', withWoman, kin, zj('2025-12-20')),
      ).refuse,
    ).toEqual([]);
  });

  it('no woman with the seat kept for her left vacant (too few women for a 差额 runoff): recorded, certified', () => {
    const men = [seat(0), seat(1), seat(2)];
    const vacant = finding(ON, 'VCOL-06-SIZE', 'women_seat_vacant', { count: 1 });
    const kin = [{ name: '成员0', relative: '成员1' }];
    expect(
      codes(seatingFindings(ON, 'villagersCommittee', men, { ...ctx, womenSeatVacant: vacant }, P)),
    ).toEqual({ refuse: [], record: ['women_seat_vacant', 'committee_women'] });
    // only the missing woman is let through: near relatives still stop it
    expect(
      codes(
        seatingFindings(ON, 'villagersCommittee', men, { ...ctx, kin, womenSeatVacant: vacant }, P),
      ).refuse,
    ).toEqual(['committee_kin']);
  });
});

describe('VCOL-32-SUPERVISOR-ELIG and RVMC-SIZE on the elected supervision committee', () => {
  it.each([
    [2, ['supervision_size']],
    [3, []],
    [5, []],
    [6, ['supervision_size']],
  ])('%i elected, one an accountant → recorded %j', (n, record) => {
    const elected = Array.from({ length: n }, (_, i) =>
      seat(i, 'male', i === 0 ? ['accounting'] : []),
    );
    expect(codes(seatingFindings(ON, 'supervisionCommittee', elected, ctx, P))).toEqual({
      refuse: [],
      record,
    });
  });

  it('a committee member’s spouse elected: not certified; no accountant: recorded', () => {
    const elected = [seat(0), seat(1), seat(2)];
    const spouse = { ...ctx, closeRelativeOnCommittee: new Map([['p1', '主任']]) };
    expect(codes(seatingFindings(ON, 'supervisionCommittee', elected, spouse, P))).toEqual({
      refuse: ['supervision_close_relative'],
      record: ['supervision_accounting'],
    });
  });
});

describe('VCOL25-SUPERVISION-TERM: from 2026 the supervision term ends with the committee’s', () => {
  it('a different last day is recorded with the result', () => {
    const elected = [seat(0, 'male', ['accounting']), seat(1), seat(2)];
    const terms = { ...ctx, termEndsOn: d('2031-03-20'), committeeTermEndsOn: d('2031-04-21') };
    expect(codes(seatingFindings(ON, 'supervisionCommittee', elected, terms, P)).record).toEqual([
      'supervision_term',
    ]);
  });
});

describe('VCOL-25-COMPOSITION on the elected representatives', () => {
  // 5 committee members sit ex officio: women representatives ≥ 1/3 of all (30 + 5 = 35 → 12)
  const committee = Array.from({ length: 5 }, (_, i) => ({ ...seat(100 + i), personId: `c${i}` }));
  it.each([
    [11, ['reps_women']],
    [12, []],
    [13, []],
  ])('30 representatives, %i women → refused %j', (women, refuse) => {
    const elected = Array.from({ length: 30 }, (_, i) => seat(i, i < women ? 'female' : 'male'));
    const r = seatingFindings(
      ON,
      'representatives',
      elected,
      { ...ctx, committeeMembers: committee },
      P,
    );
    expect(r.refuse.map((f) => f.code)).toEqual(refuse);
  });
});
