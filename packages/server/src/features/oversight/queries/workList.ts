import { addDays } from '@cunzhi/core/rules/dayCount';
import type { Actor } from '@cunzhi/core/policies/actor';
import { inboxFilters } from '@cunzhi/core/policies/townInbox';
import { nextApprovalStep, type ApprovalStep } from '@cunzhi/core/spending/chain';
import {
  byUrgency,
  SOON_DAYS,
  urgencyOf,
  type Urgency,
  type WorkItem,
} from '@cunzhi/core/oversight/workList';
import type { CalendarDate } from '@cunzhi/core/calendarDate';
import type { AppContext } from '../../../platform/http/context.ts';
import { inboxReferrals } from '../../townInbox/queries.ts';
import { paramsOfVillages } from './params.ts';

type Reader = Pick<AppContext, 'db'>;
type Villages = { towns: string[]; counties: string[] };

const IN_SCOPE = `v.town_id = ANY($1::uuid[]) OR t.county_id = ANY($2::uuid[])`;

/**
 * Payments whose next signature is the town's agency accountant's (乡镇代理会计审核): the chain's
 * next step by the village's own rule profile, as the spending page decides it.
 */
async function spendingItems(
  { db }: Reader,
  towns: string[],
  today: CalendarDate,
): Promise<WorkItem[]> {
  if (towns.length === 0) return [];
  const rows = await db.query<{
    village_id: string;
    village_name: string;
    id: string;
    number: number;
    purpose: string;
    scheduled_on: CalendarDate | null;
    steps: ApprovalStep[];
  }>(
    `SELECT r.village_id, v.name AS village_name, r.id, r.number, r.purpose, r.scheduled_on,
       coalesce(array_agg(s.step) FILTER (WHERE s.step IS NOT NULL), '{}') AS steps
       FROM spending_request r JOIN village v ON v.id = r.village_id
       LEFT JOIN spending_step s ON s.village_id = r.village_id AND s.request_id = r.id
      WHERE v.town_id = ANY($1::uuid[]) AND r.status = 'pending'
      GROUP BY r.village_id, v.name, r.id, r.number, r.purpose, r.scheduled_on`,
    [towns],
  );
  const paramsOf = await paramsOfVillages(
    db,
    rows.map((r) => r.village_id),
  );
  return rows
    .filter(
      (r) =>
        nextApprovalStep(
          r.steps.map((step) => ({ step })),
          paramsOf(r.village_id, today),
        ) === 'townAccountantChecked',
    )
    .map((r) => ({
      kind: 'spending',
      villageId: r.village_id,
      villageName: r.village_name,
      recordId: r.id,
      title: `第${r.number}号 ${r.purpose}`,
      dueOn: r.scheduled_on,
    }));
}

/** Petitions waiting on the office (registered, handed over, being handled or reviewed), by number only. */
async function petitionItems({ db }: Reader, scope: Villages): Promise<WorkItem[]> {
  const rows = await db.query<{
    village_id: string;
    village_name: string;
    id: string;
    number: number;
    due_on: CalendarDate | null;
  }>(
    `SELECT p.village_id, v.name AS village_name, p.id, p.number, p.due_on
       FROM petition p JOIN village v ON v.id = p.village_id JOIN town t ON t.id = v.town_id
      WHERE (${IN_SCOPE})
        AND p.status IN ('registered', 'forwarded', 'assigned', 'handling', 'reviewing', 'reReviewing')`,
    [scope.towns, scope.counties],
  );
  return rows.map((r) => ({
    kind: 'petition',
    villageId: r.village_id,
    villageName: r.village_name,
    recordId: r.id,
    title: `信访事项 第${r.number}号`,
    dueOn: r.due_on,
  }));
}

/** Town tasks a village refused or returned under its admission list: the town's to take back or fix. */
async function taskItems({ db }: Reader, scope: Villages): Promise<WorkItem[]> {
  const rows = await db.query<{
    village_id: string;
    village_name: string;
    id: string;
    content: string;
    deadline: CalendarDate;
  }>(
    `SELECT w.village_id, v.name AS village_name, w.id, w.content, w.deadline
       FROM work_task w JOIN village v ON v.id = w.village_id JOIN town t ON t.id = v.town_id
      WHERE (${IN_SCOPE}) AND w.decision IN ('refused', 'returned')`,
    [scope.towns, scope.counties],
  );
  return rows.map((r) => ({
    kind: 'task',
    villageId: r.village_id,
    villageName: r.village_name,
    recordId: r.id,
    title: r.content,
    dueOn: r.deadline,
  }));
}

export type WorkListItem = WorkItem & { urgency: Urgency };

/**
 * 我的待办: what waits on this official today across their towns (or county) — payments to check
 * as the town's accountant, referrals addressed to their unit, petitions at the office, tasks the
 * villages refused — the most urgent first.
 */
export async function workList(
  ctx: AppContext,
  actor: Actor,
): Promise<{ on: CalendarDate; items: WorkListItem[] }> {
  const today = ctx.clock.today();
  const scope: Villages = {
    towns: actor.staffScopes.filter((s) => s.level === 'town').map((s) => s.id),
    counties: actor.staffScopes.filter((s) => s.level === 'county').map((s) => s.id),
  };
  const referrals = (await inboxReferrals(ctx, today, inboxFilters(actor), { status: 'open' })).map(
    (r): WorkItem => ({
      kind: 'referral',
      villageId: r.village_id,
      villageName: r.village_name,
      recordId: r.id,
      title: r.subject,
      dueOn: r.paused_on ? null : r.due_on,
    }),
  );
  const items = [
    ...(await spendingItems(ctx, scope.towns, today)),
    ...referrals,
    ...(await petitionItems(ctx, scope)),
    ...(await taskItems(ctx, scope)),
  ];
  const soonUntil = addDays(today, SOON_DAYS);
  return {
    on: today,
    items: byUrgency(items).map((i) => ({ ...i, urgency: urgencyOf(i.dueOn, today, soonUntil) })),
  };
}
