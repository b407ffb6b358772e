import { randomUUID } from 'node:crypto';
import { composeResidentId } from '@cunzhi/core/registry/residentIdNumber';
import { calendarDate, type CalendarDate } from '@cunzhi/core/calendarDate';
import type { BodyKind, MemberRole } from '@cunzhi/core/bodies/bodyKinds';
import type { RelationToHead } from '@cunzhi/core/registry/person';
import type { Database, Tx } from '../platform/db/database.ts';
import { bulkInsert } from '../platform/db/bulkInsert.ts';
import { hashPassword } from '../platform/auth/passwords.ts';
import { appendAuditEvent } from '../platform/audit/appendAuditEvent.ts';

export const FIXTURE_PASSWORD = 'test1234';
export const FIXTURE_TODAY = calendarDate('2026-11-21');

/** The roles every route is tested with: one account each, plus an outsider village's villager. */
export const FIXTURE_ROLES = [
  'partySecretary',
  'committeeChair',
  'councilMember',
  'representative',
  'supervisionChair',
  'villager',
  'otherVillageVillager',
  'townOfficial',
  'otherTownOfficial',
  'countyOfficial',
] as const;
export type FixtureRole = (typeof FIXTURE_ROLES)[number];

export interface FixtureVillage {
  id: string;
  groupIds: string[];
  gridId: string;
  householdIds: string[];
  personIds: string[];
  bodyIds: Partial<Record<BodyKind, string>>;
  termIds: Partial<Record<BodyKind, string>>;
}

export interface Fixture {
  countyId: string;
  townIds: [string, string];
  villageA: FixtureVillage;
  villageB: FixtureVillage;
  villageC: FixtureVillage;
  accounts: Record<FixtureRole, { id: string; phone: string; personId: string | null }>;
}

/**
 * Phone numbers in the order they are handed out, restarting with each seeding: the fixture
 * written over a template is then the one a fresh seeding writes, and `readFixture` finds the
 * persons in that order.
 */
function phoneSequence(): () => string {
  let counter = 0;
  return () => `139${String(10_000_000 + (counter += 1)).padStart(8, '0')}`;
}

/** Six persons in three households: head, spouse, children; sized for readable tests. */
const HOUSEHOLD_SHAPES: Array<
  Array<{ name: string; gender: 'male' | 'female'; birth: string; rel: RelationToHead }>
> = [
  [
    { name: '王建国', gender: 'male', birth: '1968-03-12', rel: 'head' },
    { name: '李秀英', gender: 'female', birth: '1970-07-01', rel: 'spouse' },
    { name: '王磊', gender: 'male', birth: '1994-10-20', rel: 'child' },
  ],
  [
    { name: '张桂兰', gender: 'female', birth: '1975-01-30', rel: 'head' },
    { name: '刘强', gender: 'male', birth: '1999-05-05', rel: 'child' },
  ],
  [{ name: '陈志明', gender: 'male', birth: '1980-12-24', rel: 'head' }],
];

async function buildVillage(
  tx: Tx,
  townId: string,
  name: string,
  areaCode: string,
  code: string,
  nextPhone: () => string,
): Promise<FixtureVillage> {
  const id = randomUUID();
  await tx.query(
    `INSERT INTO village (id, town_id, name, kind, code, area_code) VALUES ($1, $2, $3, 'village', $4, $5)`,
    [id, townId, name, code, areaCode],
  );
  const groupIds = [randomUUID(), randomUUID()];
  await bulkInsert(
    tx,
    'villager_group',
    ['village_id', 'id', 'number', 'name'],
    groupIds.map((g, i) => [id, g, i + 1, `第${i + 1}村民小组`]),
  );
  const gridId = randomUUID();
  await tx.query('INSERT INTO grid (village_id, id, name) VALUES ($1, $2, $3)', [
    id,
    gridId,
    '第一网格',
  ]);
  const householdIds: string[] = [];
  const personIds: string[] = [];
  let seq = 1;
  for (const [i, shape] of HOUSEHOLD_SHAPES.entries()) {
    const hid = randomUUID();
    householdIds.push(hid);
    await tx.query(
      'INSERT INTO household (village_id, id, number, villager_group_id, grid_id, address) VALUES ($1, $2, $3, $4, $5, $6)',
      [id, hid, `${code}-${i + 1}`, groupIds[i % 2], gridId, `${name}${i + 1}号`],
    );
    for (const p of shape) {
      const pid = randomUUID();
      personIds.push(pid);
      const rid = composeResidentId(areaCode, calendarDate(p.birth), (seq += 2), p.gender);
      await tx.query(
        `INSERT INTO person (village_id, id, household_id, name, gender, birth_date, resident_id_number, phone, relation_to_head, residence_status, party_member)
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, 'resident', $10)`,
        [
          id,
          pid,
          hid,
          p.name,
          p.gender,
          p.birth,
          rid,
          nextPhone(),
          p.rel,
          p.rel === 'head' && i === 0,
        ],
      );
    }
  }
  await tx.query('UPDATE grid SET chief_person_id = $3 WHERE village_id = $1 AND id = $2', [
    id,
    gridId,
    personIds[0],
  ]);
  const bodyIds: FixtureVillage['bodyIds'] = {};
  const termIds: FixtureVillage['termIds'] = {};
  const kinds: BodyKind[] = [
    'partyBranch',
    'villagersCommittee',
    'villageAffairsSupervisionCommittee',
    'villagersDeliberationCouncil',
    'representativesMeeting',
    'villagersAssembly',
  ];
  for (const kind of kinds) {
    const bid = randomUUID();
    const tid = randomUUID();
    bodyIds[kind] = bid;
    termIds[kind] = tid;
    await tx.query('INSERT INTO body (village_id, id, kind, name) VALUES ($1, $2, $3, $4)', [
      id,
      bid,
      kind,
      `${name}${kind}`,
    ]);
    await tx.query(
      'INSERT INTO body_term (village_id, id, body_id, starts_on, ends_on) VALUES ($1, $2, $3, $4, $5)',
      [id, tid, bid, '2026-05-01', '2031-04-30'],
    );
  }
  // every village's audit chain starts with its creation, as createVillage and the demo start it
  await appendAuditEvent(tx, {
    chainId: id,
    actorAccountId: null,
    action: 'village.created',
    targetType: 'village',
    targetId: id,
    data: { name, code },
    occurredAt: new Date('2026-05-01T00:00:00Z'),
  });
  return { id, groupIds, gridId, householdIds, personIds, bodyIds, termIds };
}

async function seat(
  tx: Tx,
  v: FixtureVillage,
  kind: BodyKind,
  personId: string,
  role: MemberRole,
  startsOn: CalendarDate = calendarDate('2026-05-01'),
): Promise<void> {
  await tx.query(
    'INSERT INTO body_membership (village_id, id, body_id, term_id, person_id, role, starts_on) VALUES ($1, $2, $3, $4, $5, $6, $7)',
    [v.id, randomUUID(), v.bodyIds[kind], v.termIds[kind], personId, role, startsOn],
  );
}

/**
 * Builds a small county — two towns, three villages — with one account per
 * role (village A holds the seats). Used by HTTP and integration tests.
 */
export async function seedFixture(db: Database): Promise<Fixture> {
  const passwordHash = await hashPassword(FIXTURE_PASSWORD);
  const nextPhone = phoneSequence();
  return db.transaction(async (tx) => {
    const countyId = randomUUID();
    const townIds: [string, string] = [randomUUID(), randomUUID()];
    await tx.query('INSERT INTO county (id, name, code) VALUES ($1, $2, $3)', [
      countyId,
      '测试县',
      `C${countyId.slice(0, 6)}`,
    ]);
    await bulkInsert(
      tx,
      'town',
      ['id', 'county_id', 'name', 'code'],
      townIds.map((t, i) => [t, countyId, `测试${i + 1}镇`, `T${t.slice(0, 8)}`]),
    );
    const villageA = await buildVillage(
      tx,
      townIds[0],
      '甲村',
      '330226',
      `A${countyId.slice(0, 5)}`,
      nextPhone,
    );
    const villageB = await buildVillage(
      tx,
      townIds[0],
      '乙村',
      '330227',
      `B${countyId.slice(0, 5)}`,
      nextPhone,
    );
    const villageC = await buildVillage(
      tx,
      townIds[1],
      '丙村',
      '330228',
      `C${countyId.slice(0, 5)}`,
      nextPhone,
    );
    const [p0, p1, p2, p3, p4, p5] = villageA.personIds as [
      string,
      string,
      string,
      string,
      string,
      string,
    ];
    // 王建国 is Party secretary, 张桂兰 committee chair, 王磊 council member, 刘强 representative,
    // 陈志明 supervision chair (not related to any committee member), 李秀英 a plain villager
    await seat(tx, villageA, 'partyBranch', p0, 'secretary');
    await seat(tx, villageA, 'villagersCommittee', p3, 'chair');
    await seat(tx, villageA, 'villagersDeliberationCouncil', p2, 'member');
    await seat(tx, villageA, 'representativesMeeting', p4, 'representative');
    await seat(tx, villageA, 'villageAffairsSupervisionCommittee', p5, 'chair');
    const accounts = {} as Fixture['accounts'];
    const villagerAccount = async (role: FixtureRole, villageId: string, personId: string) => {
      const id = randomUUID();
      const phone = nextPhone();
      await tx.query(
        `INSERT INTO account (id, kind, phone, display_name, password_hash, village_id, person_id) VALUES ($1, 'villager', $2, $3, $4, $5, $6)`,
        [id, phone, role, passwordHash, villageId, personId],
      );
      accounts[role] = { id, phone, personId };
    };
    const staffAccount = async (role: FixtureRole, level: 'town' | 'county', scopeId: string) => {
      const id = randomUUID();
      const phone = nextPhone();
      await tx.query(
        `INSERT INTO account (id, kind, phone, display_name, password_hash) VALUES ($1, 'staff', $2, $3, $4)`,
        [id, phone, role, passwordHash],
      );
      await tx.query(
        'INSERT INTO staff_scope (account_id, level, scope_id, title) VALUES ($1, $2, $3, $4)',
        [id, level, scopeId, role],
      );
      accounts[role] = { id, phone, personId: null };
    };
    await villagerAccount('partySecretary', villageA.id, p0);
    await villagerAccount('villager', villageA.id, p1);
    await villagerAccount('councilMember', villageA.id, p2);
    await villagerAccount('committeeChair', villageA.id, p3);
    await villagerAccount('representative', villageA.id, p4);
    await villagerAccount('supervisionChair', villageA.id, p5);
    await villagerAccount('otherVillageVillager', villageB.id, villageB.personIds[0]!);
    await staffAccount('townOfficial', 'town', townIds[0]);
    await staffAccount('otherTownOfficial', 'town', townIds[1]);
    await staffAccount('countyOfficial', 'county', countyId);
    return { countyId, townIds, villageA, villageB, villageC, accounts };
  });
}
