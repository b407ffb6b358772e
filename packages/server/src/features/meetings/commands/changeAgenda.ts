import type { CommandContext } from '../../../platform/command.ts';
import { recordEvent } from '../../../platform/audit/record.ts';
import { updateAgenda } from '../repository/meetings.ts';
import { plannedMeeting } from './shared.ts';

/** Rewrites the agenda before the meeting; the supervision committee must review it again. */
export async function changeAgenda(
  cmd: CommandContext,
  input: { meetingId: string; agenda: string },
) {
  return cmd.db.transaction(async (tx) => {
    const m = await plannedMeeting(tx, cmd.villageId, input.meetingId);
    await updateAgenda(tx, cmd.villageId, m.id, input.agenda);
    await recordEvent(
      cmd,
      tx,
      'meeting.agendaChanged',
      { type: 'meeting', id: m.id },
      { agenda: input.agenda, previousReview: m.agenda_review },
    );
  });
}
