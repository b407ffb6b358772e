import type { CalendarDate } from '@cunzhi/core/calendarDate';
import type { CommandContext } from '../../../platform/command.ts';
import type { Tx } from '../../../platform/db/database.ts';
import { recordEvent } from '../../../platform/audit/record.ts';
import { updateAgendaReview } from '../repository/meetings.ts';
import { plannedMeeting } from './shared.ts';

/**
 * Seed 002: 社区议事会议召开前，居委会主任须将会议议程交监督委员会审定. The
 * committee decides by its members' vote (features/supervision, a motion of
 * kind agendaReview); when that motion carries, this records the outcome on
 * the meeting, in the motion's transaction. The meeting must still be planned.
 */
export async function applyAgendaReview(
  cmd: CommandContext,
  tx: Tx,
  review: {
    meetingId: string;
    outcome: 'approved' | 'returned';
    note: string;
    /** The member who tabled the motion, named on the meeting as the reviewer. */
    reviewerPersonId: string;
    on: CalendarDate;
    motionId: string;
  },
): Promise<void> {
  const m = await plannedMeeting(tx, cmd.villageId, review.meetingId);
  await updateAgendaReview(tx, cmd.villageId, m.id, review);
  await recordEvent(
    cmd,
    tx,
    'meeting.agendaReviewed',
    { type: 'meeting', id: m.id },
    {
      outcome: review.outcome,
      note: review.note,
      reviewerPersonId: review.reviewerPersonId,
      on: review.on,
      motionId: review.motionId,
    },
  );
}
