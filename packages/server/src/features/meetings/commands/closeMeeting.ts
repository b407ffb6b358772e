import { DomainError } from '@cunzhi/core/errors';
import { quorum } from '@cunzhi/core/meetings/quorum';
import type { CommandContext } from '../../../platform/command.ts';
import { recordEvent } from '../../../platform/audit/record.ts';
import { meetingProfile } from '../../collective/meetings/profile.ts';
import { facts } from '../presence.ts';
import { meetingPresence } from '../queries/presence.ts';
import { markMeetingClosed, type FiguresAtClose } from '../repository/meetings.ts';
import { listAttendance } from '../repository/attendance.ts';
import { hasOpenMotion } from '../repository/motions.ts';
import { lockedMeeting } from './shared.ts';

/**
 * Closes the meeting; no motion may still be open for voting. The figures it
 * was decided on (presence, quorum, rule, profile) are recorded with it: the
 * closed meeting shows them, whatever a later charter or the registry says.
 * The meeting lock keeps check-ins out while they are counted.
 */
export async function closeMeeting(cmd: CommandContext, input: { meetingId: string }) {
  const today = cmd.clock.today();
  return cmd.db.transaction(async (tx) => {
    const m = await lockedMeeting(tx, cmd.villageId, input.meetingId, ['open']);
    if (await hasOpenMotion(tx, cmd.villageId, m.id)) throw new DomainError('motion_still_open');
    const profile = await meetingProfile(tx, cmd.villageId, m);
    const { presence, voters } = await meetingPresence(tx, cmd.villageId, facts(m));
    const due = new Set(voters.map((v) => v.personId));
    const figures: FiguresAtClose = {
      presence,
      quorum: quorum(m.kind, presence, profile.params),
      profile: { id: profile.id, version: profile.version },
      on: today,
      attendeesNotDue: (await listAttendance(tx, cmd.villageId, m.id))
        .filter((a) => !due.has(a.person_id))
        .map((a) => a.person_id),
    };
    await markMeetingClosed(tx, cmd.villageId, m.id, cmd.clock.now(), figures);
    await recordEvent(
      cmd,
      tx,
      'meeting.closed',
      { type: 'meeting', id: m.id },
      {
        on: today,
        presence,
        quorum: { met: figures.quorum.met, ruleId: figures.quorum.ruleId },
        profile: figures.profile,
      },
    );
  });
}
