import { z } from 'zod';
import { DateText, FileResponse, Uuid } from './common.ts';
import { XLSX } from './finance.ts';
import { FindingView } from './meetings.ts';
import { PartyMeetingKind } from './party.ts';
import { route } from './route.ts';
import { VillageListItem } from './villages.ts';

const tag = 'oversight';

/** Where a finding comes from, for the town's filters. */
export const FINDING_AREAS = [
  'meetings',
  'demands',
  'composition',
  'disclosure',
  // responsibility audits (VCOL-35-AUDIT) and what should have been archived (VCOL-34-ARCHIVE)
  'audits',
  'archive',
] as const;

export const OversightFinding = FindingView.extend({
  area: z.enum(FINDING_AREAS),
  /** The body a composition finding is about (村民委员会 …); null for the others. */
  bodyName: z.string().nullable(),
});

/** 三务公开 in a village today (features/disclosure): this year's periods passed unpublished, questions waiting. */
export const DisclosureStatus = z.object({
  overdueDisclosures: z.number(),
  unansweredQuestions: z.number(),
  overdueAnswers: z.number(),
  /** Supervision holds on payments proposed or adopted and not yet released (features/spending). */
  openHolds: z.number(),
});

export const OversightVillage = VillageListItem.extend({
  findings: z.array(OversightFinding),
  disclosure: DisclosureStatus,
});

export const listOversightVillages = route({
  method: 'GET',
  url: '/api/oversight/villages',
  summary: '乡镇、县级：各村今日发现的问题 / Town and county: each village’s findings today',
  tag,
  response: z.object({ on: DateText, items: z.array(OversightVillage) }),
});

/** A town's or a county's dashboard: which one (an official's own town or county, or a town of their county). */
export const DashboardQuery = z.object({
  level: z.enum(['town', 'county']).optional(),
  id: Uuid.optional(),
});

/** One village's figures today (core/oversight/figures): each decided by its capability's own rule. */
export const VillageFigures = z.object({
  overdueDisclosures: z.number(),
  unansweredQuestions: z.number(),
  overdueAnswers: z.number(),
  openHolds: z.number(),
  oldestHoldDays: z.number().nullable(),
  openComplaints: z.number(),
  overdueComplaints: z.number(),
  openPetitions: z.number(),
  overduePetitions: z.number(),
  openServices: z.number(),
  overdueServices: z.number(),
  refusedTasks: z.number(),
  termsEnding: z.number(),
  voterRollsDue: z.number(),
  voterRollsOverdue: z.number(),
  representativesMeetingsThisQuarter: z.number(),
  partyMeetingsThisQuarter: z.number(),
  /** 三会一课: sessions this year's ended periods owed and did not have (PARTY-3H1K). */
  partyMeetingsShort: z.number(),
  /** Meetings held this year short of quorum when they closed, or recorded invalid. */
  meetingsWithoutQuorum: z.number(),
  /** Bodies whose composition breaks a rule today. */
  invalidCompositions: z.number(),
});

export const DashboardVillage = z.object({
  id: Uuid,
  name: z.string(),
  townName: z.string(),
  figures: VillageFigures,
  /** How many problem figures are above zero, summed: the list's order. */
  problems: z.number(),
  /** Which 三会一课 kinds are short and by how many sessions (the figure's detail). */
  partyShort: z.array(z.object({ kind: PartyMeetingKind, missing: z.number() })),
});

export const Dashboard = z.object({
  on: DateText,
  scope: z.object({ level: z.enum(['town', 'county']), id: Uuid, name: z.string() }),
  /** The other dashboards this official may open (their towns, their counties and its towns). */
  scopes: z.array(z.object({ level: z.enum(['town', 'county']), id: Uuid, name: z.string() })),
  total: VillageFigures,
  villages: z.array(DashboardVillage),
  /** 积分换项目: the county's latest ranking, for the villages of the scope. */
  ranking: z
    .object({
      schemeId: Uuid,
      year: z.number(),
      title: z.string(),
      status: z.string(),
      rows: z.array(
        z.object({
          villageId: Uuid,
          villageName: z.string(),
          rank: z.number(),
          total: z.number(),
          /** Award in fen. */
          amount: z.number(),
        }),
      ),
    })
    .nullable(),
});

export const getDashboard = route({
  method: 'GET',
  url: '/api/oversight/dashboard',
  summary:
    '乡镇、县级工作台：各村指标与合计 / Town and county dashboard: each village’s figures and the total',
  tag,
  query: DashboardQuery,
  response: Dashboard,
});

export const exportDashboard = route({
  method: 'GET',
  url: '/api/oversight/dashboard.xlsx',
  summary: '导出工作台各表（Excel） / Export the dashboard’s tables',
  tag,
  query: DashboardQuery,
  response: FileResponse,
  produces: XLSX,
});

export const WORK_KINDS = ['spending', 'referral', 'petition', 'task'] as const;

export const WorkListItem = z.object({
  kind: z.enum(WORK_KINDS),
  villageId: Uuid,
  villageName: z.string(),
  recordId: Uuid,
  title: z.string(),
  dueOn: DateText.nullable(),
  urgency: z.enum(['overdue', 'today', 'soon', 'later', 'undated']),
});

export const getWorkList = route({
  method: 'GET',
  url: '/api/oversight/work',
  summary: '我的待办：需要我今天处理的事项 / My work list: what needs my action',
  tag,
  response: z.object({ on: DateText, items: z.array(WorkListItem) }),
});
