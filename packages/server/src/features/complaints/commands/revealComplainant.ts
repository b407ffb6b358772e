import { DomainError } from '@cunzhi/core/errors';
import type { ResponseOf } from '@cunzhi/contract/route';
import type * as contract from '@cunzhi/contract/complaints';
import type { CommandContext } from '../../../platform/command.ts';
import { accountName, complainantPerson, findComplaint } from '../repository.ts';
import { presentComplainant } from '../present.ts';
import { recordComplaintEvent } from './intake.ts';

/**
 * Who complained, for whom the rules allow: of an affairs complaint the supervision committee's
 * members (the route's ability); of a discipline complaint the town discipline commission
 * (features/townInbox, `discipline` true). Every reading appends `complaint.identityRead`
 * naming the reader, on the chain the complaint's events are on — so a reading is a write.
 */
export async function revealComplainant(
  cmd: CommandContext,
  complaintId: string,
  discipline: boolean,
): Promise<ResponseOf<typeof contract.revealComplainant>> {
  return cmd.db.transaction(async (tx) => {
    const row = await findComplaint(tx, cmd.villageId, complaintId);
    if (!row || (row.status === 'referred') !== discipline)
      throw new DomainError('not_found', { what: 'complaint' });
    const reader = cmd.actorAccountId ? await accountName(tx, cmd.actorAccountId) : null;
    await recordComplaintEvent(tx, cmd, discipline, 'complaint.identityRead', row.id, {
      number: row.number,
      reader,
      anonymous: row.anonymous,
    });
    const person = row.complainant_person_id
      ? await complainantPerson(tx, cmd.villageId, row.complainant_person_id)
      : null;
    return presentComplainant(row, person);
  });
}
