import { DomainError } from '@cunzhi/core/errors';
import type { CommandContext } from '../../../platform/command.ts';
import { recordEvent } from '../../../platform/audit/record.ts';
import { findPerson } from '../../registry/repository/persons.ts';
import type { Capacity } from '../repository/meetings.ts';
import { findAttendance, insertAttendance, insertPaperSigns } from '../repository/attendance.ts';
import { accountOf, allowedCapacities, lockedMeeting, requireCheckInOpen } from './shared.ts';

/** The clerk records an attendee from the paper sign-in sheet (or corrects the capacity). */
export async function recordAttendance(
  cmd: CommandContext,
  input: { meetingId: string; personId: string; capacity: Capacity },
) {
  const today = cmd.clock.today();
  return cmd.db.transaction(async (tx) => {
    const m = await lockedMeeting(tx, cmd.villageId, input.meetingId, ['planned', 'open']);
    requireCheckInOpen(m, today);
    const person = await findPerson(tx, cmd.villageId, input.personId);
    if (!person)
      throw new DomainError('validation_failed', {}, [
        { field: 'personId', error: 'field_invalid' },
      ]);
    const allowed = await allowedCapacities(tx, cmd.villageId, m, person.id);
    if (!allowed.has(input.capacity))
      throw new DomainError('validation_failed', {}, [
        {
          field: 'capacity',
          error: input.capacity === 'supervisor' ? 'not_supervision_member' : 'not_meeting_member',
        },
      ]);
    await insertAttendance(
      tx,
      cmd.villageId,
      m.id,
      {
        personId: person.id,
        capacity: input.capacity,
        method: 'clerk',
        recordedBy: accountOf(cmd),
      },
      true,
    );
    await insertPaperSigns(tx, cmd.villageId, m.id, {
      personIds: [person.id],
      enteredBy: accountOf(cmd),
    });
    await recordEvent(
      cmd,
      tx,
      'attendance.recorded',
      { type: 'meeting', id: m.id },
      { personId: person.id, name: person.name, capacity: input.capacity, method: 'clerk' },
    );
    const row = await findAttendance(tx, cmd.villageId, m.id, person.id);
    if (!row) throw new Error('the attendance just recorded is not there');
    return row;
  });
}
