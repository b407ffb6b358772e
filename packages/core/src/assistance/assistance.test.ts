import { describe, expect, it } from 'vitest';
import type { CalendarDate } from '../calendarDate.ts';
import { bestRefusal, consentRefusal, consentTermsProblems, type ConsentTerms } from './consent.ts';
import { reconcile } from './reconciliation.ts';

const d = (s: string) => s as CalendarDate;
const consent = (over: Partial<ConsentTerms> = {}): ConsentTerms => ({
  acts: ['checkIn', 'serviceOrder'],
  endsOn: d('2026-12-31'),
  revokedOn: null,
  ...over,
});

describe('a consent covers an act', () => {
  it.each([
    ['on its end date', consent(), 'checkIn', '2026-12-31', null],
    ['expired the day after its end date', consent(), 'checkIn', '2027-01-01', 'consent_expired'],
    ['an act outside its scope', consent(), 'question', '2026-12-07', 'consent_out_of_scope'],
    [
      'revoked from the day of revocation',
      consent({ revokedOn: d('2026-12-07') }),
      'checkIn',
      '2026-12-07',
      'consent_revoked',
    ],
    [
      'still held the day before revocation',
      consent({ revokedOn: d('2026-12-08') }),
      'checkIn',
      '2026-12-07',
      null,
    ],
  ] as const)('%s', (_, c, act, today, expected) => {
    expect(consentRefusal(c, act, d(today))).toBe(expected);
  });

  it('of several consents, one that covers wins; else the likeliest fix is told', () => {
    const expired = consent({ endsOn: d('2026-11-30') });
    const narrow = consent({ acts: ['question'] });
    expect(bestRefusal([expired, consent()], 'checkIn', d('2026-12-07'))).toEqual({ covering: 1 });
    expect(bestRefusal([expired, narrow], 'checkIn', d('2026-12-07'))).toEqual({
      refusal: 'consent_out_of_scope',
    });
    expect(bestRefusal([expired], 'checkIn', d('2026-12-07'))).toEqual({
      refusal: 'consent_expired',
    });
    expect(bestRefusal([], 'checkIn', d('2026-12-07'))).toEqual({ refusal: 'consent_missing' });
  });
});

describe('the terms of a consent being recorded', () => {
  const today = d('2026-12-07');
  it('accepts acts and an end date within a year', () => {
    expect(consentTermsProblems(['checkIn', 'question'], d('2027-12-08'), today)).toEqual([]);
  });
  it('refuses a secret ballot by name, an unknown act, no act, and bad dates', () => {
    expect(consentTermsProblems(['checkIn', 'vote'], today, today)).toEqual([
      { field: 'acts.1', error: 'consent_no_secret_ballot' },
    ]);
    expect(consentTermsProblems(['dance'], today, today)).toEqual([
      { field: 'acts.0', error: 'field_invalid' },
    ]);
    expect(consentTermsProblems([], d('2026-12-06'), today)).toEqual([
      { field: 'acts', error: 'field_required' },
      { field: 'endsOn', error: 'consent_ends_before_today' },
    ]);
    expect(consentTermsProblems(['checkIn'], d('2027-12-09'), today)).toEqual([
      { field: 'endsOn', error: 'consent_too_long', params: { days: 366 } },
    ]);
  });
});

describe('paper ⇄ online reconciliation', () => {
  it('puts everyone due in one group and counts each person once', () => {
    const r = reconcile({
      due: ['a', 'b', 'c', 'd', 'e'],
      paper: ['a', 'b', 'b'],
      online: ['b', 'c', 'x'],
    });
    expect(r).toEqual({
      paperOnly: ['a'],
      onlineOnly: ['c', 'x'],
      both: ['b'],
      neither: ['d', 'e'],
      countedOnce: 3,
      notDue: ['x'],
    });
  });
});
