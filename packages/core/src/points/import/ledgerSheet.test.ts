import { describe, expect, it } from 'vitest';
import { calendarDate } from '../../calendarDate.ts';
import {
  checkLedgerSheet,
  MAX_LINE_POINTS,
  readPoints,
  type LedgerContext,
  type LedgerRawRow,
} from './ledgerSheet.ts';

const cell = (text: string, numeric = false) => ({ text, numeric });
const row = (rowNumber: number, ...texts: string[]): LedgerRawRow => ({
  rowNumber,
  cells: texts.map((t) => cell(t)),
});

const ctx: LedgerContext = {
  today: calendarDate('2026-11-21'),
  households: new Map([
    ['0001', { id: 'h1', headName: '王建国' }],
    ['0002', { id: 'h2', headName: '赵德明' }],
  ]),
};

const TITLE = row(1, '甲村2025年度积分台账');
const HEADER = row(2, '序号', '户号', '户主姓名', '日期', '积分', '积分事由');

describe('reading a village points ledger', () => {
  it('finds the header below a title and reads every line', () => {
    const out = checkLedgerSheet(
      [
        TITLE,
        HEADER,
        row(3, '1', '0001', '王建国', '2025-03-12', '5', '参加义务植树'),
        row(4, '', '', '', '', '', ''),
        row(5, '2', '0002', '', '2025.04.01', '-3', '门前三包未落实'),
      ],
      ctx,
    );
    expect(out).toEqual({
      ok: true,
      lines: [
        { rowNumber: 3, householdId: 'h1', date: '2025-03-12', points: 5, reason: '参加义务植树' },
        {
          rowNumber: 5,
          householdId: 'h2',
          date: '2025-04-01',
          points: -3,
          reason: '门前三包未落实',
        },
      ],
    });
  });

  it('lists every problem by row and column, and imports nothing', () => {
    const out = checkLedgerSheet(
      [
        HEADER,
        row(3, '1', '0009', '', '2025-03-12', '5', '植树'),
        row(4, '2', '0001', '李秀英', '2026-11-22', '0', ''),
        row(5, '3', '', '', '2025-02-30', '五', '清扫'),
      ],
      ctx,
    );
    expect(out.ok).toBe(false);
    if (out.ok) return;
    expect(out.problems.map((p) => [p.row, p.column, p.error])).toEqual([
      [3, 'householdNumber', 'ledger_household_unknown'],
      [4, 'headName', 'ledger_head_mismatch'],
      [4, 'date', 'date_in_future'],
      [4, 'points', 'ledger_points_invalid'],
      [4, 'reason', 'field_required'],
      [5, 'householdNumber', 'field_required'],
      [5, 'date', 'date_invalid'],
      [5, 'points', 'ledger_points_invalid'],
    ]);
  });

  it('a date of today is taken, tomorrow is refused', () => {
    const on = (date: string) =>
      checkLedgerSheet([HEADER, row(3, '1', '0001', '', date, '1', '植树')], ctx).ok;
    expect(on('2026-11-20')).toBe(true);
    expect(on('2026-11-21')).toBe(true);
    expect(on('2026-11-22')).toBe(false);
  });

  it('a file without the columns, or without lines, is refused as a whole', () => {
    expect(checkLedgerSheet([TITLE, row(2, '姓名', '金额')], ctx)).toMatchObject({
      ok: false,
      problems: [{ row: 0, error: 'ledger_header_not_found' }],
    });
    expect(checkLedgerSheet([HEADER], ctx)).toMatchObject({
      ok: false,
      problems: [{ row: 0, error: 'ledger_empty' }],
    });
  });

  it('reports progress line by line', () => {
    const seen: number[] = [];
    checkLedgerSheet(
      [
        HEADER,
        row(3, '1', '0001', '', '2025-01-01', '1', 'a'),
        row(4, '2', '0001', '', '2025-01-01', '1', 'b'),
      ],
      ctx,
      (n) => seen.push(n),
    );
    expect(seen).toEqual([1, 2]);
  });
});

describe('what the law protects', () => {
  it('refuses a deduction for petitioning or for a woman marrying out, naming the topic', () => {
    const out = checkLedgerSheet(
      [
        HEADER,
        row(3, '1', '0001', '', '2025-05-01', '-10', '越级上访'),
        row(4, '2', '0002', '', '2025-05-01', '-5', '外嫁女户口未迁出'),
        row(5, '3', '0002', '', '2025-05-01', '-5', '乱倒垃圾'),
      ],
      ctx,
    );
    expect(out.ok).toBe(false);
    if (out.ok) return;
    expect(out.problems.map((p) => [p.row, p.column, p.error])).toEqual([
      [3, 'reason', 'ledger_unlawful_line'],
      [4, 'reason', 'ledger_unlawful_line'],
    ]);
    expect(out.problems[0]?.params).toMatchObject({ excerpt: '越级上访', on: '2026-11-21' });
  });
});

describe('points cells', () => {
  it.each([
    ['5', 5],
    ['+3', 3],
    ['-5', -5],
    ['−5', -5],
    ['－2', -2],
    ['10分', 10],
    ['０', null],
    ['0', null],
    ['1.5', null],
    ['', null],
    [String(MAX_LINE_POINTS - 1), MAX_LINE_POINTS - 1],
    [String(MAX_LINE_POINTS), MAX_LINE_POINTS],
    [String(MAX_LINE_POINTS + 1), null],
    [String(-MAX_LINE_POINTS - 1), null],
  ])('%s → %s', (text, points) => {
    expect(readPoints(cell(text, true))).toBe(points);
  });
});
