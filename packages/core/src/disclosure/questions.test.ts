import { describe, expect, it } from 'vitest';
import { calendarDate, type CalendarDate } from '../calendarDate.ts';
import { findingWithCitation } from '../rules/findings.ts';
import { NATIONAL_PROFILE, resolveProfile } from '../rules/profile.ts';
import {
  answerDueOn,
  answerOverdueFinding,
  answerState,
  questionOutOfPeriod,
  questionWindow,
} from './questions.ts';

const d = calendarDate;
const params = (on: CalendarDate) => resolveProfile(NATIONAL_PROFILE, [], on).profile.params;

describe('a question or objection is asked within the publicity period', () => {
  const published = d('2026-03-02');
  it('the period the notice names', () => {
    const w = questionWindow(
      { publishedOn: published, periodEndsOn: d('2026-03-20') },
      params(published),
    );
    expect(w).toEqual({ from: '2026-03-02', to: '2026-03-20' });
  });

  it('else the legal minimum posting: 15 days from the day after publication', () => {
    const w = questionWindow({ publishedOn: published, periodEndsOn: null }, params(published));
    expect(w.to).toBe('2026-03-17');
  });

  it.each([
    ['2026-03-01', true],
    ['2026-03-02', false],
    ['2026-03-17', false],
    ['2026-03-18', true],
  ] as const)('asked on %s: refused %s', (on, refused) => {
    const w = questionWindow({ publishedOn: published, periodEndsOn: null }, params(published));
    const f = questionOutOfPeriod(w, d(on));
    expect(f !== null).toBe(refused);
    if (f) {
      expect(f).toMatchObject({ ruleId: 'VCOL-30-ENQUIRY', code: 'question_out_of_period' });
      // the rule in words, by the law of the day asked
      expect(findingWithCitation(f, 'zh-CN')).toContain(
        '《中华人民共和国村民委员会组织法》第三十五条第四款',
      );
    }
  });

  it('an older notice with no period stays open to questions', () => {
    const old = d('2025-06-03');
    const w = questionWindow({ publishedOn: old, periodEndsOn: null }, params(old));
    expect(w.to).toBeNull();
    expect(questionOutOfPeriod(w, d('2026-03-01'))).toBeNull();
  });
});

describe('the committee answers within 15 days (a rest day moves the last day on)', () => {
  it.each([
    // Monday + 15 = Tuesday, a working day
    ['2026-03-02', '2026-03-17'],
    // Friday + 15 = Saturday → Monday
    ['2026-03-06', '2026-03-23'],
    // + 15 = 2026-10-01, the National Day holiday → the first working day after it
    ['2026-09-16', '2026-10-08'],
  ] as const)('asked on %s: due by %s', (asked, due) => {
    expect(answerDueOn(d(asked), params(d(asked)))).toBe(due);
  });

  const q = { askedOn: d('2026-03-02'), answerDueOn: d('2026-03-17') };
  it.each([
    [null, '2026-03-16', 'open'],
    [null, '2026-03-17', 'open'],
    [null, '2026-03-18', 'overdue'],
    ['2026-03-17', '2026-03-30', 'answered'],
    ['2026-03-18', '2026-03-30', 'answeredLate'],
  ] as const)('answered %s, today %s: %s', (answeredOn, today, state) => {
    expect(answerState({ ...q, answeredOn: answeredOn && d(answeredOn) }, d(today))).toBe(state);
  });

  it('an overdue answer is a finding dated the day it was due', () => {
    const f = answerOverdueFinding({ ...q, answeredOn: null }, d('2026-03-18'));
    expect(f).toMatchObject({
      on: '2026-03-17',
      ruleId: 'VCOL-30-ENQUIRY',
      code: 'answer_overdue',
    });
    expect(answerOverdueFinding({ ...q, answeredOn: null }, d('2026-03-17'))).toBeNull();
  });
});
