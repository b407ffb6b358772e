import { DomainError } from '@cunzhi/core/errors';
import type { CommandContext } from '../../../platform/command.ts';
import { recordEvent } from '../../../platform/audit/record.ts';
import { deleteAttendance, findAttendance } from '../repository/attendance.ts';
import { lockedMeeting } from './shared.ts';

/** The clerk strikes an attendee (recorded in error, or left the meeting). */
export async function removeAttendance(
  cmd: CommandContext,
  input: { meetingId: string; personId: string },
) {
  return cmd.db.transaction(async (tx) => {
    const m = await lockedMeeting(tx, cmd.villageId, input.meetingId, ['planned', 'open']);
    const existing = await findAttendance(tx, cmd.villageId, m.id, input.personId);
    if (!existing) throw new DomainError('not_found', { what: 'person' });
    await deleteAttendance(tx, cmd.villageId, m.id, input.personId);
    await recordEvent(
      cmd,
      tx,
      'attendance.removed',
      { type: 'meeting', id: m.id },
      { personId: input.personId, name: existing.name, capacity: existing.capacity },
    );
  });
}
