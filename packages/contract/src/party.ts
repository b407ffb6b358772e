import { z } from 'zod';
import { PARTY_CATEGORIES, PARTY_LEAVE_REASONS, PARTY_STATUSES } from '@cunzhi/core/party/members';
import { PARTY_UNIT_KINDS } from '@cunzhi/core/party/structure';
import { PARTY_MEETING_KINDS } from '@cunzhi/core/party/cadence';
import { DateText, Text, Uuid, VillageParams } from './common.ts';
import { FindingView } from './meetings.ts';
import { VillageAbilities } from './villages.ts';
import { route } from './route.ts';

/**
 * The village Party organisation (issue 15 items 8, 9, 11): its units, members and committee
 * seats, 三会一课 as held and PARTY-3H1K's cadence per unit; the town's overdue list. Party
 * records: the branch committee and the town see them, a member their own, villagers never.
 */

const tag = 'party';
const V = '/api/villages/:villageId/party';

export const PartyUnitKind = z.enum(PARTY_UNIT_KINDS);
export const PartyStatus = z.enum(PARTY_STATUSES);
export const PartyCategory = z.enum(PARTY_CATEGORIES);
export const PartyLeaveReason = z.enum(PARTY_LEAVE_REASONS);
export const PartyMeetingKind = z.enum(PARTY_MEETING_KINDS);
export const PartySeatRole = z.enum(['secretary', 'deputySecretary', 'member']);
export const PartyPresence = z.enum(['present', 'leave', 'absent']);
export const PartyRating = z.enum(['excellent', 'qualified', 'basicallyQualified', 'unqualified']);
export const CadenceState = z.enum(['met', 'due', 'overdue']);

const Name = Text.pipe(z.string().trim().min(1).max(60));
const Short = Text.pipe(z.string().trim().min(1).max(100));

export const CadenceRowView = z.object({
  kind: PartyMeetingKind,
  period: z.string(),
  startsOn: DateText,
  endsOn: DateText,
  required: z.number(),
  held: z.number(),
  state: CadenceState,
});

export const PartyUnitView = z.object({
  id: Uuid,
  kind: PartyUnitKind,
  parentId: Uuid.nullable(),
  name: z.string(),
  basis: z.enum(['villagerGroup', 'kind']).nullable(),
  villagerGroupId: Uuid.nullable(),
  themeDay: z.number().nullable(),
  approvalRef: z.string().nullable(),
  foundedOn: DateText,
  /** formal and probationary members in the unit and the units under it */
  formal: z.number(),
  probationary: z.number(),
  seats: z.array(
    z.object({ personId: Uuid, name: z.string(), role: PartySeatRole, since: DateText }),
  ),
  cadence: z.array(CadenceRowView),
  findings: z.array(FindingView),
});

export const PartyMemberView = z.object({
  personId: Uuid,
  name: z.string(),
  unitId: Uuid.nullable(),
  status: PartyStatus,
  category: PartyCategory.nullable(),
  whereabouts: z.string().nullable(),
  joinedOn: DateText.nullable(),
  formalOn: DateText.nullable(),
  /** false: flagged in the registry only, details not yet recorded */
  recorded: z.boolean(),
});

export const PartyMeetingRow = z.object({
  id: Uuid,
  unitId: Uuid,
  kind: PartyMeetingKind,
  heldOn: DateText,
  venue: z.string(),
  hostName: z.string(),
  topic: z.string(),
  present: z.number(),
  leave: z.number(),
  absent: z.number(),
  /** a 支委会 short of half its committee is kept but not counted */
  counted: z.boolean(),
});

export const partyBoard = route({
  method: 'GET',
  url: V,
  summary: '党组织、党员和“三会一课” / The Party organisation, its members and 三会一课',
  tag,
  params: VillageParams,
  response: z.object({
    on: DateText,
    units: z.array(PartyUnitView),
    members: z.array(PartyMemberView),
    meetings: z.array(PartyMeetingRow),
    /** the 1+N venues: the village's 微阵地 register */
    venues: z.array(z.object({ id: Uuid, name: z.string() })),
    /** the villager groups a sub-branch or group may be set up by */
    groups: z.array(z.object({ id: Uuid, name: z.string() })),
    abilities: VillageAbilities,
  }),
});

export const createPartyUnit = route({
  method: 'POST',
  url: `${V}/units`,
  summary: '设立党组织、党支部或党小组 / Set up a Party unit',
  tag,
  params: VillageParams,
  body: z.object({
    kind: PartyUnitKind,
    parentId: Uuid.optional(),
    name: Name,
    basis: z.enum(['villagerGroup', 'kind']).optional(),
    villagerGroupId: Uuid.optional(),
    themeDay: z.number().int().min(1).max(28).optional(),
    approvalRef: Short.optional(),
    foundedOn: DateText.optional(),
  }),
  response: z.object({ id: Uuid }),
});

export const recordPartyMember = route({
  method: 'PUT',
  url: `${V}/members/:personId`,
  summary: '登记党员信息 / Record a Party member',
  tag,
  params: VillageParams.extend({ personId: Uuid }),
  body: z.object({
    /** none yet: the member belongs to the village organisation until assigned */
    unitId: Uuid.optional(),
    status: PartyStatus,
    joinedOn: DateText,
    formalOn: DateText.optional(),
    category: PartyCategory,
    whereabouts: Short.optional(),
  }),
  response: z.object({ ok: z.literal(true) }),
});

export const removePartyMember = route({
  method: 'POST',
  url: `${V}/members/:personId/leave`,
  summary: '党员转出、去世或出党 / A member leaves the village organisation',
  tag,
  params: VillageParams.extend({ personId: Uuid }),
  body: z.object({ leftOn: DateText.optional(), reason: PartyLeaveReason }),
  response: z.object({ ok: z.literal(true) }),
});

export const seatPartyCommittee = route({
  method: 'POST',
  url: `${V}/units/:unitId/seats`,
  summary: '支部委员会委员任职 / Seat a member on a unit’s committee',
  tag,
  params: VillageParams.extend({ unitId: Uuid }),
  body: z.object({ personId: Uuid, role: PartySeatRole, since: DateText.optional() }),
  response: z.object({ id: Uuid }),
});

export const AttendanceEntry = z.object({
  personId: Uuid,
  presence: PartyPresence,
  leaveReason: Short.optional(),
  rating: PartyRating.optional(),
});

export const recordPartyMeeting = route({
  method: 'POST',
  url: `${V}/meetings`,
  summary: '记录“三会一课” / Record a 三会一课 meeting',
  tag,
  params: VillageParams,
  body: z.object({
    unitId: Uuid,
    kind: PartyMeetingKind,
    heldOn: DateText,
    venueId: Uuid.optional(),
    venue: Short.optional(),
    hostPersonId: Uuid,
    topic: Text.pipe(z.string().trim().min(1).max(200)),
    minutes: Text.pipe(z.string().trim().min(1).max(5000)),
    attendance: z.array(AttendanceEntry).min(1).max(2000),
  }),
  response: z.object({ id: Uuid, counted: z.boolean() }),
});

export const partyMeeting = route({
  method: 'GET',
  url: `${V}/meetings/:meetingId`,
  summary: '一次“三会一课”的记录 / One meeting’s record',
  tag,
  params: VillageParams.extend({ meetingId: Uuid }),
  response: PartyMeetingRow.extend({
    unitName: z.string(),
    minutes: z.string(),
    attendance: z.array(
      z.object({
        personId: Uuid,
        name: z.string(),
        presence: PartyPresence,
        leaveReason: z.string().nullable(),
        rating: PartyRating.nullable(),
      }),
    ),
  }),
});

/** A member's own Party record on the phone: their unit, status, the meetings they were due at. */
export const ownPartyRecord = route({
  method: 'GET',
  url: `${V}/mine`,
  summary: '我的组织生活 / My Party record',
  tag,
  params: VillageParams,
  response: z.object({
    member: PartyMemberView.extend({ unitName: z.string().nullable() }).nullable(),
    meetings: z.array(
      z.object({
        id: Uuid,
        kind: PartyMeetingKind,
        heldOn: DateText,
        topic: z.string(),
        presence: PartyPresence,
        rating: PartyRating.nullable(),
      }),
    ),
  }),
});

export const TownPartyRow = z.object({
  villageId: Uuid,
  villageName: z.string(),
  units: z.number(),
  formal: z.number(),
  overdue: z.array(
    z.object({
      unitName: z.string(),
      kind: PartyMeetingKind,
      period: z.string(),
      endsOn: DateText,
    }),
  ),
  findings: z.array(FindingView),
});

export const townParty = route({
  method: 'GET',
  url: '/api/town/party',
  summary: '各村党组织“三会一课”逾期 / The villages’ Party organisations and overdue 三会一课',
  tag,
  response: z.object({ on: DateText, villages: z.array(TownPartyRow) }),
});
