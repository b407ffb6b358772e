import { GENESIS_HASH, type AuditEventBody } from '@cunzhi/core/audit/canonical';
import type { Queryable } from '../db/database.ts';
import { hashAuditEvent } from './appendAuditEvent.ts';
import { auditHeadOf, storedEventsFrom } from './repository.ts';

export interface ChainVerdict {
  ok: boolean;
  checked: number;
  headHash: string;
  /** The first event that breaks the chain: its hash does not match its content or predecessor, a sequence number is missing or out of place, or the stored head disagrees. */
  problem: { seq: number; kind: 'hash' | 'link' | 'sequence' | 'head' } | null;
}

const PAGE = 5000;

/**
 * Recomputes every hash of a chain from its content, in pages. Detects edited
 * content (hash), a deleted or reordered event (sequence/link) and a cut-off
 * tail (head).
 */
export async function verifyChain(db: Queryable, chainId: string): Promise<ChainVerdict> {
  let expectedSeq = 1;
  let prevHash = GENESIS_HASH;
  for (;;) {
    const rows = await storedEventsFrom(db, chainId, expectedSeq, PAGE);
    for (const row of rows) {
      if (row.seq !== expectedSeq) return fail(expectedSeq - 1, prevHash, row.seq, 'sequence');
      if (row.prev_hash !== prevHash) return fail(expectedSeq - 1, prevHash, row.seq, 'link');
      const body: AuditEventBody = {
        chainId,
        seq: row.seq,
        actorAccountId: row.actor_account_id,
        action: row.action,
        targetType: row.target_type,
        targetId: row.target_id,
        data: row.data,
        occurredAt: row.occurred_at,
      };
      if (hashAuditEvent(row.prev_hash, body) !== row.hash)
        return fail(expectedSeq - 1, prevHash, row.seq, 'hash');
      prevHash = row.hash;
      expectedSeq += 1;
    }
    if (rows.length < PAGE) break;
  }
  const checked = expectedSeq - 1;
  const head = await auditHeadOf(db, chainId);
  const headSeq = head?.seq ?? 0;
  const headHash = head?.hash ?? GENESIS_HASH;
  if (headSeq !== checked || headHash !== prevHash)
    return fail(checked, prevHash, Math.max(headSeq, checked), 'head');
  return { ok: true, checked, headHash: prevHash, problem: null };
}

function fail(
  checked: number,
  headHash: string,
  seq: number,
  kind: NonNullable<ChainVerdict['problem']>['kind'],
): ChainVerdict {
  return { ok: false, checked, headHash, problem: { seq, kind } };
}
