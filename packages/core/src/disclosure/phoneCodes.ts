import { PHONE_PATTERN } from '../registry/person.ts';

/**
 * The one-time code by which a villager without an account asks a question on the public
 * portal (issue 10 item 3): sent by SMS to the mobile number the register has for them. The
 * limits bound what a stranger can do with the form — guess a code, run up SMS costs, or pester
 * one number — while a villager who mistypes can still try again the same day.
 */
export const PHONE_CODE = {
  digits: 6,
  /** A code is valid this long after it is sent. */
  validMinutes: 10,
  /** Tries at one code, right or wrong; the sixth is refused even if right (1 in 200,000 by guessing). */
  maxAttempts: 5,
  /** The window of the sending limits. */
  windowMinutes: 60,
  /** Codes per mobile number per window, from all addresses (a family may retry a few times). */
  perPhone: 3,
  /** Codes per client address per window, whatever the number (a village office shares one address). */
  perAddress: 10,
  /** Codes are forgotten this long after they are sent (the limits need an hour; a day leaves room). */
  keptHours: 24,
} as const;

const MINUTE_MS = 60_000;

/** A mobile number as typed (spaces, dashes, a +86 prefix) in its stored form, or null if it is not one. */
export function normalizePhone(input: string): string | null {
  const digits = input.replace(/[\s\-()]/g, '').replace(/^(\+?86)(?=1\d{10}$)/, '');
  return PHONE_PATTERN.test(digits) ? digits : null;
}

/** A name as typed, without the spaces people put between given name and family name. */
export function normalizeName(input: string): string {
  return input.replace(/\s+/g, '');
}

export interface CodeFacts {
  usedAtMs: number | null;
  expiresAtMs: number;
  attempts: number;
}

export type CodeRefusal = 'phone_code_used' | 'phone_code_expired' | 'phone_code_exhausted';

/**
 * Why a code can no longer be tried, or null: spent (single use), expired, or out of tries. A
 * spent code says so first: its owner pressing submit twice should learn the question went in.
 */
export function codeRefusal(code: CodeFacts, nowMs: number): CodeRefusal | null {
  if (code.usedAtMs !== null) return 'phone_code_used';
  if (nowMs >= code.expiresAtMs) return 'phone_code_expired';
  if (code.attempts >= PHONE_CODE.maxAttempts) return 'phone_code_exhausted';
  return null;
}

/** Codes sent within the window: how many, and when the oldest was sent. */
export interface RecentSends {
  count: number;
  oldestMs: number | null;
}

/**
 * Minutes to wait before another code may be sent, or null when one may be sent now: each limit
 * frees a place when its oldest code of the window leaves it.
 */
export function sendPause(
  sends: { phone: RecentSends; address: RecentSends },
  nowMs: number,
): number | null {
  const window = PHONE_CODE.windowMinutes * MINUTE_MS;
  const waits = [
    [sends.phone, PHONE_CODE.perPhone],
    [sends.address, PHONE_CODE.perAddress],
  ] as const;
  let freeAtMs: number | null = null;
  for (const [s, limit] of waits) {
    if (s.count < limit || s.oldestMs === null) continue;
    const at = s.oldestMs + window;
    if (at > nowMs && (freeAtMs === null || at > freeAtMs)) freeAtMs = at;
  }
  return freeAtMs === null ? null : Math.max(1, Math.ceil((freeAtMs - nowMs) / MINUTE_MS));
}
