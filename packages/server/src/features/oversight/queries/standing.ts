import { fromYmd, ymd, type CalendarDate } from '@cunzhi/core/calendarDate';
import { cadenceShortfall, type CadenceShortfall } from '@cunzhi/core/party/cadence';
import { compositionInvalid } from '@cunzhi/core/rules/composition';
import { readEachAtVersions } from '../../../platform/audit/chainVersioned.ts';
import type { VillageProfile } from '../../../platform/rules/villageProfile.ts';
import { cadenceIn } from '../../party/structure.ts';
import { compositionsIn } from '../../rules/queries/composition.ts';
import type { Figures, Reader } from './figures.ts';

/**
 * Whether the villages' bodies stand: bodies wrongly composed today, 三会一课 short of the
 * obligation (meetings without quorum are a one-line figure, figures.ts). Each is read for every
 * village of the scope at once by the readers the village's own pages use (its bodies' checks,
 * its Party page), a handful of statements whatever the number of villages, and judged by core's
 * rules in memory.
 */

const yearStart = (today: CalendarDate) => fromYmd(ymd(today).year, 1, 1);

/** Bodies whose composition check finds a violation today (the village's body pages' check). */
export async function compositionFigures(
  { db }: Reader,
  chainSeqs: ReadonlyMap<string, number>,
  today: CalendarDate,
  profiles: Promise<ReadonlyMap<string, VillageProfile>>,
  out: Figures,
) {
  // kept per village until its chain moves: warm, only the villages that changed are read again
  const invalid = await readEachAtVersions(
    db,
    chainSeqs,
    `dashboard.invalidCompositions ${today}`,
    async (missed) =>
      new Map(
        [...(await compositionsIn(db, missed, today, { profiles }))].map(([id, pages]) => [
          id,
          pages.filter((p) => compositionInvalid(p.findings)).length,
        ]),
      ),
  );
  for (const [id, n] of invalid) out.get(id)!.invalidCompositions = n;
}

/**
 * 三会一课 short: sessions this year's ended periods owed and did not have, over every unit of
 * the village's organisation; answered with the kinds short, for the figure's detail.
 */
export async function partyShortFigures(
  { db }: Reader,
  chainSeqs: ReadonlyMap<string, number>,
  today: CalendarDate,
  profiles: Promise<ReadonlyMap<string, VillageProfile>>,
  out: Figures,
): Promise<Map<string, CadenceShortfall['byKind']>> {
  const shortfalls = await readEachAtVersions(
    db,
    chainSeqs,
    `dashboard.partyShort ${today}`,
    async (missed) =>
      new Map(
        [...(await cadenceIn(db, missed, today, profiles))].map(([id, { units, cadence }]) => [
          id,
          cadenceShortfall(
            units.flatMap((s) => cadence.get(s.unit.id)?.rows ?? []),
            yearStart(today),
          ),
        ]),
      ),
  );
  const kinds = new Map<string, CadenceShortfall['byKind']>();
  for (const [id, short] of shortfalls) {
    out.get(id)!.partyMeetingsShort = short.missing;
    kinds.set(id, short.byKind);
  }
  return kinds;
}
