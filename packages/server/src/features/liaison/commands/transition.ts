import type { CommandContext } from '../../../platform/command.ts';
import type { CalendarDate } from '@cunzhi/core/calendarDate';
import {
  effectiveState,
  LIAISON_MACHINE,
  type LiaisonAction,
  type LiaisonRole,
} from '@cunzhi/core/liaison/cases';
import type { Tx } from '../../../platform/db/database.ts';
import { insertCaseStep, updateCase, type CasePatch, type CaseRow } from '../repository.ts';
import { recordEvent } from '../../../platform/audit/record.ts';

/** Who acts on a case and when: a command's context, or a town step flowing back (townSource.ts). */
export type StepContext = Pick<CommandContext, 'villageId' | 'actorAccountId' | 'clock'>;

/**
 * One step of a case, inside the caller's transaction: the machine answers the next state from
 * the state as read today (an unrated answer reads 未评价) for the parts the actor plays, or
 * refuses; the row, the timeline and the audit chain are written together. No event carries the case's
 * text or who reported it (issue 13 item 9): its number, the step, the state, level and due date.
 */
export async function applyStep(
  tx: Tx,
  cmd: StepContext,
  row: CaseRow,
  action: LiaisonAction,
  roles: readonly LiaisonRole[],
  change: {
    /** What the step changes besides the state: worked out once the machine allowed the step. */
    patch?: () => Promise<CasePatch>;
    note?: string | null;
    audit?: Record<string, unknown>;
  } = {},
): Promise<void> {
  const today = cmd.clock.today();
  const from = effectiveState({ state: row.state, ratingDueOn: row.rating_due_on }, today);
  const to = LIAISON_MACHINE.step(from, action, roles);
  const patch: CasePatch = { ...(change.patch ? await change.patch() : {}), state: to };
  const level = patch.level ?? row.level;
  const dueOn: CalendarDate | null = patch.due_on ?? null;
  await updateCase(tx, cmd.villageId, row.id, patch);
  await insertCaseStep(tx, cmd.villageId, row.id, {
    ...{ action, toState: to, level, note: change.note ?? null, dueOn },
    ...{ by: cmd.actorAccountId, on: today, at: cmd.clock.now() },
  });
  await recordEvent(
    cmd,
    tx,
    `liaisonCase.${action}`,
    { type: 'liaisonCase', id: row.id },
    {
      number: row.number,
      from,
      to,
      level,
      ...(dueOn ? { dueOn } : {}),
      ...change.audit,
    },
  );
}
