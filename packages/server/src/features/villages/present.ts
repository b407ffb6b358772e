import { gridSize } from '@cunzhi/core/registry/grid';
import type { VillageRow } from '../../platform/tenancy/repository.ts';

export const presentVillageListItem = (
  v: VillageRow & { population: number; households: number },
) => ({
  id: v.id,
  name: v.name,
  kind: v.kind,
  townId: v.town_id,
  townName: v.town_name,
  countyName: v.county_name,
  population: v.population,
  households: v.households,
});

export const presentVillage = (v: VillageRow) => ({
  id: v.id,
  name: v.name,
  kind: v.kind,
  townName: v.town_name,
  countyName: v.county_name,
});

export const presentGrid = <G extends { households: number }>(g: G) => ({
  ...g,
  size: gridSize(g.households),
});
