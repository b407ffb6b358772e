import { DomainError } from '@cunzhi/core/errors';
import type { Actor } from '@cunzhi/core/policies/actor';
import type { Queryable } from '../../../platform/db/database.ts';

/** What a dashboard covers: one town, or one county (every village of its towns). */
export interface DashboardScope {
  level: 'town' | 'county';
  id: string;
}

export interface ScopedVillage {
  id: string;
  name: string;
  code: string;
  town_id: string;
  town_name: string;
}

/**
 * The villages of a town or county the official may oversee, in the towns' and villages' code
 * order. A town official may look at their own town; a county official at the county or any of
 * its towns. Anything else is refused, so no figure of another town reaches the page.
 */
export async function villagesInScope(
  db: Queryable,
  actor: Actor,
  scope: DashboardScope,
): Promise<{ name: string; villages: ScopedVillage[]; chainSeqs: Map<string, number> }> {
  const counties = actor.staffScopes.filter((s) => s.level === 'county').map((s) => s.id);
  const towns = actor.staffScopes.filter((s) => s.level === 'town').map((s) => s.id);
  // both at once (the villages read before the check, returned only after it): one round trip
  // less before every figure of the dashboard can start. Each village's audit chain head comes
  // with it: the version the composition and 三会一课 figures are kept at (chainVersioned.ts),
  // read before any of their facts, as that requires, without a round trip of its own.
  const [[unit], rows] = await Promise.all([
    db.query<{ name: string; county_id: string }>(
      scope.level === 'town'
        ? 'SELECT name, county_id FROM town WHERE id = $1'
        : 'SELECT name, id AS county_id FROM county WHERE id = $1',
      [scope.id],
    ),
    db.query<ScopedVillage & { chain_seq: number | string }>(
      `SELECT v.id, v.name, v.code, t.id AS town_id, t.name AS town_name, coalesce(h.seq, 0) AS chain_seq
         FROM village v JOIN town t ON t.id = v.town_id LEFT JOIN audit_head h ON h.chain_id = v.id
        WHERE ${scope.level === 'town' ? 't.id' : 't.county_id'} = $1
        ORDER BY t.code, v.code`,
      [scope.id],
    ),
  ]);
  const allowed =
    unit &&
    (counties.includes(unit.county_id) || (scope.level === 'town' && towns.includes(scope.id)));
  if (!allowed) throw new DomainError('forbidden');
  return {
    name: unit.name,
    villages: rows.map(({ chain_seq: _, ...v }) => v),
    chainSeqs: new Map(rows.map((r) => [r.id, Number(r.chain_seq)])),
  };
}

/** The dashboard an official opens first: their first town, else their first county. */
export function defaultScope(actor: Actor): DashboardScope | null {
  const s = actor.staffScopes.find((x) => x.level === 'town') ?? actor.staffScopes[0];
  return s ? { level: s.level, id: s.id } : null;
}

/** Every dashboard the official may open: their towns, their counties and each county's towns. */
export async function scopesOpenTo(
  { db }: { db: Queryable },
  actor: Actor,
): Promise<Array<DashboardScope & { name: string }>> {
  const towns = actor.staffScopes.filter((s) => s.level === 'town').map((s) => s.id);
  const counties = actor.staffScopes.filter((s) => s.level === 'county').map((s) => s.id);
  return db.query<DashboardScope & { name: string }>(
    `SELECT 'county' AS level, id, name, code FROM county WHERE id = ANY($2::uuid[])
     UNION ALL
     SELECT 'town', id, name, code FROM town WHERE id = ANY($1::uuid[]) OR county_id = ANY($2::uuid[])
     ORDER BY level, code`,
    [towns, counties],
  );
}
