import type { Queryable } from '../db/database.ts';

export interface AuditListRow {
  seq: number;
  action: string;
  target_type: string;
  target_id: string;
  data: unknown;
  occurred_at: string;
  hash: string;
  actor_name: string | null;
}

const SELECT_EVENTS = `SELECT e.seq, e.action, e.target_type, e.target_id, e.data, e.occurred_at, e.hash, a.display_name AS actor_name
  FROM audit_event e LEFT JOIN account a ON a.id = e.actor_account_id`;

export async function listAuditEvents(
  db: Queryable,
  chainId: string,
  limit: number,
  beforeSeq: number | null,
): Promise<AuditListRow[]> {
  return db.query<AuditListRow>(
    `${SELECT_EVENTS} WHERE e.chain_id = $1 AND ($2::bigint IS NULL OR e.seq < $2) ORDER BY e.seq DESC LIMIT ${limit}`,
    [chainId, beforeSeq],
  );
}

export async function auditEventsFor(
  db: Queryable,
  chainId: string,
  targetType: string,
  targetId: string,
): Promise<AuditListRow[]> {
  return db.query<AuditListRow>(
    `${SELECT_EVENTS} WHERE e.chain_id = $1 AND e.target_type = $2 AND e.target_id = $3 ORDER BY e.seq`,
    [chainId, targetType, targetId],
  );
}
