import { formatChineseDate, type CalendarDate } from '@cunzhi/core/calendarDate';
import { MATTER_CATEGORY_INFO, type MatterCategory } from '@cunzhi/core/matters/categories';
import {
  authorisationCovers,
  decidingMeetings,
  type RoutingContext,
} from '@cunzhi/core/matters/routing';
import {
  nextSteps,
  WORKFLOWS,
  type StepDef,
  type TakenStep,
  type WorkflowId,
} from '@cunzhi/core/matters/workflows';
import {
  forCommunity,
  MEETING_KIND_INFO,
  meetingKindName as namedFor,
  type MeetingKind,
} from '@cunzhi/core/meetings/meetingKinds';
import { formatYuan, fromYuanText, yuanInCapitals } from '@cunzhi/core/money';
import { CITATIONS, type Citation, type RuleId } from '@cunzhi/core/rules/citations';
import { findingMessage, type Finding } from '@cunzhi/core/rules/findings';
import type { MatterRow, NoticeRow, ResolutionRow, StepDbRow } from './repository.ts';

/** A rule as shown next to a decision or refusal: id, source, article, force. */
export function citationOf(ruleId: RuleId) {
  const c: Citation = CITATIONS[ruleId];
  return { ruleId, source: c.source, version: c.version, article: c.article, force: c.force };
}

export function presentFinding(f: Finding) {
  return {
    ruleId: f.ruleId,
    code: f.code,
    severity: f.severity,
    params: f.params,
    message: { zh: findingMessage(f, 'zh-CN'), en: findingMessage(f, 'en') },
    citation: citationOf(f.ruleId),
  };
}

/** 花乡社区居民代表会议决议〔2026〕第3号 */
/** What a village is called and whether it is a community (居民) or a village (村民). */
export interface VillageNaming {
  name: string;
  kind: 'village' | 'community';
}

export function meetingKindName(kind: MeetingKind, villageKind: VillageNaming['kind'] = 'village') {
  return namedFor(kind, villageKind);
}

export function resolutionNumberText(
  village: VillageNaming,
  r: Pick<ResolutionRow, 'meeting_kind' | 'year' | 'number'>,
): string {
  return `${village.name}${namedFor(r.meeting_kind, village.kind).zh}决议〔${r.year}〕第${r.number}号`;
}

/** Names as the village says them: a community's are its residents' (居民…). */
function named(text: { zh: string; en: string }, villageKind: VillageNaming['kind']) {
  return villageKind === 'village'
    ? text
    : { zh: forCommunity(text.zh), en: forCommunity(text.en) };
}

function stepAt(def: StepDef, villageKind: VillageNaming['kind']) {
  if (typeof def.at === 'object')
    return {
      kind: 'meeting' as const,
      meetingKind: def.at.meeting,
      name: meetingKindName(def.at.meeting, villageKind),
    };
  if (def.at === 'decidingBody')
    return {
      kind: 'decidingBody' as const,
      meetingKind: null,
      name: named(
        { zh: '村民会议或村民代表会议', en: "villagers' assembly or representatives' meeting" },
        villageKind,
      ),
    };
  if (def.at === 'notice')
    return {
      kind: 'notice' as const,
      meetingKind: null,
      name: { zh: '公示栏公告', en: 'public notice' },
    };
  return {
    kind: 'record' as const,
    meetingKind: null,
    name: { zh: '记录在案', en: 'on record' },
  };
}

export function presentStepDef(def: StepDef, villageKind: VillageNaming['kind']) {
  return {
    kind: def.kind,
    name: named({ zh: def.zh, en: def.en }, villageKind),
    at: stepAt(def, villageKind),
    needsPassedMotion: def.needsPassedMotion,
    partyStudy: def.partyStudy,
  };
}

export function nextStepOf(
  workflow: WorkflowId,
  taken: readonly TakenStep[],
  status: string,
  villageKind: VillageNaming['kind'],
) {
  if (status === 'withdrawn') return null;
  const [kind] = nextSteps({ workflow, taken });
  const def = kind ? WORKFLOWS[workflow].steps.find((s) => s.kind === kind) : undefined;
  return def ? presentStepDef(def, villageKind) : null;
}

export function presentMatterSummary(
  m: MatterRow,
  steps: readonly StepDbRow[],
  villageKind: VillageNaming['kind'],
) {
  const info = MATTER_CATEGORY_INFO[m.category];
  const wf = WORKFLOWS[m.workflow];
  const taken = steps.map((s) => ({ kind: s.kind, on: s.on_date }));
  return {
    id: m.id,
    number: m.number,
    title: m.title,
    category: m.category,
    categoryName: { zh: info.zh, en: info.en },
    tier: info.tier,
    workflow: m.workflow,
    workflowName: { zh: wf.zh, en: wf.en },
    status: m.status,
    budget: presentBudget(m.budget),
    nextStep: nextStepOf(m.workflow, taken, m.status, villageKind),
    stepsDone: steps.length,
    stepsTotal: wf.steps.length,
    createdAt: m.created_at,
  };
}

/** An amount three ways: for forms, for tables, and for formal notices. */
function presentBudget(text: string | null) {
  if (text === null) return null;
  const fen = fromYuanText(text);
  return { yuan: text, text: formatYuan(fen), capitals: yuanInCapitals(fen) };
}

/** Which kinds of meeting may decide a matter of this category on a date, and by which rule. */
export function presentDecidingMeetings(
  category: MatterCategory,
  routing: RoutingContext,
  villageKind: VillageNaming['kind'] = 'village',
) {
  const info = MATTER_CATEGORY_INFO[category];
  return {
    on: routing.on,
    kinds: decidingMeetings(category, routing).map((kind) => ({
      kind,
      // named as the village's own meetings are (a community's 居民代表会议)
      name: meetingKindName(kind, villageKind),
    })),
    authorisedBy: routing.authorisations
      .filter((a) => authorisationCovers(a, category, routing.on))
      .map((a) => a.id),
    rule: citationOf(
      category === 'revokeDecision' && routing.revokedDecisionBy === 'representativesMeeting'
        ? 'VCOL-23-REVOKE'
        : info.ruleId,
    ),
  };
}

export function presentResolution(village: VillageNaming, r: ResolutionRow) {
  const revoked = r.revoked_by !== null;
  return {
    id: r.id,
    numberText: resolutionNumberText(village, r),
    year: r.year,
    number: r.number,
    kind: r.kind,
    title: r.title,
    adoptedOn: r.adopted_on,
    meeting: {
      id: r.meeting_id,
      title: r.meeting_title,
      kind: r.meeting_kind,
      kindName: meetingKindName(r.meeting_kind, village.kind),
      meetingOn: r.meeting_on,
    },
    matterId: r.matter_id,
    motionId: r.motion_id,
    profile: { id: r.profile_id, version: r.profile_version },
    validity: {
      valid: !revoked && r.meeting_invalid_reason === null,
      revoked: revoked ? { on: r.revoked_on, by: r.revoked_by } : null,
      invalidReason: r.meeting_invalid_reason,
    },
  };
}

/** The rule that decided a resolution: the one stored with the decision, else the meeting kind's decision rule. */
export function decisionRuleOf(r: Pick<ResolutionRow, 'decision' | 'meeting_kind'>): RuleId {
  const stored =
    typeof r.decision === 'object' && r.decision !== null
      ? (r.decision as { ruleId?: unknown }).ruleId
      : undefined;
  if (typeof stored === 'string' && stored in CITATIONS) return stored as RuleId;
  return MEETING_KIND_INFO[r.meeting_kind].decisionRule;
}

export const NOTICE_KIND_NAMES: Record<NoticeRow['kind'], { zh: string; en: string }> = {
  topic: { zh: '议题公示', en: 'Topic notice' },
  meeting: { zh: '会议通知', en: 'Meeting notice' },
  resolution: { zh: '决议公告', en: 'Resolution notice' },
  implementationResult: { zh: '实施结果公告', en: 'Implementation result notice' },
};

export function presentNotice(
  n: NoticeRow,
  links: {
    matter: { id: string; number: number; title: string } | null;
    resolution: { id: string; numberText: string } | null;
  },
) {
  return {
    id: n.id,
    kind: n.kind,
    kindName: NOTICE_KIND_NAMES[n.kind],
    title: n.title,
    body: n.body,
    publishedOn: n.published_on,
    periodEndsOn: n.period_ends_on,
    matter: links.matter,
    resolution: links.resolution,
    meetingId: n.meeting_id,
    publishedBy: n.published_by_name,
    contact: n.contact_name ? { name: n.contact_name, phone: n.contact_phone } : null,
  };
}

export function chineseDate(d: CalendarDate | null): string | null {
  return d ? formatChineseDate(d) : null;
}
