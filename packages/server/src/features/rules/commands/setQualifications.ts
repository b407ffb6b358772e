import { DomainError } from '@cunzhi/core/errors';
import type { Qualification } from '@cunzhi/contract/rules';
import type { CommandContext } from '../../../platform/command.ts';
import { recordEvent } from '../../../platform/audit/record.ts';
import { findBody, listMemberships } from '../../bodies/repository.ts';
import { setMembershipQualifications } from '../repository.ts';

/** Records a member's 财会/管理 knowledge (VCOL Art. 32: the supervision committee needs one such member). */
export async function setQualifications(
  cmd: CommandContext,
  input: { bodyId: string; membershipId: string; qualifications: Qualification[] },
): Promise<{ id: string; bodyId: string; personId: string; qualifications: Qualification[] }> {
  const body = await findBody(cmd.db, cmd.villageId, input.bodyId);
  if (!body) throw new DomainError('not_found', { what: 'body' });
  const qualifications = [...new Set(input.qualifications)].sort();
  return cmd.db.transaction(async (tx) => {
    const m = (await listMemberships(tx, cmd.villageId, input.bodyId)).find(
      (x) => x.id === input.membershipId,
    );
    if (!m) throw new DomainError('not_found', { what: 'membership' });
    await setMembershipQualifications(tx, cmd.villageId, m.id, qualifications);
    await recordEvent(
      cmd,
      tx,
      'membership.qualificationsSet',
      { type: 'body', id: input.bodyId },
      { membershipId: m.id, personId: m.person_id, personName: m.person_name, qualifications },
    );
    return { id: m.id, bodyId: input.bodyId, personId: m.person_id, qualifications };
  });
}
