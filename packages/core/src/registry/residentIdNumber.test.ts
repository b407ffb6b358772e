import { describe, expect, it } from 'vitest';
import {
  ageOn,
  calendarDate,
  daysInMonth,
  fromYmd,
  ymd,
  type CalendarDate,
} from '../calendarDate.ts';
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

  it('masks all but the province and prefecture and the last two characters', () => {
    expect(maskResidentId('11010519491231002X')).toBe('1101************2X');
  });

  /**
   * Every valid number a viewer without the ID ability could still take for
   * this person: the county known (it is usually the village's), the birth
   * date anywhere in the year the age allows, any sequence that keeps the
   * visible characters and the gender.
   */
  function candidates(masked: string, county: string, age: number, today: CalendarDate) {
    const found: string[] = [];
    const { year } = ymd(today);
    for (const y of [year - age - 1, year - age])
      for (let m = 1; m <= 12; m++)
        for (let d = 1; d <= daysInMonth(y, m); d++) {
          const born = fromYmd(y, m, d);
          if (ageOn(born, today) !== age) continue;
          for (let seq = 0; seq < 1000; seq++) {
            const first17 = `${county}${born.replaceAll('-', '')}${String(seq).padStart(3, '0')}`;
            const id = first17 + residentIdCheckChar(first17);
            if (maskResidentId(id) === masked) found.push(id);
          }
        }
    return found;
  }

  it('cannot be rebuilt from the mask, the gender and the age sent beside it', () => {
    const today = calendarDate('2026-11-21');
    const id = composeResidentId('510199', calendarDate('1985-03-07'), 722, 'male');
    const found = candidates(
      maskResidentId(id),
      '510199',
      ageOn(calendarDate('1985-03-07'), today),
      today,
    );
    expect(found).toContain(id);
    // thousands of valid numbers fit everything such a viewer is sent
    expect(found.length).toBeGreaterThan(2000);
    // the old mask (first 6, last 4) with the birth date gave the number back: one candidate
    const old = `${id.slice(0, 6)}********${id.slice(-4)}`;
    const withBirthDate = [id.slice(0, 6) + '19850307' + old.slice(14, 17)].map(
      (f17) => f17 + residentIdCheckChar(f17),
    );
    expect(withBirthDate).toEqual([id]);
  });
});
