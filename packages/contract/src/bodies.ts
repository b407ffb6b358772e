import { z } from 'zod';
import { BODY_KINDS, MEMBER_ROLES } from '@cunzhi/core/bodies/bodyKinds';
import { GENDERS } from '@cunzhi/core/registry/person';
import { DateText, Names, Uuid, VillageParams } from './common.ts';
import { route } from './route.ts';

const tag = 'bodies';

/** Why an office ended before its term, where the product ended it (民主评议, 罢免, the law by itself, 辞职, 当选无效). */
export const OfficeEndReason = z.enum([
  'evaluation',
  'recall',
  'sentence',
  'incapacity',
  'death',
  'resignation',
  'fraud',
]);
export type OfficeEndReason = z.infer<typeof OfficeEndReason>;

export const BodyTerm = z.object({ id: Uuid, startsOn: z.string(), endsOn: z.string() });

export const BodyMember = z.object({
  membershipId: Uuid,
  personId: Uuid,
  name: z.string(),
  gender: z.enum(GENDERS),
  role: z.enum(MEMBER_ROLES),
  roleName: Names,
  startsOn: z.string(),
});

/** A body on the governance map with its term in force and its members serving today. */
export const Body = z.object({
  id: Uuid,
  kind: z.enum(BODY_KINDS),
  name: z.string(),
  kindName: Names,
  power: z.enum(['lead', 'decide', 'execute', 'supervise', 'takePart']),
  parentBodyId: Uuid.nullable(),
  seats: z.number().nullable(),
  term: BodyTerm.nullable(),
  terms: z.array(BodyTerm),
  members: z.array(BodyMember),
  /** Members of the term in force whose office ended before the term, with why where recorded. */
  departed: z.array(
    BodyMember.extend({
      endedOn: z.string(),
      endReason: OfficeEndReason.nullable(),
      endReasonText: Names.nullable(),
    }),
  ),
});

export const BodyParams = VillageParams.extend({ bodyId: Uuid });
export const MembershipParams = BodyParams.extend({ membershipId: Uuid });

export const openTerm = route({
  method: 'POST',
  url: '/api/villages/:villageId/bodies/:bodyId/terms',
  summary: '换届：新一届任期 / Open a new term of a body',
  tag,
  params: BodyParams,
  body: z.object({ startsOn: DateText, endsOn: DateText }),
  status: 201,
  response: z.object({
    term: z.object({ id: Uuid, bodyId: Uuid, startsOn: z.string(), endsOn: z.string() }),
  }),
});

export const appointMember = route({
  method: 'POST',
  url: '/api/villages/:villageId/bodies/:bodyId/members',
  summary: '任职 / Seat a person in a body for a term',
  tag,
  params: BodyParams,
  body: z.object({
    personId: Uuid,
    termId: Uuid,
    // a string, so an unknown role is answered with the catalog's enum_invalid
    role: z.string().min(1).max(30),
    startsOn: DateText,
    /** Seats a near relative the law keeps off the body, recording why (e.g. the registry's kinship is wrong). */
    kinOverride: z.object({ reason: z.string().trim().min(4).max(500) }).optional(),
  }),
  status: 201,
  response: z.object({
    membership: z.object({
      id: Uuid,
      bodyId: Uuid,
      termId: Uuid,
      personId: Uuid,
      role: z.enum(MEMBER_ROLES),
      startsOn: z.string(),
      endedOn: z.null(),
    }),
  }),
});

export const endMembership = route({
  method: 'POST',
  url: '/api/villages/:villageId/bodies/:bodyId/members/:membershipId/end',
  summary: '离任 / A member leaves the body',
  tag,
  params: MembershipParams,
  body: z.object({ endedOn: DateText }),
  response: z.object({ membership: z.object({ id: Uuid, endedOn: z.string() }) }),
});
