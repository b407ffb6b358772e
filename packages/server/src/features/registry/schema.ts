import { z } from 'zod';

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
  householdId: z.uuid().optional(),
});

export const HouseholdInput = z.object({
  number: z.string().trim().min(1).max(30),
  villagerGroupId: z.uuid(),
  gridId: z.uuid().nullable().optional(),
  address: z.string().trim().max(200).default(''),
  head: PersonInput,
});

export const HouseholdPatch = z.object({
  version: z.number().int().positive(),
  number: z.string().trim().min(1).max(30).optional(),
  villagerGroupId: z.uuid().optional(),
  gridId: z.uuid().nullable().optional(),
  address: z.string().trim().max(200).optional(),
});

const page = {
  page: z.coerce.number().int().min(1).max(100000).default(1),
  pageSize: z.coerce.number().int().min(1).max(100).default(20),
};
const q = z
  .string()
  .trim()
  .max(50)
  .optional()
  .transform((s) => (s ? s : null));

export const HouseholdQuery = z.object({
  q,
  groupId: z.uuid().optional(),
  gridId: z.uuid().optional(),
  ...page,
  lang: z.string().optional(),
});
export const PersonQuery = z.object({
  q,
  residenceStatus: z.enum(['resident', 'migrantOut', 'movedIn']).optional(),
  partyMember: z.enum(['true', 'false']).optional(),
  ...page,
  lang: z.string().optional(),
});

export const VillageParams = z.object({ villageId: z.uuid() });
export const HouseholdParams = VillageParams.extend({ householdId: z.uuid() });
export const PersonParams = VillageParams.extend({ personId: z.uuid() });
export const RelativesQuery = z.object({ a: z.uuid(), b: z.uuid(), lang: z.string().optional() });

export const KinTieInput = z.object({
  kind: z.enum(['spouse', 'parent', 'sibling']),
  personA: z.uuid(),
  personB: z.uuid(),
});
