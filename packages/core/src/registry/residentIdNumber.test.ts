import { describe, expect, it } from 'vitest';
import { calendarDate } from '../calendarDate.ts';
import {
  checkResidentId,
  composeResidentId,
  maskResidentId,
  residentIdCheckChar,
} from './residentIdNumber.ts';

describe('GB 11643 resident ID numbers', () => {
  it('computes the ISO 7064 MOD 11-2 check character (the standard’s worked example)', () => {
    // GB 11643-1999 appendix example: 11010519491231002X
    expect(residentIdCheckChar('11010519491231002')).toBe('X');
    expect(checkResidentId('11010519491231002X')).toMatchObject({
      ok: true,
      facts: { birthDate: '1949-12-31', gender: 'female' },
    });
  });

  it('accepts a lower-case x and surrounding spaces, normalising them', () => {
    expect(checkResidentId(' 11010519491231002x ')).toMatchObject({
      ok: true,
      value: '11010519491231002X',
    });
  });

  it.each([
    ['1101051949123100', 'format'],
    ['11010519491231002XX', 'format'],
    ['1101051949123100A2', 'format'],
    ['110105194902300021', 'birthDate'],
    ['110105194913010021', 'birthDate'],
    ['110105184912310021', 'birthDate'],
    ['110105194912310021', 'checksum'],
  ])('refuses %s (%s)', (value, problem) => {
    expect(checkResidentId(value)).toEqual({ ok: false, problem });
  });

  it('flags every single-digit change of a valid number (checksum catches substitutions)', () => {
    const valid = composeResidentId('330226', calendarDate('1985-06-15'), 123, 'male');
    for (let i = 14; i < 17; i++) {
      const d = Number(valid[i]);
      const changed = valid.slice(0, i) + String((d + 1) % 10) + valid.slice(i + 1);
      expect(checkResidentId(changed).ok).toBe(false);
    }
  });

  it('reads gender from the 17th digit: odd male, even female', () => {
    const m = composeResidentId('330226', calendarDate('2000-02-29'), 10, 'male');
    const f = composeResidentId('330226', calendarDate('2000-02-29'), 10, 'female');
    expect(checkResidentId(m)).toMatchObject({
      ok: true,
      facts: { gender: 'male', birthDate: '2000-02-29' },
    });
    expect(checkResidentId(f)).toMatchObject({ ok: true, facts: { gender: 'female' } });
  });

  it('masks all but the area code and the last four characters', () => {
    expect(maskResidentId('11010519491231002X')).toBe('110105********002X');
  });
});
