import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { calendarDate } from '@cunzhi/core/calendarDate';
import { DEMO_PASSWORD } from '@cunzhi/demo/accounts';
import { verifyChain } from '../platform/audit/verifyChain.ts';
import { hashPassword, verifyPassword } from '../platform/auth/passwords.ts';
import type { Database } from '../platform/db/database.ts';
import { openTestDatabase } from '../testing/testDatabase.ts';
import { seedDemo, type SeedDemoResult } from './seedDemo.ts';
import { compositionFacts } from '../features/rules/queries/composition.ts';
import { checkComposition } from '@cunzhi/core/rules/composition';
import { lawOn } from '@cunzhi/core/rules/law';
import { NATIONAL_PARAMS } from '@cunzhi/core/rules/profile';
import type { BodyKind } from '@cunzhi/core/bodies/bodyKinds';

const TODAY = calendarDate('2026-11-21');
const NOW = new Date('2026-11-21T01:30:00.000Z');

let db: Database;
let first: SeedDemoResult;

beforeAll(async () => {
  db = await openTestDatabase();
  first = await seedDemo(db, { seed: 20081028, today: TODAY, now: NOW });
});

afterAll(async () => {
  await db?.close();
});

const one = async <T>(sql: string, params: unknown[] = []): Promise<T> => {
  const [row] = await db.query<{ v: T }>(sql, params);
  return row!.v;
};

describe('seedDemo', () => {
  it('writes the whole county in one go', async () => {
    expect(first.created).toBe(true);
    expect(await one('SELECT count(*) AS v FROM county')).toBe(1);
    expect(await one('SELECT count(*) AS v FROM village')).toBe(first.counts.villages);
    expect(await one('SELECT count(*) AS v FROM person')).toBe(first.counts.persons);
    expect(await one('SELECT count(*) AS v FROM household')).toBe(first.counts.households);
    expect(await one('SELECT count(*) AS v FROM body_membership')).toBe(first.counts.memberships);
    expect(await one('SELECT count(*) AS v FROM kin_tie')).toBe(first.counts.kinTies);
  });

  it('contains the seed-002 community: 15 groups, 4,185 people, 93 Party members', async () => {
    const id = await one<string>(`SELECT id AS v FROM village WHERE name = '花乡社区'`);
    expect(await one('SELECT count(*) AS v FROM villager_group WHERE village_id = $1', [id])).toBe(
      15,
    );
    expect(await one('SELECT count(*) AS v FROM person WHERE village_id = $1', [id])).toBe(4185);
    expect(
      await one('SELECT count(*) AS v FROM person WHERE village_id = $1 AND party_member', [id]),
    ).toBe(93);
    const reps = await one(
      `SELECT count(*) AS v FROM body_membership m JOIN body b ON b.village_id = m.village_id AND b.id = m.body_id
       JOIN body_term t ON t.village_id = m.village_id AND t.id = m.term_id
       WHERE m.village_id = $1 AND b.kind = 'representativesMeeting' AND m.role = 'representative'
         AND t.starts_on <= $2 AND $2 <= t.ends_on AND m.starts_on <= $2 AND (m.ended_on IS NULL OR $2 < m.ended_on)`,
      [id, TODAY],
    );
    expect(reps).toBe(78);
  });

  it('seeds supervision committees and the 花乡社区 representatives that pass the composition rules (VCOL-32, VCOL-25)', async () => {
    const bodies = await db.query<{ village_id: string; id: string; kind: BodyKind; name: string }>(
      `SELECT b.village_id, b.id, b.kind, v.name FROM body b JOIN village v ON v.id = b.village_id
       WHERE b.kind = 'villageAffairsSupervisionCommittee' OR (b.kind = 'representativesMeeting' AND v.name = '花乡社区')`,
    );
    expect(bodies.length).toBeGreaterThan(1);
    for (const b of bodies) {
      const facts = await compositionFacts(db, b.village_id, b, TODAY);
      const violations = checkComposition(facts, NATIONAL_PARAMS[lawOn(TODAY)]).filter(
        (f) => f.severity === 'violation',
      );
      expect(violations, `${b.name} ${b.kind}`).toEqual([]);
      if (b.kind === 'villageAffairsSupervisionCommittee')
        expect(facts.members.some((m) => m.qualifications.includes('accounting'))).toBe(true);
    }
  });

  it('creates the demo accounts with the shared password, villagers linked to their persons', async () => {
    expect(first.accounts).toHaveLength(14);
    const rows = await db.query<{
      phone: string;
      kind: string;
      password_hash: string;
      person_phone: string | null;
      scopes: number;
    }>(
      `SELECT a.phone, a.kind, a.password_hash, p.phone AS person_phone,
              (SELECT count(*) FROM staff_scope s WHERE s.account_id = a.id) AS scopes
       FROM account a LEFT JOIN person p ON p.village_id = a.village_id AND p.id = a.person_id ORDER BY a.phone`,
    );
    expect(rows.map((r) => r.phone)).toEqual(first.accounts.map((a) => a.phone));
    for (const r of rows) {
      if (r.kind === 'villager') expect(r.person_phone).toBe(r.phone);
      else expect(r.scopes).toBe(1);
    }
    // one hash serves every account
    expect(new Set(rows.map((r) => r.password_hash)).size).toBe(1);
    expect(await verifyPassword(rows[0]!.password_hash, DEMO_PASSWORD)).toBe(true);
  });

  it('records one verifiable audit event per village chain and one on the county chain', async () => {
    const villages = await db.query<{ id: string; persons: number }>(
      'SELECT v.id, (SELECT count(*) FROM person p WHERE p.village_id = v.id) AS persons FROM village v',
    );
    for (const v of villages) {
      const verdict = await verifyChain(db, v.id);
      expect(verdict).toMatchObject({ ok: true, checked: 1 });
      const [event] = await db.query<{ action: string; data: { persons: number } }>(
        'SELECT action, data FROM audit_event WHERE chain_id = $1',
        [v.id],
      );
      expect(event).toMatchObject({ action: 'demo.seeded', data: { persons: v.persons } });
    }
    const countyId = await one<string>('SELECT id AS v FROM county');
    expect(await verifyChain(db, countyId)).toMatchObject({ ok: true, checked: 1 });
  });

  it('does nothing the second time and still hands back the demo accounts', async () => {
    const events = await one('SELECT count(*) AS v FROM audit_event');
    const again = await seedDemo(db, {
      seed: 1,
      today: TODAY,
      now: new Date('2026-11-22T00:00:00.000Z'),
    });
    expect(again.created).toBe(false);
    expect(again.counts).toEqual(first.counts);
    expect(again.accounts).toEqual(first.accounts);
    expect(await one('SELECT count(*) AS v FROM audit_event')).toBe(events);
  });

  it('stops advertising a demo account whose password was changed', async () => {
    await db.query('UPDATE account SET password_hash = $1 WHERE phone = $2', [
      await hashPassword('changed2026'),
      '13800000006',
    ]);
    const again = await seedDemo(db, { today: TODAY, now: NOW });
    expect(again.accounts.map((a) => a.phone)).not.toContain('13800000006');
    expect(again.accounts).toHaveLength(13);
  });
});
