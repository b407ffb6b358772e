import { describe, expect, it } from 'vitest';
import { findingWithCitation } from '../rules/findings.ts';
import {
  checkDaysBefore,
  checkWithin,
  electionTimetable,
  handoverDeadline,
  recallDeadlines,
  rollObjectionDeadlines,
} from './dates.ts';
import { d, otherProvince, paramsOf, zj } from './testing.ts';

describe('VCOL-14-LIST: the roll published 20 days before polling day (start day not counted)', () => {
  it.each([
    ['2026-02-27', true],
    ['2026-02-28', true],
    ['2026-03-01', false],
  ])('published %s for polling 2026-03-20 (across February’s end) → in time %s', (on, ok) => {
    const f = checkDaysBefore('VCOL-14-LIST', 'publishRoll', d(on), d('2026-03-20'), 20);
    expect(f.length === 0).toBe(ok);
  });

  it('a late roll is refused citing the article of the act’s date, in words', () => {
    const [f2025] = checkDaysBefore(
      'VCOL-14-LIST',
      'publishRoll',
      d('2025-12-10'),
      d('2025-12-25'),
      20,
    );
    const [f2026] = checkDaysBefore(
      'VCOL-14-LIST',
      'publishRoll',
      d('2026-03-01'),
      d('2026-03-20'),
      20,
    );
    expect(findingWithCitation(f2025!, 'zh-CN')).toBe(
      '“公布选民名单”应当在选举日的 20 日前进行：选举日为 2025年12月25日，最迟 2025年12月5日，现为 2025年12月10日（《中华人民共和国村民委员会组织法》第十四条第一款）',
    );
    expect(findingWithCitation(f2026!, 'zh-CN')).toContain(
      '（《中华人民共和国村民委员会组织法》第十七条第一款）',
    );
    expect(findingWithCitation(f2026!, 'en')).toBe(
      '"publishing the voter roll" must happen at least 20 days before polling day (2026-03-20): by 2026-02-28 at the latest, not 2026-03-01 (Villagers\' Committee Organic Law, Article 17(1))',
    );
  });
});

describe('the timetable of polling day, Zhejiang and a province with 7 and 3 days', () => {
  it('Zhejiang: roll 20, self-nominees 10, list and notice 5, withdrawal and proxies 3 days ahead', () => {
    expect(electionTimetable(d('2026-03-20'), zj('2026-03-20'))).toEqual({
      pollingOn: '2026-03-20',
      voterRollBy: '2026-02-28',
      selfNominationBy: '2026-03-10',
      candidateListBy: '2026-03-15',
      pollingNoticeBy: '2026-03-15',
      withdrawalBy: '2026-03-17',
      proxiesBy: '2026-03-17',
      announceBy: '2026-03-21',
      // 30 days on is Sunday 2026-04-19: the period ends on Monday
      runoffBy: '2026-04-20',
    });
  });

  it.each([
    [7, '2026-03-13'],
    [3, '2026-03-17'],
  ])('candidates published %i days ahead → by %s', (days, by) => {
    expect(
      electionTimetable(d('2026-03-20'), paramsOf(otherProvince(days), '2026-03-20'))
        .candidateListBy,
    ).toBe(by);
  });

  it('polling on 2026-03-02: the roll by 2026-02-10, across the month end', () => {
    expect(electionTimetable(d('2026-03-02'), zj('2026-03-02')).voterRollBy).toBe('2026-02-10');
  });
});

describe('VCOL-14-APPEAL: objections within 5 days, decisions within 3, with the holiday table', () => {
  it.each([
    // published Wednesday 2026-01-28: the fifth day is Monday 2026-02-02
    ['2026-01-28', '2026-02-02'],
    // published Monday 2026-09-28: the fifth day falls in the National Day holiday → 2026-10-08
    ['2026-09-28', '2026-10-08'],
  ])('published %s → objections until %s', (published, fileBy) => {
    expect(rollObjectionDeadlines(d(published), zj(published)).fileBy).toBe(fileBy);
  });

  it.each([
    ['2026-10-07', true],
    ['2026-10-08', true],
    ['2026-10-09', false],
  ])('an objection filed %s to a roll of 2026-09-28 → in time %s', (on, ok) => {
    expect(
      checkWithin('VCOL-14-APPEAL', 'fileObjection', d('2026-09-28'), d(on), 5).length === 0,
    ).toBe(ok);
  });

  it.each([
    // received Friday 2026-02-13: the third day is in the Spring Festival holiday (to 02-23)
    ['2026-02-23', true],
    ['2026-02-24', true],
    ['2026-02-25', false],
  ])('a decision on %s of an objection received 2026-02-13 → in time %s', (on, ok) => {
    expect(
      checkWithin('VCOL-14-APPEAL', 'decideObjection', d('2026-02-13'), d(on), 3).length === 0,
    ).toBe(ok);
  });
});

describe('VCOL-20-HANDOVER and ZJ-35-RECALL-DEADLINE deadlines', () => {
  it.each([
    ['2026-03-02', '2026-03-12'],
    // the tenth day is Sunday 2026-10-04, in the National Day holiday → Thursday 2026-10-08
    ['2026-09-24', '2026-10-08'],
  ])('elected %s → handed over by %s', (on, by) => {
    expect(handoverDeadline(d(on), zj(on))).toBe(by);
  });

  it.each([
    ['2026-03-31', '2026-04-30', '2026-06-29'],
    // thirty days on is 2026-10-01: the vote is due 2026-10-08, the township's by 2026-12-07
    ['2026-09-01', '2026-10-08', '2026-12-07'],
  ])('a request received %s → vote by %s, township by %s', (received, voteBy, townshipBy) => {
    expect(recallDeadlines(d(received), zj(received))).toEqual({ voteBy, townshipBy });
  });
});
