import type { BodyKind } from '../bodies/bodyKinds.ts';
import { CADRE } from '../policies/groups.ts';
import type { VillageRole } from '../policies/actor.ts';
import type { LiaisonCategory, LiaisonLevel, LiaisonRole, RouteBody } from './cases.ts';

/** What the policy knows of a reader in one village: roles, own person, grids headed, seats. */
export interface LiaisonReader {
  roles: ReadonlySet<VillageRole>;
  personId: string | null;
  gridsHeaded: readonly string[];
  bodyKinds: readonly BodyKind[];
}

export interface CaseFacts {
  level: LiaisonLevel;
  gridId: string | null;
  reporterPersonId: string | null;
  category: LiaisonCategory;
  concernsPersonIds: readonly string[];
  routedBody: RouteBody | null;
}

/** A case about cadres (naming one, or about their conduct): the supervision committee's and the town's only. */
export function aboutCadres(c: Pick<CaseFacts, 'category' | 'concernsPersonIds'>): boolean {
  return c.category === 'cadreConduct' || c.concernsPersonIds.length > 0;
}

const SUPERVISORS: readonly VillageRole[] = ['supervisionChair', 'supervisionMember'];
const has = (r: LiaisonReader, list: readonly VillageRole[]) => list.some((x) => r.roles.has(x));

/**
 * Whose hands a case is in at its level: the chief of its grid (a cadre of the two committees
 * stands in for a grid without one — the case would then be at village level anyway); the
 * two committees; the supervision committee; the town's officials. Nobody named in the case.
 */
function holds(r: LiaisonReader, c: CaseFacts): boolean {
  switch (c.level) {
    case 'grid':
      return c.gridId !== null && r.gridsHeaded.includes(c.gridId);
    case 'village':
      return has(r, CADRE);
    case 'supervision':
      return has(r, SUPERVISORS);
    case 'town':
      return r.roles.has('townOfficial');
  }
}

/** The parts a reader plays in a case (the machine's roles); none for a cadre the case names. */
export function caseRoles(r: LiaisonReader, c: CaseFacts): LiaisonRole[] {
  if (r.personId !== null && c.concernsPersonIds.includes(r.personId)) return [];
  const roles: LiaisonRole[] = [];
  if (r.personId !== null && r.personId === c.reporterPersonId) roles.push('reporter');
  if (holds(r, c)) roles.push('handler');
  if (c.routedBody !== null && r.bodyKinds.includes(c.routedBody)) roles.push('assignee');
  return roles;
}

/**
 * Whether a reader sees a case in the console: the supervision committee and the town and
 * county see every case; cadres every case not about cadres; a grid chief their grid's; a body
 * the cases handed to it. Never the cadre a case names.
 */
export function caseVisible(r: LiaisonReader, c: CaseFacts): boolean {
  if (r.personId !== null && c.concernsPersonIds.includes(r.personId)) return false;
  if (has(r, [...SUPERVISORS, 'townOfficial', 'countyOfficial'])) return true;
  if (caseRoles(r, c).length > 0) return true;
  if (aboutCadres(c)) return false;
  if (has(r, CADRE)) return true;
  return c.gridId !== null && r.gridsHeaded.includes(c.gridId);
}
