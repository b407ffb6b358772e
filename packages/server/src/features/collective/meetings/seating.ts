import type { BodyKind } from '@cunzhi/core/bodies/bodyKinds';
import type { CollectiveOfficer, KinPair } from '@cunzhi/core/collective/meetings/seating';
import { closeRelation, type KinGraph } from '@cunzhi/core/registry/kinship';
import type { CollectiveSeatingFacts, SeatHolder } from '@cunzhi/core/rules/composition';

/** The organisation's bodies whose seating Arts. 28, 29 and 34 judge. */
export const COLLECTIVE_BODY_KINDS: readonly BodyKind[] = [
  'collectiveCouncil',
  'collectiveSupervisoryBoard',
  'collectiveRepresentatives',
];

/** The persons whose kinship a body's seating check looks at (none: no kin check). */
export function collectiveKinPersons(
  kind: BodyKind,
  members: readonly SeatHolder[],
  council: readonly SeatHolder[],
): SeatHolder[] {
  const people =
    kind === 'collectiveCouncil'
      ? council.filter((c) => c.role !== 'staff')
      : [...members, ...council];
  return kind !== 'collectiveRepresentatives' && people.length > 1 ? people : [];
}

/**
 * What core's collective seating checks need about a body on a day, given
 * its serving members and the council's, the kin graph around
 * `collectiveKinPersons` and the households of the organisation's members:
 * directors (the council's seats) and its finance and accounting staff (the
 * council's 工作人员) are the officers a supervisor may be neither of nor a
 * close relative of.
 */
export function collectiveSeatingFacts(
  kind: BodyKind,
  members: readonly SeatHolder[],
  council: readonly SeatHolder[],
  graph: KinGraph,
  memberHouseholds: number,
): CollectiveSeatingFacts {
  const officers = new Map<string, CollectiveOfficer>(
    council.map((c) => [c.personId, c.role === 'staff' ? 'finance' : 'director']),
  );
  const directors = council.filter((c) => c.role !== 'staff');
  const directorKin: KinPair[] = [];
  const officerRelatives = new Map<string, { name: string; post: CollectiveOfficer }>();
  if (collectiveKinPersons(kind, members, council).length > 0) {
    const kin = (a: SeatHolder, b: SeatHolder) =>
      a.personId !== b.personId && closeRelation(graph, a.personId, b.personId) !== null;
    if (kind === 'collectiveCouncil')
      directors.forEach((a, i) => {
        for (const b of directors.slice(i + 1))
          if (kin(a, b)) directorKin.push({ name: a.name, relative: b.name });
      });
    else
      for (const m of members) {
        const officer = council.find((c) => kin(m, c));
        if (officer)
          officerRelatives.set(m.personId, {
            name: officer.name,
            post: officers.get(officer.personId) ?? 'director',
          });
      }
  }
  return {
    directorKin,
    officers: kind === 'collectiveSupervisoryBoard' ? officers : new Map(),
    officerRelatives,
    memberHouseholds: kind === 'collectiveRepresentatives' ? memberHouseholds : 0,
  };
}
