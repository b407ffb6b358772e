import { GENESIS_HASH, type AuditEventBody } from '@cunzhi/core/audit/canonical';
import type { Queryable } from '../db/database.ts';
import { hashAuditEvent } from './appendAuditEvent.ts';
import {
  auditHeadOf,
  firstCheckpointOffChain,
  firstEventOf,
  isVillage,
  storedEventsFrom,
} from './repository.ts';

/** The acts that start a village's chain: its creation (setup), or the demo county's seeding. */
export const GENESIS_ACTIONS: ReadonlySet<string> = new Set(['village.created', 'demo.seeded']);

export type ChainProblemKind =
  /** An event's content does not match its hash. */
  | 'hash'
  /** An event does not link to the one before it. */
  | 'link'
  /** A sequence number is missing or out of place. */
  | 'sequence'
  /** The stored head disagrees with the last event (a cut-off tail). */
  | 'head'
  /** A village without any chain: no events and no head (the whole chain was deleted). */
  | 'missing'
  /** Events without their head row (the head was deleted). */
  | 'missingHead'
  /** A village's chain that does not begin with the village's creation (it was deleted and restarted). */
  | 'genesis'
  /** A head published on a day (a checkpoint) that the chain no longer holds. */
  | 'checkpoint';

export interface ChainVerdict {
  ok: boolean;
  checked: number;
  headHash: string;
  /** The first event that breaks the chain: its hash does not match its content or predecessor, a sequence number is missing or out of place, or the stored head disagrees. */
  problem: { seq: number; kind: ChainProblemKind } | null;
  /** For a checkpoint problem: the day whose published head is gone. */
  checkpoint?: { day: string; seq: number; hash: string };
}

const PAGE = 5000;

/**
 * Recomputes every hash of a chain from its content, in pages. Detects edited
 * content (hash), a deleted or reordered event (sequence/link) and a cut-off
 * tail (head). A village's chain must also exist from the village's creation
 * (missing, missingHead, genesis) and still hold every head published for it
 * (checkpoint).
 */
export async function verifyChain(db: Queryable, chainId: string): Promise<ChainVerdict> {
  const walked = await walkChain(db, chainId);
  if (walked.problem) return walked;
  const { checked, headHash } = walked;
  const head = await auditHeadOf(db, chainId);
  const village = await isVillage(db, chainId);
  if (!head) {
    if (checked > 0) return fail(checked, headHash, checked, 'missingHead');
    if (village) return fail(0, headHash, 0, 'missing');
  } else if (head.seq !== checked || head.hash !== headHash) {
    return fail(checked, headHash, Math.max(head.seq, checked), 'head');
  }
  if (village) {
    const first = await firstEventOf(db, chainId);
    if (!first || !GENESIS_ACTIONS.has(first.action)) return fail(checked, headHash, 1, 'genesis');
    const gone = await firstCheckpointOffChain(db, chainId);
    if (gone) return { ...fail(checked, headHash, gone.seq, 'checkpoint'), checkpoint: gone };
  }
  return { ok: true, checked, headHash, problem: null };
}

/** The hash walk from the genesis hash: the first event whose hash, link or number is wrong. */
async function walkChain(db: Queryable, chainId: string): Promise<ChainVerdict> {
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
  return { ok: true, checked: expectedSeq - 1, headHash: prevHash, problem: null };
}

function fail(
  checked: number,
  headHash: string,
  seq: number,
  kind: ChainProblemKind,
): ChainVerdict {
  return { ok: false, checked, headHash, problem: { seq, kind } };
}
