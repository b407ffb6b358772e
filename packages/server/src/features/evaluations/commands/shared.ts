import type { CalendarDate } from '@cunzhi/core/calendarDate';
import { DomainError } from '@cunzhi/core/errors';
import { evaluatorBodyName, type EvaluatorBody } from '@cunzhi/core/evaluations/ratings';
import { citationText } from '@cunzhi/core/rules/citations';
import type { CommandContext } from '../../../platform/command.ts';
import type { Queryable } from '../../../platform/db/database.ts';
import { findRound, type RoundRow } from '../repository.ts';

/** The article of 民主评议 in words, in the text of the law of the round's day. */
export function lawWords(cmd: CommandContext, on: CalendarDate): string {
  return citationText('VCOL-33-EVAL', cmd.locale, on);
}

/**
 * 民主评议由村务监督机构主持: the acting person holds a seat on the supervision
 * committee today (the route's ability says so already; a command run by the
 * system, as the demo does, acts for the committee).
 */
export function requireHost(cmd: CommandContext, on: CalendarDate): void {
  if (!cmd.actor) return;
  const seated = cmd.actor.posts.some(
    (p) => p.villageId === cmd.villageId && p.bodyKind === 'villageAffairsSupervisionCommittee',
  );
  if (!seated) throw new DomainError('evaluation_host_only', { law: lawWords(cmd, on) });
}

export async function loadRound(
  db: Queryable,
  cmd: CommandContext,
  roundId: string,
  lock: '' | 'FOR SHARE' | 'FOR UPDATE' = '',
): Promise<RoundRow> {
  const round = await findRound(db, cmd.villageId, roundId, lock);
  if (!round) throw new DomainError('not_found', { what: 'evaluationRound' });
  return round;
}

/** The refusal of someone who is not an evaluator of the round, with whom the round asks (as the village says it) and the article. */
export function notEvaluator(
  cmd: CommandContext,
  round: { held_on: CalendarDate; evaluators: EvaluatorBody },
  villageKind: 'village' | 'community' = 'village',
): DomainError {
  const body = evaluatorBodyName(round.evaluators, villageKind);
  return new DomainError('evaluation_not_evaluator', {
    evaluators: cmd.locale === 'en' ? body.en.toLowerCase() : body.zh,
    law: lawWords(cmd, round.held_on),
  });
}
