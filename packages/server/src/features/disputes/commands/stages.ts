import { citationText } from '@cunzhi/core/rules/citations';
import type { CalendarDate } from '@cunzhi/core/calendarDate';
import type { DisputeAction } from '@cunzhi/core/disputes/machine';
import type { CommandContext } from '../../../platform/command.ts';
import type { Tx } from '../../../platform/db/database.ts';
import { fieldError } from '../../matters/commands/shared.ts';
import { fileTownReferral } from '../../townInbox/repository.ts';
import { registerReferralSource } from '../../townInbox/sources.ts';
import {
  accountName,
  agreementOf,
  departmentOfTown,
  disputeOfReferral,
  endStage,
  openStage,
  setStageHandler,
  updateAgreement,
  type DisputeRow,
} from '../repository.ts';
import { applyStep, disputeStep, stepDate, type StepOutcome } from './step.ts';

/**
 * Mediation that fails is ended (终止), and the parties are told how else they may seek a remedy
 * — arbitration, the administrative authorities, the court (《人民调解法》第二十六条). The reason
 * and that telling close the people's stage.
 */
export async function terminateMediation(
  cmd: CommandContext,
  disputeId: string,
  input: { reason: string; on?: string | undefined },
): Promise<void> {
  await disputeStep(cmd, disputeId, 'terminate', async (tx, row) => {
    const on = stepDate(cmd, 'on', input.on, row.accepted_on);
    const told = `已告知当事人可以依法通过仲裁、行政、司法等途径维护自己的权利（${citationText('RMTJ-26-END', 'zh-CN', on)}）`;
    await endStage(tx, cmd.villageId, row.id, {
      on,
      outcome: `调解不成，终止调解：${input.reason}。${told}`,
    });
    return { data: { on }, set: { ended_on: on, end_reason: input.reason } };
  });
}

/**
 * 三调联动: after mediation ended, the dispute goes up to a town department for administrative
 * mediation (司法所, 民政办 …) through the town inbox; the administrative stage opens with the
 * department as its body and the referral as its link. The department's answer or return flows
 * back to the dispute (townSource below).
 */
export async function referToTown(
  cmd: CommandContext,
  disputeId: string,
  input: { departmentId: string; note: string; on?: string | undefined },
): Promise<void> {
  await disputeStep(cmd, disputeId, 'referToTown', async (tx, row) => {
    const department = await departmentOfTown(tx, cmd.villageId, input.departmentId);
    if (!department) fieldError('departmentId', 'dispute_no_town_department');
    const on = stepDate(cmd, 'on', input.on, row.ended_on);
    const { referralId } = await fileTownReferral(tx, cmd, {
      source: { kind: 'dispute', id: row.id },
      addressee: 'department',
      departmentId: department.id,
      subject: `纠纷调处：${row.subject}`,
      summary: `${input.note}\n\n纠纷简要情况：${row.facts}`,
    });
    await openStage(tx, cmd.villageId, row.id, {
      stage: 'administrative',
      body: department.name,
      handler: null,
      department_id: department.id,
      referral_id: referralId,
      started_on: on,
    });
    return { data: { departmentId: department.id, referralId, on } };
  });
}

/** A party sued: the judicial stage opens with the court (and its case number, when known). */
export async function recordSuit(
  cmd: CommandContext,
  disputeId: string,
  input: { court: string; caseNumber?: string | undefined; on?: string | undefined },
): Promise<void> {
  await disputeStep(cmd, disputeId, 'goToCourt', async (tx, row) => {
    const on = stepDate(cmd, 'on', input.on, row.ended_on ?? row.received_on);
    if (row.status === 'atTown')
      await endStage(tx, cmd.villageId, row.id, { on, outcome: '当事人向人民法院起诉' });
    const body = input.caseNumber ? `${input.court}（${input.caseNumber}）` : input.court;
    await openStage(tx, cmd.villageId, row.id, {
      stage: 'judicial',
      body,
      handler: null,
      department_id: null,
      referral_id: null,
      started_on: on,
    });
    return { data: { court: input.court, on } };
  });
}

/** Closing steps: the court's judgment entered, or the dispute closed (结案). */
async function closing(
  cmd: CommandContext,
  disputeId: string,
  action: Extract<DisputeAction, 'recordJudgment' | 'close'>,
  input: { outcome: string; on?: string | undefined },
): Promise<void> {
  await disputeStep(cmd, disputeId, action, async (tx, row) => {
    const on = stepDate(cmd, 'on', input.on, row.ended_on ?? row.accepted_on ?? row.received_on);
    if (row.status === 'performing') {
      const agreement = await agreementOf(tx, cmd.villageId, row.id);
      if (agreement?.effective_on && on < agreement.effective_on)
        fieldError('on', 'date_order', { other: agreement.effective_on });
      await updateAgreement(tx, cmd.villageId, row.id, { performed_on: on });
    }
    // the stage still open (the people's, or the court's) ends with the outcome
    await endStage(tx, cmd.villageId, row.id, { on, outcome: input.outcome });
    return { data: { on }, set: { closed_on: on, outcome: input.outcome } };
  });
}

export const recordJudgment = (
  cmd: CommandContext,
  disputeId: string,
  input: { outcome: string; on?: string | undefined },
) => closing(cmd, disputeId, 'recordJudgment', input);

export const closeDispute = (
  cmd: CommandContext,
  disputeId: string,
  input: { outcome: string; on?: string | undefined },
) => closing(cmd, disputeId, 'close', input);

/** The town's outcome of the administrative stage, as the dispute hears of it. */
async function townOutcome(
  tx: Tx,
  actor: { villageId: string; actorAccountId: string | null; clock: CommandContext['clock'] },
  row: DisputeRow,
  step: 'townAnswer' | 'townReturn',
  outcome: string,
  on: CalendarDate,
): Promise<void> {
  await applyStep(tx, actor, row, step, ['townOfficial'], async (): Promise<StepOutcome> => {
    await endStage(tx, actor.villageId, row.id, { on, outcome });
    const set = step === 'townAnswer' ? { closed_on: on, outcome } : {};
    return { data: { on }, set };
  });
}

/**
 * The town inbox's hook: a department's answer closes the dispute with the administrative
 * stage's outcome; a return ("not ours", with its reason) hands it back to the village's
 * committee as ended, where the mediator may send it elsewhere or tell the parties of the court.
 */
registerReferralSource('dispute', {
  async onStep(tx, event) {
    const { referral } = event;
    if (event.step === 'accept' && event.accountId) {
      // the official who took it is the administrative stage's handler
      const name = await accountName(tx, event.accountId);
      const row = await disputeOfReferral(tx, referral.village_id, referral.id);
      if (row && name) await setStageHandler(tx, referral.village_id, row.id, name);
      return;
    }
    if (event.step !== 'answer' && event.step !== 'return') return;
    const row = await disputeOfReferral(tx, referral.village_id, referral.id);
    if (!row || row.status !== 'atTown') return;
    const actor = {
      villageId: referral.village_id,
      actorAccountId: event.accountId,
      clock: { now: () => event.at, today: () => event.today },
    } as const;
    if (event.step === 'answer')
      await townOutcome(tx, actor, row, 'townAnswer', event.note ?? '', event.today);
    else await townOutcome(tx, actor, row, 'townReturn', `退回：${event.note ?? ''}`, event.today);
  },
});
