import type { CalendarDate } from '@cunzhi/core/calendarDate';
import { DEMO_ACCOUNT_SPECS, DEMO_PASSWORD } from '@cunzhi/core/demo/accounts';
import { DEFAULT_DEMO_SEED, generateDemoCounty } from '@cunzhi/core/demo/county';
import { countDemoCounty, type DemoAccount, type DemoCounts, type DemoCounty } from '@cunzhi/core/demo/types';
import { VILLAGE_ROLE_NAMES } from '@cunzhi/core/policies/actor';
import { appendAuditEvent } from '../audit/appendAuditEvent.ts';
import { hashPassword, verifyPassword } from '../auth/passwords.ts';
import { bulkInsert } from '../db/bulkInsert.ts';
import type { Database, Queryable, Tx } from '../db/database.ts';

export interface SeedDemoOptions {
  /** Same seed and `today` give the same county (ids included). */
  seed?: number;
  today: CalendarDate;
  now: Date;
}

export interface SeedDemoResult {
  /** False when a county was already there and nothing was written. */
  created: boolean;
  accounts: DemoAccount[];
  /** Rows of the demo county in the database. */
  counts: DemoCounts;
}

/** Two processes starting on one empty database must not both seed it. */
const SEED_LOCK = 727_003;

/**
 * Fills an empty database with the demo county (packages/core/src/demo) in
 * one transaction, so a half-seeded county never exists. If any county is
 * already there it writes nothing and returns the demo accounts still signed
 * in with the demo password — safe to call on every start.
 */
export async function seedDemo(db: Database, options: SeedDemoOptions): Promise<SeedDemoResult> {
  return db.transaction(async (tx) => {
    await tx.query('SELECT pg_advisory_xact_lock($1)', [SEED_LOCK]);
    const [existing] = await tx.query<{ id: string }>('SELECT id FROM county LIMIT 1');
    if (existing) return { created: false, accounts: await existingDemoAccounts(tx), counts: await countRows(tx) };

    const county = generateDemoCounty({ seed: options.seed ?? DEFAULT_DEMO_SEED, today: options.today });
    // argon2 is deliberately slow: one hash serves every demo account
    const passwordHash = await hashPassword(DEMO_PASSWORD);
    await insertCounty(tx, county, options.now.toISOString());
    await insertAccounts(tx, county, passwordHash, options.now.toISOString());
    await recordInAuditChains(tx, county, options.now);
    return { created: true, accounts: county.accounts, counts: countDemoCounty(county) };
  });
}

async function insertCounty(tx: Tx, c: DemoCounty, now: string): Promise<void> {
  await bulkInsert(tx, 'county', ['id', 'name', 'code'], [[c.county.id, c.county.name, c.county.code]]);
  await bulkInsert(tx, 'town', ['id', 'county_id', 'name', 'code'], c.towns.map((t) => [t.id, t.countyId, t.name, t.code]));
  await bulkInsert(tx, 'village', ['id', 'town_id', 'name', 'kind', 'code', 'area_code'], c.villages.map((v) => [v.id, v.townId, v.name, v.kind, v.code, v.areaCode]));
  await bulkInsert(tx, 'villager_group', ['village_id', 'id', 'number', 'name'], c.villagerGroups.map((g) => [g.villageId, g.id, g.number, g.name]));
  // grid → person is DEFERRABLE INITIALLY DEFERRED: chiefs can be named before the persons exist
  await bulkInsert(tx, 'grid', ['village_id', 'id', 'name', 'chief_person_id'], c.grids.map((g) => [g.villageId, g.id, g.name, g.chiefPersonId]));
  await bulkInsert(
    tx,
    'household',
    ['village_id', 'id', 'number', 'villager_group_id', 'grid_id', 'address', 'created_at', 'updated_at'],
    c.households.map((h) => [h.villageId, h.id, h.number, h.villagerGroupId, h.gridId, h.address, now, now]),
  );
  await bulkInsert(
    tx,
    'person',
    ['village_id', 'id', 'household_id', 'name', 'gender', 'birth_date', 'resident_id_number', 'phone', 'relation_to_head', 'residence_status', 'residence_since', 'party_member', 'party_joined_on', 'created_at', 'updated_at'],
    c.persons.map((p) => [
      p.villageId, p.id, p.householdId, p.name, p.gender, p.birthDate, p.residentIdNumber, p.phone, p.relationToHead,
      p.residenceStatus, p.residenceSince, p.partyMember, p.partyJoinedOn, now, now,
    ]),
  );
  await bulkInsert(tx, 'kin_tie', ['village_id', 'id', 'kind', 'person_a', 'person_b'], c.kinTies.map((k) => [k.villageId, k.id, k.kind, k.a, k.b]));
  // a sub-branch refers to its general branch: parents first
  const bodies = [...c.bodies].sort((a, b) => Number(a.parentBodyId !== null) - Number(b.parentBodyId !== null));
  await bulkInsert(tx, 'body', ['village_id', 'id', 'kind', 'name', 'parent_body_id', 'seats'], bodies.map((b) => [b.villageId, b.id, b.kind, b.name, b.parentBodyId, b.seats]));
  await bulkInsert(tx, 'body_term', ['village_id', 'id', 'body_id', 'starts_on', 'ends_on'], c.bodyTerms.map((t) => [t.villageId, t.id, t.bodyId, t.startsOn, t.endsOn]));
  await bulkInsert(
    tx,
    'body_membership',
    ['village_id', 'id', 'body_id', 'term_id', 'person_id', 'role', 'starts_on', 'ended_on'],
    c.memberships.map((m) => [m.villageId, m.id, m.bodyId, m.termId, m.personId, m.role, m.startsOn, m.endedOn]),
  );
}

async function insertAccounts(tx: Tx, c: DemoCounty, passwordHash: string, now: string): Promise<void> {
  await bulkInsert(
    tx,
    'account',
    ['id', 'kind', 'phone', 'display_name', 'password_hash', 'village_id', 'person_id', 'created_at'],
    c.accounts.map((a) => [a.id, a.kind, a.phone, a.displayName, passwordHash, a.villageId, a.personId, now]),
  );
  const scoped = c.accounts.filter((a) => a.staffScope !== null);
  await bulkInsert(tx, 'staff_scope', ['account_id', 'level', 'scope_id', 'title'], scoped.map((a) => [a.id, a.staffScope!.level, a.staffScope!.id, a.staffScope!.title]));
}

/** One event per village chain (its register and bodies) and one on the county chain (towns, villages, staff accounts). */
async function recordInAuditChains(tx: Tx, c: DemoCounty, now: Date): Promise<void> {
  const tally = (rows: ReadonlyArray<{ villageId: string }>) => {
    const n = new Map<string, number>();
    for (const r of rows) n.set(r.villageId, (n.get(r.villageId) ?? 0) + 1);
    return n;
  };
  const households = tally(c.households);
  const persons = tally(c.persons);
  const accounts = tally(c.accounts.flatMap((a) => (a.villageId ? [{ villageId: a.villageId }] : [])));
  for (const v of c.villages) {
    await appendAuditEvent(tx, {
      chainId: v.id,
      actorAccountId: null,
      action: 'demo.seeded',
      targetType: 'village',
      targetId: v.id,
      data: { households: households.get(v.id) ?? 0, persons: persons.get(v.id) ?? 0, accounts: accounts.get(v.id) ?? 0 },
      occurredAt: now,
    });
  }
  await appendAuditEvent(tx, {
    chainId: c.county.id,
    actorAccountId: null,
    action: 'demo.seeded',
    targetType: 'county',
    targetId: c.county.id,
    data: { towns: c.towns.length, villages: c.villages.length, staffAccounts: c.accounts.filter((a) => a.kind === 'staff').map((a) => a.id) },
    occurredAt: now,
  });
}

interface AccountRow {
  id: string;
  kind: 'villager' | 'staff';
  phone: string;
  display_name: string;
  password_hash: string;
  village_id: string | null;
  person_id: string | null;
  level: 'town' | 'county' | null;
  scope_id: string | null;
  title: string | null;
}

/** The demo accounts of an already seeded database whose password is still the demo password. */
async function existingDemoAccounts(db: Queryable): Promise<DemoAccount[]> {
  const rows = await db.query<AccountRow>(
    `SELECT a.id, a.kind, a.phone, a.display_name, a.password_hash, a.village_id, a.person_id, s.level, s.scope_id, s.title
     FROM account a LEFT JOIN staff_scope s ON s.account_id = a.id
     WHERE a.phone = ANY($1::text[])`,
    [DEMO_ACCOUNT_SPECS.map((s) => s.phone)],
  );
  const byPhone = new Map(rows.map((r) => [r.phone, r]));
  const accounts: DemoAccount[] = [];
  for (const spec of DEMO_ACCOUNT_SPECS) {
    const row = byPhone.get(spec.phone);
    // a changed password means someone took the account over: do not advertise it
    if (!row || !(await verifyPassword(row.password_hash, DEMO_PASSWORD))) continue;
    accounts.push({
      id: row.id,
      kind: row.kind,
      phone: row.phone,
      password: DEMO_PASSWORD,
      displayName: row.display_name,
      role: spec.role,
      roleLabel: VILLAGE_ROLE_NAMES[spec.role],
      villageId: row.village_id,
      personId: row.person_id,
      staffScope: row.level && row.scope_id ? { level: row.level, id: row.scope_id, title: row.title ?? '' } : null,
    });
  }
  return accounts;
}

async function countRows(db: Queryable): Promise<DemoCounts> {
  const [row] = await db.query<Record<keyof DemoCounts, number>>(
    `SELECT (SELECT count(*) FROM town) AS "towns", (SELECT count(*) FROM village) AS "villages",
            (SELECT count(*) FROM villager_group) AS "villagerGroups", (SELECT count(*) FROM grid) AS "grids",
            (SELECT count(*) FROM household) AS "households", (SELECT count(*) FROM person) AS "persons",
            (SELECT count(*) FROM kin_tie) AS "kinTies", (SELECT count(*) FROM body) AS "bodies",
            (SELECT count(*) FROM body_term) AS "bodyTerms", (SELECT count(*) FROM body_membership) AS "memberships",
            (SELECT count(*) FROM account) AS "accounts"`,
  );
  if (!row) throw new Error('count query returned no row');
  return row;
}
