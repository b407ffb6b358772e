import { createContext, useContext } from 'react';
import { useApi, type ApiState } from '../api/useApi.ts';
import type { VillageFrame, VillageResponse } from '../api/types.ts';

export interface VillageContextValue {
  villageId: string;
  data: VillageFrame;
  reload: () => void;
}

export const VillageContext = createContext<VillageContextValue | null>(null);

/** The village opened at `/v/:villageId`, with the viewer's roles and abilities in it. */
export function useVillage(): VillageContextValue {
  const value = useContext(VillageContext);
  if (!value) throw new Error('useVillage outside /v/:villageId');
  return value;
}

/**
 * The whole village: its figures and its bodies with their members and terms (50 KB on the
 * demo), for the few parts that show them (the homes' figures and bodies, the recalls' seats).
 * The frame leaves them out so that every page under a village draws after a small answer.
 */
export function useVillageView(): ApiState<VillageResponse> {
  return useApi<VillageResponse>(`/api/villages/${encodeURIComponent(useVillage().villageId)}`);
}
