import type { Actor, VillageScope } from '../policies/actor.ts';
import type { PetitionRole } from './petitions.ts';

/**
 * Who handles a petition (and so sees who petitioned): the village cadre who registered it, and
 * on the town side the government officials of the village's town or county who work in no
 * department (the town's leaders), in the petition office (信访办), or in the department the
 * petition was handed to. Nobody else — not the village's other cadres, not another department,
 * not the discipline commission — reads the petitioner's name or ID number.
 */
export function petitionRoles(
  actor: Actor,
  scope: Pick<VillageScope, 'townId' | 'countyId'>,
  petition: { registeredBy: string | null; departmentId: string | null },
  /** The kinds of the departments the actor works in (town_department.kind). */
  departmentKind: (departmentId: string) => string | undefined,
): PetitionRole[] {
  const roles: PetitionRole[] = [];
  if (petition.registeredBy !== null && petition.registeredBy === actor.accountId)
    roles.push('registrar');
  const office = actor.staffScopes.some((s) => {
    const here =
      (s.level === 'town' && s.id === scope.townId) ||
      (s.level === 'county' && s.id === scope.countyId);
    if (!here || s.unit !== 'government') return false;
    const dept = s.departmentId ?? null;
    return (
      dept === null || departmentKind(dept) === 'petitionOffice' || dept === petition.departmentId
    );
  });
  if (office) roles.push('office');
  return roles;
}
