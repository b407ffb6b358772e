import { DomainError } from '@cunzhi/core/errors';
import {
  announceBy,
  cadreResult,
  countRatings,
  endsOffice,
  NO_RATINGS,
  type RatingCounts,
} from '@cunzhi/core/evaluations/ratings';
import type { CommandContext } from '../../../platform/command.ts';
import { recordEvent } from '../../../platform/audit/record.ts';
import { loadVillageProfile } from '../../../platform/rules/villageProfile.ts';
import { countRatingBox, settleRatingBox, type SheetRating } from '../ratingBox.ts';
import {
  countEvaluationReceipts,
  insertRatings,
  listCadres,
  markCounted,
  previousResults,
  type CadreRow,
} from '../repository.ts';
import { loadRound, requireHost } from './shared.ts';

/** A cadre's counts: the phone ratings from the box and the paper tally entered. */
function countsOf(c: CadreRow, phone: readonly SheetRating[]): RatingCounts {
  const box = countRatings(
    phone.filter((r) => r.membershipId === c.membership_id).map((r) => r.rating),
  );
  return {
    competent: box.competent + c.paper_competent,
    basicallyCompetent: box.basicallyCompetent + c.paper_basically,
    incompetent: box.incompetent + c.paper_incompetent,
  };
}

/**
 * The host counts the round (it closes: no more sheets). The box's ratings
 * are published under fresh random ids and the box dropped (ratingBox.ts);
 * each cadre's result follows from the sheets cast (VCOL-33-EVAL's
 * thresholds, of the profile of the round's day), and a 不称职 that follows a
 * 不称职 in the cadre's previous evaluation (same person, same body) is marked to
 * end it — the office ends when the results are published.
 */
export async function countRound(cmd: CommandContext, input: { roundId: string }) {
  const today = cmd.clock.today();
  requireHost(cmd, today);
  const pending = await loadRound(cmd.db, cmd, input.roundId);
  const cadreCount = (await listCadres(cmd.db, cmd.villageId, pending.id)).length;
  // sheets on their way to the box get there first
  await settleRatingBox(cmd, pending.id, cadreCount);
  return cmd.db.transaction(async (tx) => {
    const round = await loadRound(tx, cmd, input.roundId, 'FOR UPDATE');
    if (round.status !== 'open') throw new DomainError('evaluation_not_open');
    const { profile } = await loadVillageProfile(tx, cmd.villageId, round.held_on);
    const cadres = await listCadres(tx, cmd.villageId, round.id);
    const sheets = await countEvaluationReceipts(tx, cmd.villageId, round.id);
    const box = await countRatingBox(tx, round.id, (rows) =>
      insertRatings(tx, cmd.villageId, round.id, rows),
    );
    const previous = await previousResults(tx, cmd.villageId, round);
    const results = cadres.map((c) => {
      const r = cadreResult(
        sheets > 0 ? countsOf(c, box.ratings) : NO_RATINGS,
        sheets,
        profile.params,
      );
      const before = previous.get(c.membership_id)?.result ?? null;
      return {
        membershipId: c.membership_id,
        personId: c.person_id,
        name: c.name,
        counts: r.counts,
        result: r.result,
        endsOffice: endsOffice(before, r.result),
        previous: before,
      };
    });
    const due = announceBy(today, profile.params);
    await markCounted(
      tx,
      cmd.villageId,
      round.id,
      { sheets, countedOn: today, announceBy: due },
      results,
    );
    await recordEvent(
      cmd,
      tx,
      'evaluation.counted',
      { type: 'evaluationRound', id: round.id },
      {
        sheets,
        paperSheets: round.paper_sheets,
        results,
        announceBy: due,
        // the published ratings: how many and their digest (anyone can recount them)
        ratings: { count: box.ratings.length, digest: box.digest },
        profile: { id: profile.id, version: profile.version },
      },
    );
    await box.publish();
    return { id: round.id };
  });
}
