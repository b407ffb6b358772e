import { DomainError } from '@cunzhi/core/errors';
import type { CommandContext } from '../../../platform/command.ts';
import { recordEvent } from '../../../platform/audit/record.ts';
import { listSignatures, withdrawRollSign as markWithdrawn } from '../repository.ts';
import { committeeRound } from './enterRoll.ts';

/**
 * The election committee withdraws a line it entered from a round's printed roll by mistake,
 * giving the reason: the line is marked withdrawn (kept on the record, left out of the report)
 * and may be entered again. Refused once a member of the supervision committee has signed the
 * report — a signed report is changed only by new entries, which show against the signature.
 * Audited as election.rollSignWithdrawn with the person and the reason.
 */
export async function withdrawRollSign(
  cmd: CommandContext,
  input: { electionId: string; round: number; personId: string; reason: string },
) {
  const accountId = cmd.actorAccountId;
  if (!accountId) throw new DomainError('forbidden');
  return cmd.db.transaction(async (tx) => {
    const { election, round } = await committeeRound(tx, cmd, input.electionId, input.round);
    const subject = { kind: 'electionRound', electionId: election.id, round: round.round } as const;
    if ((await listSignatures(tx, cmd.villageId, subject)).length > 0)
      throw new DomainError('reconciliation_signed_no_withdrawal');
    const at = { electionId: election.id, round: round.round, personId: input.personId };
    if (!(await markWithdrawn(tx, cmd.villageId, at, { accountId, at: cmd.clock.now(), ...input })))
      throw new DomainError('not_found', { what: 'rollSign' });
    await recordEvent(
      cmd,
      tx,
      'election.rollSignWithdrawn',
      { type: 'election', id: election.id },
      { round: round.round, person: input.personId, reason: input.reason },
    );
  });
}
