import { useApi } from '../../api/useApi.ts';
import type { GridItem, GroupItem } from '../villages/api.ts';

/** The village's villager groups and grids, for filters and forms. */
export function useGroupsAndGrids(villageId: string) {
  const groups = useApi<{ items: GroupItem[] }>(`/api/villages/${villageId}/groups`);
  const grids = useApi<{ items: GridItem[] }>(`/api/villages/${villageId}/grids`);
  return { groups: groups.data?.items ?? [], grids: grids.data?.items ?? [] };
}
