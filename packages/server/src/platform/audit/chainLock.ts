import { GENESIS_HASH } from '@cunzhi/core/audit/canonical';
import type { Tx } from '../db/database.ts';
import { createAuditHead, lockAuditHead } from './repository.ts';

/**
 * Takes a chain's head lock for the rest of the caller's transaction (creating
 * the head at the genesis hash if the chain has none yet). A feature that
 * numbers something per village (resolutions) serialises on it: every write of
 * the village takes this lock anyway when it appends its audit event, so
 * taking it first adds no new lock order.
 */
export async function lockAuditChain(tx: Tx, chainId: string): Promise<void> {
  await createAuditHead(tx, chainId, GENESIS_HASH);
  await lockAuditHead(tx, chainId);
}
