import { DomainError } from '@cunzhi/core/errors';
import { normalizeTrackingCode } from '@cunzhi/core/complaints/complaints';
import { caseVisible, type LiaisonReader } from '@cunzhi/core/liaison/access';
import type { AppContext } from '../../platform/http/context.ts';
import { factsOf } from './commands/stepCase.ts';
import { caseTrackingHash } from './commands/intake.ts';
import {
  caseQueue,
  caseSteps,
  openInGrid,
  ownCases,
  queueRow,
  townDepartments,
} from './queries.ts';
import { findCaseByTracking, personPlace, type CaseRow } from './repository.ts';
import { presentOwn, presentSummary } from './present.ts';

/** The pages' read models of 民情, for the routes (which do not touch the database themselves). */

/** The queue as this reader may see it, with the town's departments a case may be handed to. */
export async function queueView(ctx: AppContext, villageId: string, reader: LiaisonReader) {
  const today = ctx.clock.today();
  const rows = await caseQueue(ctx.db, villageId);
  return {
    items: rows.filter((r) => caseVisible(reader, factsOf(r))).map((r) => presentSummary(r, today)),
    departments: await townDepartments(ctx.db, villageId),
  };
}

/** A villager's view of one case: its timeline, and whether they raised it or follow it. */
export async function ownView(ctx: AppContext, row: CaseRow, isOwn: boolean) {
  const steps = await caseSteps(ctx.db, row.village_id, row.id);
  return presentOwn(row, ctx.clock.today(), { own: isOwn, steps });
}

export async function ownViewById(ctx: AppContext, villageId: string, caseId: string) {
  const row = await queueRow(ctx.db, villageId, caseId);
  if (!row) throw new DomainError('not_found', { what: 'liaisonCase' });
  return ownView(ctx, row, true);
}

/** What a villager raised or follows, newest first, and the open cases of their grid to join. */
export async function ownCasesView(ctx: AppContext, villageId: string, personId: string) {
  const rows = await ownCases(ctx.db, villageId, personId);
  const place = await personPlace(ctx.db, villageId, personId);
  const nearby = place?.grid_id ? await openInGrid(ctx.db, villageId, place.grid_id) : [];
  const items = await Promise.all(rows.map((r) => ownView(ctx, r, r.own)));
  items.sort((a, b) => b.number - a.number);
  const openNearby = nearby.map((n) => ({
    ...{ id: n.id, number: n.number, subject: n.subject, reportedOn: n.reported_on },
  }));
  return { items, openNearby };
}

/** The case a 查询码 leads to (a repeat's code leads to the case it joined, which it only follows). */
export async function tracked(ctx: AppContext, villageId: string, code: string) {
  const normal = normalizeTrackingCode(code);
  const hash = normal ? caseTrackingHash(normal) : null;
  const row = hash ? await findCaseByTracking(ctx.db, villageId, hash) : null;
  if (!row || !hash) throw new DomainError('liaison_tracking_unknown');
  const target = row.merged_into ? await queueRow(ctx.db, villageId, row.merged_into) : row;
  if (!target) throw new DomainError('liaison_tracking_unknown');
  return { row: target, own: row.merged_into === null, hash };
}
