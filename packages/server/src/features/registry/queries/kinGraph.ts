import {
  CLOSE_RELATIONS,
  buildKinGraph,
  closeRelation,
  tiesFromHousehold,
  type CloseRelation,
  type KinGraph,
  type KinTie,
} from '@cunzhi/core/registry/kinship';
import type { Queryable } from '../../../platform/db/database.ts';
import {
  householdMembersIn,
  kinTiesTouchingIn,
  type KinMemberRow,
  type VillagePerson,
} from '../repository/persons.ts';

export interface KinNeighbourhood {
  graph: KinGraph;
  persons: Map<string, KinMemberRow>;
}

/**
 * The family around some persons: their households, the recorded ties of
 * everyone in them, and the households at the other end of those ties. That
 * reaches every close relative (spouse, parents, children, siblings,
 * grandparents, grandchildren) that the register and the recorded ties know.
 */
export async function loadKinNeighbourhood(
  db: Queryable,
  villageId: string,
  personIds: readonly string[],
): Promise<KinNeighbourhood> {
  return (await loadKinNeighbourhoods(db, new Map([[villageId, personIds]]))).get(villageId)!;
}

/**
 * The same for persons of several villages at once — four statements whatever the number of
 * villages (a town's dashboard checks every village's bodies): each village's graph is built
 * from its own rows only, as if read alone.
 */
export async function loadKinNeighbourhoods(
  db: Queryable,
  personsByVillage: ReadonlyMap<string, readonly string[]>,
): Promise<Map<string, KinNeighbourhood>> {
  const villageIds = [...personsByVillage.keys()];
  const persons: VillagePerson[] = [...personsByVillage].flatMap(([villageId, ids]) =>
    ids.map((personId) => ({ villageId, personId })),
  );
  const near = await householdMembersIn(db, persons);
  const nearTies = await kinTiesTouchingIn(
    db,
    villageIds,
    near.map((m) => m.id),
  );
  const partners = nearTies.flatMap((t) => [
    { villageId: t.village_id, personId: t.person_a },
    { villageId: t.village_id, personId: t.person_b },
  ]);
  const members =
    partners.length > 0 ? await householdMembersIn(db, [...persons, ...partners]) : near;
  const ties =
    partners.length > 0
      ? await kinTiesTouchingIn(
          db,
          villageIds,
          members.map((m) => m.id),
        )
      : nearTies;
  const out = new Map<string, KinNeighbourhood>();
  for (const villageId of villageIds) {
    const own = members.filter((m) => m.village_id === villageId);
    const byHousehold = new Map<string, KinMemberRow[]>();
    for (const m of own)
      byHousehold.set(m.household_id, [...(byHousehold.get(m.household_id) ?? []), m]);
    const all: KinTie[] = [...byHousehold.values()].flatMap((ms) =>
      tiesFromHousehold(ms.map((m) => ({ id: m.id, relationToHead: m.relation_to_head }))),
    );
    for (const t of ties)
      if (t.village_id === villageId) all.push({ kind: t.kind, a: t.person_a, b: t.person_b });
    out.set(villageId, {
      graph: buildKinGraph(all),
      persons: new Map(own.map(({ village_id: _, ...m }) => [m.id, m])),
    });
  }
  return out;
}

/** The close relatives of one person, nearest first. */
export async function closeRelativesOf(
  db: Queryable,
  villageId: string,
  personId: string,
): Promise<Array<{ person: KinMemberRow; relation: CloseRelation }>> {
  const { graph, persons } = await loadKinNeighbourhood(db, villageId, [personId]);
  return [...persons.values()]
    .map((person) => ({ person, relation: closeRelation(graph, personId, person.id) }))
    .filter((r): r is { person: KinMemberRow; relation: CloseRelation } => r.relation !== null)
    .sort((x, y) => CLOSE_RELATIONS.indexOf(x.relation) - CLOSE_RELATIONS.indexOf(y.relation));
}

/** How two persons are close relatives (近亲属), or null when they are not. */
export async function closeRelationBetween(
  db: Queryable,
  villageId: string,
  a: string,
  b: string,
): Promise<CloseRelation | null> {
  const { graph } = await loadKinNeighbourhood(db, villageId, [a, b]);
  return closeRelation(graph, a, b);
}
