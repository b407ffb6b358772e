import { recallDuty } from '@cunzhi/core/elections/recall';
import { finding, RuleRefusal } from '@cunzhi/core/rules/findings';
import type { CommandContext } from '../../../../platform/command.ts';
import { dateField } from '../../../../platform/fields.ts';
import { recordEvent } from '../../../../platform/audit/record.ts';
import { findingViews, paramsOn, refuseEarlier, refuseOrder } from '../../commands/shared.ts';
import { updateRecall } from '../repository.ts';
import { RECALL_STEPS } from './steps.ts';
import { loadRecall, refuseOwnCase } from './shared.ts';

/**
 * The day of the recall vote (ZJ-35-RECALL-DEADLINE): within 30 days of the request the village
 * holds it; after that only the township may (`byTown`), within 60 more days; a later day is
 * recorded with the breach (the vote must still happen). The day may be ahead.
 */
export async function scheduleVote(
  cmd: CommandContext,
  input: { recallId: string; voteOn: string; byTown: boolean },
) {
  const voteOn = dateField('voteOn', input.voteOn);
  const today = cmd.clock.today();
  return cmd.db.transaction(async (tx) => {
    const recall = await loadRecall(tx, cmd, input.recallId);
    refuseOwnCase(cmd, recall);
    if (!recall.received_on)
      refuseOrder(today, 'VCOL-16-RECALL-INIT', RECALL_STEPS.schedule, RECALL_STEPS.submit);
    if (recall.stage === 'voted')
      throw new RuleRefusal(
        finding(today, 'VCOL-16-RECALL-VOTE', 'election_closed', {
          stage: '完成罢免投票',
          stageEn: 'past its vote',
          ...RECALL_STEPS.schedule,
        }),
      );
    if (voteOn < recall.received_on)
      refuseEarlier(
        voteOn,
        'ZJ-35-RECALL-DEADLINE',
        RECALL_STEPS.schedule,
        RECALL_STEPS.submit,
        recall.received_on,
      );
    const p = await paramsOn(tx, cmd, recall.received_on);
    const duty = recallDuty(recall.received_on, voteOn, p);
    if (duty.organiser !== 'village' && !input.byTown) throw new RuleRefusal(duty.findings[0]!);
    const organiser = input.byTown ? 'township' : 'village';
    const breaches = duty.organiser === 'overdue' ? duty.findings : [];
    await updateRecall(
      tx,
      cmd.villageId,
      recall.id,
      recall.record,
      { vote_on: voteOn, organiser },
      breaches,
    );
    await recordEvent(
      cmd,
      tx,
      'recall.voteScheduled',
      { type: 'recall', id: recall.id },
      {
        voteOn,
        organiser,
        voteBy: duty.voteBy,
        townshipBy: duty.townshipBy,
        findings: findingViews(breaches, 'zh-CN'),
      },
    );
    return { id: recall.id, findings: breaches };
  });
}
