import { fromYmd, ymd, type CalendarDate } from '@cunzhi/core/calendarDate';
import { meetingDoesNotStand } from '@cunzhi/core/meetings/quorum';
import { cadenceShortfall, type CadenceShortfall } from '@cunzhi/core/party/cadence';
import { compositionInvalid } from '@cunzhi/core/rules/composition';
import { readAtChainVersion } from '../../../platform/audit/chainVersioned.ts';
import { mapWithConcurrency } from '../../../platform/concurrency.ts';
import { cadenceToday } from '../../party/structure.ts';
import { compositionsOf } from '../../rules/queries/composition.ts';
import type { Figures, Reader } from './figures.ts';

/**
 * Whether the villages' meetings and bodies stand: meetings held this year without quorum (or
 * recorded invalid), bodies wrongly composed today, 三会一课 short of the obligation. The first is
 * one statement over every village of the scope; the other two are the village pages' own
 * readings (the composition check of each body, the Party page's cadence), village by village,
 * each kept until the village's audit chain moves (platform/audit/chainVersioned.ts), several
 * villages at a time (a county's 300 one after another took seconds cold).
 */

/** Villages read at once: below the PostgreSQL pool's ten connections, leaving room for others. */
const VILLAGES_AT_ONCE = 6;

const yearStart = (today: CalendarDate) => fromYmd(ymd(today).year, 1, 1);

/** Meetings closed this year that do not stand: short of quorum when they closed, or recorded invalid. */
export async function quorumFigures(
  { db }: Reader,
  ids: string[],
  today: CalendarDate,
  out: Figures,
) {
  const rows = await db.query<{
    village_id: string;
    quorum_met: boolean | null;
    invalid_reason: string | null;
  }>(
    `SELECT village_id, (figures_at_close -> 'quorum' ->> 'met')::boolean AS quorum_met, invalid_reason
       FROM meeting
      WHERE village_id = ANY($1::uuid[]) AND status = 'closed' AND meeting_on BETWEEN $2 AND $3`,
    [ids, yearStart(today), today],
  );
  for (const r of rows)
    if (meetingDoesNotStand({ quorumMet: r.quorum_met, invalidReason: r.invalid_reason }))
      out.get(r.village_id)!.meetingsWithoutQuorum += 1;
}

/** Bodies whose composition check finds a violation today (the village's body pages' check). */
export async function compositionFigures(
  reader: Reader,
  ids: string[],
  today: CalendarDate,
  out: Figures,
) {
  await mapWithConcurrency(ids, VILLAGES_AT_ONCE, async (id) => {
    out.get(id)!.invalidCompositions = await readAtChainVersion(
      reader.db,
      id,
      `invalidCompositions ${today}`,
      async () =>
        (await compositionsOf(reader, id, today)).filter((p) => compositionInvalid(p.findings))
          .length,
    );
  });
}

/**
 * 三会一课 short: sessions this year's ended periods owed and did not have, over every unit of
 * the village's organisation; answered with the kinds short, for the figure's detail.
 */
export async function partyShortFigures(
  { db }: Reader,
  ids: string[],
  today: CalendarDate,
  out: Figures,
): Promise<Map<string, CadenceShortfall['byKind']>> {
  const kinds = new Map<string, CadenceShortfall['byKind']>();
  await mapWithConcurrency(ids, VILLAGES_AT_ONCE, async (id) => {
    const short = await readAtChainVersion(db, id, `partyShort ${today}`, async () => {
      const { structure, cadence } = await cadenceToday(db, id, today);
      const rows = structure.units.flatMap((s) => cadence.get(s.unit.id)?.rows ?? []);
      return cadenceShortfall(rows, yearStart(today));
    });
    out.get(id)!.partyMeetingsShort = short.missing;
    kinds.set(id, short.byKind);
  });
  return kinds;
}
