import { describe, expect, it } from 'vitest';
import { countRound } from './count.ts';
import { byElectionSeats } from './byElectionWomen.ts';
import type { Marks, Post } from './sheets.ts';
import { applyByElectionAct, applyRecallAct, type ByElectionRecord } from './flows.ts';
import { d, post, times, zj } from './testing.ts';

const P = zj('2026-06-01');
const NONE: ReadonlySet<string> = new Set();
const request = (signers: number, on = '2026-03-31') => ({
  step: 'requestRecall' as const,
  on: d(on),
  request: {
    on: d(on),
    voters: 1002,
    signers,
    representatives: 30,
    representativeSigners: 0,
    reasons: '长期不履行职责',
  },
});
const vote = (on: string, organiser: 'village' | 'township', voted = 600, yes = 301) => ({
  step: 'recallVote' as const,
  on: d(on),
  organiser,
  registered: 1000,
  voted,
  yes,
});

describe('the recall flow', () => {
  it('200 of 1002 signatures are refused with the article; 201 open the recall', () => {
    const out = applyRecallAct(null, request(200), P);
    expect(out.ok).toBe(false);
    if (!out.ok)
      expect(out.message.zh).toContain('（《中华人民共和国村民委员会组织法》第十九条第一款）');
    expect(applyRecallAct(null, request(201), P)).toMatchObject({
      ok: true,
      record: { stage: 'requested', receivedOn: '2026-03-31' },
    });
  });

  it('no vote before the member could reply; then recalled with 301 of 600', () => {
    const requested = applyRecallAct(null, request(201), P);
    if (!requested.ok) throw new Error('refused');
    const early = applyRecallAct(requested.record, vote('2026-04-10', 'village'), P);
    expect(early.ok).toBe(false);
    const replied = applyRecallAct(
      requested.record,
      { step: 'recallReply', on: d('2026-04-05') },
      P,
    );
    if (!replied.ok) throw new Error('refused');
    expect(applyRecallAct(replied.record, vote('2026-04-10', 'village'), P)).toMatchObject({
      ok: true,
      record: { recalled: true },
    });
    expect(
      applyRecallAct(replied.record, vote('2026-04-10', 'village', 600, 300), P),
    ).toMatchObject({ ok: true, record: { recalled: false } });
  });

  it.each([
    ['2026-04-30', 'village', true, 0],
    ['2026-05-01', 'village', false, 0],
    ['2026-05-01', 'township', true, 0],
    ['2026-06-29', 'township', true, 0],
    ['2026-06-30', 'township', true, 1],
  ] as const)(
    'received 2026-03-31, voted %s organised by the %s → accepted %s, breaches %i',
    (on, organiser, ok, breaches) => {
      const requested = applyRecallAct(null, request(201), P);
      if (!requested.ok) throw new Error('refused');
      const replied = applyRecallAct(
        requested.record,
        { step: 'recallReply', on: d('2026-04-01') },
        P,
      );
      if (!replied.ok) throw new Error('refused');
      const out = applyRecallAct(replied.record, vote(on, organiser), P);
      expect(out.ok).toBe(ok);
      if (out.ok)
        expect(out.findings.filter((f) => f.ruleId === 'ZJ-35-RECALL-DEADLINE')).toHaveLength(
          breaches,
        );
    },
  );
});

describe('the by-election flow at the representatives’ meeting', () => {
  const member = post('member', 1, ['X', 'Y']);
  const vacant: ByElectionRecord = {
    stage: 'vacant',
    body: 'representatives',
    pollingOn: d('2026-06-20'),
    termEndsOn: d('2031-03-20'),
    posts: [],
    rounds: [],
  };
  const result = countRound(
    {
      on: d('2026-06-20'),
      kind: 'first',
      registered: 30,
      voted: 20,
      posts: [member],
      ballots: times(20, { member: ['X'] }),
    },
    P,
  );

  it.each([
    [19, false],
    [20, true],
    [21, true],
  ])(
    '30 representatives, %i voting → certified %s; the term ends with the committee’s',
    (voting, ok) => {
      const listed = applyByElectionAct(
        vacant,
        { step: 'publishCandidates', on: d('2026-06-15'), posts: [member], women: NONE },
        P,
      );
      if (!listed.ok) throw new Error('refused');
      const counted = applyByElectionAct(
        listed.record,
        { step: 'count', on: d('2026-06-20'), members: 30, voting, result },
        P,
      );
      if (!counted.ok) throw new Error('refused');
      const certified = applyByElectionAct(
        counted.record,
        { step: 'certify', on: d('2026-06-20'), women: NONE },
        P,
      );
      expect(certified.ok).toBe(ok);
      if (certified.ok) expect(certified.record.termEndsOn).toBe('2031-03-20');
    },
  );

  it('a by-election list is still 差额 and published in time', () => {
    const one = applyByElectionAct(
      vacant,
      {
        step: 'publishCandidates',
        on: d('2026-06-15'),
        posts: [post('member', 1, ['X'])],
        women: NONE,
      },
      P,
    );
    expect(one.ok).toBe(false);
    const late = applyByElectionAct(
      vacant,
      { step: 'publishCandidates', on: d('2026-06-16'), posts: [member], women: NONE },
      P,
    );
    expect(late.ok).toBe(false);
  });
});

describe('the by-election of the seat kept for a woman (应当有妇女成员)', () => {
  const forWoman: ByElectionRecord = {
    stage: 'vacant',
    body: 'representatives',
    pollingOn: d('2026-06-20'),
    termEndsOn: d('2031-03-20'),
    posts: [],
    rounds: [],
    womenPostId: 'member',
  };
  const on = d('2026-06-15');
  const WOMEN = new Set(['W1', 'W2', 'W3']);
  const publish = (posts: readonly Post[], record = forWoman) =>
    applyByElectionAct(record, { step: 'publishCandidates', on, posts, women: WOMEN }, P);

  it.each([
    [1, false],
    [2, true],
    [3, true],
  ])('two seats, %i women among four candidates → list accepted %s', (women, ok) => {
    const names = [...['W1', 'W2', 'W3'].slice(0, women), 'M1', 'M2', 'M3'].slice(0, 4);
    const out = publish([post('member', 2, names)]);
    expect(out.ok).toBe(ok);
    if (!out.ok) {
      expect(out.refusal.code).toBe('byelection_women_short');
      expect(out.message.zh).toContain('应当有妇女成员');
      expect(out.message.zh).toContain('候选人的名额应当多于应选名额');
      expect(out.message.zh).toContain('至少 2 名，现有 1 名');
    }
  });

  it('one seat: its two candidates must both be women', () => {
    expect(publish([post('member', 1, ['W1', 'M1'])]).ok).toBe(false);
    expect(publish([post('member', 1, ['W1', 'W2'])]).ok).toBe(true);
  });

  it('one woman and a man are 差额 enough where no seat is kept for a woman', () => {
    const out = publish([post('member', 1, ['W1', 'M1'])], { ...forWoman, womenPostId: null });
    expect(out.ok).toBe(true);
  });

  const member = post('member', 2, ['W1', 'W2', 'M1', 'M2']);
  const certify = (ballots: readonly Marks[]) => {
    const listed = publish([member]);
    if (!listed.ok) throw new Error('refused');
    const result = countRound(
      { on: d('2026-06-20'), kind: 'first', registered: 30, voted: 20, posts: [member], ballots },
      P,
    );
    const counted = applyByElectionAct(
      listed.record,
      { step: 'count', on: d('2026-06-20'), members: 30, voting: 20, result },
      P,
    );
    if (!counted.ok) throw new Error('refused');
    return applyByElectionAct(
      counted.record,
      { step: 'certify', on: d('2026-06-20'), women: WOMEN },
      P,
    );
  };

  it('no woman elected: the lowest man is not seated, the seat stays vacant and is recorded', () => {
    const out = certify([
      ...times(12, { member: ['M1', 'M2'] }),
      ...times(8, { member: ['M1', 'W1'] }),
    ]);
    if (!out.ok) throw new Error('refused');
    expect(out.findings.map((f) => [f.ruleId, f.code])).toEqual([
      ['VCOL-06-SIZE', 'byelection_women_seat_vacant'],
    ]);
    expect(out.record.womenSeatLeftVacant).toBe('M2');
    expect(byElectionSeats(out.record)).toEqual([{ postId: 'member', id: 'M1', votes: 20 }]);
  });

  it('a woman elected: both winners are seated', () => {
    const out = certify([
      ...times(12, { member: ['M1', 'W2'] }),
      ...times(8, { member: ['M1', 'M2'] }),
    ]);
    if (!out.ok) throw new Error('refused');
    expect(out.findings).toEqual([]);
    expect(byElectionSeats(out.record)).toEqual([
      { postId: 'member', id: 'M1', votes: 20 },
      { postId: 'member', id: 'W2', votes: 12 },
    ]);
  });
});
