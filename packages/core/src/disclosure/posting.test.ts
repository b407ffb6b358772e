import { describe, expect, it } from 'vitest';
import { calendarDate, type CalendarDate } from '../calendarDate.ts';
import { addDays } from '../rules/dayCount.ts';
import { findingWithCitation } from '../rules/findings.ts';
import {
  NATIONAL_PROFILE,
  resolveProfile,
  SHANDONG_PROFILE,
  type RuleProfile,
} from '../rules/profile.ts';
import { earliestTakeDown, postedDays, postingFinding, postingMinimum } from './posting.ts';

const d = calendarDate;
const params = (on: CalendarDate, base: RuleProfile = NATIONAL_PROFILE) =>
  resolveProfile(base, [], on).profile.params;

describe('a board posting stays up at least 15 days from 2026 (2025 text Art. 35 para. 4)', () => {
  const up = d('2026-03-02');
  it.each([
    [14, true],
    [15, false],
    [16, false],
  ] as const)('up on 2026-03-02, down %i days later: short %s', (days, short) => {
    const f = postingFinding({ postedOn: up, takenDownOn: addDays(up, days) }, params(up));
    expect(f !== null).toBe(short);
    if (f) {
      expect(f).toMatchObject({ ruleId: 'VCOL25-POSTING-15', code: 'posting_short' });
      expect(findingWithCitation(f, 'zh-CN')).toBe(
        '公布的期限不得少于 15 日：公布至 2026年3月16日，最早可公布至 2026年3月17日（《中华人民共和国村民委员会组织法》第三十五条第四款）',
      );
    }
  });

  it('the day it went up is not counted: up on the 2nd, down on the 17th at the earliest', () => {
    expect(earliestTakeDown(up, params(up))).toBe('2026-03-17');
    expect(postedDays({ postedOn: up, takenDownOn: d('2026-03-17') })).toBe(15);
  });

  it('a posting still up has no finding yet', () => {
    expect(postingFinding({ postedOn: up, takenDownOn: null }, params(up))).toBeNull();
  });

  it('is judged by the law of the day it went up: the 2018 text sets no minimum', () => {
    const old = d('2025-12-25');
    expect(postingMinimum(old, params(old))).toBeNull();
    expect(postingFinding({ postedOn: old, takenDownOn: d('2026-01-02') }, params(old))).toBeNull();
  });
});

describe('a province sets its own minimum (山东: 至少保留五日)', () => {
  const old = d('2025-06-02');
  it.each([
    [4, true],
    [5, false],
    [6, false],
  ] as const)('before 2026, down %i days later: short %s', (days, short) => {
    const f = postingFinding(
      { postedOn: old, takenDownOn: addDays(old, days) },
      params(old, SHANDONG_PROFILE),
    );
    expect(f !== null).toBe(short);
    if (f) expect(f.ruleId).toBe('VCOL-30-DISCLOSE');
  });

  it('from 2026 the statute’s 15 days is the longer minimum and is the one cited', () => {
    const on = d('2026-05-06');
    expect(postingMinimum(on, params(on, SHANDONG_PROFILE))).toEqual({
      days: 15,
      ruleId: 'VCOL25-POSTING-15',
    });
  });
});
