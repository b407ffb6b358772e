import { describe, expect, it } from 'vitest';
import { calendarDate as d, type CalendarDate } from '@cunzhi/core/calendarDate';
import { ledgerSheet } from './ledger.ts';
import type { RequestRow } from './repository.ts';

const LADDER = { stationHeadAfterDays: 0, departmentHeadAfterDays: 2, townAfterDays: 5 };

function row(over: Partial<RequestRow>): RequestRow {
  return {
    id: 'r',
    year: 2026,
    number: 1,
    item_id: 'i',
    item_name: '高龄津贴申领',
    window_id: 'w',
    window_number: 2,
    window_name: '民政事务',
    department_id: null,
    department_name: null,
    materials: [],
    promised_days: 5,
    promised_unit: 'working',
    full_agency: true,
    channel: 'phone',
    requester_person_id: null,
    requester_name: '李秀英',
    requester_phone: '13800001111',
    details: '',
    state: 'completed',
    ordered_on: d('2026-12-01'),
    first_contact_account_id: 'a',
    first_contact_name: '陈志明',
    accepted_on: d('2026-12-01'),
    missing_materials: [],
    paused_on: null,
    due_on: d('2026-12-08'),
    profile_version: '2025-10-28',
    ladder: LADDER,
    town_referral_id: null,
    town_answer: null,
    refusal_reason: null,
    result: null,
    closed_on: null,
    rating: null,
    rating_comment: null,
    assisted_by: null,
    ...over,
  };
}

/** The 时限 column of one request's row. */
const timeliness = (r: RequestRow, today: CalendarDate) =>
  ledgerSheet('t', [r], today).rows[0]![11];

describe('the 台账', () => {
  it.each([
    // closed the day before, on and after the due day (n−1, n, n+1)
    ['completed', '2026-12-07', '按时办结'],
    ['completed', '2026-12-08', '按时办结'],
    ['rated', '2026-12-09', '逾期办结'],
  ] as const)('%s on %s → %s', (state, closedOn, text) => {
    expect(timeliness(row({ state, closed_on: d(closedOn) }), d('2026-12-20'))).toBe(text);
  });

  it.each([
    ['2026-12-08', ''],
    ['2026-12-09', '已逾期'],
  ] as const)('running on %s → %j', (today, text) => {
    expect(timeliness(row({ state: 'processing' }), d(today))).toBe(text);
  });

  it('has no phone number, and totals by state and rating', () => {
    const sheet = ledgerSheet(
      't',
      [row({ rating: 'satisfied', state: 'rated' }), row({ number: 2, state: 'refused' })],
      d('2026-12-20'),
    );
    expect(JSON.stringify(sheet.rows)).not.toContain('13800001111');
    expect(sheet.rows.at(-2)![0]).toContain('不予受理 1 件');
    expect(sheet.rows.at(-1)![0]).toContain('满意 1 件');
  });
});
