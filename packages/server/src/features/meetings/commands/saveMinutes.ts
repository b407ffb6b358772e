import type { CommandContext } from '../../../platform/command.ts';
import { recordEvent } from '../../../platform/audit/record.ts';
import { updateMinutes } from '../repository/meetings.ts';
import { lockedMeeting } from './shared.ts';

/** The minutes (会议记录), written during or after the meeting. */
export async function saveMinutes(
  cmd: CommandContext,
  input: { meetingId: string; minutes: string },
) {
  return cmd.db.transaction(async (tx) => {
    const m = await lockedMeeting(tx, cmd.villageId, input.meetingId, ['open', 'closed']);
    await updateMinutes(tx, cmd.villageId, m.id, input.minutes);
    await recordEvent(
      cmd,
      tx,
      'meeting.minutesRecorded',
      { type: 'meeting', id: m.id },
      { minutes: input.minutes },
    );
  });
}
