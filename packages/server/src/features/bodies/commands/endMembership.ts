import { DomainError } from '@cunzhi/core/errors';
import type { CommandContext } from '../../../platform/command.ts';
import { recordEvent } from '../../../platform/audit/record.ts';
import { dateField } from '../../../platform/fields.ts';
import { endMembershipRow, listMemberships } from '../repository.ts';
import { refuseTownOnceCommitteeServes } from './shared.ts';

/** Records that a member left the body (resignation, recall, death) on a date. */
export async function endMembership(
  cmd: CommandContext,
  input: { bodyId: string; membershipId: string; endedOn: string },
) {
  const endedOn = dateField('endedOn', input.endedOn);
  await refuseTownOnceCommitteeServes(cmd);
  return cmd.db.transaction(async (tx) => {
    const m = (await listMemberships(tx, cmd.villageId, input.bodyId)).find(
      (x) => x.id === input.membershipId,
    );
    if (!m) throw new DomainError('not_found', { what: 'membership' });
    if (m.ended_on !== null) throw new DomainError('conflict_stale');
    if (endedOn < m.starts_on) {
      throw new DomainError('validation_failed', {}, [
        { field: 'endedOn', error: 'date_order', params: { other: m.starts_on } },
      ]);
    }
    await endMembershipRow(tx, cmd.villageId, m.id, endedOn);
    await recordEvent(
      cmd,
      tx,
      'membership.ended',
      { type: 'body', id: input.bodyId },
      { membershipId: m.id, personId: m.person_id, personName: m.person_name, endedOn },
    );
    return { id: m.id, endedOn };
  });
}
