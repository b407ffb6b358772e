import { petitionRoles } from '@cunzhi/core/petitions/handlers';
import type { PetitionRole } from '@cunzhi/core/petitions/petitions';
import type { Actor } from '@cunzhi/core/policies/actor';
import type { Queryable } from '../../platform/db/database.ts';
import { departmentKinds, type PetitionRow } from './repository.ts';

export type PlacedPetition = Pick<PetitionRow, 'registered_by' | 'department_id'> & {
  town_id: string;
  county_id: string;
};

/**
 * The roles a reader holds on petitions (core/petitions/handlers), with the kinds of their
 * departments loaded once: a list asks it per row whether to show who petitioned. The system
 * (demo data, null actor) acts for both sides.
 */
export async function petitionReader(
  db: Queryable,
  actor: Actor | null,
): Promise<(row: PlacedPetition) => PetitionRole[]> {
  if (!actor) return () => ['registrar', 'office'];
  const kinds = await departmentKinds(
    db,
    actor.staffScopes.flatMap((s) => (s.departmentId ? [s.departmentId] : [])),
  );
  return (row) =>
    petitionRoles(
      actor,
      { townId: row.town_id, countyId: row.county_id },
      { registeredBy: row.registered_by, departmentId: row.department_id },
      (id) => kinds.get(id)?.kind,
    );
}
