import type { Dashboard } from './queries/dashboard.ts';
import type { DashboardScope } from './queries/scope.ts';

/** The dashboard as the contract answers it: villages by id and name, the ranking with names. */
export function presentDashboard(
  d: Dashboard,
  scopes: ReadonlyArray<DashboardScope & { name: string }>,
) {
  const names = new Map(d.villages.map((v) => [v.village.id, v.village.name]));
  return {
    on: d.on,
    scope: d.scope,
    scopes: scopes.map((s) => ({ level: s.level, id: s.id, name: s.name })),
    total: d.total,
    villages: d.villages.map((v) => ({
      id: v.village.id,
      name: v.village.name,
      townName: v.village.town_name,
      figures: v.figures,
      problems: v.problems,
      partyShort: v.partyShort,
    })),
    ranking: d.ranking && {
      ...d.ranking,
      rows: d.ranking.rows.map((r) => ({ ...r, villageName: names.get(r.villageId) ?? '' })),
    },
  };
}
