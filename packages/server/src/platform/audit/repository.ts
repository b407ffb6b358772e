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

/** The chain record that put a document on the record: printed on it so the paper can be checked. */
export interface Fingerprint {
  seq: number;
  hash: string;
}

/**
 * The first audit event of `action` on a target: for a notice, the event that
 * published it; for a resolution, the one that adopted it. Unlike the chain's
 * head, it is the same whenever the document is viewed or printed again.
 */
export async function fingerprintOf(
  db: Queryable,
  chainId: string,
  target: { type: string; id: string; action: string },
): Promise<Fingerprint | null> {
  const [row] = await db.query<Fingerprint>(
    `SELECT seq, hash FROM audit_event
      WHERE chain_id = $1 AND target_type = $2 AND target_id = $3 AND action = $4
      ORDER BY seq LIMIT 1`,
    [chainId, target.type, target.id, target.action],
  );
  return row ?? null;
}
