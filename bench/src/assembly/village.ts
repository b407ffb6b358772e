import { randomUUID } from 'node:crypto';
import { latestBirthDateForAge, ymd, type CalendarDate } from '@cunzhi/core/calendarDate';
import { ADULT_AGE } from '@cunzhi/core/registry/person';
import type { Database, Tx } from '@cunzhi/server/platform/db/database';
import { bulkInsert } from '@cunzhi/server/platform/db/bulkInsert';
import { hashPassword } from '@cunzhi/server/platform/auth/passwords';
import { newSessionToken, SESSION_COOKIE } from '@cunzhi/server/platform/auth/sessionToken';
import { FIXTURE_PASSWORD } from '@cunzhi/server/testing/fixtures';
import { createRng } from '../random.ts';
import {
  buildVillageRows,
  GRID_COLUMNS,
  GROUP_COLUMNS,
  HOUSEHOLD_COLUMNS,
  PERSON_COLUMNS,
} from '../villageRows.ts';

/** A villager with an account and a live session. */
export interface Villager {
  personId: string;
  name: string;
  /** `cunzhi_session=…`, ready for a Cookie header. */
  cookie: string;
}

export interface AssemblyVillage {
  villageId: string;
  name: string;
  persons: number;
  households: number;
  /** Everyone due at the assembly (adults on the meeting date), each with a session. */
  voters: Villager[];
  /** Chair of the villagers' committee: convenes and runs the assembly. */
  chair: Villager;
  /** Member of the supervision committee: approves the agenda. */
  supervisor: Villager;
  seconds: number;
}

export interface AssemblyVillagePlan {
  adults: number;
  seed: number;
  meetingOn: CalendarDate;
  /** Sessions expire 14 days after this. */
  now: Date;
}

type Row = readonly unknown[];

const COUNTY_CODE = '510189';
const TOWN_CODE = `${COUNTY_CODE}101`;
const VILLAGE_CODE = `${TOWN_CODE}201`;
const SESSION_DAYS = 14;
/** Account phones 19900000001…: apart from the persons' own (random) numbers. */
const ACCOUNT_PHONE_BASE = 19_900_000_000;

// PERSON_COLUMNS positions
const P_ID = 1;
const P_HOUSEHOLD = 2;
const P_NAME = 3;
const P_BIRTH = 5;
const P_RELATION = 8;
const P_STATUS = 9;

/**
 * A village of exactly `plan.adults` adults (18 on the meeting date) and
 * their children, in households drawn by the bench's seeded generator
 * (villageRows.ts): whole households are taken in order until the adults are
 * reached, the last one trimmed to fit. Every adult gets a villager account
 * and a session written straight into the `session` table (the token's
 * SHA-256, as sign-in stores it), so no sign-in (argon2) is run per villager.
 * A villagers' committee with a chair and a supervision committee with one
 * member serve on the meeting date.
 */
export async function seedAssemblyVillage(
  db: Database,
  plan: AssemblyVillagePlan,
): Promise<AssemblyVillage> {
  const started = performance.now();
  const villageId = randomUUID();
  const name = '议事村';
  const adultBorn = latestBirthDateForAge(plan.meetingOn, ADULT_AGE);
  const isAdult = (p: Row) => (p[P_BIRTH] as string) <= adultBorn;

  // enough people for the adults wanted: about four in five are adults
  let rows = null as ReturnType<typeof buildVillageRows> | null;
  for (let persons = Math.ceil(plan.adults * 1.3); ; persons += Math.ceil(plan.adults / 5)) {
    rows = buildVillageRows(
      createRng(plan.seed),
      { id: villageId, name, areaCode: COUNTY_CODE, persons },
      plan.meetingOn,
    );
    if (rows.persons.filter(isAdult).length >= plan.adults) break;
  }

  const membersOf = new Map<string, Row[]>();
  for (const p of rows.persons) {
    const id = p[P_HOUSEHOLD] as string;
    membersOf.set(id, [...(membersOf.get(id) ?? []), p]);
  }
  const households: Row[] = [];
  const persons: Row[] = [];
  let adults = 0;
  for (const h of rows.households) {
    if (adults === plan.adults) break;
    const members = membersOf.get(h[1] as string) ?? [];
    households.push(h);
    for (const m of members) {
      // the head comes first and is an adult: a trimmed household keeps its head
      if (isAdult(m)) {
        if (adults === plan.adults) continue;
        adults += 1;
      }
      persons.push(m);
    }
  }
  const adultRows = persons.filter(isAdult);
  if (adultRows.length !== plan.adults)
    throw new Error(`generated ${adultRows.length} adults, wanted ${plan.adults}`);

  // two working-age resident household heads: the committee chair and the supervisor
  const year = ymd(plan.meetingOn).year;
  const heads = adultRows.filter(
    (p) =>
      p[P_RELATION] === 'head' &&
      p[P_STATUS] === 'resident' &&
      (p[P_BIRTH] as string) >= `${year - 58}-01-01` &&
      (p[P_BIRTH] as string) <= `${year - 35}-12-31`,
  );
  const [chairRow, supervisorRow] = heads;
  if (!chairRow || !supervisorRow) throw new Error('no household heads fit to serve');

  const passwordHash = await hashPassword(FIXTURE_PASSWORD);
  const expiresAt = new Date(plan.now.getTime() + SESSION_DAYS * 86_400_000);
  const voters: Villager[] = [];
  const accounts: Row[] = [];
  const sessions: Row[] = [];
  adultRows.forEach((p, i) => {
    const accountId = randomUUID();
    const { token, tokenHash } = newSessionToken();
    accounts.push([
      accountId,
      'villager',
      String(ACCOUNT_PHONE_BASE + i + 1),
      p[P_NAME],
      passwordHash,
      false,
      villageId,
      p[P_ID],
    ]);
    sessions.push([tokenHash, accountId, expiresAt.toISOString()]);
    voters.push({
      personId: p[P_ID] as string,
      name: p[P_NAME] as string,
      cookie: `${SESSION_COOKIE}=${token}`,
    });
  });
  const byPerson = new Map(voters.map((v) => [v.personId, v]));

  await db.transaction(async (tx) => {
    const countyId = randomUUID();
    const townId = randomUUID();
    await tx.query('INSERT INTO county (id, name, code) VALUES ($1, $2, $3)', [
      countyId,
      '议事县',
      COUNTY_CODE,
    ]);
    await tx.query('INSERT INTO town (id, county_id, name, code) VALUES ($1, $2, $3, $4)', [
      townId,
      countyId,
      '议事镇',
      TOWN_CODE,
    ]);
    await tx.query(
      `INSERT INTO village (id, town_id, name, kind, code, area_code) VALUES ($1, $2, $3, 'village', $4, $5)`,
      [villageId, townId, name, VILLAGE_CODE, COUNTY_CODE],
    );
    await bulkInsert(tx, 'villager_group', GROUP_COLUMNS, rows.groups);
    await bulkInsert(tx, 'grid', GRID_COLUMNS, rows.grids);
    await bulkInsert(tx, 'household', HOUSEHOLD_COLUMNS, households);
    await bulkInsert(tx, 'person', PERSON_COLUMNS, persons);
    const term = { startsOn: `${year - 1}-05-01`, endsOn: `${year + 4}-04-30` };
    await seatMember(tx, villageId, 'villagersCommittee', '村民委员会', chairRow, 'chair', term);
    await seatMember(
      tx,
      villageId,
      'villageAffairsSupervisionCommittee',
      '村务监督委员会',
      supervisorRow,
      'member',
      term,
    );
    // prettier-ignore
    await bulkInsert(tx, 'account', ['id', 'kind', 'phone', 'display_name', 'password_hash', 'must_change_password', 'village_id', 'person_id'], accounts);
    await bulkInsert(tx, 'session', ['token_hash', 'account_id', 'expires_at'], sessions);
  });
  // fresh planner statistics, as autovacuum would have gathered on a running server
  await db.query('ANALYZE');

  return {
    villageId,
    name,
    persons: persons.length,
    households: households.length,
    voters,
    chair: byPerson.get(chairRow[P_ID] as string)!,
    supervisor: byPerson.get(supervisorRow[P_ID] as string)!,
    seconds: (performance.now() - started) / 1000,
  };
}

/** A body with a current term and one seated member. */
async function seatMember(
  tx: Tx,
  villageId: string,
  kind: string,
  bodyName: string,
  person: Row,
  role: string,
  term: { startsOn: string; endsOn: string },
): Promise<void> {
  const bodyId = randomUUID();
  const termId = randomUUID();
  await tx.query('INSERT INTO body (village_id, id, kind, name) VALUES ($1, $2, $3, $4)', [
    villageId,
    bodyId,
    kind,
    bodyName,
  ]);
  await tx.query(
    'INSERT INTO body_term (village_id, id, body_id, starts_on, ends_on) VALUES ($1, $2, $3, $4, $5)',
    [villageId, termId, bodyId, term.startsOn, term.endsOn],
  );
  await tx.query(
    'INSERT INTO body_membership (village_id, id, body_id, term_id, person_id, role, starts_on) VALUES ($1, $2, $3, $4, $5, $6, $7)',
    [villageId, randomUUID(), bodyId, termId, person[P_ID], role, term.startsOn],
  );
}
