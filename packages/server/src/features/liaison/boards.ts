import type { CalendarDate } from '@cunzhi/core/calendarDate';
import { dutyState, type DutyState } from '@cunzhi/core/liaison/duties';
import { visitDueOn, visitOverdue } from '@cunzhi/core/liaison/visits';
import type { AppContext } from '../../platform/http/context.ts';
import { loadVillageProfile } from '../../platform/rules/villageProfile.ts';
import {
  currentLinks,
  duties,
  dutyLog,
  lastDone,
  partyMembers,
  recentVisits,
  unlinkedHouseholds,
  visitableHouseholds,
} from './queries.ts';
import { villageGrids } from './repository.ts';

/**
 * The duty list with where each item stands for one grid (the one asked for, else the first),
 * every grid's counts, and that grid's log.
 */
export async function dutyBoard(ctx: AppContext, villageId: string, asked: string | null) {
  const today = ctx.clock.today();
  const [items, grids, done] = await Promise.all([
    duties(ctx.db, villageId),
    villageGrids(ctx.db, villageId),
    lastDone(ctx.db, villageId),
  ]);
  const gridId = asked ?? grids[0]?.id ?? null;
  const log = await dutyLog(ctx.db, villageId, gridId);
  const last = new Map(done.map((d) => [`${d.grid_id}:${d.duty_id}`, d.last]));
  const stateIn = (grid: string, item: (typeof items)[number]) => {
    const lastOn = last.get(`${grid}:${item.id}`) ?? null;
    return { lastOn, state: dutyState(item.cadence, lastOn, item.since, today) };
  };
  const count = (grid: string, s: DutyState) =>
    items.filter((i) => stateIn(grid, i).state === s).length;
  return {
    items: items.map((i) => {
      const s = gridId ? stateIn(gridId, i) : null;
      const { id, number, category, title, cadence, example } = i;
      const where = { state: s?.state ?? null, lastDoneOn: s?.lastOn ?? null };
      return { id, number, category, title, cadence, example, ...where };
    }),
    grids: grids.map((g) => ({
      id: g.id,
      name: g.name,
      chiefName: g.chief_name,
      done: count(g.id, 'done'),
      due: count(g.id, 'due'),
      overdue: count(g.id, 'overdue'),
    })),
    gridId,
    log: log.map((l) => ({
      id: l.id,
      dutyNumber: l.duty_number,
      dutyTitle: l.duty_title,
      gridName: l.grid_name,
      doneOn: l.done_on,
      note: l.note,
    })),
  };
}

async function visitDays(ctx: AppContext, villageId: string, today: CalendarDate): Promise<number> {
  const { profile } = await loadVillageProfile(ctx.db, villageId, today);
  return profile.params['SEED004-LIAISON'].visitDays;
}

/** Links with their visit due dates, the households no member is linked to, recent visits. */
export async function linksBoard(ctx: AppContext, villageId: string) {
  const today = ctx.clock.today();
  const [links, unlinked, visits, members, days] = await Promise.all([
    currentLinks(ctx.db, villageId),
    unlinkedHouseholds(ctx.db, villageId),
    recentVisits(ctx.db, villageId),
    partyMembers(ctx.db, villageId),
    visitDays(ctx, villageId, today),
  ]);
  return {
    links: links.map((l) => ({
      id: l.id,
      memberPersonId: l.member_person_id,
      memberName: l.member_name,
      householdId: l.household_id,
      householdNumber: l.household_number,
      headName: l.head_name,
      gridName: l.grid_name,
      since: l.since,
      lastVisitOn: l.last_visit_on,
      visitDueOn: visitDueOn(l.since, l.last_visit_on, days),
      overdue: visitOverdue(l.since, l.last_visit_on, days, today),
    })),
    unlinked: unlinked.map((u) => ({
      householdId: u.household_id,
      householdNumber: u.household_number,
      headName: u.head_name,
      gridName: u.grid_name,
      unitName: u.unit_name,
    })),
    visits: visits.map((v) => ({
      id: v.id,
      householdNumber: v.household_number,
      headName: v.head_name,
      visitorName: v.visitor_name,
      visitorKind: v.visitor_kind,
      visitedOn: v.visited_on,
      note: v.note,
      caseNumber: v.case_number,
    })),
    members: members.map((m) => ({ personId: m.id, name: m.name })),
    visitDays: days,
  };
}

/** The households a Party member or grid chief visits, linked ones first with their due dates. */
export async function ownVisits(
  ctx: AppContext,
  villageId: string,
  personId: string,
  grids: readonly string[],
) {
  const today = ctx.clock.today();
  const [rows, days] = await Promise.all([
    visitableHouseholds(ctx.db, villageId, personId, grids),
    visitDays(ctx, villageId, today),
  ]);
  return rows.map((r) => ({
    householdId: r.household_id,
    householdNumber: r.household_number,
    headName: r.head_name,
    gridName: r.grid_name,
    kind: r.linked ? ('partyMember' as const) : ('gridChief' as const),
    lastVisitOn: r.last_visit_on,
    visitDueOn: r.since ? visitDueOn(r.since, r.last_visit_on, days) : null,
    overdue: r.since ? visitOverdue(r.since, r.last_visit_on, days, today) : false,
  }));
}
