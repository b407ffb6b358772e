import type { AuditListRow } from '../../platform/audit/repository.ts';

export const presentAuditEvent = (e: AuditListRow) => ({
  seq: e.seq,
  action: e.action,
  targetType: e.target_type,
  targetId: e.target_id,
  actorName: e.actor_name,
  // the driver reads timestamptz as a Date; the API carries ISO 8601 text (as JSON.stringify wrote it)
  occurredAt: new Date(e.occurred_at).toISOString(),
  hash: e.hash,
});
