import { describe, expect, it } from 'vitest';
import { findingWithCitation } from '../rules/findings.ts';
import { countRound, type RoundInput } from './count.ts';
import { recount, standing, womenCheck } from './result.ts';
import { readSheet, tallySheets } from './sheets.ts';
import { d, post, times, zj } from './testing.ts';

const P = zj('2026-03-20');
const ON = d('2026-03-20');
const chair = post('chair', 1, ['A', 'B']);

/** One post, `voted` voters of `registered`, and ballots as [candidate, count] (the rest blank). */
function oneSeat(registered: number, voted: number, votesForA: number, votesForB = 0): RoundInput {
  const ballots = [
    ...times(votesForA, { chair: ['A'] }),
    ...times(votesForB, { chair: ['B'] }),
    ...times(voted - votesForA - votesForB, {}),
  ];
  return { on: ON, kind: 'first', registered, voted, posts: [chair], ballots };
}

describe('VCOL-15-VALID: more than half of the registered vote (strict)', () => {
  it.each([
    [1000, 500, false],
    [1000, 501, true],
    [1000, 502, true],
    [1001, 500, false],
    [1001, 501, true],
  ])('registered %i, voted %i → valid %s', (registered, voted, valid) => {
    const r = countRound(oneSeat(registered, voted, 0), P);
    expect(r.valid).toBe(valid);
    if (!valid) {
      expect(r.findings[0]).toMatchObject({ ruleId: 'VCOL-15-VALID', code: 'election_turnout' });
      expect(r.posts[0]!.elected).toEqual([]);
    }
  });

  it('more ballots out of the box than voters who took one: the vote is void', () => {
    const input = oneSeat(1000, 600, 400);
    const r = countRound({ ...input, ballots: [...input.ballots, { chair: ['A'] }] }, P);
    expect(r.valid).toBe(false);
    expect(r.findings.map((f) => f.code)).toEqual(['ballots_exceed_voters']);
  });

  it('cites the article of the day in words: 2018 text in 2025, 2025 text in 2026', () => {
    const f2025 = countRound({ ...oneSeat(1000, 500, 0), on: d('2025-12-20') }, P).findings[0]!;
    const f2026 = countRound(oneSeat(1000, 500, 0), P).findings[0]!;
    expect(findingWithCitation(f2025, 'zh-CN')).toContain('第十五条第二款');
    expect(findingWithCitation(f2026, 'zh-CN')).toContain('第十八条第二款');
    expect(findingWithCitation(f2026, 'zh-CN')).toContain(
      '参加投票 500 人，未超过登记选民 1000 人的半数（至少 501 人）',
    );
  });
});

describe('VCOL-15-WIN: more than half of the voters who voted, not of valid ballots', () => {
  it.each([
    [801, 400, false],
    [801, 401, true],
    [801, 402, true],
    [800, 400, false],
    [800, 401, true],
  ])('voted %i, votes %i → elected %s', (voted, votes, elected) => {
    const r = countRound(oneSeat(1000, voted, votes), P);
    expect(r.posts[0]!.elected.map((e) => e.id)).toEqual(elected ? ['A'] : []);
  });

  it('invalid and blank ballots still count in the base', () => {
    // 801 voted: 401 for A, 300 void (both names on a one-seat post), 100 blank → A wins with 401
    const ballots = [
      ...times(401, { chair: ['A'] }),
      ...times(300, { chair: ['A', 'B'] }),
      ...times(100, {}),
    ];
    const r = countRound(
      { on: ON, kind: 'first', registered: 1000, voted: 801, posts: [chair], ballots },
      P,
    );
    expect(r.posts[0]!.tally).toMatchObject({ valid: 401, invalid: 300, blank: 100 });
    expect(r.posts[0]!.elected).toEqual([{ id: 'A', votes: 401 }]);
    // 400 of 801 is not enough even though it is a majority of the 501 valid ballots
    const short = countRound(
      {
        on: ON,
        kind: 'first',
        registered: 1000,
        voted: 801,
        posts: [chair],
        ballots: [
          ...times(400, { chair: ['A'] }),
          ...times(101, { chair: ['B'] }),
          ...times(300, {}),
        ],
      },
      P,
    );
    expect(short.posts[0]!.elected).toEqual([]);
    expect(short.posts[0]!.open).toBe(1);
  });

  it('more majority winners than seats: the most votes win; a tie across the cut → re-vote among the tied', () => {
    const members = post('member', 2, ['A', 'B', 'C']);
    // 92 voted (bar 47): A on every ballot; B and C share the rest
    const round = (b: number, c: number) =>
      countRound(
        {
          on: ON,
          kind: 'first',
          registered: 100,
          voted: 92,
          posts: [members],
          ballots: [...times(b, { member: ['A', 'B'] }), ...times(c, { member: ['A', 'C'] })],
        },
        P,
      );
    // B 47, C 45: three candidates, two past the bar
    expect(round(47, 45).posts[0]!.elected.map((e) => e.id)).toEqual(['A', 'B']);
    // B 46, C 46: both short of 47: A elected, one seat open for the runoff
    const short = round(46, 46).posts[0]!;
    expect(short.elected.map((e) => e.id)).toEqual(['A']);
    expect(short.tied).toBeNull();
    expect(short.open).toBe(1);
  });

  it('a tie at the cut among majority winners → re-vote among the tied for the seats left', () => {
    const members = post('member', 2, ['A', 'B', 'C']);
    // 90 voted (bar 46): A 90, B 46, C 46: three past the bar for two seats
    const tied = countRound(
      {
        on: ON,
        kind: 'first',
        registered: 100,
        voted: 90,
        posts: [members],
        ballots: [...times(46, { member: ['A', 'B'] }), ...times(44, { member: ['A', 'C'] })],
      },
      P,
    );
    expect(tied.posts[0]!.elected.map((e) => e.id)).toEqual(['A', 'B']);
    // 90 voted: A, B and C 46 each (all past the bar) for two seats: all three re-vote for both
    const tie = countRound(
      {
        on: ON,
        kind: 'first',
        registered: 100,
        voted: 90,
        posts: [members],
        ballots: [
          ...times(23, { member: ['A', 'B'] }),
          ...times(23, { member: ['A', 'C'] }),
          ...times(23, { member: ['B', 'C'] }),
          ...times(21, {}),
        ],
      },
      P,
    );
    expect(tie.posts[0]!.elected).toEqual([]);
    expect(tie.posts[0]!.tied).toEqual({
      candidates: [
        { id: 'A', votes: 46 },
        { id: 'B', votes: 46 },
        { id: 'C', votes: 46 },
      ],
      seats: 2,
    });
    expect(tie.findings[0]).toMatchObject({ code: 'result_tie_pending' });
    expect(standing([members], [tie]).next).toEqual({
      kind: 'revote',
      posts: [{ ...members, seats: 2, candidates: ['A', 'B', 'C'] }],
    });
    // the re-vote: most votes among the tied
    const revote = countRound(
      {
        on: ON,
        kind: 'revote',
        registered: 100,
        voted: 80,
        posts: standing([members], [tie]).next!.posts,
        ballots: [...times(41, { member: ['A', 'C'] }), ...times(39, { member: ['B', 'C'] })],
      },
      P,
    );
    const after = standing([members], [tie, revote]);
    expect(after.posts[0]!.elected.map((e) => e.id)).toEqual(['C', 'A']);
    expect(after.next).toBeNull();
  });
});

describe('VCOL-15-RUNOFF: most votes, at least a third of the ballots cast (inclusive)', () => {
  const runoffPost = post('member', 1, ['C', 'D']);
  it.each([
    [900, 299, false],
    [900, 300, true],
    [900, 301, true],
    [901, 300, false],
    [901, 301, true],
  ])('ballots cast %i, votes %i → elected %s', (cast, votes, elected) => {
    const ballots = [...times(votes, { member: ['C'] }), ...times(cast - votes, {})];
    const r = countRound(
      { on: ON, kind: 'runoff', registered: 1000, voted: cast, posts: [runoffPost], ballots },
      P,
    );
    expect(r.posts[0]!.elected.map((e) => e.id)).toEqual(elected ? ['C'] : []);
    expect(r.posts[0]!.runoffCandidates).toEqual([]);
  });

  it('the runoff must still have more than half of the registered voting', () => {
    const ballots = times(500, { member: ['C'] });
    const r = countRound(
      { on: ON, kind: 'runoff', registered: 1000, voted: 500, posts: [runoffPost], ballots },
      P,
    );
    expect(r.valid).toBe(false);
  });
});

describe('shortfall → runoff among the best non-winners, still 差额', () => {
  const members = post('member', 3, ['A', 'B', 'C', 'D', 'E']);
  const first = countRound(
    {
      on: ON,
      kind: 'first',
      registered: 100,
      voted: 80,
      posts: [members],
      ballots: [
        ...times(41, { member: ['A', 'B', 'C'] }),
        ...times(39, { member: ['D', 'E', 'C'] }),
      ],
    },
    P,
  );
  it('C (80) and A, B (41) are elected; D and E (39) are below 41 of 80... no seat is open', () => {
    expect(first.posts[0]!.elected.map((e) => e.id)).toEqual(['C', 'A', 'B']);
    expect(standing([members], [first]).next).toBeNull();
  });

  it('one seat open: the runoff has two candidates (seats + 1) and is held once', () => {
    const r = countRound(
      {
        on: ON,
        kind: 'first',
        registered: 100,
        voted: 80,
        posts: [members],
        ballots: [
          ...times(41, { member: ['A', 'B'] }),
          ...times(30, { member: ['C', 'D'] }),
          ...times(9, { member: ['E', 'C'] }),
        ],
      },
      P,
    );
    expect(r.posts[0]!.elected.map((e) => e.id)).toEqual(['A', 'B']);
    expect(r.posts[0]!.runoffCandidates).toEqual([
      { id: 'C', votes: 39 },
      { id: 'D', votes: 30 },
    ]);
    const next = standing([members], [r]).next!;
    expect(next.kind).toBe('runoff');
    expect(next.posts[0]).toMatchObject({ seats: 1, candidates: ['C', 'D'], writeIns: false });
    const runoff = countRound(
      {
        on: ON,
        kind: 'runoff',
        registered: 100,
        voted: 60,
        posts: next.posts,
        ballots: [...times(20, { member: ['D'] }), ...times(40, {})],
      },
      P,
    );
    // 20 of 60 is exactly a third: elected
    const after = standing([members], [r, runoff]);
    expect(after.posts[0]!.elected.map((e) => e.id)).toEqual(['A', 'B', 'D']);
    expect(after.next).toBeNull();
    const runoffShort = countRound(
      {
        on: ON,
        kind: 'runoff',
        registered: 100,
        voted: 61,
        posts: next.posts,
        ballots: [...times(20, { member: ['D'] }), ...times(41, {})],
      },
      P,
    );
    const vacant = standing([members], [r, runoffShort]);
    expect(vacant.posts[0]).toMatchObject({ open: 1, runoffHeld: true });
    expect(vacant.next).toBeNull();
  });
});

describe('ballots: more names than seats, or one person for two posts, are void for those posts', () => {
  const posts = [post('chair', 1, ['A', 'B']), post('member', 2, ['C', 'D', 'E'], true)];
  it.each([
    [{ chair: ['A'], member: ['C', 'D'] }, 'valid', 'valid'],
    [{ chair: ['A', 'B'], member: ['C'] }, 'overSeats', 'valid'],
    [{ chair: ['A'], member: ['C', 'D', 'E'] }, 'valid', 'overSeats'],
    [{ chair: ['A'], member: ['A', 'C'] }, 'twoPosts', 'twoPosts'],
    [{ chair: [], member: ['X'] }, 'blank', 'valid'],
    [{ chair: ['X'] }, 'blank', 'blank'],
    [{ chair: ['A', 'A'], member: ['C', 'C', 'D'] }, 'valid', 'valid'],
  ])('%j → chair %s, member %s', (marks, chairStatus, memberStatus) => {
    const read = readSheet(posts, marks);
    expect(read.get('chair')!.status).toBe(chairStatus);
    expect(read.get('member')!.status).toBe(memberStatus);
  });

  it('the seats are n−1, n, n+1 names on a two-seat post', () => {
    const sizes = [['C'], ['C', 'D'], ['C', 'D', 'E']].map(
      (names) => readSheet(posts, { member: names }).get('member')!.status,
    );
    expect(sizes).toEqual(['valid', 'valid', 'overSeats']);
  });

  it('is the same whatever order the ballots are counted in (the bulletin recounts)', () => {
    const ballots = [
      { chair: ['A'], member: ['C', 'D'] },
      { chair: ['B'], member: ['D', 'Y'] },
      { chair: ['A', 'B'], member: ['C'] },
      { chair: ['A'], member: ['A'] },
    ];
    const forward = tallySheets(posts, ballots);
    const backward = tallySheets(posts, [...ballots].reverse());
    expect(backward).toEqual(forward);
    expect(forward[1]!.votes.get('Y')).toBe(1);
  });
});

describe('recount from the published bulletin', () => {
  it('recomputes every round and the standing from the ballots alone', () => {
    const members = post('member', 2, ['A', 'B', 'C']);
    const bulletin = {
      posts: [members],
      rounds: [
        {
          on: ON,
          kind: 'first' as const,
          registered: 10,
          voted: 8,
          ballots: [...times(5, { member: ['A', 'B'] }), ...times(3, { member: ['C'] })],
        },
      ],
    };
    const { standing: s } = recount(bulletin, P);
    expect(s.posts[0]!.elected.map((e) => e.id)).toEqual(['A', 'B']);
    expect(s.next).toBeNull();
  });
});

describe('VCOL-06-SIZE: at least one woman before certifying, by the profile’s method', () => {
  const members = post('member', 2, ['M1', 'M2', 'W1']);
  const women = new Set(['W1']);
  /** 90 voted (bar 46): M1 and M2 ahead, W1 third with `w1` votes. */
  const first = (w1: number) => {
    const c = Math.floor(w1 / 2);
    const b = w1 - c;
    return countRound(
      {
        on: ON,
        kind: 'first',
        registered: 100,
        voted: 90,
        posts: [members],
        ballots: [
          ...times(90 - w1, { member: ['M1', 'M2'] }),
          ...times(b, { member: ['M1', 'W1'] }),
          ...times(c, { member: ['M2', 'W1'] }),
        ],
      },
      P,
    );
  };
  it.each([
    // the only woman below the bar: no 差额 among the women, her seat stays vacant (补选)
    [45, 'vacant'],
    [46, 'replace'],
    [47, 'replace'],
  ])('the woman has %i of 90 (n−1, n, n+1 of the bar): %s', (w1, status) => {
    const r = first(w1);
    expect(r.posts[0]!.elected.map((e) => e.id)).toEqual(['M1', 'M2']);
    const check = womenCheck(ON, 'member', standing([members], [r]), r, (id) => women.has(id), P);
    expect(check.status).toBe(status);
    if (check.status === 'replace')
      expect(check).toMatchObject({ out: { id: 'M2' }, in: { id: 'W1' } });
  });

  it('womenByRunoff: the seat goes to a runoff among the women even when one passed', () => {
    const four = post('member', 2, ['M1', 'M2', 'W1', 'W2']);
    // M1 76, M2 54, W1 46 (past the bar of 46), W2 4
    const r = countRound(
      {
        on: ON,
        kind: 'first',
        registered: 100,
        voted: 90,
        posts: [four],
        ballots: [
          ...times(40, { member: ['M1', 'M2'] }),
          ...times(36, { member: ['M1', 'W1'] }),
          ...times(10, { member: ['M2', 'W1'] }),
          ...times(4, { member: ['M2', 'W2'] }),
        ],
      },
      P,
    );
    const p = { ...P, 'VCOL-15-WIN': { ...P['VCOL-15-WIN'], womenByRunoff: true } };
    const isWoman = (id: string) => id.startsWith('W');
    expect(womenCheck(ON, 'member', standing([four], [r]), r, isWoman, p)).toMatchObject({
      status: 'runoff',
      vacated: { id: 'M2' },
      candidates: [
        { id: 'W1', votes: 46 },
        { id: 'W2', votes: 4 },
      ],
    });
  });

  it('womenByRunoff with one woman: no 差额 among the women, so the one past the bar takes the seat', () => {
    const r = first(46);
    const p = { ...P, 'VCOL-15-WIN': { ...P['VCOL-15-WIN'], womenByRunoff: true } };
    const check = womenCheck(ON, 'member', standing([members], [r]), r, (id) => women.has(id), p);
    expect(check).toMatchObject({ status: 'replace', out: { id: 'M2' }, in: { id: 'W1' } });
  });

  it('a woman elected: satisfied', () => {
    const r = countRound(
      {
        on: ON,
        kind: 'first',
        registered: 100,
        voted: 90,
        posts: [members],
        ballots: times(90, { member: ['M1', 'W1'] }),
      },
      P,
    );
    expect(womenCheck(ON, 'member', standing([members], [r]), r, (id) => women.has(id), P)).toEqual(
      { status: 'satisfied' },
    );
  });
});

describe('the women’s runoff (妇女成员另行选举): one seat among the women, for the lowest winner’s', () => {
  const members = post('member', 2, ['M1', 'M2', 'W1', 'W2', 'W3']);
  const women = new Set(['W1', 'W2', 'W3']);
  const isWoman = (id: string) => women.has(id);
  /** 90 voted (bar 46): M1 and M2 elected; the women below the bar with w1, w2, w3 votes. */
  const first = (w1: number, w2: number, w3: number) =>
    countRound(
      {
        on: ON,
        kind: 'first',
        registered: 100,
        voted: 90,
        posts: [members],
        ballots: [
          ...times(w1, { member: ['M1', 'W1'] }),
          ...times(w2, { member: ['M2', 'W2'] }),
          ...times(w3, { member: ['M1', 'W3'] }),
          ...times(90 - w1 - w2 - w3, { member: ['M1', 'M2'] }),
        ],
      },
      P,
    );
  const womenRound = (candidates: string[], ballots: Array<[string, number]>, blank: number) =>
    countRound(
      {
        on: d('2026-03-25'),
        kind: 'women',
        registered: 100,
        voted: 80,
        posts: [{ ...members, seats: 1, candidates }],
        ballots: [...ballots.flatMap(([id, n]) => times(n, { member: [id] })), ...times(blank, {})],
      },
      P,
    );

  it('its ballot: the two women with most votes (差额 for one seat); all who tie at the cut', () => {
    const r = first(30, 20, 10);
    expect(womenCheck(ON, 'member', standing([members], [r]), r, isWoman, P)).toMatchObject({
      status: 'runoff',
      vacated: { id: 'M2' },
      candidates: [{ id: 'W1' }, { id: 'W2' }],
    });
    const tie = first(30, 15, 15);
    const check = womenCheck(ON, 'member', standing([members], [tie]), tie, isWoman, P);
    expect(check.status === 'runoff' && check.candidates.map((c) => c.id)).toEqual([
      'W1',
      'W2',
      'W3',
    ]);
  });

  it.each([
    [[0, 0, 0], 'vacant', []],
    [[30, 0, 0], 'vacant', []],
    [[30, 20, 0], 'runoff', ['W1', 'W2']],
    [[30, 20, 10], 'runoff', ['W1', 'W2']],
  ])(
    'women who drew a vote (%j: 0, 1, 2, 3): %s — two are the least a 差额 runoff for one seat needs',
    (votes, status, field) => {
      const [w1, w2, w3] = votes as [number, number, number];
      const r = first(w1, w2, w3);
      const check = womenCheck(ON, 'member', standing([members], [r]), r, isWoman, P);
      expect(check.status).toBe(status);
      if (check.status === 'runoff') expect(check.candidates.map((c) => c.id)).toEqual(field);
      if (check.status === 'vacant') {
        // the lowest winner's seat is the one kept for a woman; the count of women is said
        expect(check.vacated).toMatchObject({ id: 'M2' });
        expect(check.finding).toMatchObject({
          ruleId: 'VCOL-06-SIZE',
          code: 'women_seat_vacant',
          params: { count: votes.filter((v) => v > 0).length },
        });
      }
    },
  );

  it.each([
    [26, ['M1', 'M2'], 'runoff'],
    [27, ['M1', 'W1'], 'satisfied'],
    [28, ['M1', 'W1'], 'satisfied'],
  ])(
    'W1 with %i of 80 ballots (a third is 26⅔; short of it the seat stays and the runoff is called again): %j, %s',
    (w1, elected, status) => {
      const r = first(30, 20, 10);
      const w = womenRound(
        ['W1', 'W2'],
        [
          ['W1', w1],
          ['W2', 20],
        ],
        60 - w1,
      );
      const s = standing([members], [r, w]);
      expect(s.posts[0]!.elected.map((e) => e.id)).toEqual(elected);
      expect(s.next).toBeNull();
      expect(womenCheck(ON, 'member', s, r, isWoman, P).status).toBe(status);
    },
  );
});
