import { fromYmd, ymd, type CalendarDate } from '@cunzhi/core/calendarDate';
import { meetingDoesNotStand } from '@cunzhi/core/meetings/quorum';
import { cadenceShortfall, type CadenceShortfall } from '@cunzhi/core/party/cadence';
import { compositionInvalid } from '@cunzhi/core/rules/composition';
import { readEachAtVersions } from '../../../platform/audit/chainVersioned.ts';
import { cadenceIn } from '../../party/structure.ts';
import { compositionsIn } from '../../rules/queries/composition.ts';
import type { Figures, Reader } from './figures.ts';

/**
 * Whether the villages' meetings and bodies stand: meetings held this year without quorum (or
 * recorded invalid), bodies wrongly composed today, 三会一课 short of the obligation. Each is read
 * for every village of the scope at once — the quorum in one statement, the compositions and the
 * cadence by the readers the village's own pages use (its bodies' checks, its Party page), a
 * handful of statements whatever the number of villages — and judged by core's rules in memory.
 */

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
  { db }: Reader,
  chainSeqs: ReadonlyMap<string, number>,
  today: CalendarDate,
  out: Figures,
) {
  // kept per village until its chain moves: warm, only the villages that changed are read again
  const invalid = await readEachAtVersions(
    db,
    chainSeqs,
    `dashboard.invalidCompositions ${today}`,
    async (missed) =>
      new Map(
        [...(await compositionsIn(db, missed, today))].map(([id, pages]) => [
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
  out: Figures,
): Promise<Map<string, CadenceShortfall['byKind']>> {
  const shortfalls = await readEachAtVersions(
    db,
    chainSeqs,
    `dashboard.partyShort ${today}`,
    async (missed) =>
      new Map(
        [...(await cadenceIn(db, missed, today))].map(([id, { units, cadence }]) => [
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
