import { checkDecidingMeeting, type RoutingContext } from '@cunzhi/core/matters/routing';
import {
  WORKFLOWS,
  type StepDef,
  type StepKind,
  type TakenStep,
  type WorkflowId,
} from '@cunzhi/core/matters/workflows';
import {
  MATTER_CATEGORIES,
  MATTER_CATEGORY_INFO,
  type MatterCategory,
} from '@cunzhi/core/matters/categories';
import type { MeetingKind } from '@cunzhi/core/meetings/meetingKinds';
import type { Finding } from '@cunzhi/core/rules/findings';

/**
 * How the server reads core's workflows for one step (pure): which meeting a
 * step is held at, which step a meeting would serve, and which finding of
 * core's checks is the refusal to name.
 */

/** The kinds of meeting a 'decidingBody' step can be held at. */
const DECIDING_KINDS: readonly MeetingKind[] = ['villagersAssembly', 'representativesMeeting'];

/** Steps that decide the matter (the matter becomes 'decided'). */
export const DECIDING_STEPS: readonly StepKind[] = [
  'resolution',
  'councilDecision',
  'jointDecision',
];

export function isMeetingStep(def: StepDef): boolean {
  return def.at === 'decidingBody' || typeof def.at === 'object';
}

function atMatches(def: StepDef, kind: MeetingKind): boolean {
  if (typeof def.at === 'object') return def.at.meeting === kind;
  return def.at === 'decidingBody' && DECIDING_KINDS.includes(kind);
}

/**
 * Which meeting step a meeting of this kind would serve: the first remaining
 * step held at that kind of meeting, else the next remaining meeting step
 * (so the check names what is wrong), else the step already done there.
 */
export function meetingStepFor(
  workflow: WorkflowId,
  taken: readonly TakenStep[],
  kind: MeetingKind,
): StepDef | null {
  const steps = WORKFLOWS[workflow].steps.filter(isMeetingStep);
  const done = new Set(taken.map((t) => t.kind));
  const remaining = steps.filter((s) => !done.has(s.kind));
  return (
    remaining.find((s) => atMatches(s, kind)) ??
    remaining[0] ??
    steps.find((s) => atMatches(s, kind)) ??
    steps[steps.length - 1] ??
    null
  );
}

/**
 * A deciding step at the wrong kind of meeting is refused by the routing rule
 * (VCOL-24-RESERVED, SEED002-TIERS …), which says who decides instead.
 */
export function preferRoutingFinding(
  findings: Finding[],
  def: StepDef,
  category: MatterCategory,
  kind: MeetingKind,
  routing: RoutingContext,
): Finding[] {
  if (!DECIDING_STEPS.includes(def.kind)) return findings;
  return findings.map((f) => {
    if (f.code !== 'step_meeting_kind') return f;
    return checkDecidingMeeting(category, kind, routing) ?? f;
  });
}

export function firstViolation(findings: readonly Finding[]): Finding | null {
  return findings.find((f) => f.severity === 'violation') ?? null;
}

/** Matters the assembly may hand to the representatives' meeting (VCOL Art. 24 §2; Art. 23 for committee decisions). */
export const DELEGABLE_CATEGORIES: MatterCategory[] = MATTER_CATEGORIES.filter(
  (c) => MATTER_CATEGORY_INFO[c].delegable,
);
