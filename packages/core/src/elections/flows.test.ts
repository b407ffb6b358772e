import { describe, expect, it } from 'vitest';
import { countRound } from './count.ts';
import { applyByElectionAct, applyRecallAct, type ByElectionRecord } from './flows.ts';
import { d, post, times, zj } from './testing.ts';

const P = zj('2026-06-01');
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
        { step: 'publishCandidates', on: d('2026-06-15'), posts: [member] },
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
        { step: 'certify', on: d('2026-06-20') },
        P,
      );
      expect(certified.ok).toBe(ok);
      if (certified.ok) expect(certified.record.termEndsOn).toBe('2031-03-20');
    },
  );

  it('a by-election list is still 差额 and published in time', () => {
    const one = applyByElectionAct(
      vacant,
      { step: 'publishCandidates', on: d('2026-06-15'), posts: [post('member', 1, ['X'])] },
      P,
    );
    expect(one.ok).toBe(false);
    const late = applyByElectionAct(
      vacant,
      { step: 'publishCandidates', on: d('2026-06-16'), posts: [member] },
      P,
    );
    expect(late.ok).toBe(false);
  });
});
