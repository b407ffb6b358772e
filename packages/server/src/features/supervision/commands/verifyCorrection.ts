import { DomainError } from '@cunzhi/core/errors';
import type { CommandContext } from '../../../platform/command.ts';
import { recordEvent } from '../../../platform/audit/record.ts';
import { verifyCorrectionRow } from '../repository.ts';
import { actDate, requireCorrection, requireMember } from './shared.ts';

/** A member checks the correction on the ground and records it verified (验收). */
export async function verifyCorrection(
  cmd: CommandContext,
  input: { correctionId: string; on?: string | undefined; memberId?: string },
): Promise<void> {
  const on = actDate(cmd, 'on', input.on);
  const { personId } = await requireMember(cmd.db, cmd, on, input.memberId);
  await cmd.db.transaction(async (tx) => {
    const c = await requireCorrection(tx, cmd, input.correctionId, { forUpdate: true });
    if (c.verified_on) throw new DomainError('correction_closed');
    if (!c.done_on) throw new DomainError('correction_not_done');
    await verifyCorrectionRow(tx, cmd.villageId, c.id, { on, by: personId });
    await recordEvent(
      cmd,
      tx,
      'supervision.correctionVerified',
      { type: 'supervisionCorrection', id: c.id },
      { on, personId },
    );
  });
}
