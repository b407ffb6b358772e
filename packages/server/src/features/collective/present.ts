import { ageOn, type CalendarDate } from '@cunzhi/core/calendarDate';
import { storeTerms } from '@cunzhi/core/collective/charter';
import { FULL_CAPACITY_AGE } from '@cunzhi/core/collective/membership';
import { maskResidentId } from '@cunzhi/core/registry/residentIdNumber';
import { numbered } from '../points/present.ts';
import type { EventLine, RegisterLine } from './queries.ts';
import type { CharterRow } from './repository.ts';

/** A charter version as the page shows it: fen as a number, the threshold as num/den. */
export function presentCharter(c: CharterRow, inForceId: string | null) {
  const stored = storeTerms(c.terms);
  const p = stored.committeePayment;
  const t = c.terms.assemblyDecision;
  return {
    id: c.id,
    version: c.version,
    adoptedOn: c.adoptedOn,
    effectiveFrom: c.effectiveFrom,
    adoptedBy:
      c.resolutionYear !== null && c.resolutionNumber !== null
        ? numbered(c.resolutionYear, c.resolutionNumber)
        : (c.paperResolution ?? ''),
    inForce: c.id === inForceId,
    terms: {
      ...stored,
      committeePayment: p.kind === 'fixed' ? { kind: 'fixed' as const, fen: Number(p.fen) } : p,
      // a charter's threshold is always X分之Y以上 (charterProblems refuses 过半数)
      assemblyDecision: t.kind === 'atLeast' ? { num: t.num, den: t.den } : { num: 2, den: 3 },
    },
  };
}

/** 0012 王建国户 */
export const householdLabel = (l: Pick<RegisterLine, 'householdNumber' | 'headName'>): string =>
  l.headName ? `${l.householdNumber} ${l.headName}户` : l.householdNumber;

/**
 * A register line as the viewer may see it: the full ID number and birth date only with the
 * ability to see ID numbers (a masked number beside the birth date would give it back).
 */
export function presentMember(l: RegisterLine, today: CalendarDate, showIds: boolean) {
  return {
    personId: l.personId,
    registerNo: l.registerNo,
    name: l.name,
    gender: l.gender,
    birthDate: showIds ? l.birthDate : null,
    residentIdNumber:
      l.residentIdNumber && !showIds ? maskResidentId(l.residentIdNumber) : l.residentIdNumber,
    household: householdLabel(l),
    status: l.status,
    since: l.since,
    fullCapacity: ageOn(l.birthDate, today) >= FULL_CAPACITY_AGE,
  };
}

export const presentEvent = (e: EventLine) => ({
  id: e.id,
  personId: e.personId,
  name: e.name,
  kind: e.kind,
  ground: e.ground,
  occurredOn: e.occurredOn,
  reason: e.reason,
  evidence: e.evidence,
  resolution:
    e.resolutionYear !== null && e.resolutionNumber !== null
      ? numbered(e.resolutionYear, e.resolutionNumber)
      : null,
  appliedOn: e.appliedOn,
  recordedBy: e.recordedBy,
});
