import type { CommandContext } from '../../../platform/command.ts';
import { recordEvent } from '../../../platform/audit/record.ts';
import { markMeetingCancelled } from '../repository/meetings.ts';
import { updateDemandStatus } from '../repository/demands.ts';
import { plannedMeeting } from './shared.ts';

/** Calls off a meeting that has not started; a demand it answered is open again. */
export async function cancelMeeting(
  cmd: CommandContext,
  input: { meetingId: string; reason: string },
) {
  return cmd.db.transaction(async (tx) => {
    const m = await plannedMeeting(tx, cmd.villageId, input.meetingId);
    await markMeetingCancelled(tx, cmd.villageId, m.id);
    if (m.demand_id) await updateDemandStatus(tx, cmd.villageId, m.demand_id, 'met');
    await recordEvent(
      cmd,
      tx,
      'meeting.cancelled',
      { type: 'meeting', id: m.id },
      { reason: input.reason, demandId: m.demand_id },
    );
  });
}
