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
  kinNeighbourhoodRows,
  type KinMemberRow,
  type KinNeighbourhoodRow,
  type KinSeed,
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
 * The same for persons of several villages at once (a town's dashboard checks every village's
 * bodies): each village's graph is built from its own rows only, as if read alone.
 */
export async function loadKinNeighbourhoods(
  db: Queryable,
  personsByVillage: ReadonlyMap<string, readonly string[]>,
): Promise<Map<string, KinNeighbourhood>> {
  const persons = [...personsByVillage].flatMap(([villageId, ids]) =>
    ids.map((personId) => ({ villageId, personId })),
  );
  return loadKinNeighbourhoodsFrom(db, [...personsByVillage.keys()], {
    sql: 'SELECT * FROM unnest($1::uuid[], $2::uuid[]) AS x(village_id, id)',
    params: [persons.map((p) => p.villageId), persons.map((p) => p.personId)],
  });
}

/**
 * The neighbourhood of a seed's persons in one statement, so that a reader that knows its persons
 * only by a condition (the members serving on a date, say) need not wait for them before asking:
 * the seed's households, the ties of everyone in them, the households at the other end of those
 * ties, and every tie of everyone so reached. Every village of `villageIds` has an entry.
 */
export async function loadKinNeighbourhoodsFrom(
  db: Queryable,
  villageIds: readonly string[],
  seed: KinSeed,
): Promise<Map<string, KinNeighbourhood>> {
  const rowsOf = new Map<string, KinNeighbourhoodRow[]>(villageIds.map((id) => [id, []]));
  for (const r of await kinNeighbourhoodRows(db, seed)) rowsOf.get(r.village_id)?.push(r);
  const out = new Map<string, KinNeighbourhood>();
  for (const [villageId, own] of rowsOf) {
    const byHousehold = new Map<string, KinMemberRow[]>();
    const persons = new Map<string, KinMemberRow>();
    const all: KinTie[] = [];
    for (const r of own) {
      if (r.tie_kind) {
        all.push({ kind: r.tie_kind, a: r.person_a!, b: r.person_b! });
        continue;
      }
      const m = {
        id: r.id,
        name: r.name,
        household_id: r.household_id,
        relation_to_head: r.relation_to_head,
      };
      persons.set(m.id, m);
      byHousehold.set(m.household_id, [...(byHousehold.get(m.household_id) ?? []), m]);
    }
    const fromHouseholds = [...byHousehold.values()].flatMap((ms) =>
      tiesFromHousehold(ms.map((m) => ({ id: m.id, relationToHead: m.relation_to_head }))),
    );
    out.set(villageId, { graph: buildKinGraph([...fromHouseholds, ...all]), persons });
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
