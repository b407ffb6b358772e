import { DomainError } from '@cunzhi/core/errors';
import { finalisable, publicityEnd, type SchemeAction } from '@cunzhi/core/countyPoints/procedure';
import { formatChineseDate, type CalendarDate } from '@cunzhi/core/calendarDate';
import { CHINA_HOLIDAYS } from '@cunzhi/core/rules/holidays';
import type { Tx } from '../../../platform/db/database.ts';
import { contestsOf, replaceResults, updateScheme, type SchemeRow } from '../repository.ts';
import { recordSchemeEvent, schemeForStep, type SchemeActor } from './shared.ts';

const openContests = async (tx: Tx, scheme: SchemeRow) =>
  (await contestsOf(tx, scheme)).filter((c) => c.decision === null).length;

/** One of the county's steps that move the scheme: reopen, publish, finalise. */
export async function stepScheme(
  who: SchemeActor,
  schemeId: string,
  action: Extract<SchemeAction, 'reopen' | 'publish' | 'finalise'>,
): Promise<void> {
  await who.app.db.transaction(async (tx) => {
    const scheme = await schemeForStep(tx, who, schemeId, action);
    const on = who.app.clock.today();
    switch (action) {
      case 'reopen':
        // the ranking is thrown away with the reopening: it is computed again from the facts
        await replaceResults(tx, scheme, []);
        await updateScheme(tx, scheme, { status: 'collecting', computed_on: null });
        await recordSchemeEvent(who, tx, scheme, 'countyPoints.reopened', { on });
        return;
      case 'publish': {
        const open = await openContests(tx, scheme);
        if (open > 0) throw new DomainError('county_points_contests_open', { count: open });
        const endsOn = publicityEnd(on, scheme.publicity_days, CHINA_HOLIDAYS);
        const round = scheme.publicity_round + 1;
        await updateScheme(tx, scheme, {
          status: 'inPublicity',
          publicity_round: round,
          publicity_starts_on: on,
          publicity_ends_on: endsOn,
        });
        await recordSchemeEvent(who, tx, scheme, 'countyPoints.published', {
          round,
          startsOn: on,
          endsOn,
        });
        return;
      }
      case 'finalise': {
        const endsOn = scheme.publicity_ends_on as CalendarDate;
        const ok = finalisable(on, endsOn, await openContests(tx, scheme));
        if (!ok.ok)
          throw ok.why === 'running'
            ? new DomainError('county_points_publicity_running', { due: formatChineseDate(endsOn) })
            : new DomainError('county_points_contests_open', {
                count: await openContests(tx, scheme),
              });
        await updateScheme(tx, scheme, { status: 'final', finalised_on: on });
        await recordSchemeEvent(who, tx, scheme, 'countyPoints.finalised', { on });
        return;
      }
    }
  });
}
