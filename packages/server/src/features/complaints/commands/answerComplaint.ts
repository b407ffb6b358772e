import { DomainError } from '@cunzhi/core/errors';
import { mayAnswerFor } from '@cunzhi/core/complaints/complaints';
import type { CommandContext } from '../../../platform/command.ts';
import { actingAccount } from '../../matters/commands/shared.ts';
import { findComplaint, setComplaintAnswer } from '../repository.ts';
import { recordComplaintEvent } from './intake.ts';
import { tellComplainant } from './tellComplainant.ts';

/**
 * The body an affairs complaint was handed to answers it (责成办理): a serving member of that
 * body, today. The complainant sees the answer on their phone or with the 查询码.
 */
export async function answerComplaint(
  cmd: CommandContext,
  input: { complaintId: string; answer: string },
): Promise<void> {
  await cmd.db.transaction(async (tx) => {
    const row = await findComplaint(tx, cmd.villageId, input.complaintId, { forUpdate: true });
    if (!row || row.status === 'referred')
      throw new DomainError('not_found', { what: 'complaint' });
    if (row.status !== 'assigned' || !row.handler) throw new DomainError('complaint_not_assigned');
    const posts = (cmd.actor?.posts ?? []).filter((p) => p.villageId === cmd.villageId);
    // the system (demo, CLI) answers for the body it was handed to
    if (cmd.actor && !mayAnswerFor(row.handler, posts))
      throw new DomainError('complaint_not_handler');
    const on = cmd.clock.today();
    await setComplaintAnswer(tx, cmd.villageId, row.id, {
      answer: input.answer,
      on,
      by: cmd.actor ? actingAccount(cmd) : cmd.actorAccountId,
    });
    await recordComplaintEvent(tx, cmd, false, 'complaint.answered', row.id, {
      number: row.number,
      handler: row.handler,
      answeredOn: on,
      late: row.due_on !== null && on > row.due_on,
    });
    await tellComplainant(cmd, tx, row, on);
  });
}
