import type { Queryable } from '../db/database.ts';
import { findVillage, type VillageRow } from './repository.ts';

/**
 * The access guard's memory of villages it has found: every village route
 * looks its village up first, and that lookup was one statement of every
 * request.
 *
 * Safe to keep because a village row, with its town's and county's names, is
 * never changed once created: the hierarchy commands only create (the audit
 * actions `county.created`, `town.created`, `village.created`), and nothing
 * updates or deletes those rows. Only villages found are remembered, so a
 * village created a moment ago is found on the next request. The TTL only
 * bounds how long an edit made outside the application (by hand in SQL)
 * goes unseen. One cache per app (made by the guard), so tests that start an
 * app on a fresh database start with an empty one.
 */
export const VILLAGE_TTL_MS = 60_000;
const MAX_ENTRIES = 10_000;

export class VillageCache {
  private readonly entries = new Map<string, { row: VillageRow; storedAt: number }>();

  constructor(
    private readonly ttlMs = VILLAGE_TTL_MS,
    private readonly clock: () => number = () => performance.now(),
  ) {}

  async find(db: Queryable, villageId: string): Promise<VillageRow | null> {
    const entry = this.entries.get(villageId);
    if (entry && this.clock() - entry.storedAt <= this.ttlMs) return entry.row;
    const row = await findVillage(db, villageId);
    if (!row) {
      this.entries.delete(villageId);
      return null;
    }
    if (!entry && this.entries.size >= MAX_ENTRIES) {
      // Map iterates in insertion order: drop the oldest
      const oldest = this.entries.keys().next().value;
      if (oldest !== undefined) this.entries.delete(oldest);
    }
    this.entries.set(villageId, { row, storedAt: this.clock() });
    return row;
  }
}
