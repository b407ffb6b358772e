import { z } from 'zod';
import { DAY_UNITS, MAX_MATERIALS, MAX_PROMISED_DAYS } from '@cunzhi/core/services/catalogue';
import {
  ESCALATION_LEVELS,
  RATINGS,
  REQUEST_ACTIONS,
  REQUEST_CHANNELS,
  REQUEST_STATES,
} from '@cunzhi/core/services/requests';
import { DateText, FileResponse, Instant, Text, Uuid, VillageParams } from './common.ts';
import { XLSX } from './finance.ts';
import { route } from './route.ts';
import { VillageAbilities } from './villages.ts';

/**
 * The service station (便民服务站): its windows and catalogue, the queue of requests due first
 * with overdue flags and escalation level, a request's timeline and steps; a villager's own
 * requests on the phone (order with the materials listed first, follow, rate, withdraw); the
 * 台账 as Excel. The requester's phone number travels only to the station's staff.
 */

const tag = 'services';
const V = '/api/villages/:villageId';

export const DayUnit = z.enum(DAY_UNITS);
export const RequestState = z.enum(REQUEST_STATES);
export const RequestAction = z.enum(REQUEST_ACTIONS);
export const RequestChannel = z.enum(REQUEST_CHANNELS);
export const EscalationLevel = z.enum(ESCALATION_LEVELS);
export const Rating = z.enum(RATINGS);

export const WindowParams = VillageParams.extend({ windowId: Uuid });
export const ItemParams = VillageParams.extend({ itemId: Uuid });
export const RequestParams = VillageParams.extend({ requestId: Uuid });

export const ServiceWindow = z.object({
  id: Uuid,
  number: z.number(),
  name: z.string(),
  townDepartmentId: Uuid.nullable(),
  townDepartmentName: z.string().nullable(),
  active: z.boolean(),
});

export const ServiceItem = z.object({
  id: Uuid,
  windowId: Uuid,
  name: z.string(),
  materials: z.array(z.string()),
  promisedDays: z.number(),
  promisedUnit: DayUnit,
  fullAgency: z.boolean(),
  active: z.boolean(),
});

export const Catalogue = z.object({
  stationName: z.string(),
  windows: z.array(ServiceWindow),
  items: z.array(ServiceItem),
});

const Name = Text.trim().min(1).max(40);
const Materials = z.array(Text.trim().max(100)).max(MAX_MATERIALS * 2);

export const WindowInput = z.object({
  windowNumber: z.number().int().min(1).max(99),
  windowName: Name,
  townDepartmentId: Uuid.nullable().optional(),
});
export const WindowPatch = WindowInput.partial().extend({ active: z.boolean().optional() });

export const ItemInput = z.object({
  windowId: Uuid,
  itemName: Text.trim().min(1).max(60),
  materials: Materials,
  /** Checked against the catalogue's range by core (a field error naming the range). */
  promisedDays: z.number().int().min(0).max(MAX_PROMISED_DAYS),
  promisedUnit: DayUnit,
  fullAgency: z.boolean(),
});
export const ItemPatch = ItemInput.partial().extend({ active: z.boolean().optional() });

export const Escalation = z.object({
  overdue: z.boolean(),
  daysOverdue: z.number(),
  level: EscalationLevel.nullable(),
  nextOn: DateText.nullable(),
});

export const RequestSummary = z.object({
  id: Uuid,
  /** 〔2026〕第3号 */
  receiptNumber: z.string(),
  itemName: z.string(),
  windowNumber: z.number(),
  windowName: z.string(),
  channel: RequestChannel,
  requesterName: z.string(),
  /** Ordered for the requester by 代办 (with their consent): the agent's name, else null. */
  assistedBy: z.string().nullable(),
  state: RequestState,
  orderedOn: DateText,
  acceptedOn: DateText.nullable(),
  dueOn: DateText.nullable(),
  firstContactName: z.string().nullable(),
  escalation: Escalation,
  rating: Rating.nullable(),
});

export const TimelineStep = z.object({
  seq: z.number(),
  action: z.string(),
  state: RequestState,
  at: Instant,
  onDate: DateText,
  byName: z.string().nullable(),
  note: z.string().nullable(),
  dueOn: DateText.nullable(),
});

export const RequestDetail = RequestSummary.extend({
  materials: z.array(z.string()),
  missingMaterials: z.array(z.string()),
  details: z.string(),
  /** Only to the station's staff; null for everyone else. */
  requesterPhone: z.string().nullable(),
  promisedDays: z.number(),
  promisedUnit: DayUnit,
  fullAgency: z.boolean(),
  departmentName: z.string().nullable(),
  townAnswer: z.string().nullable(),
  refusalReason: z.string().nullable(),
  result: z.string().nullable(),
  closedOn: DateText.nullable(),
  ratingComment: z.string().nullable(),
  /** The rule profile the due date and the ladder came from. */
  profileVersion: z.string().nullable(),
  timeline: z.array(TimelineStep),
  /** The steps this reader may take now. */
  can: z.array(RequestAction),
});

export const RequestQueue = z.object({
  items: z.array(RequestSummary),
  abilities: VillageAbilities,
});

export const RequestsQuery = z.object({
  /** open (default): not closed; closed; all. */
  show: z.enum(['open', 'closed', 'all']).optional(),
});

const Reason = Text.trim().min(1).max(1000);
const MissingMaterials = z.array(Text.trim().min(1).max(100)).min(1).max(MAX_MATERIALS);

/** A staff step on a request; accept may ask for missing materials at once (一次性告知). */
export const StaffStepBody = z.discriminatedUnion('action', [
  z.object({
    action: z.literal('accept'),
    missingMaterials: z.array(Text.trim().min(1).max(100)).max(MAX_MATERIALS).optional(),
  }),
  z.object({ action: z.literal('askMaterials'), missingMaterials: MissingMaterials }),
  z.object({ action: z.literal('supplyMaterials') }),
  z.object({ action: z.literal('process') }),
  z.object({ action: z.literal('handToTown'), note: Text.trim().max(1000).optional() }),
  z.object({ action: z.literal('complete'), result: Reason }),
  z.object({ action: z.literal('refuse'), reason: Reason }),
]);

/** The counter orders for a villager without a phone: a registered villager, or a name typed. */
export const CounterOrderBody = z.object({
  itemId: Uuid,
  requesterPersonId: Uuid.optional(),
  requesterName: Text.trim().max(40).optional(),
  requesterPhone: z.string().trim().max(20).optional(),
  details: Text.trim().max(2000).optional(),
});

export const OwnOrderBody = z.object({
  itemId: Uuid,
  details: Text.trim().max(2000).optional(),
});

export const RateBody = z.object({
  rating: Rating,
  comment: Text.trim().max(500).optional(),
});

export const Ordered = z.object({ id: Uuid, receiptNumber: z.string() });

export const RequesterOption = z.object({
  personId: Uuid,
  name: z.string(),
  /** The villagers' group (村民小组), to tell namesakes apart. */
  group: z.string().nullable(),
  birthYear: z.number().nullable(),
});

export const LedgerQuery = z.object({ from: DateText, to: DateText });

// ---------------------------------------------------------------- console

export const getCatalogue = route({
  method: 'GET',
  url: `${V}/services/catalogue`,
  summary: '便民服务站：窗口与服务事项 / The station’s windows and catalogue',
  tag,
  params: VillageParams,
  response: Catalogue.extend({
    departments: z.array(z.object({ id: Uuid, name: z.string() })),
    abilities: VillageAbilities,
  }),
});

export const createWindow = route({
  method: 'POST',
  url: `${V}/services/windows`,
  summary: '新设服务窗口 / Open a window',
  tag,
  params: VillageParams,
  body: WindowInput,
  response: z.object({ window: ServiceWindow }),
  status: 201,
});

export const updateWindow = route({
  method: 'PATCH',
  url: `${V}/services/windows/:windowId`,
  summary: '修改服务窗口 / Change a window',
  tag,
  params: WindowParams,
  body: WindowPatch,
  response: z.object({ window: ServiceWindow }),
});

export const createItem = route({
  method: 'POST',
  url: `${V}/services/items`,
  summary: '新增服务事项 / Add a service to the catalogue',
  tag,
  params: VillageParams,
  body: ItemInput,
  response: z.object({ item: ServiceItem }),
  status: 201,
});

export const updateItem = route({
  method: 'PATCH',
  url: `${V}/services/items/:itemId`,
  summary: '修改服务事项 / Change a service',
  tag,
  params: ItemParams,
  body: ItemPatch,
  response: z.object({ item: ServiceItem }),
});

export const listRequests = route({
  method: 'GET',
  url: `${V}/services/requests`,
  summary: '办件队列（到期在前） / The queue, due first',
  tag,
  params: VillageParams,
  query: RequestsQuery,
  response: RequestQueue,
});

export const getRequest = route({
  method: 'GET',
  url: `${V}/services/requests/:requestId`,
  summary: '一件服务申请及其进程 / A request and its timeline',
  tag,
  params: RequestParams,
  response: z.object({ request: RequestDetail, stationName: z.string() }),
});

export const orderAtCounter = route({
  method: 'POST',
  url: `${V}/services/requests`,
  summary: '窗口代为点单（无手机的村民） / The counter orders for a villager',
  tag,
  params: VillageParams,
  body: CounterOrderBody,
  response: Ordered,
  status: 201,
});

export const stepRequest = route({
  method: 'POST',
  url: `${V}/services/requests/:requestId/steps`,
  summary: '受理、补正、办理、代办、办结或不予受理 / A staff step on a request',
  tag,
  params: RequestParams,
  body: StaffStepBody,
  response: z.object({ request: RequestDetail }),
});

export const listRequesterOptions = route({
  method: 'GET',
  url: `${V}/services/requesters`,
  summary: '查找申请人（登记在册的村民） / Find a registered villager to order for',
  tag,
  params: VillageParams,
  query: z.object({ q: z.string().trim().min(1).max(20) }),
  response: z.object({ items: z.array(RequesterOption) }),
});

export const exportLedger = route({
  method: 'GET',
  url: `${V}/services/ledger.xlsx`,
  summary: '导出便民服务台账（Excel） / Export the services ledger',
  tag,
  params: VillageParams,
  query: LedgerQuery,
  response: FileResponse,
  produces: XLSX,
});

export const exportTownLedger = route({
  method: 'GET',
  url: '/api/town/services.xlsx',
  summary: '导出全镇便民服务台账（Excel，各村合并） / Export the town’s combined services ledger',
  tag,
  query: LedgerQuery,
  response: FileResponse,
  produces: XLSX,
});

// ---------------------------------------------------------------- the villager's phone

export const getOwnCatalogue = route({
  method: 'GET',
  url: `${V}/my-services/catalogue`,
  summary: '可点单的服务事项 / Services a villager may order',
  tag,
  params: VillageParams,
  response: Catalogue,
});

export const listOwnRequests = route({
  method: 'GET',
  url: `${V}/my-services`,
  summary: '我的办事 / My requests',
  tag,
  params: VillageParams,
  response: z.object({ items: z.array(RequestSummary) }),
});

export const getOwnRequest = route({
  method: 'GET',
  url: `${V}/my-services/:requestId`,
  summary: '我的一件办事 / One of my requests',
  tag,
  params: RequestParams,
  response: z.object({ request: RequestDetail }),
});

export const orderOwn = route({
  method: 'POST',
  url: `${V}/my-services`,
  summary: '村民在手机上点单 / A villager orders a service',
  tag,
  params: VillageParams,
  body: OwnOrderBody,
  response: Ordered,
  status: 201,
});

export const rateOwn = route({
  method: 'POST',
  url: `${V}/my-services/:requestId/rating`,
  summary: '评价办结的服务 / Rate a completed request',
  tag,
  params: RequestParams,
  body: RateBody,
  response: z.object({ request: RequestDetail }),
});

export const withdrawOwn = route({
  method: 'POST',
  url: `${V}/my-services/:requestId/withdrawal`,
  summary: '撤回申请 / Withdraw a request',
  tag,
  params: RequestParams,
  response: z.object({ request: RequestDetail }),
});
