import type { CalendarDate } from '@cunzhi/core/calendarDate';
import type { Actor } from '@cunzhi/core/policies/actor';
import {
  EMPTY_FIGURES,
  problemCount,
  rollUp,
  type VillageFigures,
} from '@cunzhi/core/oversight/figures';
import type { AppContext } from '../../../platform/http/context.ts';
import { loadVillageProfiles } from '../../../platform/rules/villageProfile.ts';
import { disclosureFigures } from './disclosure.ts';
import { caseFigures, oneLineFigures } from './figures.ts';
import type { CadenceShortfall } from '@cunzhi/core/party/cadence';
import { pointsRanking, type PointsRanking } from './ranking.ts';
import { compositionFigures, partyShortFigures } from './standing.ts';
import { villagesInScope, type DashboardScope, type ScopedVillage } from './scope.ts';

export type { DashboardScope } from './scope.ts';

export interface Dashboard {
  on: CalendarDate;
  scope: DashboardScope & { name: string };
  total: VillageFigures;
  villages: Array<{
    village: ScopedVillage;
    figures: VillageFigures;
    problems: number;
    /** 三会一课 short by kind: the detail of `partyMeetingsShort`. */
    partyShort: CadenceShortfall['byKind'];
  }>;
  ranking: PointsRanking | null;
}

/**
 * A town's or county's dashboard today: every village's figures and their sum. The read model is
 * set-based (one statement per figure over all the villages of the scope); the rules that decide
 * what is overdue are the capabilities' own, applied in memory. Refused (forbidden) when the
 * scope is not the official's.
 */
export async function dashboard(
  ctx: AppContext,
  actor: Actor,
  scope: DashboardScope,
): Promise<Dashboard> {
  const today = ctx.clock.today();
  const { name, villages, chainSeqs } = await villagesInScope(ctx.db, actor, scope);
  const ids = villages.map((v) => v.id);
  const figures = new Map(ids.map((id) => [id, { ...EMPTY_FIGURES }]));
  // at once: on PostgreSQL each statement takes its own pooled connection (a county's figures
  // cost the slowest statement, not the sum); PGlite queues them on its one connection. Each
  // reader fills its own fields of the villages' figures. Two are the village pages' own checks
  // (queries/standing.ts), kept per village until its chain moves (at the heads read with the
  // villages).
  // The longest chains of dependent reads first (composition: chain heads, then the bodies and
  // serving members, then the kin around them; 三会一课: chain heads, then units and meetings), so
  // their statements take pooled connections before the one-statement figures queue up.
  // The villages' rule profiles are read once, for the three figures judged under them.
  const profiles = loadVillageProfiles(ctx.db, ids, today);
  const [, partyShort, ranking] = await Promise.all([
    compositionFigures(ctx, chainSeqs, today, profiles, figures),
    partyShortFigures(ctx, chainSeqs, today, profiles, figures),
    pointsRanking(ctx.db, ids),
    disclosureFigures(ctx, ids, today, profiles, figures),
    oneLineFigures(ctx, ids, today, profiles, figures),
    caseFigures(ctx, scope, today, figures),
  ]);
  const rows = villages.map((village) => {
    const f = figures.get(village.id)!;
    return {
      village,
      figures: f,
      problems: problemCount(f),
      partyShort: partyShort.get(village.id) ?? [],
    };
  });
  return {
    on: today,
    scope: { ...scope, name },
    total: rollUp(rows.map((r) => r.figures)),
    villages: rows,
    ranking,
  };
}
