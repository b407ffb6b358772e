import type { CalendarDate } from '../calendarDate.ts';
import type { SeatHolder } from '../rules/composition.ts';
import { periodEnd } from '../rules/dayCount.ts';
import { finding, type Finding } from '../rules/findings.ts';
import { CHINA_HOLIDAYS } from '../rules/holidays.ts';
import type { RuleParams } from '../rules/profile.ts';

/**
 * The rules of people's mediation (《人民调解法》, RULES.md §9) a dispute's steps are checked
 * against. Pure: the server loads the facts and stores what these answer.
 */

/**
 * RMTJ-08-SIZE: the mediation committee has three to nine members, one chair (deputies allowed)
 * and at least one woman. The minority-member clause is not checked: the registry does not
 * record ethnicity.
 */
export function checkMediationCommittee(
  facts: { on: CalendarDate; members: readonly SeatHolder[] },
  p: RuleParams['RMTJ-08-SIZE'],
): Finding[] {
  const { on, members } = facts;
  const out: Finding[] = [];
  const count = members.length;
  if (count < p.min || count > p.max)
    out.push(finding(on, 'RMTJ-08-SIZE', 'mediation_size', { min: p.min, max: p.max, count }));
  const chairs = members.filter((m) => m.role === 'chair').length;
  if (chairs !== 1) out.push(finding(on, 'RMTJ-08-SIZE', 'mediation_chair', { count: chairs }));
  const women = members.filter((m) => m.gender === 'female').length;
  if (women < p.minWomen)
    out.push(finding(on, 'RMTJ-08-SIZE', 'mediation_women', { count: women }));
  return out;
}

/** A party's answer to mediation: not yet asked, agrees, or expressly refuses. */
export type Consent = 'pending' | 'agreed' | 'refused';

/**
 * RMTJ-17-CONSENT: one party's express refusal ends the matter (不得调解); mediation is accepted
 * (受理) only once every party has agreed. Answers 'refused' with the first refusing party,
 * 'ready' when all agreed, 'waiting' otherwise.
 */
export function consentState(
  parties: ReadonlyArray<{ name: string; consent: Consent }>,
): { kind: 'refused'; party: string } | { kind: 'ready' } | { kind: 'waiting' } {
  const refusing = parties.find((p) => p.consent === 'refused');
  if (refusing) return { kind: 'refused', party: refusing.name };
  if (parties.length >= 2 && parties.every((p) => p.consent === 'agreed')) return { kind: 'ready' };
  return { kind: 'waiting' };
}

export function consentRefusal(on: CalendarDate, party: string): Finding {
  return finding(on, 'RMTJ-17-CONSENT', 'mediation_refused', { party });
}

/**
 * RMTJ-15-IMPARTIAL: a mediator assigned or chosen (Art. 19) must not be a close relative of a
 * party (近亲属: Civil Code Art. 1045), since a mediator may not favour one side (Art. 15).
 * Relatives may still take part in the sessions as Art. 20 allows, just not as mediator.
 */
export function checkMediators(
  on: CalendarDate,
  mediators: ReadonlyArray<{ personId: string; name: string }>,
  parties: ReadonlyArray<{ name: string; closeRelativeIds: readonly string[] }>,
): Finding[] {
  const out: Finding[] = [];
  for (const m of mediators)
    for (const p of parties)
      if (p.closeRelativeIds.includes(m.personId))
        out.push(
          finding(on, 'RMTJ-15-IMPARTIAL', 'mediator_close_relative', {
            mediator: m.name,
            party: p.name,
          }),
        );
  return out;
}

/** What a written agreement carries: each party's mark, the mediator's signature, the seal. */
export interface WrittenAgreementMarks {
  parties: ReadonlyArray<{ name: string; signedOn: CalendarDate | null }>;
  mediatorSignedOn: CalendarDate | null;
  sealedOn: CalendarDate | null;
}

export type AgreementEffect =
  | { effective: true; on: CalendarDate }
  | { effective: false; missing: string[]; missingEn: string[] };

/**
 * RMTJ-29-EFFECT: a written agreement (调解协议书) takes effect on the day the last of its marks
 * is made — every party's signature, seal or fingerprint, the mediator's signature and the
 * committee's seal (Art. 29); an oral one on the day it is reached (Art. 30).
 */
export function agreementEffect(
  a: { form: 'oral'; reachedOn: CalendarDate } | ({ form: 'written' } & WrittenAgreementMarks),
): AgreementEffect {
  if (a.form === 'oral') return { effective: true, on: a.reachedOn };
  const missing: string[] = [];
  const missingEn: string[] = [];
  for (const p of a.parties)
    if (!p.signedOn) {
      missing.push(`当事人${p.name}签名（盖章、按指印）`);
      missingEn.push(`${p.name}'s signature`);
    }
  if (!a.mediatorSignedOn) {
    missing.push('调解员签名');
    missingEn.push("the mediator's signature");
  }
  if (!a.sealedOn) {
    missing.push('人民调解委员会印章');
    missingEn.push("the committee's seal");
  }
  if (missing.length > 0 || a.parties.length === 0) return { effective: false, missing, missingEn };
  const days = [...a.parties.map((p) => p.signedOn!), a.mediatorSignedOn!, a.sealedOn!];
  return { effective: true, on: days.reduce((x, y) => (y > x ? y : x)) };
}

/** The finding for a step that needs an effective agreement (confirmation, performance). */
export function notEffective(
  on: CalendarDate,
  e: Extract<AgreementEffect, { effective: false }>,
): Finding {
  return finding(on, 'RMTJ-29-EFFECT', 'agreement_not_effective', {
    missing: e.missing.join('、'),
    missingEn: e.missingEn.join(', '),
  });
}

/**
 * RMTJ-33-CONFIRM: the last day to apply for judicial confirmation — 30 days from the day the
 * agreement took effect, that day not counted, moved to the next working day when it is a rest
 * day (Civil Code Arts. 201, 203).
 */
export function confirmationLastDay(
  effectiveOn: CalendarDate,
  p: RuleParams['RMTJ-33-CONFIRM'],
): CalendarDate {
  return periodEnd(effectiveOn, p.maxDaysAfterEffect, CHINA_HOLIDAYS);
}

/**
 * RMTJ-33-CONFIRM: an application is lawful when it is for a written agreement in effect, made
 * jointly by every party (共同申请: one party alone is refused), by the last day.
 */
export function checkConfirmationApplication(
  a: {
    filedOn: CalendarDate;
    form: 'oral' | 'written';
    effectiveOn: CalendarDate;
    parties: ReadonlyArray<{ id: string; name: string }>;
    applicantIds: readonly string[];
  },
  p: RuleParams['RMTJ-33-CONFIRM'],
): Finding[] {
  const on = a.filedOn;
  if (a.form === 'oral') return [finding(on, 'RMTJ-33-CONFIRM', 'confirmation_oral')];
  const out: Finding[] = [];
  const absent = a.parties.filter((party) => !a.applicantIds.includes(party.id));
  if (absent.length > 0)
    out.push(
      finding(on, 'RMTJ-33-CONFIRM', 'confirmation_joint', {
        missing: absent.map((x) => x.name).join('、'),
      }),
    );
  if (a.filedOn > confirmationLastDay(a.effectiveOn, p))
    out.push(finding(on, 'RMTJ-33-CONFIRM', 'confirmation_late', { days: p.maxDaysAfterEffect }));
  return out;
}

/**
 * RMTJ-SPC-COURT: the days the court is expected to act by, shown to the parties (the court
 * keeps its own clock; the record only notes what it did): acceptance decided in 3 days of the
 * application, confirmation in 15 days of acceptance, 10 more when the court president extends.
 */
export function courtExpectedDates(
  c: { appliedOn: CalendarDate; acceptedOn: CalendarDate | null; extended: boolean },
  p: RuleParams['RMTJ-33-CONFIRM'],
): { acceptBy: CalendarDate; decideBy: CalendarDate | null } {
  const acceptBy = periodEnd(c.appliedOn, p.courtAcceptDays, CHINA_HOLIDAYS);
  if (!c.acceptedOn) return { acceptBy, decideBy: null };
  const days = p.courtDecideDays + (c.extended ? p.courtExtensionDays : 0);
  return { acceptBy, decideBy: periodEnd(c.acceptedOn, days, CHINA_HOLIDAYS) };
}
