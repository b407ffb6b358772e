import { DomainError, type FieldProblem } from '@cunzhi/core/errors';
import { paperProblems } from '@cunzhi/core/evaluations/ratings';
import type { CommandContext } from '../../../platform/command.ts';
import { recordEvent } from '../../../platform/audit/record.ts';
import type { Tx } from '../../../platform/db/database.ts';
import {
  addPaperTally,
  evaluatorsAmong,
  insertEvaluationReceipts,
  listCadres,
  receiptsAmong,
  type RoundRow,
} from '../repository.ts';
import { loadRound, requireHost } from './shared.ts';

export interface PaperSheetsInput {
  roundId: string;
  personIds: readonly string[];
  cadres: ReadonlyArray<{
    membershipId: string;
    competent: number;
    basicallyCompetent: number;
    incompetent: number;
  }>;
}

/** Field problems of a paper tally: persons who may not hand in a sheet, cadres not of the round, too many ratings. */
async function problemsOf(
  cmd: CommandContext,
  tx: Tx,
  round: RoundRow,
  input: PaperSheetsInput,
): Promise<FieldProblem[]> {
  const cadreIds = new Set(
    (await listCadres(tx, cmd.villageId, round.id)).map((c) => c.membership_id),
  );
  const evaluators = await evaluatorsAmong(tx, cmd.villageId, round, input.personIds);
  const rated = await receiptsAmong(tx, cmd.villageId, round.id, input.personIds);
  const problems: FieldProblem[] = [];
  input.personIds.forEach((id, i) => {
    if (!evaluators.has(id))
      problems.push({ field: `personIds.${i}`, error: 'evaluation_person_not_evaluator' });
    else if (rated.has(id) || input.personIds.indexOf(id) !== i)
      problems.push({ field: `personIds.${i}`, error: 'evaluation_person_rated' });
  });
  input.cadres.forEach((c, i) => {
    if (!cadreIds.has(c.membershipId))
      problems.push({ field: `cadres.${i}.membershipId`, error: 'evaluation_not_cadre' });
  });
  const counts = input.cadres.map((c) => ({ membershipId: c.membershipId, counts: c }));
  for (const p of paperProblems(input.personIds.length, counts))
    problems.push({
      field: `cadres.${p.index}.competent`,
      error: 'evaluation_paper_exceeds',
      params: { total: p.total, sheets: input.personIds.length },
    });
  return problems;
}

/**
 * The host enters paper sheets counted at the sitting, in bulk: who handed
 * one in (each gets a receipt, so they cannot also rate on the phone, and the
 * turnout counts them) and each cadre's ratings on them. The sheets' own
 * ratings are never entered one by one: the tally is what the counters read
 * out (a cadre left blank on a sheet counts in the base only).
 */
export async function enterPaperSheets(cmd: CommandContext, input: PaperSheetsInput) {
  requireHost(cmd, cmd.clock.today());
  return cmd.db.transaction(async (tx) => {
    const round = await loadRound(tx, cmd, input.roundId, 'FOR UPDATE');
    if (round.status !== 'open') throw new DomainError('evaluation_not_open');
    const problems = await problemsOf(cmd, tx, round, input);
    if (problems.length > 0) throw new DomainError('validation_failed', {}, problems.slice(0, 20));
    await insertEvaluationReceipts(tx, cmd.villageId, round.id, input.personIds);
    const cadres = input.cadres.map((c) => ({ membershipId: c.membershipId, counts: c }));
    await addPaperTally(tx, cmd.villageId, round.id, input.personIds.length, cadres);
    await recordEvent(
      cmd,
      tx,
      'evaluation.paperEntered',
      { type: 'evaluationRound', id: round.id },
      {
        sheets: input.personIds.length,
        cadres: input.cadres.map((c) => ({
          membershipId: c.membershipId,
          competent: c.competent,
          basicallyCompetent: c.basicallyCompetent,
          incompetent: c.incompetent,
        })),
      },
    );
    return { sheets: input.personIds.length };
  });
}
