import type { CommandContext } from '../../../../platform/command.ts';
import { actDate } from '../../../../platform/command.ts';
import { recordEvent } from '../../../../platform/audit/record.ts';
import { refuseEarlier } from '../../commands/shared.ts';
import { signaturesOf } from '../repository.ts';
import { RECALL_STEPS } from './steps.ts';
import {
  applyRecall,
  loadRecall,
  refuseOwnCase,
  refuseUnlessCollecting,
  signatureCounts,
} from './shared.ts';

/**
 * The request made (提出罢免要求) with the signatures collected: counted that day against the
 * voters (the latest roll, or the registry's adults) and the serving representatives. Core
 * refuses it citing the article when neither a fifth of the voters nor a third of the
 * representatives signed, or no reasons are given (VCOL-16-RECALL-INIT); from this day the vote
 * is due within 30 days (ZJ-35-RECALL-DEADLINE).
 */
export async function submitRecall(
  cmd: CommandContext,
  input: { recallId: string; on?: string | undefined },
) {
  const on = actDate(cmd, 'on', input.on);
  return cmd.db.transaction(async (tx) => {
    const recall = await loadRecall(tx, cmd, input.recallId);
    refuseOwnCase(cmd, recall);
    refuseUnlessCollecting(recall);
    if (on < recall.opened_on)
      refuseEarlier(
        on,
        'VCOL-16-RECALL-INIT',
        RECALL_STEPS.submit,
        RECALL_STEPS.open,
        recall.opened_on,
      );
    const signed = await signaturesOf(tx, cmd.villageId, recall.id);
    const { voterBasis, ...counts } = await signatureCounts(
      tx,
      cmd.villageId,
      signed.map((s) => s.person_id),
      on,
    );
    const { findings } = await applyRecall(
      tx,
      cmd,
      recall,
      { step: 'requestRecall', on, request: { on, ...counts, reasons: recall.reasons } },
      {
        received_on: on,
        voter_basis: voterBasis,
        voters: counts.voters,
        signers: counts.signers,
        representatives: counts.representatives,
        representative_signers: counts.representativeSigners,
      },
    );
    await recordEvent(
      cmd,
      tx,
      'recall.requested',
      { type: 'recall', id: recall.id },
      { on, voterBasis, ...counts },
    );
    return { id: recall.id, findings };
  });
}
