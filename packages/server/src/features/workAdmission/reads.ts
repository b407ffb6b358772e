import { ymd } from '@cunzhi/core/calendarDate';
import type { Actor } from '@cunzhi/core/policies/actor';
import { publishingCounties, sendingTowns } from '@cunzhi/core/workAdmission/staff';
import type { AppContext } from '../../platform/http/context.ts';
import { presentTask, presentVersions } from './present.ts';
import {
  countiesNamed,
  countiesOfTowns,
  countsByTown,
  sentTasks,
  townsWithVillages,
  villageTasks,
  type TaskFilter,
} from './queries.ts';
import { itemsOf, versionsOf } from './repository.ts';

/** The places an official serves: the counties and the towns. */
function placesOf(actor: Actor) {
  const scopes = actor.staffScopes;
  return {
    countyIds: [...new Set(scopes.filter((s) => s.level === 'county').map((s) => s.id))],
    townIds: [...new Set(scopes.filter((s) => s.level === 'town').map((s) => s.id))],
  };
}

/** The counties whose lists the official reads: their own, and those above their towns. */
async function countiesRead(ctx: AppContext, actor: Actor): Promise<string[]> {
  const { countyIds, townIds } = placesOf(actor);
  return [...new Set([...countyIds, ...(await countiesOfTowns(ctx.db, townIds))])];
}

/** Versions with their items, of these counties, as of today. */
export async function versionsWithItems(ctx: AppContext, countyIds: readonly string[]) {
  const versions = await versionsOf(ctx.db, countyIds);
  const items = await itemsOf(
    ctx.db,
    versions.map((v) => v.id),
  );
  return presentVersions(versions, items, ctx.clock.today());
}

/** The staff page: the counties' lists (and whether the official publishes), the sending towns. */
export async function overviewFor(ctx: AppContext, actor: Actor) {
  const countyIds = await countiesRead(ctx, actor);
  const [counties, versions, towns] = await Promise.all([
    countiesNamed(ctx.db, countyIds),
    versionsWithItems(ctx, countyIds),
    townsWithVillages(ctx.db, sendingTowns(actor)),
  ]);
  const publishing = publishingCounties(actor);
  return {
    on: ctx.clock.today(),
    counties: counties.map((c) => ({
      ...c,
      canPublish: publishing.includes(c.id),
      versions: versions.filter((v) => v.countyId === c.id),
    })),
    towns: towns.map((t) => ({
      id: t.id,
      name: t.name,
      countyId: t.county_id,
      villages: t.villages,
    })),
  };
}

/** The tasks sent by the official's towns (a county official: every town of the county). */
export async function tasksFor(ctx: AppContext, actor: Actor, filter: TaskFilter) {
  const rows = await sentTasks(ctx.db, placesOf(actor), filter);
  return { items: rows.map(presentTask) };
}

/** The year's tasks per town: every town of the county for its officials, a town's own for it. */
export async function byTownFor(ctx: AppContext, actor: Actor, year: number | undefined) {
  const y = year ?? ymd(ctx.clock.today()).year;
  const { countyIds, townIds } = placesOf(actor);
  const rows = await countsByTown(ctx.db, await countiesRead(ctx, actor), y);
  const items = rows
    .filter((r) => countyIds.length > 0 || townIds.includes(r.town_id))
    .map((r) => ({
      townId: r.town_id,
      townName: r.town_name,
      sent: r.sent,
      accepted: r.accepted,
      refused: r.refused,
      returned: r.returned,
      open: r.open,
    }));
  return { year: y, items };
}

/** A village's tasks, newest first, and the version of its county's lists in force today. */
export async function villageView(ctx: AppContext, villageId: string, countyId: string) {
  const [rows, versions] = await Promise.all([
    villageTasks(ctx.db, villageId),
    versionsWithItems(ctx, [countyId]),
  ]);
  return { version: versions.find((v) => v.inForce) ?? null, items: rows.map(presentTask) };
}
