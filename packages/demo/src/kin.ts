import {
  buildKinGraph,
  closeRelation,
  tiesFromHousehold,
  type KinGraph,
  type KinTie,
} from '@cunzhi/core/registry/kinship';
import type { Person } from '@cunzhi/core/registry/person';

/**
 * The family graph of one village as the product will see it: ties implied by
 * each household page plus the recorded kin ties. The generator uses it to keep
 * conflicted persons off supervising bodies (VCOL-32-SUPERVISOR-ELIG,
 * NJJ-34-SUPERVISOR-ELIG).
 */
export function villageKinGraph(
  membersOf: ReadonlyMap<string, readonly Person[]>,
  recorded: readonly KinTie[],
): KinGraph {
  const ties: KinTie[] = [];
  for (const members of membersOf.values()) ties.push(...tiesFromHousehold(members));
  ties.push(...recorded);
  return buildKinGraph(ties);
}

function neighbours(g: KinGraph, id: string): Set<string> {
  const out = new Set<string>();
  for (const map of [g.spouses, g.parents, g.children, g.siblings])
    for (const n of map.get(id) ?? []) out.add(n);
  return out;
}

/**
 * Everyone `closeRelation` calls a close relative of `id`. Every close
 * relation is at most two steps in the graph, so the two-step neighbourhood is
 * searched and each hit confirmed by `closeRelation` itself.
 */
export function closeRelativesOf(g: KinGraph, id: string): Set<string> {
  const reach = new Set<string>();
  for (const n of neighbours(g, id)) {
    reach.add(n);
    for (const m of neighbours(g, n)) reach.add(m);
  }
  const out = new Set<string>();
  for (const other of reach)
    if (other !== id && closeRelation(g, id, other) !== null) out.add(other);
  return out;
}

/**
 * The persons who must stay off a supervising body because of `holders`: the
 * holders, their close relatives, and anyone on their household page (seed
 * 002: "两委成员及其家属一律不得担任监委会委员" — 家属 reaches in-laws the
 * statute's 近亲属 does not).
 */
export function conflictedWith(
  g: KinGraph,
  holders: Iterable<Person>,
  membersOf: ReadonlyMap<string, readonly Person[]>,
): Set<string> {
  const out = new Set<string>();
  for (const h of holders) {
    out.add(h.id);
    for (const r of closeRelativesOf(g, h.id)) out.add(r);
    for (const m of membersOf.get(h.householdId) ?? []) out.add(m.id);
  }
  return out;
}
