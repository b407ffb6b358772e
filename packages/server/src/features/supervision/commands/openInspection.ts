import { randomUUID } from 'node:crypto';
import { DomainError } from '@cunzhi/core/errors';
import type { InspectionSubject } from '@cunzhi/core/supervision/inspections';
import type { CommandContext } from '../../../platform/command.ts';
import { recordEvent } from '../../../platform/audit/record.ts';
import { findPlan, insertInspection, setInspectionPlanItem } from '../repository.ts';
import { actDate, actingAccount, fieldError, requireMember, requireServing } from './shared.ts';

/**
 * A member opens an inspection (检查财务 · 检查工作 · 党务监督) and assigns
 * members to it. A finance inspection names the month of the books.
 */
export async function openInspection(
  cmd: CommandContext,
  input: {
    title: string;
    subject: InspectionSubject;
    subjectRef?: string | undefined;
    startedOn?: string | undefined;
    assigned: string[];
    planId?: string | undefined;
    /** Which item of the plan it carries out (its place in the plan's items, from 0). */
    planItem?: number | undefined;
    memberId?: string;
  },
): Promise<{ id: string }> {
  const startedOn = actDate(cmd, 'startedOn', input.startedOn);
  const { members } = await requireMember(cmd.db, cmd, startedOn, input.memberId);
  const assigned = [...new Set(input.assigned)];
  requireServing(members, assigned, 'assigned');
  const subjectRef = input.subjectRef?.trim() ?? '';
  if (input.subject === 'financePeriod' && !/^\d{4}-(0[1-9]|1[0-2])$/.test(subjectRef))
    fieldError('subjectRef', 'field_invalid');
  const id = randomUUID();
  return cmd.db.transaction(async (tx) => {
    const plan = input.planId ? await findPlan(tx, cmd.villageId, input.planId) : null;
    if (input.planId && !plan) throw new DomainError('not_found', { what: 'supervisionPlan' });
    const planItem = input.planItem ?? null;
    if (planItem !== null && !plan?.items[planItem]) fieldError('planItem', 'field_invalid');
    const number = await insertInspection(tx, cmd.villageId, {
      id,
      title: input.title,
      subject: input.subject,
      subjectRef,
      planId: input.planId ?? null,
      startedOn,
      assigned,
      createdBy: actingAccount(cmd),
    });
    if (planItem !== null) await setInspectionPlanItem(tx, cmd.villageId, id, planItem);
    await recordEvent(
      cmd,
      tx,
      'supervision.inspectionOpened',
      { type: 'supervisionInspection', id },
      {
        ...{ number, title: input.title, subject: input.subject, subjectRef, startedOn, assigned },
        ...(plan ? { planId: plan.id, planItem } : {}),
      },
    );
    return { id };
  });
}
