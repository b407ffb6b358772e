import { DomainError } from '@cunzhi/core/errors';
import type { CommandContext } from '../../../platform/command.ts';
import { recordEvent } from '../../../platform/audit/record.ts';
import { setInspectionAttendance } from '../repository.ts';
import { requireInspection, requireMember, requireServing } from './shared.ts';

/**
 * Records the members who took part in the inspection. For a finance
 * inspection this is what makes it the committee's (须半数以上委员到场), checked
 * when its conclusion is put to the vote.
 */
export async function recordInspectionAttendance(
  cmd: CommandContext,
  input: { inspectionId: string; present: string[]; memberId?: string },
): Promise<void> {
  const today = cmd.clock.today();
  const { members } = await requireMember(cmd.db, cmd, today, input.memberId);
  const present = [...new Set(input.present)];
  requireServing(members, present, 'present');
  await cmd.db.transaction(async (tx) => {
    const inspection = await requireInspection(tx, cmd, input.inspectionId, { forUpdate: true });
    if (inspection.status !== 'open') throw new DomainError('inspection_concluded');
    await setInspectionAttendance(tx, cmd.villageId, inspection.id, present);
    await recordEvent(
      cmd,
      tx,
      'supervision.inspectionAttended',
      { type: 'supervisionInspection', id: inspection.id },
      { present },
    );
  });
}
