import { VILLAGE_TTL_MS } from '../../platform/tenancy/villageCache.ts';
import type { AppContext } from '../../platform/http/context.ts';
import { findVillageByKey, type PortalVillage } from './queries.ts';

const MAX_ENTRIES = 10_000;

/**
 * The portal's memory of the villages its addresses name (by code or id): every
 * portal page looks its village up first. Safe for the reasons the access
 * guard's VillageCache gives (village rows are only ever created); only
 * villages found are kept, at most MAX_ENTRIES, so a stream of made-up codes
 * cannot grow it. One per app.
 */
export class PortalVillages {
  private readonly entries = new Map<string, { village: PortalVillage; storedAt: number }>();

  constructor(private readonly clock: () => number = () => performance.now()) {}

  async find(ctx: Pick<AppContext, 'db'>, key: string): Promise<PortalVillage | null> {
    const entry = this.entries.get(key);
    if (entry && this.clock() - entry.storedAt <= VILLAGE_TTL_MS) return entry.village;
    const village = await findVillageByKey(ctx, key);
    if (!village) {
      this.entries.delete(key);
      return null;
    }
    if (!entry && this.entries.size >= MAX_ENTRIES) {
      const oldest = this.entries.keys().next().value;
      if (oldest !== undefined) this.entries.delete(oldest);
    }
    this.entries.set(key, { village, storedAt: this.clock() });
    return village;
  }
}
