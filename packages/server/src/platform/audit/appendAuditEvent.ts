import { createHash } from 'node:crypto';
import {
  auditHashInput,
  canonicalJson,
  GENESIS_HASH,
  type AuditEventBody,
} from '@cunzhi/core/audit/canonical';
import type { Tx } from '../db/database.ts';
import { noteAuditedChange } from '../auth/signedInCache.ts';
import { APPEND_AUDIT_EVENT, createAuditHead, runAppend } from './repository.ts';
import { auditAppends } from '../ops/metrics.ts';

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
    text: APPEND_AUDIT_EVENT,
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
  let row = await runAppend(tx, text, params);
  if (!row) {
    await createAuditHead(tx, input.chainId, GENESIS_HASH);
    row = await runAppend(tx, text, params);
    if (!row) throw new Error('audit head missing after upsert');
  }
  noteAuditedChange(input);
  auditAppends.inc();
  return row;
}
