import { describe, expect, it } from 'vitest';
import type { Queryable } from '../db/database.ts';
import { VillageCache } from './villageCache.ts';

const village = {
  id: 'v1',
  name: '东岙村',
  kind: 'village' as const,
  town_id: 't1',
  town_name: '西店镇',
  county_id: 'c1',
  county_name: '宁海县',
};

/** A database holding the given villages that counts the statements it is sent. */
function fakeDb(rows: Array<typeof village>) {
  const db = {
    statements: 0,
    query: async <Row>(_text: string, params?: readonly unknown[]) => {
      db.statements += 1;
      return rows.filter((r) => r.id === params?.[0]) as Row[];
    },
  };
  return db satisfies Queryable;
}

describe('VillageCache', () => {
  it('looks a found village up once, then answers from memory until the TTL', async () => {
    let now = 0;
    const cache = new VillageCache(1_000, () => now);
    const db = fakeDb([village]);
    expect(await cache.find(db, 'v1')).toEqual(village);
    now = 999;
    expect(await cache.find(db, 'v1')).toEqual(village);
    expect(db.statements).toBe(1);
    now = 1_001;
    expect(await cache.find(db, 'v1')).toEqual(village);
    expect(db.statements).toBe(2);
  });

  it('does not remember a village it did not find (it may be created a moment later)', async () => {
    const cache = new VillageCache();
    const rows: Array<typeof village> = [];
    const db = fakeDb(rows);
    expect(await cache.find(db, 'v1')).toBeNull();
    rows.push(village);
    expect(await cache.find(db, 'v1')).toEqual(village);
    expect(db.statements).toBe(2);
  });
});
