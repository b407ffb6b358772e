import type { AppContext } from '../../platform/http/context.ts';
import { listAuditEvents } from '../../platform/audit/repository.ts';
import { verifyChain } from '../../platform/audit/verifyChain.ts';

/** A page of the village's audit events, newest first, before a sequence number. */
export function auditPage(
  ctx: AppContext,
  villageId: string,
  page: { limit: number; before?: number },
) {
  return listAuditEvents(ctx.db, villageId, page.limit, page.before ?? null);
}

/** Recomputes the village's chain (the audit page's "verify" button). */
export function verifyVillageChain(ctx: AppContext, villageId: string) {
  return verifyChain(ctx.db, villageId);
}
