import { DomainError } from '@cunzhi/core/errors';
import type { CommandContext } from '../../../platform/command.ts';
import { recordEvent } from '../../../platform/audit/record.ts';
import { reconcileMeeting } from '../queries.ts';
import { insertSignature } from '../repository.ts';

/**
 * A member of the supervision committee signs the meeting's reconciliation report as it stands:
 * the signature keeps the report's fingerprint, so a later change to the sheets or check-ins
 * shows against it. Each member signs once; audited as reconciliation.signed with the counts.
 */
export async function signReconciliation(cmd: CommandContext, meetingId: string) {
  const personId = cmd.personId;
  if (!personId || !cmd.actorAccountId) throw new DomainError('forbidden');
  return cmd.db.transaction(async (tx) => {
    const r = await reconcileMeeting(tx, cmd.villageId, meetingId);
    const signature = { meetingId: r.meeting.id, personId, fingerprint: r.fingerprint };
    const signedBy = cmd.actorAccountId!;
    const inserted = await insertSignature(tx, cmd.villageId, {
      ...signature,
      ...{ signedBy, signedAt: cmd.clock.now() },
    });
    if (!inserted) throw new DomainError('reconciliation_already_signed');
    const count = (k: keyof typeof r.groups) => r.groups[k].length;
    await recordEvent(
      cmd,
      tx,
      'reconciliation.signed',
      { type: 'meeting', id: r.meeting.id },
      {
        fingerprint: r.fingerprint,
        ...{ paperOnly: count('paperOnly'), onlineOnly: count('onlineOnly'), both: count('both') },
        ...{ neither: count('neither'), countedOnce: r.countedOnce, due: r.dueCount },
      },
    );
  });
}
