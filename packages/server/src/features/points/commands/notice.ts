import { randomUUID } from 'node:crypto';
import { ymd } from '@cunzhi/core/calendarDate';
import { DomainError } from '@cunzhi/core/errors';
import { publicityEndsOn } from '@cunzhi/core/points/awards';
import { awardEffectiveOn } from '@cunzhi/core/points/ledger';
import { CHINA_HOLIDAYS } from '@cunzhi/core/rules/holidays';
import type { CommandContext } from '../../../platform/command.ts';
import { recordEvent } from '../../../platform/audit/record.ts';
import {
  appendEntries,
  checkedAwards,
  findSchemes,
  insertNotice,
  lockAccount,
} from '../repository.ts';

/**
 * Posts a publicity notice (积分公示, 〔2026〕第N号) of every checked award, for the publicity
 * days of the scheme each was awarded under, from today (the posting day not counted; the end
 * by core's day counting across holidays). Each award's line goes into the ledger now, dated to
 * count from the day after the notice's last day: the village sees what will count and when,
 * and a contest lodged within the notice holds the line until the contest body decides.
 */
export async function publishNotice(
  cmd: CommandContext,
): Promise<{ id: string; number: number; year: number }> {
  const on = cmd.clock.today();
  return cmd.db.transaction(async (tx) => {
    const awards = await checkedAwards(tx, cmd.villageId);
    if (awards.length === 0) throw new DomainError('points_nothing_to_publish');
    const schemes = await findSchemes(tx, cmd.villageId);
    // one notice per scheme version: a notice states one version's publicity days
    const schemeId = awards[0]!.scheme_id;
    const scheme = schemes.find((s) => s.id === schemeId)!;
    const shown = awards.filter((a) => a.scheme_id === schemeId);
    const endsOn = publicityEndsOn(
      on,
      scheme.publicity_days,
      scheme.publicity_unit,
      CHINA_HOLIDAYS,
    );
    const id = randomUUID();
    const year = ymd(on).year;
    const number = await insertNotice(
      tx,
      cmd.villageId,
      {
        id,
        year,
        scheme_id: schemeId,
        starts_on: on,
        ends_on: endsOn,
        published_by: cmd.actorAccountId!,
        published_at: cmd.clock.now(),
      },
      shown.map((a) => a.id),
    );
    for (const householdId of new Set(shown.map((a) => a.household_id)))
      await lockAccount(tx, cmd.villageId, householdId);
    await appendEntries(
      tx,
      shown.map((a) => ({
        villageId: cmd.villageId,
        householdId: a.household_id,
        personId: a.person_id,
        points: a.points,
        kind: 'award' as const,
        effectiveOn: awardEffectiveOn(endsOn),
        countsForHousehold: a.person_id === null || scheme.person_rolls_into_household,
        itemId: a.item_id,
        schemeId: a.scheme_id,
        awardId: a.id,
        // the platform record named as evidence (kind:id); files stay the award's attachments
        evidence: a.evidence_record_kind
          ? `${a.evidence_record_kind}:${a.evidence_record_id ?? ''}`
          : null,
        proposedBy: a.proposed_by,
        checkedBy: a.checked_by,
        publicityStartsOn: on,
        publicityEndsOn: endsOn,
        recordedBy: cmd.actorAccountId,
        recordedAt: cmd.clock.now(),
      })),
    );
    await recordEvent(
      cmd,
      tx,
      'pointsNotice.published',
      { type: 'pointsNotice', id },
      {
        number: `〔${year}〕第${number}号`,
        startsOn: on,
        endsOn,
        awards: shown.map((a) => ({ id: a.id, householdId: a.household_id, points: a.points })),
      },
    );
    return { id, number, year };
  });
}
