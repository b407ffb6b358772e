import { z } from 'zod';
import { DUTY_CADENCES } from '@cunzhi/core/liaison/duties';
import {
  LIAISON_ACTIONS,
  LIAISON_CATEGORIES,
  LIAISON_LEVELS,
  LIAISON_SOURCES,
  LIAISON_STATES,
  LIAISON_URGENCIES,
  RATINGS,
  ROUTE_BODIES,
} from '@cunzhi/core/liaison/cases';
import { DateText, FileResponse, Uuid, VillageParams } from './common.ts';
import { XLSX } from './finance.ts';
import { VillageAbilities } from './villages.ts';
import { route } from './route.ts';

/**
 * Grid liaison (片长制, 党员联系户, 民情; seed 004): the grid chiefs' duty list and its log, the
 * links of Party members to households and their visits, and 民情 cases from report to close.
 * A case's reporter is named only in a handler's view of it (`reporter`), never in a list.
 */

const tag = 'liaison';
const V = '/api/villages/:villageId/liaison';

export const DutyCadence = z.enum(DUTY_CADENCES);
export const DutyState = z.enum(['done', 'due', 'overdue', 'asNeeded']);
export const LiaisonCategory = z.enum(LIAISON_CATEGORIES);
export const LiaisonUrgency = z.enum(LIAISON_URGENCIES);
export const LiaisonState = z.enum(LIAISON_STATES);
export const LiaisonAction = z.enum(LIAISON_ACTIONS);
export const LiaisonLevel = z.enum(LIAISON_LEVELS);
export const LiaisonSource = z.enum(LIAISON_SOURCES);
export const Rating = z.enum(RATINGS);
export const RouteBody = z.enum(ROUTE_BODIES);

const Title = z.string().trim().min(1).max(100);
const Note = z.string().trim().max(2000);
const Body = z.string().trim().min(1).max(4000);

// ── duty list ────────────────────────────────────────────────────────────────

export const DutyItem = z.object({
  id: Uuid,
  number: z.number(),
  category: z.string(),
  title: z.string(),
  cadence: DutyCadence,
  example: z.boolean(),
  /** For the grid chosen: where the item stands today, and when it was last done. */
  state: DutyState.nullable(),
  lastDoneOn: DateText.nullable(),
});

export const GridDuties = z.object({
  id: Uuid,
  name: z.string(),
  chiefName: z.string().nullable(),
  done: z.number(),
  due: z.number(),
  overdue: z.number(),
});

export const DutyLogEntry = z.object({
  id: Uuid,
  dutyNumber: z.number(),
  dutyTitle: z.string(),
  gridName: z.string(),
  doneOn: DateText,
  note: z.string(),
});

export const DutyQuery = z.object({ gridId: Uuid.optional() });

export const listDuties = route({
  method: 'GET',
  url: `${V}/duties`,
  summary: '片长职责清单与完成记录 / The grid chiefs’ duty list and its log',
  tag,
  params: VillageParams,
  query: DutyQuery,
  response: z.object({
    items: z.array(DutyItem),
    grids: z.array(GridDuties),
    /** The grid the states are for (the reader's own when they head one). */
    gridId: Uuid.nullable(),
    log: z.array(DutyLogEntry),
    /** The grids the reader heads (where they may log). */
    ownGridIds: z.array(Uuid),
    abilities: VillageAbilities,
  }),
});

export const DefineDutyBody = z.object({
  category: z.string().trim().min(1).max(30),
  title: Title,
  cadence: DutyCadence,
  example: z.boolean().optional(),
});

export const defineDuty = route({
  method: 'POST',
  url: `${V}/duties`,
  summary: '增加片长职责事项 / Add a duty item',
  tag,
  params: VillageParams,
  body: DefineDutyBody,
  response: z.object({ id: Uuid, number: z.number() }),
});

export const LogDutyBody = z.object({
  gridId: Uuid,
  doneOn: DateText.optional(),
  note: Note.optional(),
});

export const logDuty = route({
  method: 'POST',
  url: `${V}/duties/:dutyId/log`,
  summary: '登记职责事项完成 / Log a duty done',
  tag,
  params: VillageParams.extend({ dutyId: Uuid }),
  body: LogDutyBody,
  response: z.object({ id: Uuid }),
});

// ── links and visits ────────────────────────────────────────────────────────

export const LinkRow = z.object({
  id: Uuid,
  memberPersonId: Uuid,
  memberName: z.string(),
  householdId: Uuid,
  householdNumber: z.string(),
  headName: z.string().nullable(),
  gridName: z.string().nullable(),
  since: DateText,
  lastVisitOn: DateText.nullable(),
  visitDueOn: DateText,
  overdue: z.boolean(),
});

export const UnlinkedHousehold = z.object({
  householdId: Uuid,
  householdNumber: z.string(),
  headName: z.string().nullable(),
  gridName: z.string().nullable(),
});

export const VisitRow = z.object({
  id: Uuid,
  householdNumber: z.string(),
  headName: z.string().nullable(),
  visitorName: z.string(),
  visitorKind: z.enum(['partyMember', 'gridChief']),
  visitedOn: DateText,
  note: z.string(),
  caseNumber: z.number().nullable(),
});

export const listLinks = route({
  method: 'GET',
  url: `${V}/links`,
  summary: '党员联系户、未联系农户和走访记录 / Household links, unlinked households and visits',
  tag,
  params: VillageParams,
  response: z.object({
    links: z.array(LinkRow),
    /** With the Party unit each falls to: its group's sub-branch or Party group, else the branch. */
    unlinked: z.array(UnlinkedHousehold.extend({ unitName: z.string().nullable() })),
    visits: z.array(VisitRow),
    /** Party members who may be linked. */
    members: z.array(z.object({ personId: Uuid, name: z.string() })),
    visitDays: z.number(),
    abilities: VillageAbilities,
  }),
});

export const linkHousehold = route({
  method: 'POST',
  url: `${V}/links`,
  summary: '建立党员联系户 / Link a Party member to a household',
  tag,
  params: VillageParams,
  body: z.object({ memberPersonId: Uuid, householdId: Uuid, since: DateText.optional() }),
  response: z.object({ id: Uuid }),
});

export const endLink = route({
  method: 'POST',
  url: `${V}/links/:linkId/end`,
  summary: '解除党员联系户 / End a household link',
  tag,
  params: VillageParams.extend({ linkId: Uuid }),
  body: z.object({ endedOn: DateText.optional() }),
  response: z.object({ ok: z.literal(true) }),
});

/** The households the reader may visit (their links, their grid's), for the phone. */
export const listOwnVisits = route({
  method: 'GET',
  url: `${V}/own-visits`,
  summary: '我联系的农户（手机）/ The households I visit',
  tag,
  params: VillageParams,
  response: z.object({
    households: z.array(
      UnlinkedHousehold.extend({
        kind: z.enum(['partyMember', 'gridChief']),
        lastVisitOn: DateText.nullable(),
        visitDueOn: DateText.nullable(),
        overdue: z.boolean(),
      }),
    ),
  }),
});

export const RaiseFields = z.object({
  category: LiaisonCategory,
  urgency: LiaisonUrgency,
  subject: Title,
  body: Body,
});

export const LogVisitBody = z.object({
  householdId: Uuid,
  visitedOn: DateText.optional(),
  note: z.string().trim().min(1).max(2000),
  /** An issue the household raised on the visit: opened as a 民情 case in their name. */
  raise: RaiseFields.optional(),
});

export const logVisit = route({
  method: 'POST',
  url: `${V}/visits`,
  summary: '登记走访（手机）/ Log a visit',
  tag,
  params: VillageParams,
  body: LogVisitBody,
  response: z.object({ id: Uuid, caseNumber: z.number().nullable() }),
});

// ── 民情 cases ──────────────────────────────────────────────────────────────

export const CaseParams = VillageParams.extend({ caseId: Uuid });

export const CaseSummary = z.object({
  id: Uuid,
  number: z.number(),
  source: LiaisonSource,
  anonymous: z.boolean(),
  category: LiaisonCategory,
  urgency: LiaisonUrgency,
  subject: z.string(),
  level: LiaisonLevel,
  /** As read today: an answer past its rating period reads 未评价. */
  state: LiaisonState,
  gridName: z.string().nullable(),
  reportedOn: DateText,
  dueOn: DateText,
  overdue: z.boolean(),
  /** Reports merged into it (their reporters follow it). */
  followers: z.number(),
  rating: Rating.nullable(),
});

export const CaseStep = z.object({
  action: z.string(),
  toState: LiaisonState,
  level: LiaisonLevel,
  note: z.string().nullable(),
  dueOn: DateText.nullable(),
  actedOn: DateText,
});

export const CaseDetail = CaseSummary.extend({
  body: z.string(),
  profileVersion: z.string(),
  routedTo: z.object({ body: RouteBody.nullable(), department: z.string().nullable() }).nullable(),
  feedback: z.string().nullable(),
  answeredOn: DateText.nullable(),
  ratingDueOn: DateText.nullable(),
  reopenCount: z.number(),
  mergedInto: z.number().nullable(),
  /** Only for those who hold or were handed the case. */
  reporter: z
    .object({
      name: z.string().nullable(),
      phone: z.string().nullable(),
      household: z.string().nullable(),
    })
    .nullable(),
  steps: z.array(CaseStep),
  /** The steps the reader may take now. */
  can: z.array(LiaisonAction),
});

export const listCases = route({
  method: 'GET',
  url: `${V}/cases`,
  summary: '民情办理台 / The 民情 queue',
  tag,
  params: VillageParams,
  response: z.object({
    items: z.array(CaseSummary),
    departments: z.array(z.object({ id: Uuid, name: z.string() })),
    abilities: VillageAbilities,
  }),
});

export const getCase = route({
  method: 'GET',
  url: `${V}/cases/:caseId`,
  summary: '民情件详情 / An issue',
  tag,
  params: CaseParams,
  response: z.object({ case: CaseDetail }),
});

export const CaseReceipt = z.object({
  id: Uuid,
  number: z.number(),
  /** The 查询码: shown once. */
  trackingCode: z.string(),
  /** When the report repeats an open case, the case it joined. */
  mergedInto: z.number().nullable(),
});

export const RaiseForBody = RaiseFields.extend({
  anonymous: z.boolean(),
  reporterPersonId: Uuid.optional(),
  reporterName: z.string().trim().max(50).optional(),
  reporterPhone: z.string().trim().max(20).optional(),
  concernsPersonIds: z.array(Uuid).max(20).optional(),
  /** Joins this open case instead of opening a new one (最多反映一次). */
  sameAsCaseId: Uuid.optional(),
});

export const raiseIssueFor = route({
  method: 'POST',
  url: `${V}/cases`,
  summary: '片长代为上报民情 / A grid chief raises an issue for a villager',
  tag,
  params: VillageParams,
  body: RaiseForBody,
  response: CaseReceipt,
});

export const StepCaseBody = z.discriminatedUnion('action', [
  z.object({
    action: z.literal('acknowledge'),
    category: LiaisonCategory.optional(),
    urgency: LiaisonUrgency.optional(),
  }),
  z.object({ action: z.literal('handle'), note: Note.optional() }),
  z.object({
    action: z.literal('route'),
    body: RouteBody.optional(),
    departmentId: Uuid.optional(),
    note: z.string().trim().min(1).max(2000),
  }),
  z.object({ action: z.literal('answerRouted'), note: z.string().trim().min(1).max(2000) }),
  z.object({ action: z.literal('returnRouted'), note: z.string().trim().min(1).max(2000) }),
  z.object({ action: z.literal('feedback'), note: z.string().trim().min(1).max(4000) }),
  z.object({ action: z.literal('close') }),
  z.object({ action: z.literal('merge'), intoCaseId: Uuid }),
]);

export const stepCase = route({
  method: 'POST',
  url: `${V}/cases/:caseId/steps`,
  summary: '办理民情件（签收、处置、流转、反馈、关闭、合并）/ Take a step on an issue',
  tag,
  params: CaseParams,
  body: StepCaseBody,
  response: z.object({ case: CaseDetail }),
});

/** A case as its reporter (or a follower) sees it: no handler's name, no other reporter. */
export const OwnCase = z.object({
  id: Uuid,
  number: z.number(),
  subject: z.string(),
  category: LiaisonCategory,
  state: LiaisonState,
  reportedOn: DateText,
  dueOn: DateText,
  overdue: z.boolean(),
  feedback: z.string().nullable(),
  ratingDueOn: DateText.nullable(),
  rating: Rating.nullable(),
  /** Whether the reader raised it (and so may rate it), or follows it as a repeat. */
  own: z.boolean(),
  canRate: z.boolean(),
  steps: z.array(CaseStep),
});

export const listOwnCases = route({
  method: 'GET',
  url: `${V}/own-cases`,
  summary: '我反映的民情（手机）/ My issues',
  tag,
  params: VillageParams,
  response: z.object({
    items: z.array(OwnCase),
    /** Open cases of the reader's grid, to join instead of reporting again. */
    openNearby: z.array(
      z.object({ id: Uuid, number: z.number(), subject: z.string(), reportedOn: DateText }),
    ),
  }),
});

export const RaiseOwnBody = RaiseFields.extend({
  anonymous: z.boolean(),
  concernsPersonIds: z.array(Uuid).max(20).optional(),
  sameAsCaseId: Uuid.optional(),
});

export const raiseOwnIssue = route({
  method: 'POST',
  url: `${V}/own-cases`,
  summary: '反映民情（手机，可匿名）/ Raise an issue',
  tag,
  params: VillageParams,
  body: RaiseOwnBody,
  response: CaseReceipt,
});

export const RateBody = z.object({ rating: Rating, comment: Note.optional() });

export const rateOwnCase = route({
  method: 'POST',
  url: `${V}/own-cases/:caseId/rate`,
  summary: '评价民情办理结果 / Rate the answer',
  tag,
  params: CaseParams,
  body: RateBody,
  response: z.object({ case: OwnCase }),
});

export const TrackBody = z.object({ code: z.string().trim().min(1).max(20) });

export const trackCase = route({
  method: 'POST',
  url: `${V}/track`,
  summary: '凭查询码查看民情（匿名反映）/ Follow an issue by its tracking code',
  tag,
  params: VillageParams,
  body: TrackBody,
  response: z.object({ case: OwnCase }),
});

export const rateTrackedCase = route({
  method: 'POST',
  url: `${V}/track/rate`,
  summary: '凭查询码评价 / Rate by tracking code',
  tag,
  params: VillageParams,
  body: TrackBody.extend(RateBody.shape),
  response: z.object({ case: OwnCase }),
});

// ── 台账 ──────────────────────────────────────────────────────────────────

export const LedgerQuery = z.object({ from: DateText, to: DateText });

export const exportTownLedger = route({
  method: 'GET',
  url: '/api/town/liaison.xlsx',
  summary:
    '导出全镇民情和走访台账（Excel，各村合并） / Export the town’s combined ledger of issues and visits',
  tag,
  query: LedgerQuery,
  response: FileResponse,
  produces: XLSX,
});

export const exportLedger = route({
  method: 'GET',
  url: `${V}/ledger.xlsx`,
  summary: '民情和走访台账（Excel）/ The ledger of issues and visits',
  tag,
  params: VillageParams,
  query: LedgerQuery,
  response: FileResponse,
  produces: XLSX,
});
