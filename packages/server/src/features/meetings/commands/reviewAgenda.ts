import { DomainError } from '@cunzhi/core/errors';
import type { CommandContext } from '../../../platform/command.ts';
import { recordEvent } from '../../../platform/audit/record.ts';
import { updateAgendaReview } from '../repository/meetings.ts';
import { plannedMeeting } from './shared.ts';

/**
 * Seed 002: 社区议事会议召开前，居委会主任须将会议议程交监督委员会审定.
 * A supervision member approves the agenda or returns it with a note.
 */
export async function reviewAgenda(
  cmd: CommandContext,
  input: { meetingId: string; outcome: 'approved' | 'returned'; note: string },
) {
  if (input.outcome === 'returned' && !input.note.trim())
    throw new DomainError('validation_failed', {}, [{ field: 'note', error: 'field_required' }]);
  const today = cmd.clock.today();
  return cmd.db.transaction(async (tx) => {
    const m = await plannedMeeting(tx, cmd.villageId, input.meetingId);
    await updateAgendaReview(tx, cmd.villageId, m.id, {
      outcome: input.outcome,
      note: input.note,
      reviewerPersonId: cmd.personId,
      on: today,
    });
    await recordEvent(
      cmd,
      tx,
      'meeting.agendaReviewed',
      { type: 'meeting', id: m.id },
      { outcome: input.outcome, note: input.note, reviewerPersonId: cmd.personId, on: today },
    );
    return { outcome: input.outcome, note: input.note, reviewedOn: today };
  });
}
