import { compareDates, type CalendarDate } from '../calendarDate.ts';
import type { FieldProblem } from '../errors.ts';
import { addDays } from '../rules/dayCount.ts';

/**
 * 代办 (assisted participation): a cadre or a relative acts for a villager who is not online,
 * with the villager's consent. The consent names the acts it covers and the last day it holds.
 * A secret ballot is never among them: under the Organic Law of Villagers' Committees (Art. 15)
 * a voter away at the election may only entrust a close relative in writing, through the
 * election's own 委托投票 path (features/elections), so voting is refused here by name.
 */
export const ASSISTED_ACTS = ['checkIn', 'serviceOrder', 'question'] as const;
export type AssistedAct = (typeof ASSISTED_ACTS)[number];

/** Whom the villager consents to: the village's cadres, or one named member of their household. */
export type AgentKind = 'cadres' | 'relative';

/** How the consent was given: a signed paper form photographed, or a code texted to their phone. */
export type ConsentEvidence = 'paper' | 'code';

/** The longest a consent may run: a year, after which the villager is asked again. */
export const CONSENT_MAX_DAYS = 366;

export interface ConsentTerms {
  acts: readonly AssistedAct[];
  endsOn: CalendarDate;
  revokedOn: CalendarDate | null;
}

export type ConsentRefusal = 'consent_revoked' | 'consent_expired' | 'consent_out_of_scope';

/**
 * Why a consent does not cover an act on a day, or null when it does. It holds through its
 * end date and is expired from the day after; a revoked consent holds no longer from the day
 * of revocation.
 */
export function consentRefusal(
  consent: ConsentTerms,
  act: AssistedAct,
  today: CalendarDate,
): ConsentRefusal | null {
  if (consent.revokedOn !== null && compareDates(consent.revokedOn, today) <= 0)
    return 'consent_revoked';
  if (compareDates(today, consent.endsOn) > 0) return 'consent_expired';
  if (!consent.acts.includes(act)) return 'consent_out_of_scope';
  return null;
}

/**
 * Of a villager's consents to one agent, the refusal that tells them most: none when one
 * covers the act; else out of scope before expired before revoked (the likeliest fix first).
 */
export function bestRefusal(
  consents: readonly ConsentTerms[],
  act: AssistedAct,
  today: CalendarDate,
): { covering: number } | { refusal: ConsentRefusal | 'consent_missing' } {
  const refusals = consents.map((c) => consentRefusal(c, act, today));
  const covering = refusals.indexOf(null);
  if (covering >= 0) return { covering };
  for (const r of ['consent_out_of_scope', 'consent_expired', 'consent_revoked'] as const)
    if (refusals.includes(r)) return { refusal: r };
  return { refusal: 'consent_missing' };
}

/**
 * The field problems of a consent being recorded: at least one act, no voting (see above),
 * an end date from today to a year ahead.
 */
export function consentTermsProblems(
  acts: readonly string[],
  endsOn: CalendarDate,
  today: CalendarDate,
): FieldProblem[] {
  const problems: FieldProblem[] = [];
  if (acts.length === 0) problems.push({ field: 'acts', error: 'field_required' });
  acts.forEach((act, i) => {
    if (act === 'vote') problems.push({ field: `acts.${i}`, error: 'consent_no_secret_ballot' });
    else if (!(ASSISTED_ACTS as readonly string[]).includes(act))
      problems.push({ field: `acts.${i}`, error: 'field_invalid' });
  });
  if (compareDates(endsOn, today) < 0)
    problems.push({ field: 'endsOn', error: 'consent_ends_before_today' });
  else if (compareDates(endsOn, addDays(today, CONSENT_MAX_DAYS)) > 0)
    problems.push({
      field: 'endsOn',
      error: 'consent_too_long',
      params: { days: CONSENT_MAX_DAYS },
    });
  return problems;
}
