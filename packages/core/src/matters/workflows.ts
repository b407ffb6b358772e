import type { CalendarDate } from '../calendarDate.ts';
import type { MeetingKind } from '../meetings/meetingKinds.ts';
import { MEETING_KIND_INFO } from '../meetings/meetingKinds.ts';
import { addDays, noticeIsTimely } from '../rules/dayCount.ts';
import { finding, type Finding } from '../rules/findings.ts';
import type { RuleId } from '../rules/citations.ts';
import type { RuleParams } from '../rules/profile.ts';
import { MATTER_CATEGORY_INFO, type MatterCategory, type Tier } from './categories.ts';
import { checkDecidingMeeting, type RoutingContext } from './routing.ts';

/**
 * The procedures a matter follows, as explicit state machines: a list of
 * steps taken strictly in order. A step names where it happens (a kind of
 * meeting, the deciding body, or a public notice) and whether a motion must
 * have passed there.
 */
export const STEP_KINDS = [
  'partyProposal',
  'jointDeliberation',
  'partyMembersReview',
  'topicPublished',
  'councilConsultation',
  'jointDraft',
  'resolution',
  'councilDecision',
  'jointDecision',
  'resolutionPublished',
  'implementationPublished',
] as const;
export type StepKind = (typeof STEP_KINDS)[number];

export interface StepDef {
  kind: StepKind;
  zh: string;
  en: string;
  /** Where it takes place: a meeting of this kind, the body the law gives the matter to, a notice, or a record. */
  at: { meeting: MeetingKind } | 'decidingBody' | 'notice' | 'record';
  /** A motion on the matter must have passed at that meeting (a consultation only needs to be held). */
  needsPassedMotion: boolean;
  /** The Party organisation studies the matter in this step (VCOL25-PARTY-FIRST). */
  partyStudy: boolean;
}

const step = (
  kind: StepKind,
  zh: string,
  en: string,
  at: StepDef['at'],
  needsPassedMotion: boolean,
  partyStudy = false,
): StepDef => ({ kind, zh, en, at, needsPassedMotion, partyStudy });

export const WORKFLOW_IDS = [
  'fourDeliberationsTwoDisclosures',
  'onePlusThree',
  'councilGeneral',
  'jointRoutine',
] as const;
export type WorkflowId = (typeof WORKFLOW_IDS)[number];

export interface WorkflowDef {
  id: WorkflowId;
  zh: string;
  en: string;
  ruleId: RuleId;
  tiers: readonly Tier[];
  steps: readonly StepDef[];
}

const resolutionPublished = step(
  'resolutionPublished',
  '决议公开',
  'Resolution published',
  'notice',
  false,
);
const implementationPublished = step(
  'implementationPublished',
  '实施结果公开',
  'Implementation result published',
  'notice',
  false,
);

export const WORKFLOWS: Record<WorkflowId, WorkflowDef> = {
  fourDeliberationsTwoDisclosures: {
    id: 'fourDeliberationsTwoDisclosures',
    zh: '四议两公开',
    en: 'Four deliberations, two disclosures',
    ruleId: 'SIYI-ORDER',
    tiers: ['assembly', 'representatives'],
    steps: [
      step('partyProposal', '村党组织提议', 'Party organisation proposes', 'record', false, true),
      step(
        'jointDeliberation',
        '村“两委”会议商议',
        'Two committees deliberate',
        { meeting: 'twoCommitteesJointMeeting' },
        true,
        true,
      ),
      step(
        'partyMembersReview',
        '党员大会审议',
        "Party members' meeting reviews",
        { meeting: 'partyMembersMeeting' },
        true,
        true,
      ),
      step(
        'resolution',
        '村民会议或村民代表会议决议',
        'Assembly or representatives resolve',
        'decidingBody',
        true,
      ),
      resolutionPublished,
      implementationPublished,
    ],
  },
  onePlusThree: {
    id: 'onePlusThree',
    zh: '重大事项“1+3”议决',
    en: '"1+3" major-matter procedure',
    ruleId: 'SEED002-ONE-PLUS-THREE',
    tiers: ['assembly', 'representatives'],
    steps: [
      step('topicPublished', '议题提前一周公示', 'Topic published a week ahead', 'notice', false),
      step(
        'councilConsultation',
        '协商议事会协商',
        'Council consultation',
        { meeting: 'villagersDeliberationCouncil' },
        false,
      ),
      step(
        'jointDraft',
        '两委联席会议提出议决草案',
        'Joint meeting drafts the resolution',
        { meeting: 'twoCommitteesJointMeeting' },
        true,
        true,
      ),
      step(
        'resolution',
        '村民会议或村民代表会议表决',
        'Assembly or representatives vote',
        'decidingBody',
        true,
      ),
      resolutionPublished,
      implementationPublished,
    ],
  },
  councilGeneral: {
    id: 'councilGeneral',
    zh: '一般性事务议事会议定',
    en: 'General matter decided by the council',
    ruleId: 'SEED002-TIERS',
    tiers: ['council'],
    steps: [
      step(
        'councilDecision',
        '协商议事会讨论决定',
        'Council decides',
        { meeting: 'villagersDeliberationCouncil' },
        true,
      ),
      resolutionPublished,
      implementationPublished,
    ],
  },
  jointRoutine: {
    id: 'jointRoutine',
    zh: '日常性事务两委议定',
    en: 'Routine matter settled by the two committees',
    ruleId: 'SEED002-TIERS',
    tiers: ['joint'],
    steps: [
      step(
        'jointDecision',
        '两委联席会议议定',
        'Joint meeting decides',
        { meeting: 'twoCommitteesJointMeeting' },
        true,
      ),
      resolutionPublished,
      implementationPublished,
    ],
  },
};

/** The procedures a category may follow; the first is the default. */
export function workflowsFor(category: MatterCategory): WorkflowId[] {
  const tier = MATTER_CATEGORY_INFO[category].tier;
  return WORKFLOW_IDS.filter((id) => WORKFLOWS[id].tiers.includes(tier));
}

/**
 * Whether a passed motion becomes a numbered resolution of the village. Not when it only
 * prepares a decision: the Party members' meeting reviews, and the two committees' joint
 * meeting deliberates (四议两公开 step 2) or drafts ("1+3") what the villagers' bodies decide —
 * its own routine decisions (jointDecision) are numbered.
 */
export function adoptsResolution(meeting: MeetingKind, step: StepKind | null): boolean {
  if (meeting === 'partyMembersMeeting') return false;
  return !(step === 'jointDeliberation' || step === 'jointDraft');
}

/** Refuses a procedure the category may not follow, naming the ones it may (and the rule that tiers it). */
export function workflowFinding(
  category: MatterCategory,
  workflow: WorkflowId,
  on: CalendarDate,
): Finding | null {
  const allowed = workflowsFor(category);
  if (allowed.includes(workflow)) return null;
  const info = MATTER_CATEGORY_INFO[category];
  return finding(on, info.ruleId, 'workflow_not_for_category', {
    category: info.zh,
    workflow: WORKFLOWS[workflow].zh,
    allowed: allowed.map((w) => quoted(WORKFLOWS[w].zh)).join('或'),
  });
}

/** A step already taken. */
export interface TakenStep {
  kind: StepKind;
  on: CalendarDate;
}

/** The facts about a proposed step the server gathers before recording it. */
export interface ProposedStep {
  kind: StepKind;
  on: CalendarDate;
  meeting?: {
    kind: MeetingKind;
    /** A motion on this matter passed there (by the rule core computed). */
    motionPassed: boolean;
  };
  /** The Party secretary is also the committee chair (一肩挑): SIYI-ORDER lets steps 1 and 2 merge. */
  concurrentSecretaryChair?: boolean;
  /** For the resolution and implementation notices: the resolution is still valid. */
  resolution?: { invalidReason: string | null; revoked: boolean };
}

export interface MatterFacts {
  category: MatterCategory;
  workflow: WorkflowId;
  taken: readonly TakenStep[];
  routing: RoutingContext;
}

/** The next step(s) the procedure allows. */
export function nextSteps(m: Pick<MatterFacts, 'workflow' | 'taken'>): StepKind[] {
  const steps = WORKFLOWS[m.workflow].steps;
  const done = new Set(m.taken.map((t) => t.kind));
  const next = steps.find((s) => !done.has(s.kind));
  return next ? [next.kind] : [];
}

/**
 * Checks a step against the procedure: it belongs to the workflow, is not
 * repeated, every earlier step is done (SIYI-ORDER lets a 一肩挑 village fold
 * the proposal into the joint meeting), its date does not go backwards, it
 * happens at the right meeting or body, and the motion passed where one is needed.
 */
export function checkStep(m: MatterFacts, p: ProposedStep, params: RuleParams): Finding[] {
  const { on } = p;
  const wf = WORKFLOWS[m.workflow];
  const index = wf.steps.findIndex((s) => s.kind === p.kind);
  const def = wf.steps[index];
  if (!def) return [finding(on, wf.ruleId, 'step_not_in_workflow', { step: p.kind })];
  const done = new Map(m.taken.map((t) => [t.kind, t]));
  if (done.has(p.kind)) return [finding(on, wf.ruleId, 'step_done', { step: def.zh })];

  const out: Finding[] = [];
  const mergeable =
    m.workflow === 'fourDeliberationsTwoDisclosures' &&
    p.kind === 'jointDeliberation' &&
    p.concurrentSecretaryChair === true &&
    params['SIYI-ORDER'].mergeFirstTwoWhenConcurrent;
  const missing = wf.steps
    .slice(0, index)
    .filter((s) => !done.has(s.kind) && !(mergeable && s.kind === 'partyProposal'));
  if (missing[0]) {
    if (
      def.kind === 'resolution' &&
      !wf.steps.slice(0, index).some((s) => s.partyStudy && done.has(s.kind))
    )
      out.push(
        finding(
          on,
          'VCOL25-PARTY-FIRST',
          'party_first_missing',
          {},
          params['VCOL25-PARTY-FIRST'].enforcement === 'refuse' ? 'violation' : 'warning',
        ),
      );
    out.push(finding(on, wf.ruleId, 'step_out_of_order', { missing: missing[0].zh, step: def.zh }));
    return out;
  }

  const previous = m.taken.reduce<TakenStep | null>(
    (a, t) => (a === null || t.on > a.on ? t : a),
    null,
  );
  if (previous && p.on < previous.on)
    out.push(
      finding(on, wf.ruleId, 'step_date_order', {
        step: def.zh,
        date: p.on,
        previous: previous.on,
      }),
    );

  if (def.at === 'decidingBody' || typeof def.at === 'object') {
    if (!p.meeting) {
      out.push(
        finding(on, wf.ruleId, 'step_meeting_kind', {
          step: def.zh,
          expected:
            typeof def.at === 'object'
              ? MEETING_KIND_INFO[def.at.meeting].zh
              : '村民会议或村民代表会议',
          actual: '（未指定会议）',
        }),
      );
      return out;
    }
    if (def.at === 'decidingBody') {
      const wrong = checkDecidingMeeting(m.category, p.meeting.kind, { ...m.routing, on: p.on });
      if (wrong) out.push(wrong);
    } else if (def.at.meeting !== p.meeting.kind) {
      out.push(
        finding(on, wf.ruleId, 'step_meeting_kind', {
          step: def.zh,
          expected: MEETING_KIND_INFO[def.at.meeting].zh,
          actual: MEETING_KIND_INFO[p.meeting.kind].zh,
        }),
      );
    }
    if (def.needsPassedMotion && !p.meeting.motionPassed)
      out.push(finding(on, wf.ruleId, 'step_motion_failed', { step: def.zh }));
  }

  if (p.kind === 'councilConsultation') {
    const topic = done.get('topicPublished');
    const days = params['SEED002-ONE-PLUS-THREE'].topicNoticeDays;
    if (topic && !noticeIsTimely(topic.on, p.on, days))
      out.push(
        finding(on, 'SEED002-ONE-PLUS-THREE', 'topic_notice_short', {
          days,
          published: topic.on,
          earliest: addDays(topic.on, days),
        }),
      );
  }

  // a resolution the supervision committee found invalid, or revoked, is not published as in force
  if ((p.kind === 'resolutionPublished' || p.kind === 'implementationPublished') && p.resolution) {
    if (p.resolution.revoked) out.push(finding(on, 'VCOL-23-REVOKE', 'resolution_revoked'));
    else if (p.resolution.invalidReason)
      out.push(
        finding(on, 'SEED002-SUPERVISION', 'resolution_invalid', {
          reason: p.resolution.invalidReason,
        }),
      );
  }
  return out;
}

/** Steps recorded together when a 一肩挑 village folds the proposal into the joint meeting. */
export function stepsRecordedBy(
  m: Pick<MatterFacts, 'workflow' | 'taken'>,
  kind: StepKind,
): StepKind[] {
  const done = new Set(m.taken.map((t) => t.kind));
  if (
    m.workflow === 'fourDeliberationsTwoDisclosures' &&
    kind === 'jointDeliberation' &&
    !done.has('partyProposal')
  )
    return ['partyProposal', 'jointDeliberation'];
  return [kind];
}

/** A name in Chinese quotes; quotes inside it become single ones: “重大事项‘1+3’议决”. */
function quoted(name: string): string {
  return `“${name.replaceAll('“', '‘').replaceAll('”', '’')}”`;
}
