import type { BodyKind, MemberRole } from '@cunzhi/core/bodies/bodyKinds';
import type { Body } from '@cunzhi/core/bodies/membership';
import type { CalendarDate } from '@cunzhi/core/calendarDate';
import type { Person } from '@cunzhi/core/registry/person';
import type { Rng } from './rng.ts';
import type { TermSpan } from './terms.ts';
import type { DemoBodyTerm, DemoMembership } from './types.ts';

export interface Seat {
  person: Person;
  role: MemberRole;
}

/** Collects one village's bodies, terms and memberships with fresh ids. */
export class BodyWriter {
  readonly bodies: Body[] = [];
  readonly terms: DemoBodyTerm[] = [];
  readonly memberships: DemoMembership[] = [];

  constructor(
    private readonly rng: Rng,
    private readonly villageId: string,
  ) {}

  body(
    kind: BodyKind,
    name: string,
    seats: number | null,
    parentBodyId: string | null = null,
  ): Body {
    const body: Body = {
      id: this.rng.uuid(),
      villageId: this.villageId,
      kind,
      name,
      parentBodyId,
      seats,
    };
    this.bodies.push(body);
    return body;
  }

  term(body: Body, span: TermSpan): DemoBodyTerm {
    const term: DemoBodyTerm = {
      id: this.rng.uuid(),
      villageId: this.villageId,
      bodyId: body.id,
      startsOn: span.startsOn,
      endsOn: span.endsOn,
    };
    this.terms.push(term);
    return term;
  }

  seat(
    term: DemoBodyTerm,
    seat: Seat,
    startsOn: CalendarDate = term.startsOn,
    endedOn: CalendarDate | null = null,
  ): DemoMembership {
    const m: DemoMembership = {
      id: this.rng.uuid(),
      villageId: this.villageId,
      bodyId: term.bodyId,
      termId: term.id,
      personId: seat.person.id,
      role: seat.role,
      startsOn,
      endedOn,
      qualifications: [],
    };
    this.memberships.push(m);
    return m;
  }

  seatAll(term: DemoBodyTerm, seats: readonly Seat[]): DemoMembership[] {
    return seats.map((s) => this.seat(term, s));
  }
}

/** Seats with the first `leading` roles given in order and everyone else as `rest`. */
export function withRoles(
  persons: readonly Person[],
  leading: readonly MemberRole[],
  rest: MemberRole = 'member',
): Seat[] {
  return persons.map((person, i) => ({ person, role: leading[i] ?? rest }));
}
