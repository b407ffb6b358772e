import { randomUUID } from 'node:crypto';
import type { BodyKind, MemberRole } from '@cunzhi/core/bodies/bodyKinds';
import type { Database } from '../platform/db/database.ts';
import { bulkInsert } from '../platform/db/bulkInsert.ts';
import { hashPassword } from '../platform/auth/passwords.ts';
import { FIXTURE_PASSWORD, FIXTURE_TODAY, type FixtureVillage } from './fixtures.ts';
import { HttpClient, type TestServer } from './testServer.ts';

/**
 * Test data for meetings: more villagers, households and seats than the
 * small fixture has, and accounts for persons who must check in or vote.
 */

export interface NewPerson {
  name?: string;
  birth?: string;
  gender?: 'male' | 'female';
  rel?: 'head' | 'spouse' | 'child';
  partyMember?: boolean;
}

let counter = 0;

/** One household with the given members (the first is the head); returns their ids. */
export async function addHousehold(
  db: Database,
  v: FixtureVillage,
  members: NewPerson[],
  groupIndex = 0,
): Promise<{ householdId: string; personIds: string[] }> {
  const householdId = randomUUID();
  const personIds = members.map(() => randomUUID());
  await db.transaction(async (tx) => {
    await tx.query(
      'INSERT INTO household (village_id, id, number, villager_group_id, address) VALUES ($1, $2, $3, $4, $5)',
      [v.id, householdId, `T-${(counter += 1)}`, v.groupIds[groupIndex], ''],
    );
    await bulkInsert(
      tx,
      'person',
      [
        'village_id',
        'id',
        'household_id',
        'name',
        'gender',
        'birth_date',
        'relation_to_head',
        'residence_status',
        'party_member',
      ],
      members.map((m, i) => [
        v.id,
        personIds[i],
        householdId,
        m.name ?? `村民${counter}-${i + 1}`,
        m.gender ?? (i % 2 === 0 ? 'male' : 'female'),
        m.birth ?? '1980-01-01',
        i === 0 ? 'head' : (m.rel ?? 'child'),
        'resident',
        m.partyMember ?? false,
      ]),
    );
  });
  return { householdId, personIds };
}

/** `n` adults, each alone in a household of their own. */
export async function addAdults(
  db: Database,
  v: FixtureVillage,
  n: number,
  options: { prefix?: string; groupIndex?: number } = {},
): Promise<string[]> {
  const ids: string[] = [];
  for (let i = 0; i < n; i++) {
    const { personIds } = await addHousehold(
      db,
      v,
      [{ name: `${options.prefix ?? '村民'}${i + 1}` }],
      options.groupIndex ?? 0,
    );
    ids.push(...personIds);
  }
  return ids;
}

/** Seats persons in a body of the fixture village for its current term. */
export async function seatIn(
  db: Database,
  v: FixtureVillage,
  kind: BodyKind,
  personIds: readonly string[],
  role: MemberRole,
): Promise<void> {
  if (personIds.length === 0) return;
  await db.transaction((tx) =>
    bulkInsert(
      tx,
      'body_membership',
      ['village_id', 'id', 'body_id', 'term_id', 'person_id', 'role', 'starts_on'],
      personIds.map((p) => [
        v.id,
        randomUUID(),
        v.bodyIds[kind],
        v.termIds[kind],
        p,
        role,
        '2026-05-01',
      ]),
    ),
  );
}

/** Opens an account for a person and signs it in. */
export async function clientFor(
  server: TestServer,
  villageId: string,
  personId: string,
): Promise<HttpClient> {
  const phone = `137${String(10_000_000 + (counter += 1)).padStart(8, '0')}`;
  await server.db.query(
    `INSERT INTO account (id, kind, phone, display_name, password_hash, village_id, person_id)
     VALUES ($1, 'villager', $2, $3, $4, $5, $6)`,
    [randomUUID(), phone, `p${counter}`, await hashPassword(FIXTURE_PASSWORD), villageId, personId],
  );
  const client = new HttpClient(server.baseUrl);
  const res = await client.post('/api/auth/sign-in', { phone, password: FIXTURE_PASSWORD });
  if (res.status !== 200) throw new Error(`sign-in failed: ${res.status}`);
  return client;
}

/**
 * The supervision committee decides a meeting's agenda review (议程审定) by
 * motion: tabled remotely by `supervisor`, who votes in favour; with the
 * fixture's one-member committee that carries at once.
 */
export async function reviewAgenda(
  supervisor: HttpClient,
  base: string,
  meetingId: string,
  outcome: 'approved' | 'returned' = 'approved',
  note = '',
  closesOn: string = FIXTURE_TODAY,
) {
  return supervisor.post(`${base}/supervision/motions`, {
    proposal: { kind: 'agendaReview', meetingId, outcome, note },
    sitting: { mode: 'remote', closesOn },
  });
}
