import type { CalendarDate } from '@cunzhi/core/calendarDate';
import { DomainError } from '@cunzhi/core/errors';
import {
  checkReviewResolution,
  PROJECT_MACHINE,
  type ProjectAction,
  type ProjectActor,
} from '@cunzhi/core/serviceLists/projects';
import { actDate, type CommandContext } from '../../../platform/command.ts';
import type { Tx } from '../../../platform/db/database.ts';
import { recordEvent } from '../../../platform/audit/record.ts';
import { fieldError } from '../../matters/commands/shared.ts';
import {
  findProject,
  findReviewResolution,
  updateProject,
  type ProjectChange,
  type ProjectRow,
} from '../repository.ts';

export type ProjectStep =
  | { action: 'review'; resolutionId: string }
  | { action: 'declare' | 'revise' | 'start' | 'withdraw' }
  | { action: 'file'; evaluation?: string | undefined }
  | { action: 'return'; reason: string }
  | { action: 'complete'; result: string };

const EVENTS: Record<Exclude<ProjectAction, 'amend'>, string> = {
  review: 'serviceProject.reviewed',
  declare: 'serviceProject.declared',
  file: 'serviceProject.filed',
  return: 'serviceProject.returned',
  revise: 'serviceProject.revised',
  start: 'serviceProject.started',
  complete: 'serviceProject.completed',
  withdraw: 'serviceProject.withdrawn',
};

/** The day a step is dated (today unless given), never before the step it follows. */
function dated(cmd: CommandContext, typed: string | undefined, after: CalendarDate | null) {
  const on = actDate(cmd, 'on', typed);
  if (after && on < after) fieldError('on', 'date_order', { other: after });
  return on;
}

/** What a step writes, after its own checks. */
async function changeOf(
  cmd: CommandContext,
  tx: Tx,
  p: ProjectRow,
  step: ProjectStep,
  typedOn: string | undefined,
): Promise<ProjectChange> {
  switch (step.action) {
    case 'review': {
      const r = await findReviewResolution(tx, cmd.villageId, step.resolutionId);
      if (!r) fieldError('resolutionId', 'service_project_resolution_unknown');
      checkReviewResolution(
        { meetingKind: r.meeting_kind, adoptedOn: r.adopted_on, revokedOn: r.revoked_on },
        p.designed_on,
      );
      // the review is the joint meeting's: dated by its resolution
      return { resolution_id: r.id, reviewed_on: r.adopted_on };
    }
    case 'declare':
      return { declared_on: dated(cmd, typedOn, p.reviewed_on) };
    case 'file':
      return {
        evaluated_on: dated(cmd, typedOn, p.declared_on),
        evaluated_by: cmd.actorAccountId,
        evaluation: step.evaluation ?? '',
      };
    case 'return':
      return {
        evaluated_on: dated(cmd, typedOn, p.declared_on),
        evaluated_by: cmd.actorAccountId,
        evaluation: null,
        return_reason: step.reason,
      };
    case 'revise':
      // back to the joint meeting as a design of today's date, so the review that came before
      // cannot serve again; the old review and return stay on the audit chain
      return {
        designed_on: dated(cmd, typedOn, p.evaluated_on),
        resolution_id: null,
        reviewed_on: null,
        declared_on: null,
        evaluated_on: null,
        evaluated_by: null,
        return_reason: null,
      };
    case 'start':
      return { started_on: dated(cmd, typedOn, p.evaluated_on) };
    case 'complete':
      return { completed_on: dated(cmd, typedOn, p.started_on), result: step.result };
    case 'withdraw':
      // a returned project withdrawn: the reason stays on the audit chain
      return { return_reason: null };
  }
}

/**
 * One step on a project, by the machine's table (the two committees review, declare, run and
 * publish; the town Party committee files or returns), in one transaction with its event.
 * `version` is the one the reader saw: a step on a project changed since is refused (409).
 */
export async function stepProject(
  cmd: CommandContext,
  input: {
    projectId: string;
    roles: ProjectActor[];
    version: number;
    on?: string | undefined;
    step: ProjectStep;
  },
): Promise<ProjectRow> {
  return cmd.db.transaction(async (tx) => {
    const p = await findProject(tx, cmd.villageId, input.projectId, { forUpdate: true });
    if (!p) throw new DomainError('not_found', { what: 'serviceProject' });
    const to = PROJECT_MACHINE.step(p.state, input.step.action, input.roles);
    if (p.version !== input.version) throw new DomainError('conflict_stale');
    const change = await changeOf(cmd, tx, p, input.step, input.on);
    await updateProject(tx, cmd.villageId, p.id, { ...change, state: to });
    const { action, ...details } = input.step;
    await recordEvent(
      cmd,
      tx,
      EVENTS[action],
      { type: 'serviceProject', id: p.id },
      { from: p.state, to, ...details, ...change },
    );
    return (await findProject(tx, cmd.villageId, p.id))!;
  });
}
