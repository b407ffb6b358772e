import { describe, expect, it } from 'vitest';
import { ROSTER_COLUMNS } from './rosterColumns.ts';
import {
  columnProblems,
  findHeaderRow,
  matchHeader,
  normaliseHeader,
  type RosterColumnChoice,
} from './rosterHeaders.ts';

describe('matchHeader: the words villages use for each column', () => {
  it.each([
    ['户号', 'householdNumber'],
    ['户编号', 'householdNumber'],
    ['村民小组', 'villagerGroup'],
    ['组别', 'villagerGroup'],
    ['小组', 'villagerGroup'],
    ['家庭住址', 'address'],
    ['住址', 'address'],
    ['姓名', 'name'],
    ['姓 名', 'name'],
    ['性别', 'gender'],
    ['出生年月', 'birthDate'],
    ['出生日期', 'birthDate'],
    ['身份证号', 'residentIdNumber'],
    ['公民身份号码', 'residentIdNumber'],
    ['身份证号码', 'residentIdNumber'],
    ['身份证号码（必填）', 'residentIdNumber'],
    ['联系电话', 'phone'],
    ['手机号', 'phone'],
    ['电话', 'phone'],
    ['与户主关系', 'relationToHead'],
    ['与户主的关系', 'relationToHead'],
    ['政治面貌', 'partyMember'],
    ['入党时间', 'partyJoinedOn'],
    ['序号', 'ignore'],
    ['年龄', 'ignore'],
    ['Name', 'name'],
    ['RESIDENT ID', 'residentIdNumber'],
    ['*姓名', 'name'],
    ['姓名：', 'name'],
    ['联系\n电话', 'phone'],
  ] as const)('%s → %s', (header, field) => {
    expect(matchHeader(header)).toBe(field);
  });

  it('knows every template header', () => {
    for (const c of ROSTER_COLUMNS) expect(matchHeader(c.zh)).toBe(c.key);
  });

  it.each(['民族', '文化程度', '备注', '户主姓名', ''])('%s is not recognised', (header) => {
    expect(matchHeader(header)).toBeNull();
  });

  it('normalises full-width letters, spaces and a bracketed note', () => {
    expect(normaliseHeader(' 身份证号码（18位） ')).toBe('身份证号码');
    expect(normaliseHeader('ＮＡＭＥ')).toBe('name');
  });
});

describe('findHeaderRow: the header below a title row or two', () => {
  const header = ['序号', '户号', '组别', '姓名', '性别', '公民身份号码', '民族', '与户主关系'];

  it('finds row 3 under a title and a 填报单位 line', () => {
    const found = findHeaderRow([
      ['幸福村村民花名册'],
      ['填报单位：幸福村村民委员会', '', '', '', '填报日期：2026年11月'],
      header,
      ['1', '01-001', '1', '张三', '男', '330226…', '汉族', '户主'],
    ]);
    expect(found?.rowIndex).toBe(2);
    expect(found?.columns.map((c) => [c.index, c.field, c.source])).toEqual([
      [0, 'ignore', 'standard'],
      [1, 'householdNumber', 'standard'],
      [2, 'villagerGroup', 'standard'],
      [3, 'name', 'standard'],
      [4, 'gender', 'standard'],
      [5, 'residentIdNumber', 'standard'],
      [6, null, null],
      [7, 'relationToHead', 'standard'],
    ]);
  });

  it('finds the header in row 1 too, and skips empty cells', () => {
    const found = findHeaderRow([['户号', '', '姓名']]);
    expect(found?.rowIndex).toBe(0);
    expect(found?.columns.map((c) => c.index)).toEqual([0, 2]);
  });

  it('a row naming one field is not a header; none in the first ten rows is null', () => {
    expect(findHeaderRow([['花名册'], ['姓名']])).toBeNull();
    const late = [...Array.from({ length: 10 }, () => ['']), ['户号', '姓名']];
    expect(findHeaderRow(late)).toBeNull();
    expect(findHeaderRow(late.slice(1))?.rowIndex).toBe(9);
  });

  it('prefers the row naming the most fields', () => {
    const found = findHeaderRow([['姓名', '性别', '说明'], header]);
    expect(found?.rowIndex).toBe(1);
  });

  it("uses the village's remembered choice first, even over a built-in word", () => {
    const remembered = new Map<string, RosterColumnChoice>([
      ['民族', 'ignore'],
      ['电话', 'ignore'],
    ]);
    const found = findHeaderRow([[...header, '电话']], remembered);
    expect(found?.columns.find((c) => c.header === '民族')).toMatchObject({
      field: 'ignore',
      source: 'village',
    });
    expect(found?.columns.find((c) => c.header === '电话')?.field).toBe('ignore');
  });
});

describe('columnProblems', () => {
  const columns = (fields: Array<RosterColumnChoice | null>) =>
    fields.map((field, index) => ({
      index,
      header: `列${index}`,
      field,
      source: field ? ('standard' as const) : null,
    }));

  it('nothing to fix when every needed column is there', () => {
    expect(
      columnProblems(
        columns(['householdNumber', 'villagerGroup', 'name', 'relationToHead', 'residentIdNumber']),
      ),
    ).toEqual({ unrecognised: [], missing: [], duplicates: [] });
  });

  it('without an ID number column, gender and birth date are needed', () => {
    expect(
      columnProblems(columns(['householdNumber', 'villagerGroup', 'name', 'relationToHead']))
        .missing,
    ).toEqual(['gender', 'birthDate']);
  });

  it('lists unrecognised headers, missing fields and the first duplicate of a field', () => {
    expect(
      columnProblems(columns(['name', null, 'phone', 'phone', 'phone', 'ignore', 'ignore'])),
    ).toEqual({
      unrecognised: ['列1'],
      missing: ['householdNumber', 'villagerGroup', 'relationToHead', 'gender', 'birthDate'],
      duplicates: [{ field: 'phone', first: '列2', second: '列3' }],
    });
  });
});
