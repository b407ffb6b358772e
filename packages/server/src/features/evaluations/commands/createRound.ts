import { randomUUID } from 'node:crypto';
import { ymd } from '@cunzhi/core/calendarDate';
import { DomainError } from '@cunzhi/core/errors';
import {
  evaluatedBodies,
  evaluationWording,
  heldInYear,
  type EvaluatorBody,
} from '@cunzhi/core/evaluations/ratings';
import type { CommandContext } from '../../../platform/command.ts';
import { recordEvent } from '../../../platform/audit/record.ts';
import { dateField } from '../../../platform/fields.ts';
import { findVillage } from '../../../platform/tenancy/repository.ts';
import { loadVillageProfile } from '../../../platform/rules/villageProfile.ts';
import { createRatingBox } from '../ratingBox.ts';
import {
  countEvaluators,
  insertCadres,
  insertRound,
  openRoundOfYear,
  servingCadres,
  setEvaluatorsDue,
} from '../repository.ts';
import { requireHost } from './shared.ts';

export interface CreateRoundInput {
  year: number;
  title?: string | undefined;
  heldOn: string;
  evaluators: EvaluatorBody;
}

/**
 * The supervision committee organises a round (VCOL-33-EVAL: at least once a
 * year, hosted by the supervision body): the cadres are the serving members
 * of the villagers' committee on the day (and of the supervision committee
 * where the province says so), the evaluators the representatives' meeting's
 * serving members or the assembly's adults, counted now for the turnout. The
 * round's rating box is made here, empty.
 */
export async function createRound(cmd: CommandContext, input: CreateRoundInput) {
  const heldOn = dateField('heldOn', input.heldOn);
  requireHost(cmd, heldOn);
  if (!heldInYear(input.year, heldOn))
    throw new DomainError('validation_failed', {}, [
      { field: 'heldOn', error: 'evaluation_held_in_year', params: { year: input.year } },
    ]);
  // the cadres and evaluators are those serving on the day: a round is not backdated
  if (heldOn < cmd.clock.today())
    throw new DomainError('validation_failed', {}, [
      { field: 'heldOn', error: 'evaluation_held_past' },
    ]);
  return cmd.db.transaction(async (tx) => {
    const village = await findVillage(tx, cmd.villageId);
    const title =
      input.title?.trim() ||
      evaluationWording(`${ymd(heldOn).year}年度村干部民主评议`, village?.kind ?? 'village');
    const { profile } = await loadVillageProfile(tx, cmd.villageId, heldOn);
    if (await openRoundOfYear(tx, cmd.villageId, input.year))
      throw new DomainError('evaluation_round_exists', { year: input.year });
    const cadres = await servingCadres(tx, cmd.villageId, evaluatedBodies(profile.params), heldOn);
    if (cadres.length === 0) throw new DomainError('evaluation_no_cadres', { date: heldOn });
    const id = randomUUID();
    await insertRound(tx, cmd.villageId, {
      id,
      year: input.year,
      title,
      heldOn,
      evaluators: input.evaluators,
      profile: { id: profile.id, version: profile.version },
      createdBy: cmd.actorAccountId,
    });
    await insertCadres(tx, cmd.villageId, id, cadres);
    const evaluatorsDue = await countEvaluators(tx, cmd.villageId, { id, held_on: heldOn });
    await setEvaluatorsDue(tx, cmd.villageId, id, evaluatorsDue);
    await createRatingBox(tx, id);
    await recordEvent(
      cmd,
      tx,
      'evaluation.created',
      { type: 'evaluationRound', id },
      {
        year: input.year,
        title,
        heldOn,
        evaluators: input.evaluators,
        evaluatorsDue,
        cadres: cadres.map((c) => ({
          membershipId: c.membership_id,
          personId: c.person_id,
          name: c.name,
        })),
        profile: { id: profile.id, version: profile.version },
      },
    );
    return { id };
  });
}
