import { createHash } from 'node:crypto';
import {
  auditHashInput,
  canonicalJson,
  GENESIS_HASH,
  type AuditEventBody,
} from '@cunzhi/core/audit/canonical';
import type { Tx } from '../db/database.ts';
import { noteAuditedChange } from '../auth/signedInCache.ts';

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
 * The canonical body around its sequence number, the only part that depends
 * on the chain's head: `{…,"seq":` and `,"targetId":…}`. Canonical JSON sorts
 * the keys, and after `seq` come only `targetId` and `targetType` (strings,
 * whose quotes JSON escapes), so the last `,"seq":0,` is the key itself.
 */
export function bodyAroundSeq(body: Omit<AuditEventBody, 'seq'>): [string, string] {
  const text = canonicalJson({ ...body, seq: 0 });
  const at = text.lastIndexOf(',"seq":0,');
  if (at < 0) throw new Error('canonical audit body has no seq');
  return [text.slice(0, at + ',"seq":'.length), text.slice(at + ',"seq":0'.length)];
}

/**
 * One statement: lock the chain's head, advance it and insert the event. The
 * hash is computed by the database from the head it has just locked —
 * sha256(prev_hash || '\n' || canonical body) with the body prepared here
 * around its sequence number — so the lock is held for this statement and the
 * rest of the caller's transaction (its COMMIT), never across a round trip
 * spent hashing or building the event.
 *
 * Under READ COMMITTED a waiting writer's `FOR UPDATE` returns the head as
 * its predecessor left it, and the UPDATE re-checks that row version, so
 * concurrent appends to one chain get consecutive sequence numbers.
 */
const APPEND = `
WITH head AS (
  SELECT seq, hash::text AS hash FROM audit_head WHERE chain_id = $1 FOR UPDATE
), advanced AS (
  UPDATE audit_head h
     SET seq = head.seq + 1,
         hash = encode(sha256(convert_to(head.hash || E'\\n' || $2::text || (head.seq + 1)::text || $3::text, 'UTF8')), 'hex')
    FROM head
   WHERE h.chain_id = $1
  RETURNING h.seq, h.hash, head.hash AS prev_hash
)
INSERT INTO audit_event (chain_id, seq, actor_account_id, action, target_type, target_id, data, occurred_at, prev_hash, hash)
SELECT $1, seq, $4, $5, $6, $7, $8, $9, prev_hash, hash FROM advanced
RETURNING seq, hash::text AS hash`;

/** The statement and parameters of one append, for the bench (which runs it bare through pgbench). */
export function appendStatement(input: AuditEventInput): { text: string; params: unknown[] } {
  const occurredAt = input.occurredAt.toISOString();
  const data = input.data ?? null;
  const [before, after] = bodyAroundSeq({
    chainId: input.chainId,
    actorAccountId: input.actorAccountId,
    action: input.action,
    targetType: input.targetType,
    targetId: input.targetId,
    data,
    occurredAt,
  });
  return {
    text: APPEND,
    params: [
      input.chainId,
      before,
      after,
      input.actorAccountId,
      input.action,
      input.targetType,
      input.targetId,
      JSON.stringify(data),
      occurredAt,
    ],
  };
}

/**
 * Appends one event to its chain inside the caller's transaction; the event
 * is prepared before the chain is touched. A chain's very first event finds
 * no head: the head is created (at the genesis hash) and the append repeated.
 */
export async function appendAuditEvent(
  tx: Tx,
  input: AuditEventInput,
): Promise<{ seq: number; hash: string }> {
  const { text, params } = appendStatement(input);
  let [row] = await tx.query<{ seq: number; hash: string }>(text, params);
  if (!row) {
    await tx.query(
      `INSERT INTO audit_head (chain_id, seq, hash) VALUES ($1, 0, $2) ON CONFLICT (chain_id) DO NOTHING`,
      [input.chainId, GENESIS_HASH],
    );
    [row] = await tx.query<{ seq: number; hash: string }>(text, params);
    if (!row) throw new Error('audit head missing after upsert');
  }
  noteAuditedChange(input);
  return row;
}
