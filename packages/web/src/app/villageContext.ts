import { createContext, useContext } from 'react';
import type { VillageResponse } from '../api/types.ts';

export interface VillageContextValue {
  villageId: string;
  data: VillageResponse;
  reload: () => void;
}

export const VillageContext = createContext<VillageContextValue | null>(null);

/** The village opened at `/v/:villageId`, with the viewer's roles and abilities in it. */
export function useVillage(): VillageContextValue {
  const value = useContext(VillageContext);
  if (!value) throw new Error('useVillage outside /v/:villageId');
  return value;
}
