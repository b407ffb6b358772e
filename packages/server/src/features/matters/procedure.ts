import { randomUUID } from 'node:crypto';
import { DomainError } from '@cunzhi/core/errors';
import type { CalendarDate } from '@cunzhi/core/calendarDate';
import { checkDecidingMeeting, type RoutingContext } from '@cunzhi/core/matters/routing';
import {
  checkStep,
  stepsRecordedBy,
  WORKFLOWS,
  type MatterFacts,
  type ProposedStep,
  type StepDef,
  type StepKind,
  type TakenStep,
} from '@cunzhi/core/matters/workflows';
import type { MeetingKind } from '@cunzhi/core/meetings/meetingKinds';
import { RuleRefusal, type Finding } from '@cunzhi/core/rules/findings';
import type { Queryable, Tx } from '../../platform/db/database.ts';
import type { AppContext } from '../../platform/http/context.ts';
import { appendAuditEvent } from '../../platform/audit/appendAuditEvent.ts';
import { loadVillageProfile } from '../../platform/rules/villageProfile.ts';
import {
  findMatter,
  findMeetingBrief,
  findResolution,
  insertStep,
  listAuthorisations,
  listResolutions,
  listSteps,
  markResolutionRevoked,
  servingPostHolders,
  setMatterStatus,
  toAuthorisation,
  type MatterRow,
  type ResolutionRow,
  type StepRow,
} from './repository.ts';

/**
 * The procedure of a matter (议题) on the server: gathers the facts core's
 * workflow rules need from rows (steps taken, meetings, motions, resolutions,
 * authorisations, who holds which post) and records steps. Every refusal is a
 * RuleRefusal naming the rule and article.
 */

/** The kinds of meeting a 'decidingBody' step can be held at. */
const DECIDING_KINDS: readonly MeetingKind[] = ['villagersAssembly', 'representativesMeeting'];

export function isMeetingStep(def: StepDef): boolean {
  return def.at === 'decidingBody' || typeof def.at === 'object';
}

function atMatches(def: StepDef, kind: MeetingKind): boolean {
  if (typeof def.at === 'object') return def.at.meeting === kind;
  return def.at === 'decidingBody' && DECIDING_KINDS.includes(kind);
}

/** Steps that decide the matter (the matter becomes 'decided'). */
const DECIDING_STEPS: readonly StepKind[] = ['resolution', 'councilDecision', 'jointDecision'];

async function requireMatter(
  db: Queryable,
  villageId: string,
  matterId: string,
  forUpdate = false,
): Promise<MatterRow> {
  const matter = await findMatter(db, villageId, matterId, { forUpdate });
  if (!matter) throw new DomainError('not_found', { what: 'matter' });
  if (matter.status === 'withdrawn') throw new DomainError('matter_withdrawn');
  return matter;
}

/** Steps taken so far (one row per kind). */
export async function takenSteps(
  db: Queryable,
  villageId: string,
  matterId: string,
): Promise<TakenStep[]> {
  return (await listSteps(db, villageId, matterId)).map((s) => ({ kind: s.kind, on: s.on_date }));
}

/** Routing facts: the village's authorisations and, for a revocation, who made the revoked decision. */
export async function routingFor(
  db: Queryable,
  villageId: string,
  matter: Pick<MatterRow, 'revokes_resolution_id'>,
  on: CalendarDate,
): Promise<RoutingContext> {
  const authorisations = (await listAuthorisations(db, villageId)).map(toAuthorisation);
  let revokedDecisionBy: MeetingKind | null = null;
  if (matter.revokes_resolution_id) {
    const target = await findResolution(db, villageId, matter.revokes_resolution_id);
    revokedDecisionBy = target?.meeting_kind ?? null;
  }
  return { authorisations, on, revokedDecisionBy };
}

/**
 * 一肩挑: on that date the serving Party secretary is also the serving
 * villagers' committee chair (SIYI-ORDER lets steps 1 and 2 merge).
 */
export async function concurrentSecretaryChair(
  db: Queryable,
  villageId: string,
  on: CalendarDate,
): Promise<boolean> {
  const secretaries = await servingPostHolders(db, villageId, 'partyBranch', ['secretary'], on);
  if (secretaries.length === 0) return false;
  const chairs = new Set(
    await servingPostHolders(db, villageId, 'villagersCommittee', ['chair'], on),
  );
  return secretaries.some((id) => chairs.has(id));
}

/**
 * Which meeting step a meeting of this kind would serve: the first remaining
 * step held at that kind of meeting, else the next remaining meeting step
 * (so the check names what is wrong), else the step already done there.
 */
function meetingStepFor(
  m: Pick<MatterRow, 'workflow'>,
  taken: readonly TakenStep[],
  kind: MeetingKind,
): StepDef | null {
  const steps = WORKFLOWS[m.workflow].steps.filter(isMeetingStep);
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
function preferRoutingFinding(
  findings: Finding[],
  def: StepDef,
  category: MatterRow['category'],
  kind: MeetingKind,
  routing: RoutingContext,
): Finding[] {
  if (!DECIDING_STEPS.includes(def.kind)) return findings;
  return findings.map((f) => {
    if (f.code !== 'step_meeting_kind') return f;
    return checkDecidingMeeting(category, kind, routing) ?? f;
  });
}

function firstViolation(findings: readonly Finding[]): Finding | null {
  return findings.find((f) => f.severity === 'violation') ?? null;
}

/**
 * Before a motion on a matter is put to a meeting: can any remaining meeting
 * step of the matter's procedure take place at this kind of meeting on that
 * date? Throws RuleRefusal (or not_found) when not.
 */
export async function checkMeetingForMatter(
  db: Queryable,
  villageId: string,
  matterId: string,
  meeting: { kind: MeetingKind; meetingOn: CalendarDate },
): Promise<void> {
  const matter = await requireMatter(db, villageId, matterId);
  const taken = await takenSteps(db, villageId, matterId);
  const def = meetingStepFor(matter, taken, meeting.kind);
  if (!def) return;
  const { profile } = await loadVillageProfile(db, villageId);
  const routing = await routingFor(db, villageId, matter, meeting.meetingOn);
  const facts: MatterFacts = {
    category: matter.category,
    workflow: matter.workflow,
    taken,
    routing,
  };
  const findings = checkStep(
    facts,
    {
      kind: def.kind,
      on: meeting.meetingOn,
      // the vote has not happened yet: only where and when are checked
      meeting: { kind: meeting.kind, motionPassed: true },
      concurrentSecretaryChair: await concurrentSecretaryChair(db, villageId, meeting.meetingOn),
    },
    profile.params,
  );
  const v = firstViolation(
    preferRoutingFinding(findings, def, matter.category, meeting.kind, {
      ...routing,
      on: meeting.meetingOn,
    }),
  );
  if (v) throw new RuleRefusal(v);
}

/**
 * Called inside the meeting's transaction right after a motion on a matter
 * closes: records the matter's next step if this meeting serves it. A
 * refusal is returned, not thrown, so the vote itself stands.
 */
export async function recordStepForMotion(
  tx: Tx,
  ctx: AppContext,
  input: {
    villageId: string;
    actorAccountId: string;
    matterId: string;
    meetingId: string;
    motionId: string;
    on: CalendarDate;
  },
): Promise<{ recorded: StepKind[] } | { refused: Finding }> {
  const matter = await findMatter(tx, input.villageId, input.matterId, { forUpdate: true });
  if (!matter) throw new DomainError('not_found', { what: 'matter' });
  // withdrawn while the vote was open: the vote stands, the procedure records nothing
  if (matter.status === 'withdrawn') return { recorded: [] };
  const meeting = await findMeetingBrief(tx, input.villageId, input.meetingId);
  if (!meeting) throw new DomainError('not_found', { what: 'meeting' });
  const taken = await takenSteps(tx, input.villageId, input.matterId);
  const def = meetingStepFor(matter, taken, meeting.kind);
  if (!def)
    return {
      refused: {
        ruleId: WORKFLOWS[matter.workflow].ruleId,
        code: 'step_not_in_workflow',
        severity: 'violation',
        params: { step: meeting.kind },
      },
    };
  try {
    const rows = await recordStep(tx, ctx, {
      villageId: input.villageId,
      actorAccountId: input.actorAccountId,
      matterId: input.matterId,
      kind: def.kind,
      on: input.on,
      meetingId: input.meetingId,
      motionId: input.motionId,
    });
    return { recorded: rows.map((r) => r.kind) };
  } catch (e) {
    if (e instanceof RuleRefusal) return { refused: e.finding };
    throw e;
  }
}

/**
 * The resolution that decided the matter: the one made by the motion of its
 * deciding step (a joint meeting's deliberation may leave a resolution too),
 * else, before the decision, the latest one on the matter.
 */
export async function resolutionOfMatter(
  db: Queryable,
  villageId: string,
  matterId: string,
): Promise<ResolutionRow | null> {
  const rows = await listResolutions(db, villageId, { matterId });
  const [deciding] = await db.query<{ motion_id: string | null }>(
    `SELECT motion_id FROM matter_step
     WHERE village_id = $1 AND matter_id = $2 AND kind = ANY($3::text[]) AND motion_id IS NOT NULL`,
    [villageId, matterId, DECIDING_STEPS],
  );
  const decided = deciding ? rows.find((r) => r.motion_id === deciding.motion_id) : undefined;
  return decided ?? rows[0] ?? null;
}

/**
 * The general recorder: checks the step with core's workflow rules against
 * facts from rows, stores it (with the merged 一肩挑 proposal where that
 * applies) under the village's current rule profile, moves the matter's
 * status, marks a revoked resolution (VCOL-23-REVOKE) and appends the audit
 * event. Throws RuleRefusal.
 */
export async function recordStep(
  tx: Tx,
  ctx: AppContext,
  input: {
    villageId: string;
    actorAccountId: string;
    matterId: string;
    kind: StepKind;
    on: CalendarDate;
    meetingId?: string;
    /** The motion that closed (from the meeting); otherwise the passed motion on the matter at that meeting. */
    motionId?: string;
    noticeId?: string;
    note?: string;
  },
): Promise<StepRow[]> {
  const { villageId } = input;
  const matter = await requireMatter(tx, villageId, input.matterId, true);
  const wf = WORKFLOWS[matter.workflow];
  const def = wf.steps.find((s) => s.kind === input.kind);
  const taken = await takenSteps(tx, villageId, matter.id);
  const { profile } = await loadVillageProfile(tx, villageId);
  const routing = await routingFor(tx, villageId, matter, input.on);
  const facts: MatterFacts = {
    category: matter.category,
    workflow: matter.workflow,
    taken,
    routing,
  };
  const proposed: ProposedStep = { kind: input.kind, on: input.on };

  let meetingKind: MeetingKind | null = null;
  let motionId: string | null = null;
  if (def && isMeetingStep(def)) {
    if (!input.meetingId)
      throw new DomainError('validation_failed', {}, [
        { field: 'meetingId', error: 'field_required' },
      ]);
    const meeting = await findMeetingBrief(tx, villageId, input.meetingId);
    if (!meeting) throw new DomainError('not_found', { what: 'meeting' });
    if (meeting.status === 'cancelled' || meeting.status === 'planned')
      throw new DomainError('validation_failed', {}, [
        { field: 'meetingId', error: 'meeting_not_held' },
      ]);
    if (input.on < meeting.meeting_on)
      throw new DomainError('validation_failed', {}, [
        { field: 'on', error: 'date_order', params: { other: meeting.meeting_on } },
      ]);
    meetingKind = meeting.kind;
    // the step took place at the meeting: the rules count from the day it met, not the day it
    // was entered (a council that met too soon after the topic notice stays too soon)
    proposed.on = meeting.meeting_on;
    const motions = await tx.query<{ id: string; passed: boolean | null }>(
      `SELECT id, passed FROM motion
       WHERE village_id = $1 AND meeting_id = $2 AND matter_id = $3 AND status = 'closed'
       ORDER BY closed_at DESC NULLS LAST, number DESC`,
      [villageId, meeting.id, matter.id],
    );
    const named = input.motionId ? motions.find((m) => m.id === input.motionId) : undefined;
    if (input.motionId && !named) throw new DomainError('not_found', { what: 'motion' });
    const passedMotion = named?.passed ? named : motions.find((m) => m.passed === true);
    motionId = (named ?? passedMotion)?.id ?? null;
    proposed.meeting = {
      kind: meeting.kind,
      motionPassed: named ? named.passed === true : passedMotion !== undefined,
    };
    proposed.concurrentSecretaryChair = await concurrentSecretaryChair(tx, villageId, input.on);
  } else if (def && def.at === 'notice' && !input.noticeId) {
    throw new DomainError('validation_failed', {}, [
      { field: 'noticeId', error: 'field_required' },
    ]);
  }

  const resolution = await resolutionOfMatter(tx, villageId, matter.id);
  if (input.kind === 'implementationPublished' && resolution)
    proposed.resolution = {
      revoked: resolution.revoked_by !== null,
      invalidReason: resolution.meeting_invalid_reason,
    };

  let findings = checkStep(facts, proposed, profile.params);
  if (def && meetingKind)
    findings = preferRoutingFinding(findings, def, matter.category, meetingKind, routing);
  const violation = firstViolation(findings);
  if (violation) throw new RuleRefusal(violation);

  const kinds = stepsRecordedBy(facts, input.kind);
  const rows: StepRow[] = kinds.map((kind) => ({
    id: randomUUID(),
    matterId: matter.id,
    kind,
    on: input.on,
    // a merged proposal took place at the same meeting
    meetingId: meetingKind ? (input.meetingId ?? null) : null,
    motionId: kind === input.kind ? motionId : null,
    noticeId: kind === input.kind ? (input.noticeId ?? null) : null,
    note: kind === input.kind ? (input.note ?? '') : '',
    merged: kind !== input.kind,
    profileId: profile.id,
    profileVersion: profile.version,
    recordedBy: input.actorAccountId,
    recordedAt: ctx.clock.now(),
  }));
  for (const r of rows) await insertStep(tx, villageId, r);

  if (DECIDING_STEPS.includes(input.kind))
    await setMatterStatus(tx, villageId, matter.id, 'decided');
  if (input.kind === 'implementationPublished')
    await setMatterStatus(tx, villageId, matter.id, 'implemented');

  let revoked: { resolutionId: string; by: string } | null = null;
  if (
    matter.category === 'revokeDecision' &&
    input.kind === 'resolution' &&
    matter.revokes_resolution_id
  ) {
    // the revoking resolution made at this meeting; the matter itself if none is recorded yet
    const own = motionId
      ? ((await listResolutions(tx, villageId, { matterId: matter.id })).find(
          (r) => r.motion_id === motionId,
        ) ?? null)
      : null;
    const by = own?.id ?? matter.id;
    await markResolutionRevoked(tx, villageId, matter.revokes_resolution_id, by, input.on);
    revoked = { resolutionId: matter.revokes_resolution_id, by };
  }

  await appendAuditEvent(tx, {
    chainId: villageId,
    actorAccountId: input.actorAccountId,
    action: 'matter.stepRecorded',
    targetType: 'matter',
    targetId: matter.id,
    data: {
      matterNumber: matter.number,
      steps: rows.map((r) => ({ id: r.id, kind: r.kind, merged: r.merged })),
      on: input.on,
      meetingId: input.meetingId ?? null,
      motionId,
      noticeId: input.noticeId ?? null,
      profile: { id: profile.id, version: profile.version },
      warnings: findings.map((f) => ({ ruleId: f.ruleId, code: f.code })),
      ...(revoked ? { revokedResolution: revoked } : {}),
    },
    occurredAt: ctx.clock.now(),
  });
  return rows;
}
