import { DomainError } from '@cunzhi/core/errors';
import type { Rating } from '@cunzhi/core/evaluations/ratings';
import type { CommandContext } from '../../../platform/command.ts';
import { recordEvent } from '../../../platform/audit/record.ts';
import { findVillage } from '../../../platform/tenancy/repository.ts';
import { dropSheetInBox } from '../ratingBox.ts';
import { evaluatorsAmong, insertEvaluationReceipts, listCadres } from '../repository.ts';
import { loadRound, notEvaluator } from './shared.ts';

/**
 * An evaluator hands in their sheet on the phone: one rating for every cadre
 * of the round. As a secret ballot (docs/security.md): the evaluator's
 * transaction writes only the receipt (its primary key refuses a second
 * sheet, however many requests arrive at once) and an audit event naming
 * neither evaluator nor rating; once it has committed, the ratings go to the
 * round's box in a shuffled batch with other sheets' (`ratingBox.ts`).
 */
export async function handInSheet(
  cmd: CommandContext,
  input: { roundId: string; ratings: ReadonlyArray<{ membershipId: string; rating: Rating }> },
) {
  const personId = cmd.personId;
  const sheet = await cmd.db.transaction(async (tx) => {
    // FOR SHARE: sheets run side by side, the count (FOR UPDATE) waits for them
    const round = await loadRound(tx, cmd, input.roundId, 'FOR SHARE');
    if (!personId) throw notEvaluator(cmd, round, (await findVillage(tx, cmd.villageId))?.kind);
    if (round.status !== 'open') throw new DomainError('evaluation_not_open');
    const cadres = await listCadres(tx, cmd.villageId, round.id);
    const rated = new Map(input.ratings.map((r) => [r.membershipId, r.rating]));
    if (rated.size !== input.ratings.length || cadres.some((c) => !rated.has(c.membership_id)))
      throw new DomainError('evaluation_sheet_incomplete');
    if (rated.size !== cadres.length) throw new DomainError('evaluation_sheet_incomplete');
    if (!(await evaluatorsAmong(tx, cmd.villageId, round, [personId])).has(personId))
      throw notEvaluator(cmd, round, (await findVillage(tx, cmd.villageId))?.kind);
    if ((await insertEvaluationReceipts(tx, cmd.villageId, round.id, [personId])) === 0)
      throw new DomainError('evaluation_already_rated');
    // the event of a secret sheet names no actor and no rating
    await recordEvent(
      { ...cmd, actorAccountId: null },
      tx,
      'evaluation.sheetHandedIn',
      { type: 'evaluationRound', id: round.id },
      { sheet: 'handedIn' },
    );
    return cadres.map((c) => ({
      membershipId: c.membership_id,
      rating: rated.get(c.membership_id)!,
    }));
  });
  // the ratings never entered the receipt's transaction: they go in the box now, batched
  await dropSheetInBox(cmd, input.roundId, sheet);
  return { received: true as const };
}
