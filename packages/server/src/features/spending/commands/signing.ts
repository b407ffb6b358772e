import { DomainError } from '@cunzhi/core/errors';
import type { CalendarDate } from '@cunzhi/core/calendarDate';
import { refuseOnViolation } from '@cunzhi/core/rules/findings';
import { checkSignature, type ApprovalStep, type SignedStep } from '@cunzhi/core/spending/chain';
import type { CommandContext } from '../../../platform/command.ts';
import type { Tx } from '../../../platform/db/database.ts';
import { recordEvent } from '../../../platform/audit/record.ts';
import { loadVillageProfile } from '../../../platform/rules/villageProfile.ts';
import { insertStep, listStepRows, setRequestStatus } from '../repository.ts';
import { actDate, actingAccount, actorRoles, requireRequest } from './shared.ts';

/** The steps already signed, as the chain reads them. */
export async function signedSteps(
  tx: Tx,
  villageId: string,
  requestId: string,
): Promise<SignedStep[]> {
  const rows = await listStepRows(tx, villageId, requestId);
  return rows
    .filter((r) => r.decision === 'approved')
    .map((r) => ({ step: r.step, personId: r.person_id, accountId: r.account_id, on: r.on_date }));
}

/**
 * Signs one step of the chain, approving or refusing: the request is still
 * open, the step is the next one, and the signer holds its seat (core's
 * checkSignature). A refusal closes the request.
 */
export async function signStep(
  cmd: CommandContext,
  input: {
    requestId: string;
    step: ApprovalStep;
    on?: string | undefined;
    note: string;
    /** The person the system records a paper signature for (demo, CLI); a signed-in signer is themself. */
    signerId?: string | undefined;
  },
  decision: 'approved' | 'refused',
): Promise<{ on: CalendarDate }> {
  const on = actDate(cmd, 'on', input.on);
  const roles = await actorRoles(cmd);
  const personId = cmd.actor ? cmd.personId : (input.signerId ?? null);
  const { profile } = await loadVillageProfile(cmd.db, cmd.villageId, on);
  return cmd.db.transaction(async (tx) => {
    const request = await requireRequest(tx, cmd, input.requestId, { forUpdate: true });
    if (request.status !== 'pending') throw new DomainError('spending_closed');
    const signed = await signedSteps(tx, cmd.villageId, request.id);
    refuseOnViolation(
      checkSignature(
        signed,
        {
          step: input.step,
          on,
          roles,
          personId,
          accountId: actingAccount(cmd),
        },
        profile.params,
      ),
    );
    await insertStep(tx, cmd.villageId, request.id, {
      step: input.step,
      decision,
      on,
      accountId: actingAccount(cmd),
      personId,
      note: input.note,
    });
    if (decision === 'refused') await setRequestStatus(tx, cmd.villageId, request.id, 'refused');
    await recordEvent(
      cmd,
      tx,
      decision === 'approved' ? 'spending.stepApproved' : 'spending.stepRefused',
      { type: 'spendingRequest', id: request.id },
      { number: request.number, step: input.step, on, note: input.note },
    );
    return { on };
  });
}
