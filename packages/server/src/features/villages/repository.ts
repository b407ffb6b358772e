import type { StaffUnit } from '@cunzhi/core/policies/actor';
import type { Queryable, Tx } from '../../platform/db/database.ts';
import { bulkInsert } from '../../platform/db/bulkInsert.ts';

/** A county or town by its administrative code; a town also names its county (whose chain records it). */
export async function findByCode(
  db: Queryable,
  table: 'county' | 'town',
  code: string,
): Promise<{ id: string; county_id?: string } | null> {
  const [row] = await db.query<{ id: string; county_id?: string }>(
    table === 'county'
      ? 'SELECT id FROM county WHERE code = $1'
      : 'SELECT id, county_id FROM town WHERE code = $1',
    [code],
  );
  return row ?? null;
}

export async function insertCounty(
  tx: Tx,
  c: { id: string; name: string; code: string },
): Promise<void> {
  await tx.query('INSERT INTO county (id, name, code) VALUES ($1, $2, $3)', [c.id, c.name, c.code]);
}

export async function insertTown(
  tx: Tx,
  t: { id: string; countyId: string; name: string; code: string },
): Promise<void> {
  await tx.query('INSERT INTO town (id, county_id, name, code) VALUES ($1, $2, $3, $4)', [
    t.id,
    t.countyId,
    t.name,
    t.code,
  ]);
}

export async function insertVillage(
  tx: Tx,
  v: { id: string; townId: string; name: string; kind: string; code: string; areaCode: string },
): Promise<void> {
  await tx.query(
    'INSERT INTO village (id, town_id, name, kind, code, area_code) VALUES ($1, $2, $3, $4, $5, $6)',
    [v.id, v.townId, v.name, v.kind, v.code, v.areaCode],
  );
}

export async function insertVillagerGroups(
  tx: Tx,
  villageId: string,
  groups: ReadonlyArray<{ id: string; number: number; name: string }>,
): Promise<void> {
  await bulkInsert(
    tx,
    'villager_group',
    ['village_id', 'id', 'number', 'name'],
    groups.map((g) => [villageId, g.id, g.number, g.name]),
  );
}

/** The town or county an official serves, with their title there. */
export async function insertStaffScope(
  tx: Tx,
  s: {
    accountId: string;
    level: 'town' | 'county';
    scopeId: string;
    title: string;
    unit?: StaffUnit;
  },
): Promise<void> {
  await tx.query(
    'INSERT INTO staff_scope (account_id, level, scope_id, title, unit) VALUES ($1, $2, $3, $4, $5)',
    [s.accountId, s.level, s.scopeId, s.title, s.unit ?? 'government'],
  );
}
