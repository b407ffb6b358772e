import { DomainError } from '@cunzhi/core/errors';
import type { CommandContext } from '../../../platform/command.ts';
import { recordEvent } from '../../../platform/audit/record.ts';
import type { Capacity } from '../repository/meetings.ts';
import { findAttendance, insertAttendance } from '../repository/attendance.ts';
import {
  accountOf,
  allowedCapacities,
  lockedMeeting,
  requireCheckInOpen,
  sameCode,
} from './shared.ts';

/**
 * A villager checks themselves in by scanning the meeting's QR code. It is
 * idempotent: a second scan returns the first check-in. Those due at the
 * meeting check in as members; supervision members as supervisors, or as
 * villagers at the assembly and the group meeting if they choose.
 */
export async function checkIn(
  cmd: CommandContext,
  input: { meetingId: string; code: string; capacity?: 'member' | 'supervisor' | undefined },
) {
  if (!cmd.personId) throw new DomainError('not_meeting_attendee');
  const personId = cmd.personId;
  const today = cmd.clock.today();
  return cmd.db.transaction(async (tx) => {
    const m = await lockedMeeting(
      tx,
      cmd.villageId,
      input.meetingId,
      ['planned', 'open'],
      'meeting_not_open',
      'share',
    );
    requireCheckInOpen(m, today);
    if (!sameCode(input.code, m.check_in_code))
      throw new DomainError('validation_failed', {}, [{ field: 'code', error: 'field_invalid' }]);
    const existing = await findAttendance(tx, cmd.villageId, m.id, personId);
    if (existing) return { attendance: existing, created: false };
    const allowed = await allowedCapacities(tx, cmd.villageId, m, personId);
    let capacity: Capacity;
    if (input.capacity) {
      if (!allowed.has(input.capacity)) throw new DomainError('not_meeting_attendee');
      capacity = input.capacity;
    } else if (allowed.has('member')) capacity = 'member';
    // the default of selfCheckInCapacities: a member where they may be one
    else if (allowed.has('supervisor')) capacity = 'supervisor';
    else throw new DomainError('not_meeting_attendee');
    await insertAttendance(
      tx,
      cmd.villageId,
      m.id,
      { personId, capacity, method: 'qr', recordedBy: accountOf(cmd) },
      false,
    );
    const attendance = await findAttendance(tx, cmd.villageId, m.id, personId);
    await recordEvent(
      cmd,
      tx,
      'attendance.recorded',
      { type: 'meeting', id: m.id },
      { personId, name: attendance?.name, capacity, method: 'qr' },
    );
    return { attendance, created: true };
  });
}
