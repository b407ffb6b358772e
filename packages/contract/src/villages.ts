import { z } from 'zod';
import { MEETING_KINDS } from '@cunzhi/core/meetings/meetingKinds';
import { VILLAGE_ROLES } from '@cunzhi/core/policies/actor';
import { RELATIONS_TO_HEAD } from '@cunzhi/core/registry/person';
import { VILLAGE_POLICY, type VillageAbility } from '@cunzhi/core/policies/village';
import { VillageKind } from './auth.ts';
import { Body } from './bodies.ts';
import { DateText, Names, Uuid, VillageParams } from './common.ts';
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

/**
 * What every page under a village draws its frame and menu from: the village's name and place,
 * the reader's roles and abilities. Small (about 3 KB: 130 abilities), so a villager's phone
 * draws the village's name after one short answer; the bodies with their members and terms are
 * in `VillageView`.
 */
export const VillageFrame = z.object({
  village: z.object({
    id: Uuid,
    name: z.string(),
    kind: VillageKind,
    townName: z.string(),
    countyName: z.string(),
  }),
  roles: z.array(z.enum(VILLAGE_ROLES)),
  abilities: VillageAbilities,
});

/** The village's home for those who read it whole: the frame, its figures and its bodies. */
export const VillageView = VillageFrame.extend({
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

export const getVillageFrame = route({
  method: 'GET',
  url: '/api/villages/:villageId/frame',
  summary:
    '村的框架：村名、我的角色与权限 / The frame of a village: its name, my roles and abilities',
  tag,
  params: VillageParams,
  response: VillageFrame,
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

// ------------------------------------------------------------ the villager's own home

/** The reader's own household: its members, its villagers' group and its grid with the grid chief. */
export const MyHousehold = z.object({
  id: Uuid,
  number: z.string(),
  address: z.string(),
  group: z.object({ id: Uuid, number: z.number(), name: z.string() }),
  /** Null while the household is in no grid. */
  grid: z
    .object({
      id: Uuid,
      name: z.string(),
      chiefName: z.string().nullable(),
      /** The grid chief's phone: the households of the grid call them (片长联系户). */
      chiefPhone: z.string().nullable(),
    })
    .nullable(),
  /** The Party member linked to the household (党员联系户): the household calls them too. */
  partyLiaison: z.object({ name: z.string(), phone: z.string().nullable() }).nullable(),
  /** Whether the reader is a Party member (their dues are on the phone: 我的党费). */
  iAmPartyMember: z.boolean(),
  members: z.array(
    z.object({
      id: Uuid,
      name: z.string(),
      relationToHead: z.enum(RELATIONS_TO_HEAD),
      me: z.boolean(),
    }),
  ),
});

/** A meeting the reader is due at that has not ended: what they have to do there. */
export const MyMeeting = z.object({
  id: Uuid,
  kind: z.enum(MEETING_KINDS),
  kindName: Names,
  title: z.string(),
  meetingOn: DateText,
  startsAt: z.string(),
  place: z.string(),
  status: z.enum(['planned', 'open']),
  checkedIn: z.boolean(),
  /** Open electronic or secret votes the reader has not cast yet. */
  votesToCast: z.number(),
});

export const MyHomeResponse = z.object({
  /** Null for a reader who does not live in this village (an official). */
  personName: z.string().nullable(),
  household: MyHousehold.nullable(),
  meetings: z.array(MyMeeting),
});

export const getMyHome = route({
  method: 'GET',
  url: '/api/villages/:villageId/my-home',
  summary: '我的首页：我的户、要参加的会议 / My home: my household, the meetings I am due at',
  tag,
  params: VillageParams,
  response: MyHomeResponse,
});
