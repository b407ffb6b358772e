import { z } from 'zod';
import {
  MICRO_UNIT_KINDS,
  NOMINATION_OUTCOMES,
  NOMINATION_SOURCES,
  SELECTION_CATEGORIES,
  SELECTION_QUOTA,
  SELECTION_STATES,
} from '@cunzhi/core/activities/selection';
import { DateText, Fingerprint, Text, Uuid, VillageParams } from './common.ts';
import { route } from './route.ts';
import { VillageAbilities } from './villages.ts';

/**
 * 一领四微 (seed 004): the register of micro-venues, micro-organisations and micro-services, the
 * log of micro-activities (photos through the attachments API, owner kind `microActivity`), and
 * the quarterly 最美庭院 / 最美民星 selections: nominations by an organisation or a person
 * (photos: owner kind `selectionNomination`) → the representatives' vote → the two committees'
 * review → published, with the picture sheet and the year's 百家明星 honours roll.
 */

const tag = 'activities';
const V = '/api/villages/:villageId';

export const MicroUnitKind = z.enum(MICRO_UNIT_KINDS);
export const SelectionCategory = z.enum(SELECTION_CATEGORIES);
export const SelectionState = z.enum(SELECTION_STATES);
export const NominationSource = z.enum(NOMINATION_SOURCES);
export const NominationOutcome = z.enum(NOMINATION_OUTCOMES);
export const UnitParams = VillageParams.extend({ unitId: Uuid });
export const SelectionParams = VillageParams.extend({ selectionId: Uuid });

export const MicroUnit = z.object({
  id: Uuid,
  kind: MicroUnitKind,
  name: z.string(),
  description: z.string(),
  place: z.string(),
  leaderPersonId: Uuid.nullable(),
  leaderName: z.string().nullable(),
  organizationId: Uuid.nullable(),
  organizationName: z.string().nullable(),
  active: z.boolean(),
});

export const UnitInput = z.object({
  kind: MicroUnitKind,
  name: Text.trim().min(1).max(60),
  description: Text.trim().max(1000).optional(),
  place: Text.trim().max(100).optional(),
  leaderPersonId: Uuid.nullable().optional(),
  organizationId: Uuid.nullable().optional(),
});
export const UnitPatch = UnitInput.omit({ kind: true })
  .partial()
  .extend({ active: z.boolean().optional() });

export const MicroActivity = z.object({
  id: Uuid,
  title: z.string(),
  heldOn: DateText,
  venueId: Uuid.nullable(),
  venueName: z.string().nullable(),
  organizerId: Uuid.nullable(),
  organizerName: z.string().nullable(),
  participants: z.number(),
  description: z.string(),
  photos: z.number(),
});

export const ActivityInput = z.object({
  title: Text.trim().min(1).max(100),
  heldOn: DateText,
  venueId: Uuid.nullable().optional(),
  organizerId: Uuid.nullable().optional(),
  participants: z.number().int().min(0).max(100000),
  description: Text.trim().max(2000).optional(),
});

export const Nomination = z.object({
  id: Uuid,
  /** The household's head and number (a courtyard) or the villager's name (a star). */
  nomineeName: z.string(),
  householdId: Uuid.nullable(),
  personId: Uuid.nullable(),
  source: NominationSource,
  /** The organisation, or the villager who nominated. */
  nominatedByName: z.string(),
  reason: z.string(),
  nominatedOn: DateText,
  yes: z.number().nullable(),
  outcome: NominationOutcome,
  reviewNote: z.string().nullable(),
  /** The first photo, for the picture sheet. */
  photoUrl: z.string().nullable(),
});

export const Selection = z.object({
  id: Uuid,
  category: SelectionCategory,
  year: z.number(),
  quarter: z.number(),
  quota: z.number(),
  state: SelectionState,
  openedOn: DateText,
  meetingId: Uuid.nullable(),
  votedOn: DateText.nullable(),
  members: z.number().nullable(),
  present: z.number().nullable(),
  reviewedOn: DateText.nullable(),
  /** The joint meeting's resolution that reviewed it: 〔2026〕第3号 */
  reviewResolutionLabel: z.string().nullable(),
  publishedOn: DateText.nullable(),
  nominations: z.array(Nomination),
});

export const getActivities = route({
  method: 'GET',
  url: `${V}/activities`,
  summary:
    '一领四微：阵地、组织、服务、活动与季度评选 / Micro-venues, organisations, services, activities and selections',
  tag,
  params: VillageParams,
  response: z.object({
    units: z.array(MicroUnit),
    activities: z.array(MicroActivity),
    selections: z.array(Selection),
    /** Representatives' meetings a vote can be recorded from (newest first). */
    meetings: z.array(z.object({ id: Uuid, title: z.string(), meetingOn: DateText })),
    abilities: VillageAbilities,
  }),
});

export const createUnit = route({
  method: 'POST',
  url: `${V}/activities/units`,
  summary: '登记微阵地、微组织或微服务 / Add a micro-venue, organisation or service',
  tag,
  params: VillageParams,
  body: UnitInput,
  response: z.object({ unit: MicroUnit }),
  status: 201,
});

export const updateUnit = route({
  method: 'PATCH',
  url: `${V}/activities/units/:unitId`,
  summary: '修改微阵地、微组织或微服务 / Change a micro-venue, organisation or service',
  tag,
  params: UnitParams,
  body: UnitPatch,
  response: z.object({ unit: MicroUnit }),
});

export const recordActivity = route({
  method: 'POST',
  url: `${V}/activities/log`,
  summary: '登记一次微活动（照片另传） / Record a micro-activity (photos uploaded after)',
  tag,
  params: VillageParams,
  body: ActivityInput,
  response: z.object({ activity: MicroActivity }),
  status: 201,
});

export const openSelection = route({
  method: 'POST',
  url: `${V}/selections`,
  summary: '开始一个季度的最美庭院或最美民星评选 / Open a quarter’s selection',
  tag,
  params: VillageParams,
  body: z.object({
    category: SelectionCategory,
    year: z.number().int().min(2000).max(2100),
    quarter: z.number().int().min(1).max(4),
    quota: z.number().int().min(SELECTION_QUOTA.min).max(SELECTION_QUOTA.max),
  }),
  response: z.object({ selection: Selection }),
  status: 201,
});

export const nominate = route({
  method: 'POST',
  url: `${V}/selections/:selectionId/nominations`,
  summary: '推荐评选对象（组织推荐或个人推荐） / Nominate (by an organisation or a person)',
  tag,
  params: SelectionParams,
  body: z.object({
    householdId: Uuid.optional(),
    personId: Uuid.optional(),
    /** A cadre enters an organisation's or a villager's paper nomination; a villager nominates as themselves. */
    source: NominationSource.optional(),
    byUnitId: Uuid.optional(),
    byPersonId: Uuid.optional(),
    reason: Text.trim().min(1).max(500),
  }),
  response: z.object({ selection: Selection }),
  status: 201,
});

export const recordSelectionVote = route({
  method: 'POST',
  url: `${V}/selections/:selectionId/vote`,
  summary: '登记村民代表会议的投票结果 / Record the representatives’ vote',
  tag,
  params: SelectionParams,
  body: z.object({
    meetingId: Uuid,
    present: z.number().int().min(0).max(999),
    votes: z
      .array(z.object({ nominationId: Uuid, yes: z.number().int().min(0).max(999) }))
      .max(200),
  }),
  response: z.object({ selection: Selection }),
});

export const reviewSelection = route({
  method: 'POST',
  url: `${V}/selections/:selectionId/review`,
  summary: '村“两委”复审当选对象 / The two committees review the winners',
  tag,
  params: SelectionParams,
  body: z.object({
    /** The two committees' joint meeting's resolution. */
    resolutionId: Uuid,
    decisions: z
      .array(
        z.object({
          nominationId: Uuid,
          confirm: z.boolean(),
          reason: Text.trim().max(500).optional(),
        }),
      )
      .max(50),
  }),
  response: z.object({ selection: Selection }),
});

export const publishSelection = route({
  method: 'POST',
  url: `${V}/selections/:selectionId/publication`,
  summary: '公示评选结果 / Publish the selection',
  tag,
  params: SelectionParams,
  response: z.object({ selection: Selection }),
});

export const HonourLine = z.object({
  quarter: z.number(),
  category: SelectionCategory,
  nomineeName: z.string(),
  reason: z.string(),
  photoUrl: z.string().nullable(),
  publishedOn: DateText,
});

export const getHonoursRoll = route({
  method: 'GET',
  url: `${V}/selections/honours`,
  summary: '“百家明星”光荣榜（一年的公示结果） / The year’s 百家明星 honours roll',
  tag,
  params: VillageParams,
  query: z.object({ year: z.coerce.number().int().min(2000).max(2100) }),
  response: z.object({
    villageName: z.string(),
    year: z.number(),
    lines: z.array(HonourLine),
    fingerprint: Fingerprint,
  }),
});
