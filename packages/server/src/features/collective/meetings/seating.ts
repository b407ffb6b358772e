import type { BodyKind } from '@cunzhi/core/bodies/bodyKinds';
import type { CalendarDate } from '@cunzhi/core/calendarDate';
import type { CollectiveOfficer, KinPair } from '@cunzhi/core/collective/meetings/seating';
import { closeRelation } from '@cunzhi/core/registry/kinship';
import type { CollectiveSeatingFacts, SeatHolder } from '@cunzhi/core/rules/composition';
import type { Queryable } from '../../../platform/db/database.ts';
import { loadKinNeighbourhood } from '../../registry/queries/kinGraph.ts';
import { memberHouseholdsOn } from './queries.ts';

/** The organisation's bodies whose seating Arts. 28, 29 and 34 judge. */
export const COLLECTIVE_BODY_KINDS: readonly BodyKind[] = [
  'collectiveCouncil',
  'collectiveSupervisoryBoard',
  'collectiveRepresentatives',
];

/**
 * What core's collective seating checks need about a body on a day, given
 * its serving members and the council's: directors (the council's seats)
 * and its finance and accounting staff (the council's 工作人员) are the
 * officers a supervisor may be neither of nor a close relative of.
 */
export async function collectiveSeatingFacts(
  db: Queryable,
  villageId: string,
  kind: BodyKind,
  members: readonly SeatHolder[],
  council: readonly SeatHolder[],
  on: CalendarDate,
): Promise<CollectiveSeatingFacts> {
  const officers = new Map<string, CollectiveOfficer>(
    council.map((c) => [c.personId, c.role === 'staff' ? 'finance' : 'director']),
  );
  const directors = council.filter((c) => c.role !== 'staff');
  const directorKin: KinPair[] = [];
  const officerRelatives = new Map<string, { name: string; post: CollectiveOfficer }>();
  const people = kind === 'collectiveCouncil' ? directors : [...members, ...council];
  if (kind !== 'collectiveRepresentatives' && people.length > 1) {
    const { graph } = await loadKinNeighbourhood(
      db,
      villageId,
      people.map((p) => p.personId),
    );
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
    memberHouseholds:
      kind === 'collectiveRepresentatives' ? await memberHouseholdsOn(db, villageId, on) : 0,
  };
}
