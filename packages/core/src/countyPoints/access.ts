import { rolesIn, type Actor, type VillageScope } from '../policies/actor.ts';
import type { SchemeRole } from './procedure.ts';

/**
 * Who takes part in a county's scheme. The county government's officials run it (积分换项目 is the
 * county's: seed 003); a town government's officials report their villages' figures; a village's
 * Party secretary or committee chair reads the village's line and contests a figure during
 * publicity. The discipline commission has no part in it.
 */
export function countiesRun(actor: Actor): string[] {
  return actor.staffScopes
    .filter((s) => s.level === 'county' && s.unit === 'government')
    .map((s) => s.id);
}

export function townsReporting(actor: Actor): string[] {
  return actor.staffScopes
    .filter((s) => s.level === 'town' && s.unit === 'government')
    .map((s) => s.id);
}

/** A village's leaders: they speak for the village in the county's ranking. */
export function leadsVillage(actor: Actor, scope: VillageScope): boolean {
  const roles = rolesIn(actor, scope);
  return roles.has('partySecretary') || roles.has('committeeChair');
}

/** The parts `actor` holds in a scheme of `countyId`, for a village of it when one is named. */
export function schemeRoles(actor: Actor, countyId: string, village?: VillageScope): SchemeRole[] {
  const out: SchemeRole[] = [];
  if (countiesRun(actor).includes(countyId)) out.push('county');
  // without a village the town has no part: it reports for its own villages only
  if (village && townsReporting(actor).includes(village.townId)) out.push('town');
  if (village && leadsVillage(actor, village)) out.push('village');
  return out;
}
