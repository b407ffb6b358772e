import type { CalendarDate } from '@cunzhi/core/calendarDate';
import { DomainError, type ErrorId } from '@cunzhi/core/errors';
import type { CommandContext } from '../../../../platform/command.ts';
import { actDate } from '../../../../platform/command.ts';
import type { Tx } from '../../../../platform/db/database.ts';
import { recordEvent } from '../../../../platform/audit/record.ts';
import { personsById } from '../../repository.ts';
import { insertSignatures, signaturesOf, type RecallRow } from '../repository.ts';
import {
  loadRecall,
  refuseOwnCase,
  refuseUnlessCollecting,
  representativesOn,
  votersOn,
} from './shared.ts';

/**
 * Why each person may not sign on the day, or null: not in the register, signed already (or
 * twice on the list), the member facing recall, neither a voter nor a representative
 * (VCOL-16-RECALL-INIT: 有选举权的村民 or 村民代表 sign).
 */
async function signatureErrors(
  tx: Tx,
  cmd: CommandContext,
  recall: RecallRow,
  personIds: readonly string[],
  on: CalendarDate,
): Promise<Array<ErrorId | null>> {
  const [persons, signed, voters, reps] = await Promise.all([
    personsById(tx, cmd.villageId, personIds),
    signaturesOf(tx, cmd.villageId, recall.id),
    votersOn(tx, cmd.villageId, on),
    representativesOn(tx, cmd.villageId, on),
  ]);
  const already = new Set(signed.map((s) => s.person_id));
  return personIds.map((id, i): ErrorId | null => {
    if (!persons.has(id)) return 'election_person_unknown';
    if (already.has(id) || personIds.indexOf(id) !== i) return 'recall_signer_duplicate';
    if (id === recall.person_id) return 'recall_signer_is_member';
    if (!voters.ids.has(id) && !reps.has(id)) return 'recall_signer_not_voter';
    return null;
  });
}

function signedOnOrAfterOpening(recall: RecallRow, on: CalendarDate): void {
  if (on < recall.opened_on)
    throw new DomainError('validation_failed', {}, [
      { field: 'on', error: 'date_order', params: { other: recall.opened_on } },
    ]);
}

/**
 * The paper list of signatures entered by an organiser: every person is checked and the list is
 * refused whole (400, each bad row named with its reason) so nothing is half entered.
 */
export async function enterSignatures(
  cmd: CommandContext,
  input: { recallId: string; personIds: readonly string[]; on?: string | undefined },
) {
  const on = actDate(cmd, 'on', input.on);
  return cmd.db.transaction(async (tx) => {
    const recall = await loadRecall(tx, cmd, input.recallId);
    refuseOwnCase(cmd, recall);
    refuseUnlessCollecting(recall);
    signedOnOrAfterOpening(recall, on);
    const errors = await signatureErrors(tx, cmd, recall, input.personIds, on);
    const fields = errors.flatMap((error, i) =>
      error ? [{ field: `personIds.${i}`, error }] : [],
    );
    if (fields.length) throw new DomainError('validation_failed', {}, fields);
    await insertSignatures(
      tx,
      cmd.villageId,
      recall.id,
      input.personIds.map((personId) => ({ personId, on, source: 'paper' as const })),
      cmd.actorAccountId,
    );
    // the count only: signers' names are for the organisers and the town, not the audit log's readers
    await recordEvent(
      cmd,
      tx,
      'recall.signaturesEntered',
      { type: 'recall', id: recall.id },
      { on, entered: input.personIds.length },
    );
    return { id: recall.id, findings: [] };
  });
}

/** A villager signs from the phone, today, in their own name. */
export async function signRecall(cmd: CommandContext, input: { recallId: string }) {
  const on = cmd.clock.today();
  const personId = cmd.personId;
  if (!personId) throw new DomainError('forbidden');
  return cmd.db.transaction(async (tx) => {
    const recall = await loadRecall(tx, cmd, input.recallId);
    refuseUnlessCollecting(recall);
    const [error] = await signatureErrors(tx, cmd, recall, [personId], on);
    if (error) throw new DomainError(error);
    await insertSignatures(tx, cmd.villageId, recall.id, [{ personId, on, source: 'app' }], null);
    // like an anonymous complaint, the entry names no account: the member facing recall may
    // read the audit log, and who signed is for the organisers and the town
    await recordEvent(
      { ...cmd, actorAccountId: null },
      tx,
      'recall.signed',
      { type: 'recall', id: recall.id },
      { on, source: 'app' },
    );
    return { id: recall.id, findings: [] };
  });
}
