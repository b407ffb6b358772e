import { DomainError } from '@cunzhi/core/errors';
import type { CommandContext } from '../../../platform/command.ts';
import { recordEvent } from '../../../platform/audit/record.ts';
import { findPerson } from '../../registry/repository/persons.ts';
import { isServingSupervisor } from '../queries/presence.ts';
import { updateVerdict, type Verdict } from '../repository/meetings.ts';
import { findAttendance } from '../repository/attendance.ts';
import { lockedMeeting } from './shared.ts';

const INVALID_PARTS = {
  attendanceValid: '到会人数不符合规定要求',
  procedureValid: '会议程序不规范、不合法',
  countValid: '表决结果不真实有效',
} as const;

export interface VerdictInput {
  meetingId: string;
  attendanceValid: boolean;
  procedureValid: boolean;
  countValid: boolean;
  note: string;
}

/** The Chinese reason a meeting was found invalid, or null when every check passed. */
export function invalidReason(v: Omit<VerdictInput, 'meetingId'>): string | null {
  const parts = (Object.keys(INVALID_PARTS) as Array<keyof typeof INVALID_PARTS>)
    .filter((k) => !v[k])
    .map((k) => INVALID_PARTS[k]);
  if (parts.length === 0) return null;
  const note = v.note.trim();
  return `村务监督委员会认定：${parts.join('；')}${note ? `（${note}）` : ''}`;
}

/**
 * Seed 002: supervisors at a meeting only check whether attendance met the
 * rules, whether the procedure was lawful and whether the count is true.
 * Their record makes the meeting invalid when any check fails; resolutions of
 * an invalid meeting cannot be carried out.
 */
export async function recordVerdict(cmd: CommandContext, input: VerdictInput) {
  const reason = invalidReason(input);
  if (reason && !input.note.trim())
    throw new DomainError('validation_failed', {}, [{ field: 'note', error: 'field_required' }]);
  if (!cmd.personId) throw new DomainError('forbidden');
  const personId = cmd.personId;
  const today = cmd.clock.today();
  return cmd.db.transaction(async (tx) => {
    const m = await lockedMeeting(tx, cmd.villageId, input.meetingId, ['open', 'closed']);
    const attended = await findAttendance(tx, cmd.villageId, m.id, personId);
    const supervising =
      attended?.capacity === 'supervisor' ||
      (await isServingSupervisor(tx, cmd.villageId, personId, m.meeting_on)) ||
      (await isServingSupervisor(tx, cmd.villageId, personId, today));
    if (!supervising) throw new DomainError('forbidden');
    const person = await findPerson(tx, cmd.villageId, personId);
    const verdict: Verdict = {
      attendanceValid: input.attendanceValid,
      procedureValid: input.procedureValid,
      countValid: input.countValid,
      note: input.note,
      byPersonId: personId,
      byName: person?.name ?? '',
      on: today,
    };
    await updateVerdict(tx, cmd.villageId, m.id, verdict, reason);
    await recordEvent(
      cmd,
      tx,
      'meeting.verdictRecorded',
      { type: 'meeting', id: m.id },
      { ...verdict, invalidReason: reason, previousInvalidReason: m.invalid_reason },
    );
    return { verdict, invalidReason: reason };
  });
}
