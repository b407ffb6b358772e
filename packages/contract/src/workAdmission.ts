import { z } from 'zod';
import {
  ADMISSION_LISTS,
  DECISIONS,
  MAX_ITEMS_PER_LIST,
  VERDICTS,
} from '@cunzhi/core/workAdmission/admission';
import { DateText, Instant, Text, Uuid, VillageParams } from './common.ts';
import { route } from './route.ts';

/**
 * Work-item admission (村级组织工作事项准入, 三张清单, seed 003): the county's versioned lists,
 * the tasks a town sends to its villages with the check's verdict, the villagers' committee's
 * decision on each, the town's refused tasks and the county's counts per town.
 */

const tag = 'workAdmission';
const W = '/api/work-admission';

export const AdmissionList = z.enum(ADMISSION_LISTS);
export const Verdict = z.enum(VERDICTS);
export const Decision = z.enum(DECISIONS);
export const VerdictGround = z.enum([
  'assistance',
  'selfGovernance',
  'burdenReduction',
  'unlisted',
]);

export const ListItem = z.object({
  id: Uuid,
  list: AdmissionList,
  seq: z.number(),
  text: z.string(),
});

export const ListVersion = z.object({
  id: Uuid,
  countyId: Uuid,
  number: z.number(),
  title: z.string(),
  documentNo: z.string().nullable(),
  effectiveOn: DateText,
  publishedAt: Instant,
  /** In force today (the latest to have taken effect). */
  inForce: z.boolean(),
  items: z.array(ListItem),
});

export const WorkTask = z.object({
  id: Uuid,
  villageId: Uuid,
  villageName: z.string(),
  townName: z.string(),
  department: z.string(),
  content: z.string(),
  legalBasis: z.string(),
  deadline: DateText,
  sentOn: DateText,
  verdict: Verdict,
  ground: VerdictGround,
  /** The version of the lists it was checked against, and the item it relies on (null: none). */
  version: z.number(),
  item: ListItem.omit({ id: true }).nullable(),
  decision: Decision.nullable(),
  decidedOn: DateText.nullable(),
  decisionReason: z.string().nullable(),
});

export const Overview = z.object({
  on: DateText,
  /** The counties the official serves (their lists), and whether they may publish a version. */
  counties: z.array(
    z.object({
      id: Uuid,
      name: z.string(),
      canPublish: z.boolean(),
      versions: z.array(ListVersion),
    }),
  ),
  /** The towns whose government the official serves: they send tasks to these villages. */
  towns: z.array(
    z.object({
      id: Uuid,
      name: z.string(),
      countyId: Uuid,
      villages: z.array(z.object({ id: Uuid, name: z.string() })),
    }),
  ),
});

const Line = Text.trim().min(1).max(200);
const Lines = z.array(Line).max(MAX_ITEMS_PER_LIST * 2);

export const PublishBody = z.object({
  /** Needed only by an official of several counties. */
  countyId: Uuid.optional(),
  title: Text.trim().min(1).max(100),
  documentNo: Text.trim().max(40).optional(),
  effectiveOn: DateText,
  selfGovernance: Lines,
  governmentAssistance: Lines,
  burdenReduction: Lines,
});

export const SendBody = z.object({
  villageIds: z.array(Uuid).min(1).max(200),
  department: Text.trim().min(1).max(60),
  content: Text.trim().min(1).max(1000),
  legalBasis: Text.trim().min(1).max(300),
  deadline: DateText,
  /** The list item the task relies on; null: it names none (and is refused). */
  listItemId: Uuid.nullable(),
});

export const DecideBody = z.object({ decision: Decision, reason: Text.trim().min(1).max(500) });

export const TaskQuery = z.object({ decision: z.enum(['refused', 'open', 'all']).optional() });

export const TownCount = z.object({
  townId: Uuid,
  townName: z.string(),
  sent: z.number(),
  accepted: z.number(),
  refused: z.number(),
  returned: z.number(),
  open: z.number(),
});

export const getOverview = route({
  method: 'GET',
  url: W,
  summary: '工作事项准入：三张清单与派发 / Work-item admission: the lists and sending',
  tag,
  response: Overview,
});

export const publishLists = route({
  method: 'POST',
  url: `${W}/lists`,
  summary: '县发布新版三张清单 / The county publishes a new version of the lists',
  tag,
  body: PublishBody,
  response: z.object({ version: ListVersion }),
  status: 201,
});

export const sendTask = route({
  method: 'POST',
  url: `${W}/tasks`,
  summary: '乡镇向村派发工作事项（准入审查） / The town sends a task to villages (checked)',
  tag,
  body: SendBody,
  response: z.object({ batchId: Uuid, sent: z.number(), verdict: Verdict, ground: VerdictGround }),
  status: 201,
});

export const listTasks = route({
  method: 'GET',
  url: `${W}/tasks`,
  summary: '本乡镇（本县）派发的工作事项 / Tasks sent by the official’s towns',
  tag,
  query: TaskQuery,
  response: z.object({ items: z.array(WorkTask) }),
});

export const countsByTown = route({
  method: 'GET',
  url: `${W}/by-town`,
  summary: '各乡镇派发与被拒事项统计 / Tasks sent and refused per town',
  tag,
  query: z.object({ year: z.coerce.number().int().min(2000).max(2100).optional() }),
  response: z.object({ year: z.number(), items: z.array(TownCount) }),
});

export const listVillageTasks = route({
  method: 'GET',
  url: '/api/villages/:villageId/work-tasks',
  summary: '乡镇派来的工作事项 / The tasks the town sent to the village',
  tag,
  params: VillageParams,
  response: z.object({
    version: ListVersion.nullable(),
    items: z.array(WorkTask),
    abilities: z.object({ decide: z.boolean() }),
  }),
});

export const decideTask = route({
  method: 'POST',
  url: '/api/villages/:villageId/work-tasks/:taskId/decision',
  summary: '村委会登记接收、拒绝或退回 / The committee records its decision',
  tag,
  params: VillageParams.extend({ taskId: Uuid }),
  body: DecideBody,
  response: z.object({ task: WorkTask }),
});
