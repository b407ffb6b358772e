import { describe, expect, it } from 'vitest';
import { findingMessage, findingWithCitation } from '../rules/findings.ts';
import { recallDuty, recallOutcome, recallRequestFindings } from './recall.ts';
import { d, zj } from './testing.ts';

const P = zj('2026-06-01');
const request = (voters: number, signers: number, reps = 0, repSigners = 0, reasons = '失职') => ({
  on: d('2026-06-01'),
  voters,
  signers,
  representatives: reps,
  representativeSigners: repSigners,
  reasons,
});

describe('VCOL-16-RECALL-INIT: a fifth of the voters or a third of the representatives (inclusive)', () => {
  it.each([
    [1002, 200, false],
    [1002, 201, true],
    [1002, 202, true],
    [1000, 199, false],
    [1000, 200, true],
  ])('voters %i, signers %i → admissible %s', (voters, signers, ok) => {
    expect(recallRequestFindings(request(voters, signers), P).length === 0).toBe(ok);
  });

  it.each([
    [30, 9, false],
    [30, 10, true],
    [30, 11, true],
    [31, 10, false],
    [31, 11, true],
  ])('representatives %i, signers %i → admissible %s', (reps, signers, ok) => {
    expect(recallRequestFindings(request(1000, 0, reps, signers), P).length === 0).toBe(ok);
  });

  it('names both routes and what each needs; reasons are required', () => {
    const [f] = recallRequestFindings(request(1002, 200, 30, 9), P);
    expect(findingMessage(f!, 'zh-CN')).toBe(
      '联名人数不足：须本村五分之一以上有选举权的村民（1002 人中至少 201 人，现有 200 人）或者三分之一以上的村民代表（30 人中至少 10 人，现有 9 人）联名',
    );
    expect(findingMessage(f!, 'en')).toContain(
      'at least 1/5 of the voters (201 of 1002; 200 signed)',
    );
    const noReasons = recallRequestFindings(request(1000, 300, 0, 0, '  '), P);
    expect(noReasons.map((x) => x.code)).toEqual(['recall_no_reasons']);
    expect(findingWithCitation(noReasons[0]!, 'zh-CN')).toContain('第十九条第一款');
  });
});

describe('VCOL-16-RECALL-VOTE: more than half vote and more than half of them say yes', () => {
  it.each([
    [1000, 500, 400, false, false],
    [1000, 501, 251, true, true],
    [1000, 502, 251, true, false],
    [1000, 600, 300, true, false],
    [1000, 600, 301, true, true],
    [1000, 600, 302, true, true],
  ])(
    'registered %i, voted %i, yes %i → turnout %s, recalled %s',
    (registered, voted, yes, turnout, recalled) => {
      const r = recallOutcome(d('2026-06-01'), { registered, voted, yes }, P);
      expect(r.turnoutMet).toBe(turnout);
      expect(r.recalled).toBe(recalled);
    },
  );
});

describe('ZJ-35-RECALL-DEADLINE: 30 days for the village, then 60 for the township', () => {
  it.each([
    ['2026-04-30', 'village'],
    ['2026-05-01', 'township'],
    ['2026-06-29', 'township'],
    ['2026-06-30', 'overdue'],
  ])('received 2026-03-31, on %s → %s', (today, organiser) => {
    const r = recallDuty(d('2026-03-31'), d(today), P);
    expect(r.organiser).toBe(organiser);
    expect(r.findings.length).toBe(organiser === 'village' ? 0 : 1);
  });
});
