import { describe, expect, it } from 'vitest';
import { calendarDate } from '../../../calendarDate.ts';
import { composeResidentId } from '../../../registry/residentIdNumber.ts';
import {
  checkShareRegister,
  readCount,
  type RegisterContext,
  type RegisterRawRow,
} from './shareRegisterSheet.ts';

const row = (rowNumber: number, ...texts: string[]): RegisterRawRow => ({
  rowNumber,
  cells: texts.map((text) => ({ text, numeric: false })),
});

const ID1 = composeResidentId('510124', calendarDate('1960-03-05'), 11, 'male');
const ID2 = composeResidentId('510124', calendarDate('1988-07-19'), 22, 'female');
const ID3 = composeResidentId('510124', calendarDate('2019-01-02'), 31, 'male');

const ctx: RegisterContext = {
  on: calendarDate('2009-06-30'),
  classes: [
    { shareClass: 'population', weight: 10 },
    { shareClass: 'farmingYears', weight: 1 },
  ],
  people: new Map([
    [ID1, { id: 'p1', name: '王建国', householdId: 'h1', householdNumber: '0001', member: true }],
    [ID2, { id: 'p2', name: '王小红', householdId: 'h1', householdNumber: '0001', member: true }],
    [ID3, { id: 'p3', name: '赵外来', householdId: 'h2', householdNumber: '0002', member: false }],
  ]),
};

const TITLE = row(1, '花乡社区集体经济股份合作社股东名册');
const HEADER = row(2, '序号', '户号', '姓名', '身份证号码', '人口股', '农龄股', '合计');

describe('reading a 股东名册', () => {
  it('matches by ID number, weighs each class by the charter and adds up the totals', () => {
    const out = checkShareRegister(
      [
        TITLE,
        HEADER,
        row(3, '1', '0001', '王建国', ID1, '1', '23', '33'),
        row(4, '', '', '', '', '', '', ''),
        row(5, '2', '0001', '王小红', ID2.toLowerCase(), '1', '', ''),
        row(6, '合计', '', '', '', '2', '23', '43'),
      ],
      ctx,
    );
    expect(out).toEqual({
      ok: true,
      lines: [
        {
          rowNumber: 3,
          personId: 'p1',
          householdId: 'h1',
          units: [
            { shareClass: 'population', units: 10 },
            { shareClass: 'farmingYears', units: 23 },
          ],
        },
        {
          rowNumber: 5,
          personId: 'p2',
          householdId: 'h1',
          units: [{ shareClass: 'population', units: 10 }],
        },
      ],
      totals: {
        members: 2,
        households: 1,
        units: 43,
        unitsByClass: [
          { shareClass: 'population', units: 20 },
          { shareClass: 'farmingYears', units: 23 },
        ],
      },
    });
  });

  it('tells every problem by row, column and reason, and imports nothing', () => {
    const out = checkShareRegister(
      [
        HEADER,
        row(2, '1', '0002', '王建国', ID1, '1', '23', '34'),
        row(3, '2', '0001', '王小兰', ID2, '1', 'x', ''),
        row(4, '3', '0002', '赵外来', ID3, '1', '', ''),
        row(5, '4', '0001', '王建国', ID1, '0', '', ''),
        row(6, '5', '', '李四', '510124199001011234', '1', '', ''),
      ],
      ctx,
    );
    expect(out.ok).toBe(false);
    if (out.ok) return;
    expect(out.problems.map((p) => [p.row, p.column, p.error])).toEqual([
      [2, 'householdNumber', 'register_household_mismatch'],
      [2, 'total', 'register_row_total_mismatch'],
      [3, 'name', 'register_name_mismatch'],
      [3, 'farmingYears', 'register_count_invalid'],
      [4, 'name', 'register_not_member'],
      [5, 'idNumber', 'register_person_twice'],
      [5, 'name', 'register_no_shares'],
      [6, 'idNumber', 'register_id_invalid'],
    ]);
    // the ID number is told masked, never whole
    expect(JSON.stringify(out.problems)).not.toContain(ID2);
  });

  it('reconciles the foot line of totals with the lines (n−1, n, n+1)', () => {
    const lines = [HEADER, row(3, '1', '0001', '王建国', ID1, '1', '23', '33')];
    const foot = (total: string) =>
      checkShareRegister([...lines, row(4, '合计', '', '', '', '1', '23', total)], ctx);
    expect(foot('32').ok).toBe(false);
    expect(foot('33').ok).toBe(true);
    expect(foot('34').ok).toBe(false);
  });

  it('refuses a class the charter does not set, a missing header and an empty sheet', () => {
    const land = checkShareRegister(
      [row(1, '姓名', '身份证号', '人口股', '土地股'), row(2, '王建国', ID1, '1', '2')],
      ctx,
    );
    expect(land.ok ? [] : land.problems.map((p) => p.error)).toEqual([
      'register_class_not_in_charter',
    ]);
    const none = checkShareRegister([row(1, '名字', '号码')], ctx);
    expect(none.ok ? null : none.problems[0]!.error).toBe('register_header_not_found');
    const empty = checkShareRegister([HEADER], ctx);
    expect(empty.ok ? null : empty.problems[0]!.error).toBe('register_empty');
  });

  it.each([
    ['', 0],
    ['1', 1],
    ['２３年', 23],
    ['3股', 3],
    ['1.0', 1],
    ['1.5', null],
    ['-1', null],
    ['100000', 100000],
    ['100001', null],
  ])('reads the count %j as %j', (text, n) => {
    expect(readCount({ text, numeric: false })).toBe(n);
  });
});
