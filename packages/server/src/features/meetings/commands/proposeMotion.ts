import { randomUUID } from 'node:crypto';
import { DomainError } from '@cunzhi/core/errors';
import { MATTER_CATEGORY_INFO } from '@cunzhi/core/matters/categories';
import type { CommandContext } from '../../../platform/command.ts';
import { recordEvent } from '../../../platform/audit/record.ts';
import { checkMeetingForMatter } from '../../matters/procedure.ts';
import type { Voting } from '../repository/meetings.ts';
import { insertMotion, matterCategory } from '../repository/motions.ts';
import { lockedMeeting } from './shared.ts';
import {
  checkCollectiveMotion,
  type CollectiveMotionInput,
} from '../../collective/meetings/motion.ts';

/**
 * Puts a motion (表决事项) on the meeting's agenda. A motion on a matter is
 * checked first against the matter's procedure (is this the meeting that may
 * take its next step?); land contracting matters need the special majority.
 */
export async function proposeMotion(
  cmd: CommandContext,
  input: {
    meetingId: string;
    title: string;
    body: string;
    voting: Voting;
    matterId?: string | null | undefined;
  } & CollectiveMotionInput,
) {
  return cmd.db.transaction(async (tx) => {
    const m = await lockedMeeting(tx, cmd.villageId, input.meetingId, ['planned', 'open']);
    let special = false;
    const matterId = input.matterId ?? null;
    if (matterId) {
      const category = await matterCategory(tx, cmd.villageId, matterId);
      if (!category)
        throw new DomainError('validation_failed', {}, [
          { field: 'matterId', error: 'field_invalid' },
        ]);
      special = MATTER_CATEGORY_INFO[category].special;
      await checkMeetingForMatter(tx, cmd.villageId, matterId, {
        kind: m.kind,
        meetingOn: m.meeting_on,
      });
    }
    const { motion: collective, warnings } = await checkCollectiveMotion(
      tx,
      cmd.villageId,
      m,
      input,
    );
    const id = randomUUID();
    const motion = {
      meetingId: m.id,
      matterId,
      title: input.title,
      body: input.body,
      voting: input.voting,
      special,
      collective,
    };
    const number = await insertMotion(tx, cmd.villageId, { id, ...motion });
    await recordEvent(
      cmd,
      tx,
      'motion.proposed',
      { type: 'meeting', id: m.id },
      {
        motionId: id,
        number,
        title: input.title,
        body: input.body,
        voting: input.voting,
        matterId,
        special,
        ...(collective ? { collective, warnings: warnings.map((w) => w.code) } : {}),
      },
    );
    return { id };
  });
}
