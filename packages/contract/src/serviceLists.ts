import { z } from 'zod';
import { DESIGNER_KINDS, NEED_SOURCES, RESOURCE_KINDS } from '@cunzhi/core/serviceLists/lists';
import { PROJECT_ACTIONS, PROJECT_STATES } from '@cunzhi/core/serviceLists/projects';
import { DateText, Fingerprint, Names, Text, Uuid, VillageParams } from './common.ts';
import { Budget } from './matters.ts';
import { VillageAbilities } from './villages.ts';
import { route } from './route.ts';

/**
 * 三清单 (seed 004): a village's quarterly needs, resources and projects lists; service projects
 * designed by groups and social organisations, reviewed by the two committees' joint meeting,
 * declared to the town, evaluated and filed (or returned) by the town Party committee, run and
 * their results published; the town's view of which villages' lists are overdue.
 */

const tag = 'serviceLists';
const V = '/api/villages/:villageId';

export const NeedSource = z.enum(NEED_SOURCES);
export const ResourceKind = z.enum(RESOURCE_KINDS);
export const DesignerKind = z.enum(DESIGNER_KINDS);
export const ProjectState = z.enum(PROJECT_STATES);
export const ProjectAction = z.enum(PROJECT_ACTIONS);
export const ListsStatus = z.enum(['published', 'publishedLate', 'notDue', 'overdue', 'future']);

const Year = z.coerce.number().int().min(2000).max(2100);
const QuarterNumber = z.coerce.number().int().min(1).max(4);
export const QuarterRef = z.object({ year: Year, quarter: QuarterNumber });

export const QuarterView = z.object({
  year: z.number(),
  quarter: z.number(),
  name: Names,
  status: ListsStatus,
  statusName: Names,
  dueOn: DateText,
  publishedOn: DateText.nullable(),
});

export const NeedView = z.object({
  id: Uuid,
  number: z.number(),
  source: NeedSource,
  sourceName: Names,
  sourceLabel: z.string(),
  recordCount: z.number(),
  summary: z.string(),
});

export const ResourceView = z.object({
  id: Uuid,
  number: z.number(),
  kind: ResourceKind,
  kindName: Names,
  name: z.string(),
  detail: z.string(),
  amount: Budget.nullable(),
});

export const ProjectView = z.object({
  id: Uuid,
  number: z.number(),
  title: z.string(),
  designerKind: DesignerKind,
  designerKindName: Names,
  designerName: z.string(),
  needs: z.array(z.object({ id: Uuid, number: z.number(), summary: z.string() })),
  resources: z.array(z.object({ id: Uuid, number: z.number(), name: z.string() })),
  targets: z.string(),
  budget: Budget,
  state: ProjectState,
  stateName: Names,
  designedOn: DateText,
  resolution: z.object({ id: Uuid, numberText: z.string() }).nullable(),
  reviewedOn: DateText.nullable(),
  declaredOn: DateText.nullable(),
  evaluatedOn: DateText.nullable(),
  evaluation: z.string().nullable(),
  returnReason: z.string().nullable(),
  startedOn: DateText.nullable(),
  result: z.string().nullable(),
  completedOn: DateText.nullable(),
  /** The steps this reader may take now. */
  actions: z.array(ProjectAction),
  version: z.number(),
});

/** The quarter's platform records a need can be drawn from: counted, never naming anyone. */
export const NeedCandidate = z.object({
  source: NeedSource,
  sourceName: Names,
  label: z.string(),
  count: z.number(),
});

export const ServiceListsPage = z.object({
  on: DateText,
  villageName: z.string(),
  quarter: QuarterView,
  needs: z.array(NeedView),
  resources: z.array(ResourceView),
  projects: z.array(ProjectView),
  /** For those who compile the lists: this quarter's records, and the joint meeting's resolutions. */
  candidates: z.array(NeedCandidate),
  resolutions: z.array(z.object({ id: Uuid, numberText: z.string(), title: z.string() })),
  /** The audit record of the lists' publication, printed on the A4. */
  fingerprint: Fingerprint,
  abilities: VillageAbilities,
});

export const NeedBody = QuarterRef.extend({
  source: NeedSource,
  sourceLabel: Text.trim().max(100).optional(),
  recordCount: z.number().int().min(0).max(100000).optional(),
  summary: Text.trim().min(1).max(500),
});

export const ResourceBody = QuarterRef.extend({
  kind: ResourceKind,
  name: Text.trim().min(1).max(100),
  detail: Text.trim().max(500).optional(),
  /** Funds and donations, as typed in yuan. */
  amount: z.string().max(40).optional(),
});

export const PublishListsBody = QuarterRef.extend({ publishedOn: DateText.optional() });

export const DesignProjectBody = QuarterRef.extend({
  title: Text.trim().min(1).max(100),
  designerKind: DesignerKind,
  designerName: Text.trim().min(1).max(100),
  needIds: z.array(Uuid).max(50),
  resourceIds: z.array(Uuid).max(50).optional(),
  targets: Text.trim().min(1).max(2000),
  /** As typed, in yuan. */
  budget: z.string().max(40),
  designedOn: DateText.optional(),
});

/** The design changed (before its review, or once returned): what was given, on the version shown. */
export const AmendProjectBody = DesignProjectBody.omit({
  year: true,
  quarter: true,
  designedOn: true,
}).extend({ version: z.number().int() });

const Note = Text.trim().min(1).max(2000);
const StepBase = z.object({ version: z.number().int(), on: DateText.optional() });

/** A step on a project: review cites the joint meeting's resolution; return states why. */
export const ProjectStepBody = z.discriminatedUnion('action', [
  StepBase.extend({ action: z.literal('review'), resolutionId: Uuid }),
  StepBase.extend({ action: z.literal('declare') }),
  StepBase.extend({ action: z.literal('file'), evaluation: Text.trim().max(2000).optional() }),
  StepBase.extend({ action: z.literal('return'), reason: Note }),
  StepBase.extend({ action: z.literal('revise') }),
  StepBase.extend({ action: z.literal('start') }),
  StepBase.extend({ action: z.literal('complete'), result: Note }),
  StepBase.extend({ action: z.literal('withdraw') }),
]);

export const NeedParams = VillageParams.extend({ needId: Uuid });
export const ResourceParams = VillageParams.extend({ resourceId: Uuid });
export const ProjectParams = VillageParams.extend({ projectId: Uuid });

const pageAnswer = ServiceListsPage;
const projectAnswer = z.object({ project: ProjectView });

export const getServiceLists = route({
  method: 'GET',
  url: `${V}/service-lists`,
  summary: '三清单（需求、资源、项目） / The three lists of a quarter',
  tag,
  params: VillageParams,
  query: QuarterRef.partial(),
  response: pageAnswer,
});

export const getPublishedServiceLists = route({
  method: 'GET',
  url: `${V}/service-lists/published`,
  summary:
    '村民查看已公示的三清单和备案的服务项目 / The published lists and filed projects, for villagers',
  tag,
  params: VillageParams,
  query: QuarterRef.partial(),
  response: pageAnswer,
});

export const addServiceNeed = route({
  method: 'POST',
  url: `${V}/service-lists/needs`,
  summary: '列入需求清单 / Add a need',
  tag,
  params: VillageParams,
  body: NeedBody,
  response: pageAnswer,
  status: 201,
});

export const removeServiceNeed = route({
  method: 'DELETE',
  url: `${V}/service-lists/needs/:needId`,
  summary: '从需求清单删去（公示前） / Remove a need before publication',
  tag,
  params: NeedParams,
  response: pageAnswer,
});

export const addServiceResource = route({
  method: 'POST',
  url: `${V}/service-lists/resources`,
  summary: '列入资源清单 / Add a resource',
  tag,
  params: VillageParams,
  body: ResourceBody,
  response: pageAnswer,
  status: 201,
});

export const removeServiceResource = route({
  method: 'DELETE',
  url: `${V}/service-lists/resources/:resourceId`,
  summary: '从资源清单删去（公示前） / Remove a resource before publication',
  tag,
  params: ResourceParams,
  response: pageAnswer,
});

export const publishServiceLists = route({
  method: 'POST',
  url: `${V}/service-lists/publish`,
  summary: '公示本季度三清单 / Publish the quarter’s lists',
  tag,
  params: VillageParams,
  body: PublishListsBody,
  response: pageAnswer,
});

export const designServiceProject = route({
  method: 'POST',
  url: `${V}/service-projects`,
  summary: '登记服务项目设计 / Record a service project’s design',
  tag,
  params: VillageParams,
  body: DesignProjectBody,
  response: projectAnswer,
  status: 201,
});

export const amendServiceProject = route({
  method: 'PUT',
  url: `${V}/service-projects/:projectId`,
  summary: '修改服务项目设计 / Amend a project’s design',
  tag,
  params: ProjectParams,
  body: AmendProjectBody,
  response: projectAnswer,
});

export const stepServiceProject = route({
  method: 'POST',
  url: `${V}/service-projects/:projectId/steps`,
  summary: '审议、申报、备案、退回、实施或公布结果 / A step on a service project',
  tag,
  params: ProjectParams,
  body: ProjectStepBody,
  response: projectAnswer,
});

export const TownServiceLists = z.object({
  on: DateText,
  quarter: z.object({ year: z.number(), quarter: z.number(), name: Names, dueOn: DateText }),
  villages: z.array(
    z.object({
      villageId: Uuid,
      villageName: z.string(),
      status: ListsStatus,
      statusName: Names,
      publishedOn: DateText.nullable(),
      /** The quarter before: a quarter that passed without lists stays overdue. */
      previousStatus: ListsStatus,
      previousStatusName: Names,
    }),
  ),
  /** Projects declared and waiting for the town Party committee's evaluation. */
  declared: z.array(
    z.object({
      villageId: Uuid,
      villageName: z.string(),
      projectId: Uuid,
      year: z.number(),
      quarter: z.number(),
      title: z.string(),
      designerName: z.string(),
      budget: Budget,
      declaredOn: DateText,
      quarterName: Names,
    }),
  ),
});

export const townServiceLists = route({
  method: 'GET',
  url: '/api/town/service-lists',
  summary:
    '各村三清单公示情况和待评估的服务项目 / The villages’ lists and projects awaiting evaluation',
  tag,
  response: TownServiceLists,
});
