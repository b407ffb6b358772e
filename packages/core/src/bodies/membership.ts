import type { CalendarDate } from '../calendarDate.ts';
import type { BodyKind, MemberRole } from './bodyKinds.ts';

export interface Body {
  id: string;
  villageId: string;
  kind: BodyKind;
  name: string;
  parentBodyId: string | null;
  seats: number | null;
}

export interface BodyTerm {
  id: string;
  bodyId: string;
  startsOn: CalendarDate;
  endsOn: CalendarDate;
}

export interface Membership {
  id: string;
  bodyId: string;
  termId: string;
  personId: string;
  role: MemberRole;
  startsOn: CalendarDate;
  /** Left the body before the term ended (resignation, recall, death); null while serving. */
  endedOn: CalendarDate | null;
}

/** The term in force on a date: the one whose span covers it. */
export function termOn(terms: readonly BodyTerm[], on: CalendarDate): BodyTerm | null {
  return terms.find((t) => t.startsOn <= on && on <= t.endsOn) ?? null;
}

/** A membership counts on `on` if its term covers the date and the member had joined and not left. */
export function isServingOn(m: Membership, term: BodyTerm, on: CalendarDate): boolean {
  return (
    m.termId === term.id &&
    term.startsOn <= on &&
    on <= term.endsOn &&
    m.startsOn <= on &&
    (m.endedOn === null || on < m.endedOn)
  );
}

/** Derived current membership of one body on a date. */
export function currentMembers(
  terms: readonly BodyTerm[],
  memberships: readonly Membership[],
  on: CalendarDate,
): Membership[] {
  const term = termOn(terms, on);
  if (!term) return [];
  return memberships.filter((m) => isServingOn(m, term, on));
}
