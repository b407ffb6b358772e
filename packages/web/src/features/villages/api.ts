/** Shapes of the villages API, taken from the contract (packages/contract/src/villages.ts). */
import type { z } from 'zod';
import type { ResponseOf } from '@cunzhi/contract/route';
import type * as contract from '@cunzhi/contract/villages';
import type * as oversight from '@cunzhi/contract/oversight';

export type VillageAbilities = z.output<typeof contract.VillageAbilities>;
export type VillageListItem = z.output<typeof contract.VillageListItem>;
export type VillageStats = z.output<typeof contract.VillageStats>;
/** Every page's frame under `/v/:villageId` (VillageShell): the village, my roles and abilities. */
export type VillageFrame = ResponseOf<typeof contract.getVillageFrame>;
/** The whole village with its figures and bodies, for the few pages that show them. */
export type VillageResponse = ResponseOf<typeof contract.getVillage>;
export type GroupItem = z.output<typeof contract.GroupItem>;
export type GridItem = z.output<typeof contract.GridItem>;
export type MyHomeResponse = ResponseOf<typeof contract.getMyHome>;
export type MyMeeting = z.output<typeof contract.MyMeeting>;
export type MyHousehold = z.output<typeof contract.MyHousehold>;
export type OversightResponse = ResponseOf<typeof oversight.listOversightVillages>;
export type OversightVillage = z.output<typeof oversight.OversightVillage>;
