import type { CalendarDate } from '@cunzhi/core/calendarDate';
import { DomainError } from '@cunzhi/core/errors';
import type { VillageAbilities } from '@cunzhi/core/policies/village';
import type { AppContext } from '../../platform/http/context.ts';
import {
  presentDetail,
  presentItem,
  presentSummary,
  presentWindow,
  requestActions,
} from './present.ts';
import {
  findItems,
  findRequest,
  findSteps,
  findWindows,
  servesAtStation,
  townDepartments,
} from './repository.ts';
import { ownRequests, requestQueue, requesterOptions, stationName } from './queries.ts';

/** The pages' reads, assembled from queries and presenters (routes hold no database). */

type Village = { id: string; name: string; kind: string };

/** The station's name as the village calls it (its body's; else 便民服务站 / 社区服务站). */
export async function stationOf(ctx: AppContext, village: Village): Promise<string> {
  const named = await stationName(ctx.db, village.id);
  return named ?? `${village.name}${village.kind === 'community' ? '社区服务站' : '便民服务站'}`;
}

export async function catalogueOf(ctx: AppContext, village: Village) {
  const [windows, items] = await Promise.all([
    findWindows(ctx.db, village.id),
    findItems(ctx.db, village.id),
  ]);
  return {
    stationName: await stationOf(ctx, village),
    windows: windows.map(presentWindow),
    items: items.map(presentItem),
  };
}

/** What a villager may order now: active items of active windows. */
export async function offeredCatalogue(ctx: AppContext, village: Village) {
  const c = await catalogueOf(ctx, village);
  const windows = c.windows.filter((w) => w.active);
  const open = new Set(windows.map((w) => w.id));
  return { ...c, windows, items: c.items.filter((i) => i.active && open.has(i.windowId)) };
}

export async function departmentsOf(ctx: AppContext, villageId: string) {
  return townDepartments(ctx.db, villageId);
}

export async function queueOf(ctx: AppContext, villageId: string, show: 'open' | 'closed' | 'all') {
  const today: CalendarDate = ctx.clock.today();
  return (await requestQueue(ctx.db, villageId, show)).map((r) => presentSummary(r, today));
}

export async function ownListOf(ctx: AppContext, villageId: string, personId: string | null) {
  if (!personId) return [];
  const today = ctx.clock.today();
  return (await ownRequests(ctx.db, villageId, personId)).map((r) => presentSummary(r, today));
}

/** A request in the console: the steps this reader may take, the phone only to the staff. */
export async function consoleRequest(
  ctx: AppContext,
  villageId: string,
  requestId: string,
  reader: { abilities: VillageAbilities; accountId: string },
) {
  const row = await findRequest(ctx.db, villageId, requestId);
  if (!row) throw new DomainError('not_found', { what: 'serviceRequest' });
  const steps = await findSteps(ctx.db, villageId, row.id);
  const staff = reader.abilities.handleServiceRequests;
  const holder = row.first_contact_account_id;
  const can = requestActions(row, {
    staff,
    accountId: reader.accountId,
    ownPerson: null,
    firstContactGone:
      staff && !!holder && !(await servesAtStation(ctx.db, villageId, holder, ctx.clock.today())),
  });
  return presentDetail(row, steps, ctx.clock.today(), {
    can,
    showPhone: reader.abilities.viewServiceRequesters,
  });
}

/** The villager's own request; another's is as unknown as none. */
export async function ownRequest(
  ctx: AppContext,
  villageId: string,
  requestId: string,
  personId: string | null,
) {
  const row = await findRequest(ctx.db, villageId, requestId);
  if (!row || !personId || row.requester_person_id !== personId)
    throw new DomainError('not_found', { what: 'serviceRequest' });
  const steps = await findSteps(ctx.db, villageId, row.id);
  const can = requestActions(row, { staff: false, accountId: null, ownPerson: personId });
  return presentDetail(row, steps, ctx.clock.today(), { can, showPhone: false });
}

export async function requestersLike(ctx: AppContext, villageId: string, prefix: string) {
  const rows = await requesterOptions(ctx.db, villageId, prefix);
  return rows.map((p) => ({
    personId: p.person_id,
    name: p.name,
    group: p.group_name,
    birthYear: p.birth_year,
  }));
}
