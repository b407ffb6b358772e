import { DomainError } from '@cunzhi/core/errors';
import type { CommandContext } from '../../../platform/command.ts';
import { recordEvent } from '../../../platform/audit/record.ts';
import { answerCorrectionRow } from '../repository.ts';
import { actDate, actingAccount, requireCorrection } from './shared.ts';

/** The body ordered reports the correction done (整改完成), with what it did. */
export async function answerCorrection(
  cmd: CommandContext,
  input: { correctionId: string; answer: string; on?: string | undefined },
): Promise<void> {
  const on = actDate(cmd, 'on', input.on);
  await cmd.db.transaction(async (tx) => {
    const c = await requireCorrection(tx, cmd, input.correctionId, { forUpdate: true });
    if (c.verified_on) throw new DomainError('correction_closed');
    if (on < c.ordered_on)
      throw new DomainError('validation_failed', {}, [{ field: 'on', error: 'date_invalid' }]);
    await answerCorrectionRow(tx, cmd.villageId, c.id, {
      answer: input.answer,
      on,
      by: actingAccount(cmd),
    });
    await recordEvent(
      cmd,
      tx,
      'supervision.correctionAnswered',
      { type: 'supervisionCorrection', id: c.id },
      { answer: input.answer, on },
    );
  });
}
