import { createHash } from 'node:crypto';
import { auditHashInput, GENESIS_HASH, type AuditEventBody } from '@cunzhi/core/audit/canonical';
import type { Tx } from '../db/database.ts';

export interface AuditEventInput {
  /** The village id (or the county id for county-level events such as staff accounts). */
  chainId: string;
  actorAccountId: string | null;
  /** `aggregate.verb`, e.g. `person.updated`, `roster.imported`. */
  action: string;
  targetType: string;
  targetId: string;
  data: unknown;
  occurredAt: Date;
}

export function hashAuditEvent(prevHash: string, body: AuditEventBody): string {
  return createHash('sha256').update(auditHashInput(prevHash, body), 'utf8').digest('hex');
}

/**
 * Appends one event to its chain inside the caller's transaction. The chain
 * head row is locked (FOR UPDATE) so concurrent writers to one village queue
 * up and every event gets the next sequence number and the right prev_hash.
 */
export async function appendAuditEvent(
  tx: Tx,
  input: AuditEventInput,
): Promise<{ seq: number; hash: string }> {
  await tx.query(
    `INSERT INTO audit_head (chain_id, seq, hash) VALUES ($1, 0, $2) ON CONFLICT (chain_id) DO NOTHING`,
    [input.chainId, GENESIS_HASH],
  );
  const [head] = await tx.query<{ seq: number; hash: string }>(
    'SELECT seq, hash FROM audit_head WHERE chain_id = $1 FOR UPDATE',
    [input.chainId],
  );
  if (!head) throw new Error('audit head missing after upsert');
  const body: AuditEventBody = {
    chainId: input.chainId,
    seq: head.seq + 1,
    actorAccountId: input.actorAccountId,
    action: input.action,
    targetType: input.targetType,
    targetId: input.targetId,
    data: input.data ?? null,
    occurredAt: input.occurredAt.toISOString(),
  };
  const hash = hashAuditEvent(head.hash, body);
  await tx.query(
    `INSERT INTO audit_event (chain_id, seq, actor_account_id, action, target_type, target_id, data, occurred_at, prev_hash, hash)
     VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10)`,
    [
      body.chainId,
      body.seq,
      body.actorAccountId,
      body.action,
      body.targetType,
      body.targetId,
      JSON.stringify(body.data),
      body.occurredAt,
      head.hash,
      hash,
    ],
  );
  await tx.query('UPDATE audit_head SET seq = $2, hash = $3 WHERE chain_id = $1', [
    input.chainId,
    body.seq,
    hash,
  ]);
  return { seq: body.seq, hash };
}
