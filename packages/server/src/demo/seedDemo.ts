import type { CalendarDate } from '@cunzhi/core/calendarDate';
import { randomUUID } from 'node:crypto';
import {
  DEMO_ACCOUNT_SPECS,
  DEMO_DEPARTMENTS,
  DEMO_PASSWORD,
  demoRoleLabel,
} from '@cunzhi/demo/accounts';
import { DEFAULT_DEMO_SEED, generateDemoCounty } from '@cunzhi/demo/county';
import {
  countDemoCounty,
  type DemoAccount,
  type DemoCounts,
  type DemoCounty,
} from '@cunzhi/demo/types';
import { appendAuditEvent } from '../platform/audit/appendAuditEvent.ts';
import { insertDepartment, setStaffDepartment } from '../features/townInbox/repository.ts';
import { hashPassword, verifyPassword } from '../platform/auth/passwords.ts';
import type { Database, Queryable, Tx } from '../platform/db/database.ts';
import {
  anyCountyExists,
  countRows,
  demoAccountRows,
  insertAll,
  lockSeeding,
} from './repository.ts';

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
    await lockSeeding(tx, SEED_LOCK);
    if (await anyCountyExists(tx))
      return {
        created: false,
        accounts: await existingDemoAccounts(tx),
        counts: await countRows(tx),
      };

    const county = generateDemoCounty({
      seed: options.seed ?? DEFAULT_DEMO_SEED,
      today: options.today,
    });
    // argon2 is deliberately slow: one hash serves every demo account
    const passwordHash = await hashPassword(DEMO_PASSWORD);
    await insertCounty(tx, county, options.now.toISOString());
    await insertAccounts(tx, county, passwordHash, options.now.toISOString());
    await insertDepartments(tx, county);
    await recordInAuditChains(tx, county, options.now);
    return { created: true, accounts: county.accounts, counts: countDemoCounty(county) };
  });
}

/** The county as a roster import would write it: places, then households and persons, then bodies. */
async function insertCounty(tx: Tx, c: DemoCounty, now: string): Promise<void> {
  await insertPlaces(tx, c);
  await insertRegistry(tx, c, now);
  await insertBodies(tx, c);
}

async function insertPlaces(tx: Tx, c: DemoCounty): Promise<void> {
  await insertAll(tx, 'county', [c.county], {
    id: (r) => r.id,
    name: (r) => r.name,
    code: (r) => r.code,
  });
  await insertAll(tx, 'town', c.towns, {
    id: (t) => t.id,
    county_id: (t) => t.countyId,
    name: (t) => t.name,
    code: (t) => t.code,
  });
  await insertAll(tx, 'village', c.villages, {
    id: (v) => v.id,
    town_id: (v) => v.townId,
    name: (v) => v.name,
    kind: (v) => v.kind,
    code: (v) => v.code,
    area_code: (v) => v.areaCode,
  });
  await insertAll(tx, 'villager_group', c.villagerGroups, {
    village_id: (g) => g.villageId,
    id: (g) => g.id,
    number: (g) => g.number,
    name: (g) => g.name,
  });
  // grid → person is DEFERRABLE INITIALLY DEFERRED: chiefs can be named before the persons exist
  await insertAll(tx, 'grid', c.grids, {
    village_id: (g) => g.villageId,
    id: (g) => g.id,
    name: (g) => g.name,
    chief_person_id: (g) => g.chiefPersonId,
  });
}

async function insertRegistry(tx: Tx, c: DemoCounty, now: string): Promise<void> {
  await insertAll(tx, 'household', c.households, {
    village_id: (h) => h.villageId,
    id: (h) => h.id,
    number: (h) => h.number,
    villager_group_id: (h) => h.villagerGroupId,
    grid_id: (h) => h.gridId,
    address: (h) => h.address,
    created_at: () => now,
    updated_at: () => now,
  });
  await insertAll(tx, 'person', c.persons, {
    village_id: (p) => p.villageId,
    id: (p) => p.id,
    household_id: (p) => p.householdId,
    name: (p) => p.name,
    gender: (p) => p.gender,
    birth_date: (p) => p.birthDate,
    resident_id_number: (p) => p.residentIdNumber,
    phone: (p) => p.phone,
    relation_to_head: (p) => p.relationToHead,
    residence_status: (p) => p.residenceStatus,
    residence_since: (p) => p.residenceSince,
    party_member: (p) => p.partyMember,
    party_joined_on: (p) => p.partyJoinedOn,
    created_at: () => now,
    updated_at: () => now,
  });
  await insertAll(tx, 'kin_tie', c.kinTies, {
    village_id: (k) => k.villageId,
    id: (k) => k.id,
    kind: (k) => k.kind,
    person_a: (k) => k.a,
    person_b: (k) => k.b,
  });
}

async function insertBodies(tx: Tx, c: DemoCounty): Promise<void> {
  // a sub-branch refers to its general branch: parents first
  const bodies = [...c.bodies].sort(
    (a, b) => Number(a.parentBodyId !== null) - Number(b.parentBodyId !== null),
  );
  await insertAll(tx, 'body', bodies, {
    village_id: (b) => b.villageId,
    id: (b) => b.id,
    kind: (b) => b.kind,
    name: (b) => b.name,
    parent_body_id: (b) => b.parentBodyId,
    seats: (b) => b.seats,
  });
  await insertAll(tx, 'body_term', c.bodyTerms, {
    village_id: (t) => t.villageId,
    id: (t) => t.id,
    body_id: (t) => t.bodyId,
    starts_on: (t) => t.startsOn,
    ends_on: (t) => t.endsOn,
  });
  await insertAll(tx, 'body_membership', c.memberships, {
    village_id: (m) => m.villageId,
    id: (m) => m.id,
    body_id: (m) => m.bodyId,
    term_id: (m) => m.termId,
    person_id: (m) => m.personId,
    role: (m) => m.role,
    starts_on: (m) => m.startsOn,
    ended_on: (m) => m.endedOn,
    qualifications: (m) => m.qualifications,
  });
}

async function insertAccounts(
  tx: Tx,
  c: DemoCounty,
  passwordHash: string,
  now: string,
): Promise<void> {
  await insertAll(tx, 'account', c.accounts, {
    id: (a) => a.id,
    kind: (a) => a.kind,
    phone: (a) => a.phone,
    display_name: (a) => a.displayName,
    password_hash: () => passwordHash,
    village_id: (a) => a.villageId,
    person_id: (a) => a.personId,
    created_at: () => now,
  });
  const scopes = c.accounts.flatMap((a) =>
    a.staffScope ? [{ accountId: a.id, ...a.staffScope }] : [],
  );
  await insertAll(tx, 'staff_scope', scopes, {
    account_id: (s) => s.accountId,
    level: (s) => s.level,
    scope_id: (s) => s.id,
    title: (s) => s.title,
    unit: (s) => s.unit,
  });
}

/**
 * Every town's departments (DEMO_DEPARTMENTS), and the demo officials who work in one put there:
 * the town inbox then has a department's view (13800000010–12) beside the leader's (…07).
 */
async function insertDepartments(tx: Tx, c: DemoCounty): Promise<void> {
  for (const town of c.towns) {
    const ids = new Map<string, string>();
    for (const d of DEMO_DEPARTMENTS) {
      const id = randomUUID();
      ids.set(d.kind, id);
      await insertDepartment(tx, { id, townId: town.id, name: d.name, kind: d.kind });
    }
    for (const a of c.accounts) {
      const scope = a.staffScope;
      if (scope?.level === 'town' && scope.id === town.id && scope.department)
        await setStaffDepartment(tx, a.id, town.id, ids.get(scope.department)!);
    }
  }
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
  const accounts = tally(
    c.accounts.flatMap((a) => (a.villageId ? [{ villageId: a.villageId }] : [])),
  );
  for (const v of c.villages) {
    await appendAuditEvent(tx, {
      chainId: v.id,
      actorAccountId: null,
      action: 'demo.seeded',
      targetType: 'village',
      targetId: v.id,
      data: {
        households: households.get(v.id) ?? 0,
        persons: persons.get(v.id) ?? 0,
        accounts: accounts.get(v.id) ?? 0,
      },
      occurredAt: now,
    });
  }
  await appendAuditEvent(tx, {
    chainId: c.county.id,
    actorAccountId: null,
    action: 'demo.seeded',
    targetType: 'county',
    targetId: c.county.id,
    data: {
      towns: c.towns.length,
      villages: c.villages.length,
      staffAccounts: c.accounts.filter((a) => a.kind === 'staff').map((a) => a.id),
    },
    occurredAt: now,
  });
}

/** The demo accounts of an already seeded database whose password is still the demo password. */
async function existingDemoAccounts(db: Queryable): Promise<DemoAccount[]> {
  const rows = await demoAccountRows(
    db,
    DEMO_ACCOUNT_SPECS.map((spec) => spec.phone),
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
      roleLabel: demoRoleLabel(spec),
      villageId: row.village_id,
      personId: row.person_id,
      staffScope:
        row.level && row.scope_id
          ? {
              level: row.level,
              id: row.scope_id,
              title: row.title ?? '',
              unit: row.unit ?? 'government',
              ...(row.department ? { department: row.department } : {}),
            }
          : null,
    });
  }
  return accounts;
}
