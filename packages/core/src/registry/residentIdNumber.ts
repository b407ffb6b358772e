import { isValidYmd, fromYmd, type CalendarDate } from '../calendarDate.ts';
import type { Gender } from './person.ts';

/**
 * 公民身份号码 per GB 11643-1999: 6-digit address code, 8-digit birth date,
 * 3-digit sequence (odd = male, even = female) and an ISO 7064 MOD 11-2 check
 * character.
 */
const WEIGHTS = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2] as const;
const CHECK_CHARS = '10X98765432';

export type ResidentIdProblem = 'format' | 'birthDate' | 'checksum';

export interface ResidentIdFacts {
  birthDate: CalendarDate;
  gender: Gender;
}

export function residentIdCheckChar(first17: string): string {
  let sum = 0;
  for (let i = 0; i < 17; i++) sum += Number(first17[i]) * WEIGHTS[i]!;
  return CHECK_CHARS[sum % 11]!;
}

export function checkResidentId(
  raw: string,
): { ok: true; value: string; facts: ResidentIdFacts } | { ok: false; problem: ResidentIdProblem } {
  const value = raw.trim().toUpperCase();
  if (!/^\d{17}[\dX]$/.test(value)) return { ok: false, problem: 'format' };
  const year = Number(value.slice(6, 10));
  const month = Number(value.slice(10, 12));
  const day = Number(value.slice(12, 14));
  if (year < 1850 || !isValidYmd(year, month, day)) return { ok: false, problem: 'birthDate' };
  if (residentIdCheckChar(value.slice(0, 17)) !== value[17])
    return { ok: false, problem: 'checksum' };
  const gender: Gender = Number(value[16]) % 2 === 1 ? 'male' : 'female';
  return { ok: true, value, facts: { birthDate: fromYmd(year, month, day), gender } };
}

/** How many leading (province and prefecture) and trailing characters a masked number keeps. */
export const MASK_KEEPS = { head: 4, tail: 2 } as const;

/**
 * Masked form shown to anyone not authorised to see the full number:
 * 3302************3X. It must not be rebuildable from what such a viewer is
 * also sent (gender and age in years, never the birth date). It hides the
 * county digits, the whole birth date and the first two of the three
 * sequence digits; the last sequence digit only repeats the gender (odd =
 * male), and the check character (which any 17 digits determine) rules out
 * only ten candidates in eleven. Even knowing the county, a viewer who knows
 * the age is left with ~365 birth dates × 100 sequences ÷ 11 ≈ 3,300 valid
 * numbers, and no search or form answers whether a guess is right. The
 * usual "first 6, last 4" mask keeps the county and all three sequence
 * digits: with the birth date beside it, it gives the whole number back.
 */
export function maskResidentId(value: string): string {
  const { head, tail } = MASK_KEEPS;
  if (value.length < 10) return '*'.repeat(value.length);
  return `${value.slice(0, head)}${'*'.repeat(value.length - head - tail)}${value.slice(-tail)}`;
}

/**
 * What a birth date is shown as (in change histories) to a viewer who may not see ID numbers:
 * with the masked number beside it, the date would give the number back.
 */
export const HIDDEN_DATE = '****-**-**';

/** Builds a valid number from its parts (for demo data and tests). */
export function composeResidentId(
  areaCode: string,
  birthDate: CalendarDate,
  sequence: number,
  gender: Gender,
): string {
  let seq = sequence % 1000;
  if ((seq % 2 === 1) !== (gender === 'male')) seq = (seq + 1) % 1000;
  const first17 = `${areaCode}${birthDate.replaceAll('-', '')}${String(seq).padStart(3, '0')}`;
  return first17 + residentIdCheckChar(first17);
}
