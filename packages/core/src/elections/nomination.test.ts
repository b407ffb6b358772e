import { describe, expect, it } from 'vitest';
import { findingMessage } from '../rules/findings.ts';
import { resolveProfile, ZHEJIANG_PROFILE } from '../rules/profile.ts';
import {
  candidateList,
  candidateRange,
  checkNominationTurnout,
  checkSelfNomination,
  checkSurplus,
  nominationSheetFindings,
  withdrawCandidate,
} from './nomination.ts';
import { tallySheets } from './sheets.ts';
import { d, post, zj } from './testing.ts';

const ON = d('2026-03-10');
const P = zj('2026-03-10');
/** Seed 002's own election rules: 20% more candidates than seats (a charter-level choice). */
const SEED = resolveProfile(
  ZHEJIANG_PROFILE,
  [
    {
      ruleId: 'VCOL-15-SURPLUS',
      params: { multiSeatMinExtraPercent: 20 },
      adoptedOn: '2008-09-28',
    },
  ],
  d('2008-10-27'),
).profile.params;

describe('VCOL-15-SURPLUS: candidates strictly more than seats, per post', () => {
  it.each([
    [1, 2, 2],
    [2, 3, 99 + 2],
    [7, 8, 99 + 7],
  ])('Zhejiang defaults: %i seat(s) → %i to %i candidates', (seats, min, max) => {
    expect(candidateRange(seats, P)).toEqual({ min, max });
  });

  it.each([
    [5, 6],
    [7, 9],
    [10, 12],
  ])('seed 002’s 20%%: %i seats → at least %i candidates', (seats, min) => {
    expect(candidateRange(seats, SEED).min).toBe(min);
  });

  it.each([
    [1, 1, 'surplus_short'],
    [1, 2, null],
    [1, 3, 'surplus_over'],
    [7, 8, 'surplus_short'],
    [7, 9, null],
    [7, 10, null],
  ])('seed 002: %i seats with %i candidates → %s', (seats, count, code) => {
    const f = checkSurplus(d('2008-10-27'), post('监督委员', seats, []), count, SEED);
    expect(f[0]?.code ?? null).toBe(code);
  });

  it('says so in words, with the post', () => {
    const [f] = checkSurplus(ON, { name: { zh: '委员', en: 'member' }, seats: 3 }, 3, P);
    expect(findingMessage(f!, 'zh-CN')).toBe(
      '“委员”应选 3 名，候选人应当多于应选名额，至少 4 名，现有 3 名',
    );
    expect(findingMessage(f!, 'en')).toBe(
      '"member" elects 3: candidates must be more than the seats, at least 4; there are 3',
    );
  });
});

describe('ZJ-17-NOMINATION: 海选 sheets', () => {
  const posts = [post('chair', 1, [], true), post('member', 2, [], true)];
  it.each([
    [{ chair: ['甲'], member: ['乙', '丙'] }, false, []],
    [{ chair: ['甲'], member: ['乙', '丙', '丁'] }, false, ['nomination_over_seats']],
    [{ chair: ['甲'], member: ['甲', '丙'] }, false, ['nomination_two_posts']],
    [{ chair: ['甲'] }, true, ['nomination_by_proxy']],
  ])('%j (by proxy %s) → %j', (sheet, byProxy, codes) => {
    expect(nominationSheetFindings(ON, posts, sheet, byProxy).map((f) => f.code)).toEqual(codes);
  });

  it.each([
    [1000, 500, false],
    [1000, 501, true],
    [1000, 502, true],
  ])('the nomination round: %i registered, %i took part → enough %s', (registered, n, ok) => {
    expect(checkNominationTurnout(ON, registered, n).length === 0).toBe(ok);
  });
});

describe('ZJ-18-CAND-LIST: the list in vote order; a tie across the cut; withdrawal and filling', () => {
  const member = post('member', 2, [], true);
  const sheets = [
    ...Array.from({ length: 9 }, () => ({ member: ['A', 'B'] })),
    ...Array.from({ length: 7 }, () => ({ member: ['C', 'D'] })),
    ...Array.from({ length: 3 }, () => ({ member: ['E'] })),
  ];
  const votes = tallySheets([member], sheets)[0]!.votes;

  it('takes seats + the surplus by votes, the rest wait in order', () => {
    const { list, findings } = candidateList(ON, member, votes, P);
    expect(list.candidates.map((c) => c.id)).toEqual(['A', 'B', 'C']);
    expect(list.next.map((c) => c.id)).toEqual(['D', 'E']);
    expect(findings).toEqual([
      expect.objectContaining({
        code: 'candidate_list_tie',
        params: expect.objectContaining({ place: 3, count: 2, votes: 7 }),
      }),
    ]);
  });

  it.each([
    ['2026-03-16', true],
    ['2026-03-17', true],
    ['2026-03-18', false],
  ])(
    'withdrawal on %s, polling 2026-03-20 → accepted %s, filled from the next nominee',
    (on, ok) => {
      const { list } = candidateList(ON, member, votes, P);
      const r = withdrawCandidate(
        { on: d(on), personId: 'B', name: 'B', written: true },
        d('2026-03-20'),
        member,
        list,
        P,
      );
      if (ok) {
        expect(r.findings).toEqual([]);
        expect(r.list.candidates.map((c) => c.id)).toEqual(['A', 'C', 'D']);
      } else
        expect(r.findings[0]).toMatchObject({
          ruleId: 'ZJ-18-CAND-LIST',
          code: 'election_days_before',
        });
    },
  );

  it('an oral withdrawal is refused; with nobody left to fill, the 差额 fails', () => {
    const list = {
      postId: 'member',
      candidates: [
        { id: 'A', votes: 9 },
        { id: 'B', votes: 9 },
        { id: 'C', votes: 7 },
      ],
      next: [],
    };
    const oral = withdrawCandidate(
      { on: ON, personId: 'B', name: 'B', written: false },
      d('2026-03-20'),
      member,
      list,
      P,
    );
    expect(oral.findings.map((f) => f.code)).toEqual(['withdrawal_not_written']);
    const empty = withdrawCandidate(
      { on: ON, personId: 'B', name: 'B', written: true },
      d('2026-03-20'),
      member,
      list,
      P,
    );
    expect(empty.findings.map((f) => f.code)).toEqual(['surplus_short']);
  });
});

describe('ZJ-20-SELF-NOMINATION: ten days ahead, one post', () => {
  it.each([
    ['2026-03-09', true],
    ['2026-03-10', true],
    ['2026-03-11', false],
  ])('registered %s for polling 2026-03-20 → %s', (on, ok) => {
    expect(
      checkSelfNomination({ on: d(on), name: '甲', postIds: ['chair'] }, d('2026-03-20'), P)
        .length === 0,
    ).toBe(ok);
  });

  it('two posts: refused', () => {
    expect(
      checkSelfNomination(
        { on: ON, name: '甲', postIds: ['chair', 'member'] },
        d('2026-03-20'),
        P,
      )[0]?.code,
    ).toBe('self_nomination_two_posts');
  });
});
