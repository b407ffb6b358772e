import { DomainError } from '@cunzhi/core/errors';
import type { CalendarDate } from '@cunzhi/core/calendarDate';
import { checkStep, WORKFLOWS, type StepKind } from '@cunzhi/core/matters/workflows';
import type { MeetingKind } from '@cunzhi/core/meetings/meetingKinds';
import { finding, RuleRefusal, type Finding } from '@cunzhi/core/rules/findings';
import type { Queryable, Tx } from '../../platform/db/database.ts';
import type { AppContext } from '../../platform/http/context.ts';
import { systemContext } from '../../platform/command.ts';
import { loadVillageProfile } from '../../platform/rules/villageProfile.ts';
import { recordStep } from './commands/recordStep.ts';
import { concurrentSecretaryChair, matterFacts, requireMatter, takenSteps } from './facts.ts';
import { findMatter, findMeetingBrief } from './repository.ts';
import { firstViolation, meetingStepFor, preferRoutingFinding } from './workflow.ts';

/**
 * A matter's procedure as the meetings module meets it: before a motion on a
 * matter is put to a meeting, and right after it closes. Every refusal is a
 * RuleRefusal naming the rule and article.
 */

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
  const facts = await matterFacts(db, villageId, matter, meeting.meetingOn);
  const def = meetingStepFor(matter.workflow, facts.taken, meeting.kind);
  if (!def) return;
  const { profile } = await loadVillageProfile(db, villageId, meeting.meetingOn);
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
    preferRoutingFinding(findings, def, matter.category, meeting.kind, facts.routing),
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
  const taken = await takenSteps(tx, input.villageId, matter.id);
  const def = meetingStepFor(matter.workflow, taken, meeting.kind);
  if (!def)
    return {
      refused: finding(input.on, WORKFLOWS[matter.workflow].ruleId, 'step_not_in_workflow', {
        step: meeting.kind,
      }),
    };
  try {
    const cmd = systemContext(ctx, input.villageId, input.actorAccountId);
    const rows = await recordStep(cmd, tx, {
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

/** The step a motion on the matter records at this kind of meeting (before it is recorded). */
export async function motionStepKind(
  db: Queryable,
  villageId: string,
  matterId: string,
  meetingKind: MeetingKind,
): Promise<StepKind | null> {
  const matter = await findMatter(db, villageId, matterId);
  if (!matter) return null;
  const taken = await takenSteps(db, villageId, matter.id);
  return meetingStepFor(matter.workflow, taken, meetingKind)?.kind ?? null;
}
