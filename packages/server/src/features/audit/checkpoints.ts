import { DomainError } from '@cunzhi/core/errors';
import type { AppContext } from '../../platform/http/context.ts';
import { findVillage } from '../../platform/tenancy/repository.ts';
import { publishedCheckpoints } from '../../platform/audit/checkpoints.ts';

/**
 * The public page of a village's published chain heads: the village's name
 * and, day by day, the head's sequence number and hash. Nothing about any
 * person; today's head is published by the first request of the day.
 */
export async function publicCheckpoints(ctx: AppContext, villageId: string) {
  const village = await findVillage(ctx.db, villageId);
  if (!village) throw new DomainError('not_found', { what: 'village' });
  const items = await publishedCheckpoints(ctx, village.id);
  return {
    village: { id: village.id, name: village.name },
    items: items.map((c) => ({ day: c.day, seq: c.seq, hash: c.hash })),
  };
}
