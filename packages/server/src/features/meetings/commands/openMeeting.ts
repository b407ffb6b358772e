import { DomainError } from '@cunzhi/core/errors';
import { finding, RuleRefusal } from '@cunzhi/core/rules/findings';
import type { CommandContext } from '../../../platform/command.ts';
import { recordEvent } from '../../../platform/audit/record.ts';
import { markMeetingOpened } from '../repository/meetings.ts';
import { plannedMeeting } from './shared.ts';

/**
 * Opens the meeting on its date or later, once the supervision committee has
 * approved the agenda (seed 002: 会议议程交监督委员会审定).
 */
export async function openMeeting(cmd: CommandContext, input: { meetingId: string }) {
  const today = cmd.clock.today();
  return cmd.db.transaction(async (tx) => {
    const m = await plannedMeeting(tx, cmd.villageId, input.meetingId);
    if (m.agenda_review !== 'approved')
      throw new RuleRefusal(finding(m.meeting_on, 'SEED002-SUPERVISION', 'agenda_not_reviewed'));
    if (today < m.meeting_on) throw new DomainError('meeting_not_yet', { date: m.meeting_on });
    await markMeetingOpened(tx, cmd.villageId, m.id, cmd.clock.now());
    await recordEvent(cmd, tx, 'meeting.opened', { type: 'meeting', id: m.id }, { on: today });
  });
}
