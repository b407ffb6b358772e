import { z } from 'zod';
import { VILLAGE_ROLES } from '@cunzhi/core/policies/actor';
import { VILLAGE_POLICY, type VillageAbility } from '@cunzhi/core/policies/village';
import { VillageKind } from './auth.ts';
import { Body } from './bodies.ts';
import { Uuid, VillageParams } from './common.ts';
import { route } from './route.ts';

const tag = 'villages';

const ABILITIES = Object.keys(VILLAGE_POLICY) as [VillageAbility, ...VillageAbility[]];

/** What the reader may do in a village, ability by ability (every ability present). */
export const VillageAbilities = z.record(z.enum(ABILITIES), z.boolean());

export const VillageListItem = z.object({
  id: Uuid,
  name: z.string(),
  kind: VillageKind,
  townId: Uuid,
  townName: z.string(),
  countyName: z.string(),
  population: z.number(),
  households: z.number(),
});

export const VillageStats = z.object({
  population: z.number(),
  adults: z.number(),
  households: z.number(),
  groups: z.number(),
  grids: z.number(),
  partyMembers: z.number(),
  migrantsOut: z.number(),
});

export const VillageView = z.object({
  village: z.object({
    id: Uuid,
    name: z.string(),
    kind: VillageKind,
    townName: z.string(),
    countyName: z.string(),
  }),
  roles: z.array(z.enum(VILLAGE_ROLES)),
  abilities: VillageAbilities,
  stats: VillageStats,
  bodies: z.array(Body),
});

export const GroupItem = z.object({
  id: Uuid,
  number: z.number(),
  name: z.string(),
  households: z.number(),
});

export const GridItem = z.object({
  id: Uuid,
  name: z.string(),
  chiefName: z.string().nullable(),
  households: z.number(),
  /** Against the 30–50 households a grid should have. */
  size: z.enum(['tooSmall', 'ok', 'tooLarge']),
});

export const listVillages = route({
  method: 'GET',
  url: '/api/villages',
  summary: '可进入的村 / The villages the reader may open',
  tag,
  response: z.object({ items: z.array(VillageListItem) }),
});

export const getVillage = route({
  method: 'GET',
  url: '/api/villages/:villageId',
  summary: '村首页：概况、我的角色、组织机构 / A village: figures, my roles, its bodies',
  tag,
  params: VillageParams,
  response: VillageView,
});

export const listGroups = route({
  method: 'GET',
  url: '/api/villages/:villageId/groups',
  summary: '村民小组 / Villager groups',
  tag,
  params: VillageParams,
  response: z.object({ items: z.array(GroupItem) }),
});

export const listGrids = route({
  method: 'GET',
  url: '/api/villages/:villageId/grids',
  summary: '网格 / Grids with their chiefs and sizes',
  tag,
  params: VillageParams,
  response: z.object({ items: z.array(GridItem) }),
});
