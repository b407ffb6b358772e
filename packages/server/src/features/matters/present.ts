import { NOTICE_KIND_NAMES, SUPERVISION_NOTICE_KINDS } from '@cunzhi/core/disclosure/kinds';
import { calendarDateOf, formatChineseDate, type CalendarDate } from '@cunzhi/core/calendarDate';
import { documentText, withPlace } from '@cunzhi/core/documents/wording';
import {
  MATTER_CATEGORIES,
  belongsToCollective,
  MATTER_CATEGORY_INFO,
  type MatterCategory,
} from '@cunzhi/core/matters/categories';
import {
  authorisationCovers,
  decidingMeetings,
  villagersBodiesDecide,
  type RoutingContext,
} from '@cunzhi/core/matters/routing';
import {
  nextSteps,
  WORKFLOW_IDS,
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
import { citationOn, isRuleId, type Citation, type RuleId } from '@cunzhi/core/rules/citations';
import { findingMessage, type Finding } from '@cunzhi/core/rules/findings';
import type { VillageAbilities } from '@cunzhi/core/policies/village';
import type { DecisionRecord } from '@cunzhi/contract/matters';
import type { VillageRow } from '../../platform/tenancy/repository.ts';
import type {
  AuthorisationRow,
  MatterRow,
  MotionBrief,
  NoticeRow,
  ResolutionRow,
  StepDbRow,
  StepRow,
} from './repository.ts';
import type {
  MatterList,
  MatterPage,
  MeetingOfMatter,
  NoticeLinks,
  NoticePage,
  ResolutionPage,
} from './queries.ts';
import { DELEGABLE_CATEGORIES } from './workflow.ts';

/** A rule as shown next to a decision or refusal, in the text of the law in force `on` the act's day. */
export function citationOf(ruleId: RuleId, on: CalendarDate) {
  const c: Citation = citationOn(ruleId, on);
  return { ruleId, source: c.source, version: c.version, article: c.article, force: c.force };
}

export function presentFinding(f: Finding) {
  return {
    ruleId: f.ruleId,
    code: f.code,
    severity: f.severity,
    params: f.params,
    message: { zh: findingMessage(f, 'zh-CN'), en: findingMessage(f, 'en') },
    citation: citationOf(f.ruleId, f.on),
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
  return documentText(
    `${withPlace(village.name, namedFor(r.meeting_kind, village.kind).zh)}决议〔${r.year}〕第${r.number}号`,
  );
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
    createdAt: m.created_at.toISOString(),
  };
}

/** An amount three ways: for forms, for tables, and for formal notices. */
function presentBudget(text: string | null) {
  if (text === null) return null;
  const fen = fromYuanText(text);
  return { yuan: text, text: formatYuan(fen), capitals: yuanInCapitals(fen) };
}

/** The rule that names the deciding meetings: a revocation's, the collective law's where the committee acts for it, the category's. */
function decidingRule(category: MatterCategory, routing: RoutingContext): RuleId {
  if (category === 'revokeDecision' && routing.revokedDecisionBy === 'representativesMeeting')
    return 'VCOL-23-REVOKE';
  if (routing.collectiveOrganisation === false && belongsToCollective(category, routing.on))
    return 'NJJ-64-PROXY';
  return MATTER_CATEGORY_INFO[category].ruleId;
}

/** Which kinds of meeting may decide a matter of this category on a date, and by which rule. */
export function presentDecidingMeetings(
  category: MatterCategory,
  routing: RoutingContext,
  villageKind: VillageNaming['kind'] = 'village',
) {
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
    rule: citationOf(decidingRule(category, routing), routing.on),
  };
}

export function presentResolution(village: VillageNaming, r: ResolutionRow) {
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
    validity: validityOf(r),
  };
}

/** Whether a resolution stands: not revoked, and its meeting not found invalid by the supervision committee. */
function validityOf(
  r: Pick<ResolutionRow, 'revoked_by' | 'revoked_on' | 'meeting_invalid_reason'>,
) {
  const revoked = r.revoked_by !== null;
  return {
    valid: !revoked && r.meeting_invalid_reason === null,
    revoked: revoked ? { on: r.revoked_on, by: r.revoked_by } : null,
    invalidReason: r.meeting_invalid_reason,
  };
}

/** The rule that decided a resolution: the one stored with the decision, else the meeting kind's decision rule. */
export function decisionRuleOf(r: Pick<ResolutionRow, 'decision' | 'meeting_kind'>): RuleId {
  const stored =
    typeof r.decision === 'object' && r.decision !== null
      ? (r.decision as { ruleId?: unknown }).ruleId
      : undefined;
  if (typeof stored === 'string' && isRuleId(stored)) return stored;
  return MEETING_KIND_INFO[r.meeting_kind].decisionRule;
}

export { NOTICE_KIND_NAMES };

export function presentNotice(
  n: NoticeRow,
  links: {
    matter: { id: string; number: number; title: string } | null;
    resolution: { id: string; numberText: string; validity: ReturnType<typeof validityOf> } | null;
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

const categoryName = (c: MatterCategory) => ({
  zh: MATTER_CATEGORY_INFO[c].zh,
  en: MATTER_CATEGORY_INFO[c].en,
});

const matterRef = (m: Pick<MatterRow, 'id' | 'number' | 'title'>) => ({
  id: m.id,
  number: m.number,
  title: m.title,
});

/** The matters page: every matter, and the categories and procedures a new one may take. */
export function presentMatterList(
  { matters, steps, collectiveOrganisation }: MatterList,
  villageKind: VillageNaming['kind'],
  today: CalendarDate,
  abilities: VillageAbilities,
) {
  return {
    items: matters.map((m) =>
      presentMatterSummary(
        m,
        steps.filter((s) => s.matter_id === m.id),
        villageKind,
      ),
    ),
    // what may be proposed today: not what the law in force gives the collective, unless the
    // village has no organisation and its committee acts for it
    categories: MATTER_CATEGORIES.filter((c) =>
      villagersBodiesDecide(c, today, collectiveOrganisation),
    ).map((c) => ({
      category: c,
      name: categoryName(c),
      tier: MATTER_CATEGORY_INFO[c].tier,
      workflows: WORKFLOW_IDS.filter((w) =>
        WORKFLOWS[w].tiers.includes(MATTER_CATEGORY_INFO[c].tier),
      ),
    })),
    workflows: WORKFLOW_IDS.map((w) => ({
      workflow: w,
      name: { zh: WORKFLOWS[w].zh, en: WORKFLOWS[w].en },
      rule: citationOf(WORKFLOWS[w].ruleId, today),
      steps: WORKFLOWS[w].steps.map((def) => presentStepDef(def, villageKind)),
    })),
    abilities,
  };
}

/** Presents a notice with the matter and resolution it belongs to. */
function noticeLinker(village: VillageNaming, links: NoticeLinks) {
  const matters = new Map(links.matters.map((m) => [m.id, m]));
  const resolutions = new Map(links.resolutions.map((r) => [r.id, r]));
  return (n: NoticeRow) => {
    const m = n.matter_id ? matters.get(n.matter_id) : undefined;
    const r = n.resolution_id ? resolutions.get(n.resolution_id) : undefined;
    return presentNotice(n, {
      matter: m ? matterRef(m) : null,
      resolution: r
        ? {
            id: r.id,
            numberText: resolutionNumberText(village, r),
            validity: validityOf(r),
          }
        : null,
    });
  };
}

export function presentNotices(notices: NoticeRow[], village: VillageNaming, links: NoticeLinks) {
  return notices.map(noticeLinker(village, links));
}

function meetingRefOf(meetings: MeetingOfMatter[], villageKind: VillageNaming['kind']) {
  const byId = new Map(meetings.map((m) => [m.id, m]));
  return (id: string | null) => {
    const m = id ? byId.get(id) : undefined;
    return m
      ? {
          id: m.id,
          title: m.title,
          kind: m.kind,
          kindName: meetingKindName(m.kind, villageKind),
          meetingOn: m.meeting_on,
        }
      : null;
  };
}

/** The matter page: its procedure step by step, with what each step was recorded from. */
export function presentMatterDetail(
  page: MatterPage,
  village: VillageNaming,
  timeZone: string,
  abilities: VillageAbilities,
) {
  const { matter, steps, motions, notices } = page;
  const meetingRef = meetingRefOf(page.meetings, village.kind);
  const presentMotion = (m: MotionBrief) => ({
    id: m.id,
    meeting: meetingRef(m.meeting_id),
    number: m.number,
    title: m.title,
    status: m.status,
    yes: m.yes,
    no: m.no,
    abstain: m.abstain,
    passed: m.passed,
  });
  const wf = WORKFLOWS[matter.workflow];
  const byKind = new Map(steps.map((s) => [s.kind, s]));
  const summary = presentMatterSummary(matter, steps, village.kind);
  return {
    matter: {
      ...summary,
      description: matter.description,
      revokesResolution: page.revokes ? presentResolution(village, page.revokes) : null,
    },
    workflow: {
      id: wf.id,
      name: { zh: wf.zh, en: wf.en },
      rule: citationOf(wf.ruleId, page.routing.on),
    },
    steps: wf.steps.map((def) => {
      const s = byKind.get(def.kind);
      const notice = s?.notice_id ? notices.find((n) => n.id === s.notice_id) : undefined;
      const motion = s?.motion_id ? motions.find((m) => m.id === s.motion_id) : undefined;
      return {
        ...presentStepDef(def, village.kind),
        done: s
          ? {
              id: s.id,
              on: s.on_date,
              meeting: meetingRef(s.meeting_id),
              motion: motion ? presentMotion(motion) : null,
              notice: notice
                ? {
                    id: notice.id,
                    kind: notice.kind,
                    title: notice.title,
                    publishedOn: notice.published_on,
                    periodEndsOn: notice.period_ends_on,
                  }
                : null,
              note: s.note,
              recordedBy: s.recorded_by_name,
              // entered after the day it took place (补录): shown, so nobody mistakes
              // the entry for the event, nor a backdated entry for a timely one
              recordedOn: calendarDateOf(s.recorded_at, timeZone),
              profile: { id: s.profile_id, version: s.profile_version },
              merged: s.merged,
            }
          : null,
      };
    }),
    nextStep: summary.nextStep,
    decidingMeetings:
      matter.status === 'open'
        ? presentDecidingMeetings(matter.category, page.routing, village.kind)
        : null,
    motions: motions.map(presentMotion),
    resolution: page.resolution ? presentResolution(village, page.resolution) : null,
    notices: presentNotices(notices, village, page.links),
    abilities,
  };
}

/** Steps as recorded, for the one who recorded them. */
export function presentRecordedSteps(result: { steps: StepRow[]; noticeId: string | null }) {
  return {
    steps: result.steps.map((s) => ({ ...s, recordedAt: s.recordedAt.toISOString() })),
    noticeId: result.noticeId,
  };
}

/** A notice as printed: dates in Chinese, the committee that issues it, its chain record. */
export function presentNoticeDetail(
  { notice, links, fingerprint }: NoticePage,
  village: VillageRow,
  checkpoint: { day: string; seq: number; hash: string } | null = null,
) {
  const committee = village.kind === 'community' ? '居民委员会' : '村民委员会';
  return {
    notice: {
      ...noticeLinker(village, links)(notice),
      publishedOnText: chineseDate(notice.published_on),
      periodEndsOnText: chineseDate(notice.period_ends_on),
    },
    village: {
      id: village.id,
      name: village.name,
      kind: village.kind,
      townName: village.town_name,
      countyName: village.county_name,
    },
    // 党务 is published by the Party organisation, a supervision report by the supervision
    // committee, every other notice by the villagers' committee
    issuer:
      notice.kind === 'partyAffairs'
        ? { zh: `${village.name}党组织`, en: `Party organisation of ${village.name}` }
        : SUPERVISION_NOTICE_KINDS.includes(notice.kind)
          ? {
              zh: `${village.name}${village.kind === 'community' ? '居务' : '村务'}监督委员会`,
              en: `Supervision committee of ${village.name}`,
            }
          : {
              zh: `${village.name}${committee}`,
              en: `${village.kind === 'community' ? 'Residents' : "Villagers'"} committee of ${village.name}`,
            },
    // the chain record that published it: anyone can check the printout against the chain
    fingerprint,
    // today's published head of the village's chain, printed in the footer (audit checkpoints)
    checkpoint: checkpoint && { day: checkpoint.day, seq: checkpoint.seq, hash: checkpoint.hash },
  };
}

export function presentResolutionList(
  { resolutions, matters }: { resolutions: ResolutionRow[]; matters: MatterRow[] },
  village: VillageNaming,
) {
  const byId = new Map(matters.map((m) => [m.id, m]));
  return {
    items: resolutions.map((r) => {
      const m = r.matter_id ? byId.get(r.matter_id) : undefined;
      return { ...presentResolution(village, r), matter: m ? matterRef(m) : null };
    }),
  };
}

export function presentResolutionDetail(page: ResolutionPage, village: VillageNaming) {
  const r = page.resolution;
  return {
    resolution: {
      ...presentResolution(village, r),
      body: r.body,
      // stored by the meeting that adopted it (its DecisionResult and figures)
      decision: r.decision as DecisionRecord | null,
      rule: citationOf(decisionRuleOf(r), r.adopted_on),
      matter: page.matter ? matterRef(page.matter) : null,
      revocationMatters: page.revocationMatters.map(matterRef),
    },
    fingerprint: page.fingerprint,
  };
}

function presentAuthorisation(
  a: AuthorisationRow,
  resolutions: Map<string, ResolutionRow>,
  village: VillageNaming,
  today: CalendarDate,
) {
  const r = resolutions.get(a.resolution_id);
  return {
    id: a.id,
    resolution: r ? { id: r.id, numberText: resolutionNumberText(village, r) } : null,
    categories: a.categories.map((c) => ({ category: c, name: categoryName(c) })),
    startsOn: a.starts_on,
    endsOn: a.ends_on,
    revokedOn: a.revoked_on,
    inForce:
      a.starts_on <= today && today <= a.ends_on && (a.revoked_on === null || today < a.revoked_on),
  };
}

export function presentAuthorisations(
  list: { authorisations: AuthorisationRow[]; resolutions: ResolutionRow[] },
  village: VillageNaming,
  today: CalendarDate,
  abilities: VillageAbilities,
) {
  const resolutions = new Map(list.resolutions.map((r) => [r.id, r]));
  return {
    items: list.authorisations.map((a) => presentAuthorisation(a, resolutions, village, today)),
    delegable: DELEGABLE_CATEGORIES.filter((c) => !belongsToCollective(c, today)).map((c) => ({
      category: c,
      name: categoryName(c),
    })),
    rule: citationOf('VCOL-24-RESERVED', today),
    abilities,
  };
}
