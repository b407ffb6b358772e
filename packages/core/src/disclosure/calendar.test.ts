import { describe, expect, it } from 'vitest';
import { calendarDate, type CalendarDate } from '../calendarDate.ts';
import { findingWithCitation } from '../rules/findings.ts';
import {
  NATIONAL_PROFILE,
  resolveProfile,
  SHANDONG_PROFILE,
  type CharterOverride,
  type RuleProfile,
} from '../rules/profile.ts';
import { disclosureCalendar, overdueCount, periodFrom, type CalendarNotice } from './calendar.ts';
import type { NoticeKind } from './kinds.ts';

const d = calendarDate;
const paramsOn =
  (base: RuleProfile = NATIONAL_PROFILE, overrides: CharterOverride[] = []) =>
  (on: CalendarDate) =>
    resolveProfile(base, overrides, on).profile.params;

let seq = 0;
const notice = (kind: NoticeKind, on: string): CalendarNotice => ({
  id: `n${(seq += 1)}`,
  kind,
  title: kind,
  publishedOn: d(on),
  periodEndsOn: null,
});

const calendar = (
  today: string,
  notices: CalendarNotice[],
  params = paramsOn(),
  postings: Parameters<typeof disclosureCalendar>[0]['postings'] = [],
) => disclosureCalendar({ year: 2026, today: d(today), paramsOn: params, notices, postings });

const item = (items: ReturnType<typeof calendar>, stream: string, startsOn: string) =>
  items.find((i) => i.stream === stream && i.startsOn === startsOn);

describe('periods', () => {
  it.each([
    ['2026-01-01', 3, '2026-01-01', '2026-03-31'],
    ['2026-05-01', 3, '2026-04-01', '2026-06-30'],
    ['2026-02-01', 1, '2026-02-01', '2026-02-28'],
    ['2026-12-01', 3, '2026-10-01', '2026-12-31'],
  ] as const)('from %s, %i months: %s … %s', (start, months, from, to) => {
    expect(periodFrom(d(start), months)).toEqual({ startsOn: from, endsOn: to });
  });
});

describe('village affairs: at least once a quarter (一般事项至少每季度公布一次)', () => {
  it('a notice on the quarter’s last day counts for that quarter', () => {
    const items = calendar('2026-04-01', [notice('villageAffairs', '2026-03-31')]);
    expect(item(items, 'villageAffairs', '2026-01-01')?.state).toBe('published');
    expect(item(items, 'villageAffairs', '2026-04-01')?.state).toBe('due');
  });

  it('a notice the day after counts for the next quarter, and the first is overdue', () => {
    const items = calendar('2026-04-01', [notice('villageAffairs', '2026-04-01')]);
    const q1 = item(items, 'villageAffairs', '2026-01-01')!;
    expect(q1.state).toBe('overdue');
    expect(findingWithCitation(q1.findings[0]!, 'zh-CN')).toBe(
      '村务至少每 3 个月公开一次：2026年1月1日 至 2026年3月31日 未公开（《中华人民共和国村民委员会组织法》第三十五条第三款）',
    );
    expect(item(items, 'villageAffairs', '2026-04-01')?.state).toBe('published');
  });

  it('on the quarter’s last day an empty quarter is still due, the day after overdue', () => {
    expect(item(calendar('2026-03-31', []), 'villageAffairs', '2026-01-01')?.state).toBe('due');
    expect(item(calendar('2026-04-01', []), 'villageAffairs', '2026-01-01')?.state).toBe('overdue');
  });

  it('a resolution or implementation-result notice is a village-affairs disclosure too', () => {
    const items = calendar('2026-04-01', [notice('resolution', '2026-02-10')]);
    expect(item(items, 'villageAffairs', '2026-01-01')?.state).toBe('published');
    // but not a finance or Party-affairs one
    expect(item(items, 'finance', '2026-01-01')?.state).toBe('overdue');
    expect(item(items, 'partyAffairs', '2026-01-01')?.state).toBe('overdue');
  });

  it('periods that ended before the village began its records here are not judged', () => {
    const items = disclosureCalendar({
      year: 2026,
      today: d('2026-08-01'),
      since: d('2026-05-01'),
      paramsOn: paramsOn(),
      notices: [],
      postings: [],
    });
    const village = items.filter((i) => i.stream === 'villageAffairs').map((i) => i.startsOn);
    // the second quarter ends after the first day: it is judged; the first is not
    expect(village.sort()).toEqual(['2026-04-01', '2026-07-01']);
  });

  it('periods not yet begun are not listed', () => {
    const items = calendar('2026-02-15', []);
    expect(items.map((i) => `${i.stream} ${i.startsOn}`).sort()).toEqual([
      'finance 2026-01-01',
      'partyAffairs 2026-01-01',
      'villageAffairs 2026-01-01',
    ]);
  });
});

describe('finances monthly where transactions are frequent', () => {
  const monthly = paramsOn(NATIONAL_PROFILE, [
    { ruleId: 'VCOL-30-DISCLOSE', params: { maxMonthsFinance: 1 }, adoptedOn: d('2025-12-01') },
  ]);
  it('each month is a period: February published, March due on its last day, overdue after', () => {
    const notices = [notice('financeStatement', '2026-02-28')];
    const march31 = calendar('2026-03-31', notices, monthly);
    expect(item(march31, 'finance', '2026-02-01')?.state).toBe('published');
    expect(item(march31, 'finance', '2026-03-01')?.state).toBe('due');
    expect(item(march31, 'finance', '2026-01-01')?.state).toBe('overdue');
    const april1 = calendar('2026-04-01', notices, monthly);
    expect(item(april1, 'finance', '2026-03-01')?.state).toBe('overdue');
    expect(overdueCount(april1.filter((i) => i.stream === 'finance'))).toBe(2);
  });

  it('a province that requires it monthly (山东: 每月公布一次)', () => {
    const items = calendar('2026-02-01', [], paramsOn(SHANDONG_PROFILE));
    expect(item(items, 'finance', '2026-01-01')).toMatchObject({
      endsOn: '2026-01-31',
      state: 'overdue',
    });
  });

  it('without either, finances go with the quarter', () => {
    const items = calendar('2026-02-01', []);
    expect(item(items, 'finance', '2026-01-01')).toMatchObject({
      endsOn: '2026-03-31',
      state: 'due',
    });
  });
});

describe('Party affairs (党务公开): published by the Party organisation, quarterly by default', () => {
  it('counts only Party-affairs notices and cites the Party regulation', () => {
    const items = calendar('2026-07-01', [notice('villageAffairs', '2026-05-01')]);
    const q2 = item(items, 'partyAffairs', '2026-04-01')!;
    expect(q2.state).toBe('overdue');
    expect(q2.ruleId).toBe('PARTY-DISCLOSE');
    expect(findingWithCitation(q2.findings[0]!, 'zh-CN')).toContain('党务至少每 3 个月公开一次');
  });
});

describe('board postings in the calendar', () => {
  it('a published period is marked posted once the clerk records the posting; a short one is a finding', () => {
    const n = notice('villageAffairs', '2026-03-02');
    const items = calendar('2026-04-10', [n], paramsOn(), [
      { id: 'p1', noticeId: n.id, postedOn: d('2026-03-02'), takenDownOn: d('2026-03-16') },
    ]);
    const q1 = item(items, 'villageAffairs', '2026-01-01')!;
    expect(q1).toMatchObject({ state: 'published', posted: true });
    expect(q1.findings.map((f) => f.code)).toEqual(['posting_short']);
  });
});
