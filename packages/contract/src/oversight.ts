import { z } from 'zod';
import { DateText } from './common.ts';
import { FindingView } from './meetings.ts';
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
