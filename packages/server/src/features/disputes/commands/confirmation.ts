import { checkConfirmationApplication, courtExpectedDates } from '@cunzhi/core/disputes/rules';
import { DomainError } from '@cunzhi/core/errors';
import { refuseOnViolation } from '@cunzhi/core/rules/findings';
import type { CommandContext } from '../../../platform/command.ts';
import { fieldError } from '../../matters/commands/shared.ts';
import {
  agreementOf,
  confirmationOf,
  endStage,
  insertConfirmation,
  openStage,
  partiesOf,
  updateConfirmation,
} from '../repository.ts';
import { disputeParams, disputeStep, stepDate } from './step.ts';

/**
 * The parties apply together to the basic court for judicial confirmation of the agreement
 * (RMTJ-33-CONFIRM): every party joins, by the last day (the 30th after effect); one party alone,
 * or a day late, is refused citing Art. 33. The court's expected day to accept (3 days) is
 * stored; the judicial stage of the dispute opens.
 */
export async function applyConfirmation(
  cmd: CommandContext,
  disputeId: string,
  input: { court: string; applicantPartyIds: string[]; appliedOn?: string | undefined },
): Promise<void> {
  await disputeStep(cmd, disputeId, 'applyConfirmation', async (tx, row) => {
    const agreement = (await agreementOf(tx, cmd.villageId, row.id))!;
    if (await confirmationOf(tx, cmd.villageId, row.id))
      throw new DomainError('dispute_confirmation_exists');
    const parties = await partiesOf(tx, cmd.villageId, row.id);
    input.applicantPartyIds.forEach((id, i) => {
      if (!parties.some((p) => p.id === id))
        fieldError(`applicantPartyIds.${i}`, 'dispute_party_unknown');
    });
    const appliedOn = stepDate(cmd, 'appliedOn', input.appliedOn, agreement.effective_on);
    const params = (await disputeParams(tx, cmd.villageId, row.received_on))['RMTJ-33-CONFIRM'];
    refuseOnViolation(
      checkConfirmationApplication(
        {
          filedOn: appliedOn,
          form: agreement.form,
          effectiveOn: agreement.effective_on!,
          parties,
          applicantIds: input.applicantPartyIds,
        },
        params,
      ),
    );
    const { acceptBy } = courtExpectedDates(
      { appliedOn, acceptedOn: null, extended: false },
      params,
    );
    await insertConfirmation(tx, cmd.villageId, row.id, {
      court: input.court,
      appliedOn,
      acceptBy,
      by: cmd.actorAccountId,
    });
    await openStage(tx, cmd.villageId, row.id, {
      stage: 'judicial',
      body: input.court,
      handler: null,
      department_id: null,
      referral_id: null,
      started_on: appliedOn,
    });
    return { data: { court: input.court, appliedOn, acceptBy, ruleId: 'RMTJ-33-CONFIRM' } };
  });
}

const RULING_OUTCOME = {
  confirmed: '人民法院裁定确认调解协议有效',
  rejected: '人民法院裁定驳回申请，当事人可以重新调解或者向人民法院起诉',
} as const;

/**
 * The court's papers as the mediator enters them (the court keeps its own clock): the day it
 * accepted the application, an extension, and its ruling (确认有效 or 驳回) with the case number.
 * The expected day of the ruling (15 days, 25 when extended) is stored; a ruling ends the stage.
 */
export async function recordCourtPapers(
  cmd: CommandContext,
  disputeId: string,
  input: {
    acceptedOn?: string | undefined;
    extended?: boolean | undefined;
    ruling?: 'confirmed' | 'rejected' | undefined;
    rulingOn?: string | undefined;
    caseNumber?: string | undefined;
  },
): Promise<void> {
  await disputeStep(cmd, disputeId, 'recordCourt', async (tx, row) => {
    const c = await confirmationOf(tx, cmd.villageId, row.id);
    if (!c) throw new DomainError('dispute_confirmation_none');
    const acceptedOn = input.acceptedOn
      ? stepDate(cmd, 'acceptedOn', input.acceptedOn, c.applied_on)
      : c.accepted_on;
    if (input.ruling && !acceptedOn) throw new DomainError('dispute_court_order');
    if (input.ruling && !input.rulingOn) fieldError('rulingOn', 'field_required');
    const rulingOn = input.rulingOn
      ? stepDate(cmd, 'rulingOn', input.rulingOn, acceptedOn)
      : c.ruling_on;
    if (input.rulingOn && !input.ruling) fieldError('ruling', 'field_required');
    const extended = input.extended ?? c.extended;
    const params = (await disputeParams(tx, cmd.villageId, row.received_on))['RMTJ-33-CONFIRM'];
    const { decideBy } = courtExpectedDates(
      { appliedOn: c.applied_on, acceptedOn, extended },
      params,
    );
    const ruling = input.ruling ?? c.ruling;
    await updateConfirmation(tx, cmd.villageId, row.id, {
      accepted_on: acceptedOn,
      extended,
      decide_by: decideBy,
      ruling,
      ruling_on: ruling ? rulingOn : null,
      case_number: input.caseNumber || c.case_number,
    });
    if (input.ruling && !c.ruling)
      await endStage(tx, cmd.villageId, row.id, {
        on: rulingOn!,
        outcome: RULING_OUTCOME[input.ruling],
      });
    return { data: { acceptedOn, extended, decideBy, ruling, rulingOn } };
  });
}
