import { describe, expect, it } from 'vitest';
import { excelSerialDate, readRosterDate } from './rosterDates.ts';

const text = (t: string) => readRosterDate({ text: t, numeric: false });
const num = (t: string) => readRosterDate({ text: t, numeric: true });

describe('readRosterDate: dates and birth months as villages write them', () => {
  it.each([
    ['1965-03-12', '1965-03-12'],
    ['1965-3-2', '1965-03-02'],
    ['1965/3/12', '1965-03-12'],
    ['1965.03.12', '1965-03-12'],
    ['1965年3月12日', '1965-03-12'],
    ['1965年03月12日', '1965-03-12'],
    ['1965 年 3 月 12 日', '1965-03-12'],
    ['19650312', '1965-03-12'],
    ['1965-03-12 00:00:00', '1965-03-12'],
    ['1965/3/12 0:00', '1965-03-12'],
    ['2000-02-29', '2000-02-29'],
  ])('%s is the date %s', (cell, date) => {
    expect(text(cell)).toEqual({ kind: 'date', date });
  });

  it.each([
    ['1965.03', 1965, 3],
    ['1965.3', 1965, 3],
    ['1965.12', 1965, 12],
    ['1965-03', 1965, 3],
    ['1965/3', 1965, 3],
    ['1965年3月', 1965, 3],
    ['1965年03月', 1965, 3],
    ['1965年3', 1965, 3],
    ['196503', 1965, 3],
  ])('%s is the month %i-%i', (cell, year, month) => {
    expect(text(cell)).toEqual({ kind: 'month', year, month });
  });

  it('reads a number stored by Excel: 1965.03 as a month, a five-digit whole number as a date serial', () => {
    expect(num('1965.03')).toEqual({ kind: 'month', year: 1965, month: 3 });
    expect(num('23813')).toEqual({ kind: 'date', date: '1965-03-12' });
    expect(num('23813.5')).toEqual({ kind: 'date', date: '1965-03-12' });
    expect(num('19650312')).toEqual({ kind: 'date', date: '1965-03-12' });
    // the same digits typed as text are not a serial
    expect(text('23813')).toEqual({ kind: 'invalid' });
  });

  it.each([
    '1965-02-30',
    '2001-02-29',
    '1965.13',
    '1965.0',
    '1965年13月',
    '1849-12-31',
    '65.3',
    '三月',
    '1965-03-12x',
    '196513',
  ])('%s is not a date', (cell) => {
    expect(text(cell)).toEqual({ kind: 'invalid' });
  });

  it('a blank cell (or spaces) is blank', () => {
    expect(text('')).toEqual({ kind: 'blank' });
    expect(text('   ')).toEqual({ kind: 'blank' });
  });
});

describe('excelSerialDate: the 1900 date system', () => {
  it.each([
    [61, '1900-03-01'],
    [25569, '1970-01-01'],
    [23813, '1965-03-12'],
    [46347, '2026-11-21'],
    [2958465, '9999-12-31'],
  ])('serial %i is %s', (serial, date) => {
    expect(excelSerialDate(serial)).toBe(date);
  });

  it.each([0, 60, 2958466, Number.NaN])('serial %d is not a birth date', (serial) => {
    expect(excelSerialDate(serial)).toBeNull();
  });
});
