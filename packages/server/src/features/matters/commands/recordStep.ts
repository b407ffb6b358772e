import { randomUUID } from 'node:crypto';
import type { CalendarDate } from '@cunzhi/core/calendarDate';
import { DomainError } from '@cunzhi/core/errors';
import {
  checkStep,
  stepsRecordedBy,
  WORKFLOWS,
  type MatterFacts,
  type ProposedStep,
  type StepDef,
  type StepKind,
} from '@cunzhi/core/matters/workflows';
import type { MeetingKind } from '@cunzhi/core/meetings/meetingKinds';
import { RuleRefusal, type Finding } from '@cunzhi/core/rules/findings';
import type { CommandContext } from '../../../platform/command.ts';
import type { Tx } from '../../../platform/db/database.ts';
import { recordEvent } from '../../../platform/audit/record.ts';
import { loadVillageProfile } from '../../../platform/rules/villageProfile.ts';
import {
  concurrentSecretaryChair,
  matterFacts,
  requireMatter,
  resolutionOfMatter,
} from '../facts.ts';
import {
  findMeetingBrief,
  insertStep,
  listClosedMotionsAt,
  listResolutions,
  markResolutionRevoked,
  setMatterStatus,
  type MatterRow,
  type StepRow,
} from '../repository.ts';
import {
  DECIDING_STEPS,
  firstViolation,
  isMeetingStep,
  preferRoutingFinding,
} from '../workflow.ts';
import { actingAccount, fieldError } from './shared.ts';

export interface StepInput {
  matterId: string;
  kind: StepKind;
  on: CalendarDate;
  meetingId?: string | undefined;
  /** The motion that closed (from the meeting); otherwise the passed motion on the matter at that meeting. */
  motionId?: string | undefined;
  noticeId?: string | undefined;
  note?: string | undefined;
}

/** What a meeting step took place at: the meeting, and the motion on the matter that made it. */
interface AtMeeting {
  kind: MeetingKind;
  meetingOn: CalendarDate;
  motionId: string | null;
  motionPassed: boolean;
}

/**
 * Records a step of a matter's procedure, inside the caller's transaction:
 * loads the facts (the matter, its steps, routing, the meeting and motion, the
 * rule profile) → core's workflow rules decide → the step rows (with the
 * merged 一肩挑 proposal where that applies), the matter's status and a revoked
 * resolution (VCOL-23-REVOKE) are written → the audit event. Throws RuleRefusal.
 */
export async function recordStep(
  cmd: CommandContext,
  tx: Tx,
  input: StepInput,
): Promise<StepRow[]> {
  const { villageId } = cmd;
  const matter = await requireMatter(tx, villageId, input.matterId, true);
  const def = WORKFLOWS[matter.workflow].steps.find((s) => s.kind === input.kind);
  const facts = await matterFacts(tx, villageId, matter, input.on);
  const { profile } = await loadVillageProfile(tx, villageId, input.on);
  const at = def && isMeetingStep(def) ? await meetingOfStep(tx, matter, input, villageId) : null;
  if (def && def.at === 'notice' && !input.noticeId) fieldError('noticeId', 'field_required');
  const proposed = await proposedStep(tx, villageId, matter, input, at);

  const findings = decideStep(facts, proposed, def, at, profile.params);

  const rows = stepRows(cmd, matter, input, at, stepsRecordedBy(facts, input.kind), profile);
  for (const r of rows) await insertStep(tx, villageId, r);
  if (DECIDING_STEPS.includes(input.kind))
    await setMatterStatus(tx, villageId, matter.id, 'decided');
  if (input.kind === 'implementationPublished')
    await setMatterStatus(tx, villageId, matter.id, 'implemented');
  const revoked = await revokeByDecision(tx, villageId, matter, input, at);

  await recordEvent(
    cmd,
    tx,
    'matter.stepRecorded',
    { type: 'matter', id: matter.id },
    {
      matterNumber: matter.number,
      steps: rows.map((r) => ({ id: r.id, kind: r.kind, merged: r.merged })),
      on: input.on,
      meetingId: input.meetingId ?? null,
      motionId: at?.motionId ?? null,
      noticeId: input.noticeId ?? null,
      profile: { id: profile.id, version: profile.version },
      warnings: findings.map((f) => ({ ruleId: f.ruleId, code: f.code })),
      ...(revoked ? { revokedResolution: revoked } : {}),
    },
  );
  return rows;
}

/**
 * The meeting a meeting step took place at: it must have been held, on or
 * before the step's date; the motion is the one named, else the passed one.
 */
async function meetingOfStep(
  tx: Tx,
  matter: MatterRow,
  input: StepInput,
  villageId: string,
): Promise<AtMeeting> {
  if (!input.meetingId) fieldError('meetingId', 'field_required');
  const meeting = await findMeetingBrief(tx, villageId, input.meetingId);
  if (!meeting) throw new DomainError('not_found', { what: 'meeting' });
  if (meeting.status === 'cancelled' || meeting.status === 'planned')
    fieldError('meetingId', 'meeting_not_held');
  if (input.on < meeting.meeting_on) fieldError('on', 'date_order', { other: meeting.meeting_on });
  const motions = await listClosedMotionsAt(tx, villageId, meeting.id, matter.id);
  const named = input.motionId ? motions.find((m) => m.id === input.motionId) : undefined;
  if (input.motionId && !named) throw new DomainError('not_found', { what: 'motion' });
  const passedMotion = named?.passed ? named : motions.find((m) => m.passed === true);
  return {
    kind: meeting.kind,
    meetingOn: meeting.meeting_on,
    motionId: (named ?? passedMotion)?.id ?? null,
    motionPassed: named ? named.passed === true : passedMotion !== undefined,
  };
}

/** The step as core's checkStep sees it. */
async function proposedStep(
  tx: Tx,
  villageId: string,
  matter: MatterRow,
  input: StepInput,
  at: AtMeeting | null,
): Promise<ProposedStep> {
  const proposed: ProposedStep = { kind: input.kind, on: input.on };
  if (at) {
    // the step took place at the meeting: the rules count from the day it met, not the day it
    // was entered (a council that met too soon after the topic notice stays too soon)
    proposed.on = at.meetingOn;
    proposed.meeting = { kind: at.kind, motionPassed: at.motionPassed };
    proposed.concurrentSecretaryChair = await concurrentSecretaryChair(tx, villageId, input.on);
  }
  const resolution = await resolutionOfMatter(tx, villageId, matter.id);
  if (
    (input.kind === 'resolutionPublished' || input.kind === 'implementationPublished') &&
    resolution
  )
    proposed.resolution = {
      revoked: resolution.revoked_by !== null,
      invalidReason: resolution.meeting_invalid_reason,
    };
  return proposed;
}

/** Core's workflow rules decide: the first violation refuses the step; warnings are kept. */
function decideStep(
  facts: MatterFacts,
  proposed: ProposedStep,
  def: StepDef | undefined,
  at: AtMeeting | null,
  params: Parameters<typeof checkStep>[2],
): Finding[] {
  let findings = checkStep(facts, proposed, params);
  if (def && at)
    findings = preferRoutingFinding(findings, def, facts.category, at.kind, facts.routing);
  const violation = firstViolation(findings);
  if (violation) throw new RuleRefusal(violation);
  return findings;
}

function stepRows(
  cmd: CommandContext,
  matter: MatterRow,
  input: StepInput,
  at: AtMeeting | null,
  kinds: readonly StepKind[],
  profile: { id: string; version: string },
): StepRow[] {
  return kinds.map((kind) => ({
    id: randomUUID(),
    matterId: matter.id,
    kind,
    on: input.on,
    // a merged proposal took place at the same meeting
    meetingId: at ? (input.meetingId ?? null) : null,
    motionId: kind === input.kind ? (at?.motionId ?? null) : null,
    noticeId: kind === input.kind ? (input.noticeId ?? null) : null,
    note: kind === input.kind ? (input.note ?? '') : '',
    merged: kind !== input.kind,
    profileId: profile.id,
    profileVersion: profile.version,
    recordedBy: actingAccount(cmd),
    recordedAt: cmd.clock.now(),
  }));
}

/**
 * A revocation decided (VCOL-23-REVOKE): the revoked resolution is marked by
 * the revoking resolution made at this meeting, or the matter itself if none
 * is recorded yet.
 */
async function revokeByDecision(
  tx: Tx,
  villageId: string,
  matter: MatterRow,
  input: StepInput,
  at: AtMeeting | null,
): Promise<{ resolutionId: string; by: string } | null> {
  if (
    matter.category !== 'revokeDecision' ||
    input.kind !== 'resolution' ||
    !matter.revokes_resolution_id
  )
    return null;
  const motionId = at?.motionId ?? null;
  const own = motionId
    ? ((await listResolutions(tx, villageId, { matterId: matter.id })).find(
        (r) => r.motion_id === motionId,
      ) ?? null)
    : null;
  const by = own?.id ?? matter.id;
  await markResolutionRevoked(tx, villageId, matter.revokes_resolution_id, by, input.on);
  return { resolutionId: matter.revokes_resolution_id, by };
}
