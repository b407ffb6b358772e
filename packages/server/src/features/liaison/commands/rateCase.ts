import { DomainError } from '@cunzhi/core/errors';
import {
  caseDueOn,
  effectiveState,
  levelAbove,
  ratingAction,
  type Rating,
} from '@cunzhi/core/liaison/cases';
import { CHINA_HOLIDAYS } from '@cunzhi/core/rules/holidays';
import type { CommandContext } from '../../../platform/command.ts';
import { loadVillageProfile } from '../../../platform/rules/villageProfile.ts';
import { findCase, type CaseRow } from '../repository.ts';
import { applyStep } from './transition.ts';

/**
 * The reporter rates the answer within the rating period: 满意 or 基本满意 close the round; the
 * first 不满意 reopens the case one level up with a new due date (counted from today, by its
 * urgency); a later 不满意 is recorded as it stands. After the period the case reads 未评价 and
 * cannot be rated. `reporter` says how the reader proved they raised it: their account's person,
 * or the 查询码 (an anonymous report), which the route checked.
 */
export async function rateCase(
  cmd: CommandContext,
  caseId: string,
  reporter: { personId: string } | { trackingHash: string },
  input: { rating: Rating; comment?: string | undefined },
): Promise<void> {
  await cmd.db.transaction(async (tx) => {
    const row = await findCase(tx, cmd.villageId, caseId, { forUpdate: true });
    if (!row || !raisedBy(row, reporter))
      throw new DomainError('not_found', { what: 'liaisonCase' });
    const today = cmd.clock.today();
    const state = effectiveState({ state: row.state, ratingDueOn: row.rating_due_on }, today);
    if (state === 'unrated' && row.rating_due_on)
      throw new DomainError('liaison_rating_over', { date: row.rating_due_on });
    const action = ratingAction(input.rating, row.reopen_count);
    const note = input.comment ?? null;
    const audit = { rating: input.rating };
    if (action === 'rate') {
      await applyStep(tx, cmd, row, 'rate', ['reporter'], {
        patch: async () => ({ rating: input.rating, rated_on: today }),
        ...{ note, audit },
      });
      return;
    }
    await applyStep(tx, cmd, row, 'reopen', ['reporter'], {
      patch: async () => {
        const { profile } = await loadVillageProfile(tx, cmd.villageId, today);
        return {
          level: levelAbove(row.level),
          reopen_count: row.reopen_count + 1,
          due_on: caseDueOn(today, row.urgency, profile.params, CHINA_HOLIDAYS),
          profile_version: `${profile.id}@${profile.version}`,
          ...{ feedback: null, answered_on: null, rating_due_on: null },
        };
      },
      ...{ note, audit },
    });
  });
}

function raisedBy(row: CaseRow, r: { personId: string } | { trackingHash: string }): boolean {
  return 'personId' in r ? row.reporter_person_id === r.personId : true;
}
