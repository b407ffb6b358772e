import { postingFinding } from '@cunzhi/core/disclosure/posting';
import { DomainError } from '@cunzhi/core/errors';
import type { CommandContext } from '../../../platform/command.ts';
import { recordEvent } from '../../../platform/audit/record.ts';
import { dateField } from '../../../platform/fields.ts';
import { loadVillageProfile } from '../../../platform/rules/villageProfile.ts';
import { fieldError } from '../../matters/commands/shared.ts';
import { findPosting, setPostingTakenDown, type PostingRow } from '../repository.ts';

/** Records the day a posting came down (once); a posting shorter than the minimum is shown, not refused. */
export async function endBoardPosting(
  cmd: CommandContext,
  input: { postingId: string; takenDownOn: string },
): Promise<PostingRow> {
  const takenDownOn = dateField('takenDownOn', input.takenDownOn);
  if (takenDownOn > cmd.clock.today()) fieldError('takenDownOn', 'date_in_future');
  return cmd.db.transaction(async (tx) => {
    const posting = await findPosting(tx, cmd.villageId, input.postingId, { forUpdate: true });
    if (!posting) throw new DomainError('not_found', { what: 'boardPosting' });
    if (posting.taken_down_on) throw new DomainError('posting_ended');
    if (takenDownOn < posting.posted_on)
      fieldError('takenDownOn', 'date_order', { other: posting.posted_on });
    const { profile } = await loadVillageProfile(tx, cmd.villageId, posting.posted_on);
    const short = postingFinding({ postedOn: posting.posted_on, takenDownOn }, profile.params);
    await setPostingTakenDown(tx, cmd.villageId, posting.id, takenDownOn);
    await recordEvent(
      cmd,
      tx,
      'notice.takenDown',
      { type: 'notice', id: posting.notice_id },
      {
        postingId: posting.id,
        postedOn: posting.posted_on,
        takenDownOn,
        warnings: short ? [{ ruleId: short.ruleId, code: short.code }] : [],
      },
    );
    return { ...posting, taken_down_on: takenDownOn };
  });
}
