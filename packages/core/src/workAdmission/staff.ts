import type { Actor } from '../policies/actor.ts';

/**
 * Who acts above the village: the county government (县人民政府办公室, 县民政局) publishes the
 * lists; a town's government officials (any department: the task comes from one of them) send
 * tasks to that town's villages. The discipline commission does neither. Anyone on staff reads
 * the lists and the counts of the places they serve.
 */
export function publishingCounties(actor: Actor): string[] {
  return governmentScopes(actor, 'county');
}

export function sendingTowns(actor: Actor): string[] {
  return governmentScopes(actor, 'town');
}

function governmentScopes(actor: Actor, level: 'town' | 'county'): string[] {
  if (actor.kind !== 'staff') return [];
  return [
    ...new Set(
      actor.staffScopes
        .filter((s) => s.level === level && s.unit === 'government')
        .map((s) => s.id),
    ),
  ];
}
