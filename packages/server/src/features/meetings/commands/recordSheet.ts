import { DomainError } from '@cunzhi/core/errors';
import type { CommandContext } from '../../../platform/command.ts';
import { recordEvent } from '../../../platform/audit/record.ts';
import { facts, takesHouseholdRepresentatives } from '../presence.ts';
import { loadVoters } from '../queries/presence.ts';
import { insertPaperSigns, insertSheet } from '../repository/attendance.ts';
import { accountOf, lockedMeeting, requireCheckInOpen } from './shared.ts';

/**
 * The clerk enters a whole paper sign-in sheet at once: everyone ticked is
 * recorded, or nobody is (a person not due at the meeting is named by their
 * place in the list). Those already checked in keep their check-in.
 */
export async function recordSheet(
  cmd: CommandContext,
  input: {
    meetingId: string;
    personIds: readonly string[];
    capacity: 'member' | 'householdRepresentative';
  },
) {
  const today = cmd.clock.today();
  return cmd.db.transaction(async (tx) => {
    const m = await lockedMeeting(tx, cmd.villageId, input.meetingId, ['planned', 'open']);
    requireCheckInOpen(m, today);
    if (input.capacity === 'householdRepresentative' && !takesHouseholdRepresentatives(m.kind))
      throw new DomainError('validation_failed', {}, [
        { field: 'capacity', error: 'not_meeting_member' },
      ]);
    const due = new Set(
      (
        await loadVoters(tx, cmd.villageId, facts(m), input.personIds, { holdersAmongThem: true })
      ).map((v) => v.personId),
    );
    const problems = input.personIds
      .map((id, i) => ({ id, i }))
      .filter(({ id }) => !due.has(id))
      .map(({ i }) => ({ field: `personIds.${i}`, error: 'not_meeting_member' as const }));
    if (problems.length > 0) throw new DomainError('validation_failed', {}, problems.slice(0, 20));
    const personIds = [...new Set(input.personIds)];
    const added = await insertSheet(tx, cmd.villageId, m.id, {
      personIds,
      capacity: input.capacity,
      recordedBy: accountOf(cmd),
    });
    await insertPaperSigns(tx, cmd.villageId, m.id, { personIds, enteredBy: accountOf(cmd) });
    await recordEvent(
      cmd,
      tx,
      'attendance.sheetRecorded',
      { type: 'meeting', id: m.id },
      { persons: added, capacity: input.capacity, method: 'clerk' },
    );
    return { recorded: added.length, alreadyPresent: new Set(input.personIds).size - added.length };
  });
}
