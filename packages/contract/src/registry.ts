import { z } from 'zod';
import { GENDERS, RELATIONS_TO_HEAD, RESIDENCE_STATUSES } from '@cunzhi/core/registry/person';
import { CLOSE_RELATIONS } from '@cunzhi/core/registry/kinship';
import { Instant, Uuid, VillageParams } from './common.ts';
import { route } from './route.ts';
import { VillageAbilities } from './villages.ts';

const tag = 'registry';

const optionalText = (max: number) => z.string().max(max).optional().nullable();

/** Shape only; field meaning (ID checksum, dates, enums) is checked by core's validatePerson. */
export const PersonInput = z.object({
  name: z.string().max(100).optional(),
  gender: z.string().max(20).optional(),
  birthDate: z.string().max(20).optional(),
  residentIdNumber: optionalText(30),
  phone: optionalText(30),
  relationToHead: z.string().max(30).optional(),
  residenceStatus: z.string().max(30).optional(),
  residenceSince: optionalText(20),
  partyMember: z.boolean().optional(),
  partyJoinedOn: optionalText(20),
});

export const PersonPatch = PersonInput.extend({
  version: z.number().int().positive(),
  householdId: Uuid.optional(),
});

export const HouseholdInput = z.object({
  number: z.string().trim().min(1).max(30),
  villagerGroupId: Uuid,
  gridId: Uuid.nullable().optional(),
  address: z.string().trim().max(200).default(''),
  head: PersonInput,
});

export const HouseholdPatch = z.object({
  version: z.number().int().positive(),
  number: z.string().trim().min(1).max(30).optional(),
  villagerGroupId: Uuid.optional(),
  gridId: Uuid.nullable().optional(),
  address: z.string().trim().max(200).optional(),
});

const page = {
  page: z.coerce.number().int().min(1).max(100000).default(1),
  pageSize: z.coerce.number().int().min(1).max(100).default(20),
};
/** A search text; blank means no filter. */
const q = z
  .string()
  .trim()
  .max(50)
  .optional()
  .transform((s) => (s ? s : null));

export const HouseholdQuery = z.object({
  q,
  groupId: Uuid.optional(),
  gridId: Uuid.optional(),
  ...page,
  lang: z.string().optional(),
});
export const PersonQuery = z.object({
  q,
  residenceStatus: z.enum(RESIDENCE_STATUSES).optional(),
  partyMember: z.enum(['true', 'false']).optional(),
  ...page,
  lang: z.string().optional(),
});

export const HouseholdParams = VillageParams.extend({ householdId: Uuid });
export const PersonParams = VillageParams.extend({ personId: Uuid });
export const RelativesQuery = z.object({ a: Uuid, b: Uuid, lang: z.string().optional() });

export const KinTieKind = z.enum(['spouse', 'parent', 'sibling']);
export const KinTieInput = z.object({ kind: KinTieKind, personA: Uuid, personB: Uuid });

export const CloseRelation = z.enum(CLOSE_RELATIONS);

/**
 * A person as the reader may see them. Unless they may see this person's ID number in full (and
 * in lists and household tables, for everyone), the number comes masked (3302************3X) and
 * the birth date is null: the age says what such a reader needs, and the date beside the mask
 * would rebuild the number.
 */
export const PersonView = z.object({
  id: Uuid,
  householdId: Uuid,
  householdNumber: z.string(),
  name: z.string(),
  gender: z.enum(GENDERS),
  /** Null where the ID number is masked. */
  birthDate: z.string().nullable(),
  /** Age in years today. */
  age: z.number(),
  residentIdNumber: z.string().nullable(),
  residentIdMasked: z.boolean(),
  phone: z.string().nullable(),
  relationToHead: z.enum(RELATIONS_TO_HEAD),
  residenceStatus: z.enum(RESIDENCE_STATUSES),
  residenceSince: z.string().nullable(),
  partyMember: z.boolean(),
  partyJoinedOn: z.string().nullable(),
  version: z.number(),
});

export const HouseholdListItem = z.object({
  id: Uuid,
  number: z.string(),
  headName: z.string().nullable(),
  groupName: z.string(),
  gridName: z.string().nullable(),
  address: z.string(),
  memberCount: z.number(),
});

export const Household = z.object({
  id: Uuid,
  number: z.string(),
  villagerGroupId: Uuid,
  gridId: Uuid.nullable(),
  address: z.string(),
  version: z.number(),
});

export const HouseholdDetail = z.object({
  household: Household,
  members: z.array(PersonView),
  abilities: VillageAbilities,
});

export const PersonDetail = z.object({ person: PersonView, abilities: VillageAbilities });

/** One audit event on a person, with what it changed (ID numbers masked as on the page). */
export const HistoryItem = z.object({
  seq: z.number(),
  action: z.string(),
  actorName: z.string().nullable(),
  occurredAt: Instant,
  changes: z.record(z.string(), z.object({ from: z.unknown(), to: z.unknown() })),
});

export const Relative = z.object({
  personId: Uuid,
  name: z.string(),
  householdId: Uuid,
  relation: CloseRelation,
});

export const listHouseholds = route({
  method: 'GET',
  url: '/api/villages/:villageId/households',
  summary: '户籍列表 / Households, searched and paged',
  tag,
  params: VillageParams,
  query: HouseholdQuery,
  response: z.object({ total: z.number(), items: z.array(HouseholdListItem) }),
});

export const getHousehold = route({
  method: 'GET',
  url: '/api/villages/:villageId/households/:householdId',
  summary: '一户及其成员 / A household and its members',
  tag,
  params: HouseholdParams,
  response: HouseholdDetail,
});

export const createHousehold = route({
  method: 'POST',
  url: '/api/villages/:villageId/households',
  summary: '立户（连同户主） / Register a household with its head',
  tag,
  params: VillageParams,
  body: HouseholdInput,
  status: 201,
  response: z.object({ household: Household.omit({ version: true }), headPersonId: Uuid }),
});

export const updateHousehold = route({
  method: 'PATCH',
  url: '/api/villages/:villageId/households/:householdId',
  summary: '修改户信息 / Edit a household',
  tag,
  params: HouseholdParams,
  body: HouseholdPatch,
  response: z.object({ household: Household }),
});

export const addPerson = route({
  method: 'POST',
  url: '/api/villages/:villageId/households/:householdId/persons',
  summary: '添加家庭成员 / Add a person to a household',
  tag,
  params: HouseholdParams,
  body: PersonInput,
  status: 201,
  response: z.object({ person: z.object({ id: Uuid, householdId: Uuid, version: z.number() }) }),
});

export const listPersons = route({
  method: 'GET',
  url: '/api/villages/:villageId/persons',
  summary: '人员列表 / Persons, searched and paged',
  tag,
  params: VillageParams,
  query: PersonQuery,
  response: z.object({ total: z.number(), items: z.array(PersonView) }),
});

export const getPerson = route({
  method: 'GET',
  url: '/api/villages/:villageId/persons/:personId',
  summary: '一个人 / A person',
  tag,
  params: PersonParams,
  response: PersonDetail,
});

export const updatePerson = route({
  method: 'PATCH',
  url: '/api/villages/:villageId/persons/:personId',
  summary: '修改人员信息、迁户 / Edit a person or move them to another household',
  tag,
  params: PersonParams,
  body: PersonPatch,
  response: z.object({ person: PersonView }),
});

export const personHistory = route({
  method: 'GET',
  url: '/api/villages/:villageId/persons/:personId/history',
  summary: '人员变更记录 / A person’s change history',
  tag,
  params: PersonParams,
  response: z.object({ items: z.array(HistoryItem) }),
});

export const closeRelatives = route({
  method: 'GET',
  url: '/api/villages/:villageId/close-relatives',
  summary: '两人是否近亲属 / Whether two persons are close relatives',
  tag,
  params: VillageParams,
  query: RelativesQuery,
  response: z.object({ relation: CloseRelation.nullable() }),
});

export const personRelatives = route({
  method: 'GET',
  url: '/api/villages/:villageId/persons/:personId/relatives',
  summary: '近亲属 / A person’s close relatives, nearest first',
  tag,
  params: PersonParams,
  response: z.object({ items: z.array(Relative) }),
});

export const recordKinTie = route({
  method: 'POST',
  url: '/api/villages/:villageId/kin-ties',
  summary: '登记户外亲属关系 / Record a family tie the register does not show',
  tag,
  params: VillageParams,
  body: KinTieInput,
  status: 201,
  response: z.object({
    tie: z.object({ id: Uuid, kind: KinTieKind, personA: Uuid, personB: Uuid }),
  }),
});

export const resetPassword = route({
  method: 'POST',
  url: '/api/villages/:villageId/persons/:personId/reset-password',
  summary: '开通或重置登录密码 / Open or reset a villager’s account',
  tag,
  params: PersonParams,
  response: z.object({ temporaryPassword: z.string(), phone: z.string(), opened: z.boolean() }),
});
