import { randomUUID } from 'node:crypto';
import type { CalendarDate } from '@cunzhi/core/calendarDate';
import type { Database, Tx } from '@cunzhi/server/platform/db/database';
import { bulkInsert } from '@cunzhi/server/platform/db/bulkInsert';
import { hashPassword } from '@cunzhi/server/platform/auth/passwords';
import { FIXTURE_PASSWORD } from '@cunzhi/server/testing/fixtures';
import { createRng } from './random.ts';
import {
  buildVillageRows,
  GRID_COLUMNS,
  GROUP_COLUMNS,
  HOUSEHOLD_COLUMNS,
  PERSON_COLUMNS,
} from './villageRows.ts';

export interface CountyPlan {
  persons: number;
  villagePersons: number;
  towns: number;
  seed: number;
}

export interface BenchCounty {
  villages: number;
  households: number;
  persons: number;
  /** The village the scenarios run in. */
  target: {
    villageId: string;
    name: string;
    persons: number;
    householdIds: string[];
    groupIds: string[];
  };
  /** The committee chair: signs in for the scenarios; its account acts in the ledger and spending commands. */
  chair: { phone: string; password: string; name: string; accountId: string; personId: string };
  seconds: number;
}

const COUNTY_CODE = '510188';
const CHAIR_PHONE = '13800000001';
const TOWN_NAMES = ['锦华镇', '石桥镇', '柳河乡', '白马镇', '龙溪乡', '清泉镇'];
// prettier-ignore
const VILLAGE_STEMS = [
  '红星', '桂花', '双河', '白鹤', '青龙', '柳湾', '高店', '和平', '新民', '金龙', '石堰', '观音', '大田', '茶园', '松林',
  '响水', '凉水', '土门', '永兴', '团结', '光明', '胜利', '五星', '民主', '新华', '合兴', '狮子', '长乐', '黄桷', '枫林',
  '杨柳', '天池', '月亮', '竹林', '桃园', '梨花', '三元', '九龙', '太和', '建设', '幸福', '回龙', '复兴', '万家', '龙井',
  '金桥', '青松', '太平', '花园', '莲花',
];

/**
 * Writes a county of `plan.persons` people straight into the database with
 * multi-row INSERTs (one transaction per village): `plan.towns` towns of
 * villages of `plan.villagePersons`. The first village also gets a villagers'
 * committee whose chair has an account (the pattern of testing/fixtures.ts),
 * so requests can be made as a holder of readRegistry and writeRegistry.
 */
export async function generateCounty(
  db: Database,
  plan: CountyPlan,
  today: CalendarDate,
  progress: (line: string) => void,
): Promise<BenchCounty> {
  const started = performance.now();
  const rng = createRng(plan.seed);
  const villageCount = Math.max(1, Math.ceil(plan.persons / plan.villagePersons));
  const countyId = randomUUID();
  const townIds = Array.from({ length: Math.min(plan.towns, villageCount) }, () => randomUUID());
  await db.transaction(async (tx) => {
    await tx.query('INSERT INTO county (id, name, code) VALUES ($1, $2, $3)', [
      countyId,
      '基准县',
      COUNTY_CODE,
    ]);
    const towns = townIds.map((id, i) => [
      id,
      countyId,
      TOWN_NAMES[i % TOWN_NAMES.length]!,
      `${COUNTY_CODE}${100 + i}`,
    ]);
    await bulkInsert(tx, 'town', ['id', 'county_id', 'name', 'code'], towns);
  });

  let households = 0;
  let persons = 0;
  let target: BenchCounty['target'] | null = null;
  let chair: BenchCounty['chair'] | null = null;
  for (let v = 0; v < villageCount; v++) {
    const townIndex = v % townIds.length;
    const ordinal = Math.floor(v / townIds.length);
    const round = Math.floor(ordinal / VILLAGE_STEMS.length);
    const village = {
      id: randomUUID(),
      name: `${VILLAGE_STEMS[ordinal % VILLAGE_STEMS.length]!}${round > 0 ? round + 1 : ''}村`,
      areaCode: COUNTY_CODE,
      persons: Math.min(plan.villagePersons, plan.persons - persons),
    };
    const rows = buildVillageRows(rng, village, today);
    await db.transaction(async (tx) => {
      await tx.query(
        `INSERT INTO village (id, town_id, name, kind, code, area_code) VALUES ($1, $2, $3, 'village', $4, $5)`,
        [
          village.id,
          townIds[townIndex]!,
          village.name,
          `${COUNTY_CODE}${100 + townIndex}${200 + ordinal}`,
          village.areaCode,
        ],
      );
      await bulkInsert(tx, 'villager_group', GROUP_COLUMNS, rows.groups);
      await bulkInsert(tx, 'grid', GRID_COLUMNS, rows.grids);
      await bulkInsert(tx, 'household', HOUSEHOLD_COLUMNS, rows.households);
      await bulkInsert(tx, 'person', PERSON_COLUMNS, rows.persons);
      if (v === 0) chair = await seatCommitteeChair(tx, village.id, rows.chairCandidate, today);
    });
    if (v === 0)
      target = {
        villageId: village.id,
        name: village.name,
        persons: rows.persons.length,
        householdIds: rows.householdIds,
        groupIds: rows.groups.map((g) => String(g[1])),
      };
    households += rows.households.length;
    persons += rows.persons.length;
    if ((v + 1) % 10 === 0 || v + 1 === villageCount) {
      const seconds = (performance.now() - started) / 1000;
      progress(
        `  ${v + 1}/${villageCount} villages, ${persons.toLocaleString('en')} persons, ${seconds.toFixed(1)} s`,
      );
    }
  }
  // fresh planner statistics, as autovacuum would have gathered on a running server
  await db.query('ANALYZE');
  if (!target || !chair) throw new Error('no village generated');
  return {
    villages: villageCount,
    households,
    persons,
    target,
    chair,
    seconds: (performance.now() - started) / 1000,
  };
}

/** A body with one five-year term running since May of last year (the bench's village bodies). */
export async function insertBodyTerm(
  tx: Tx,
  villageId: string,
  body: { kind: string; name: string },
  year: number,
): Promise<{ bodyId: string; termId: string; startsOn: string }> {
  const bodyId = randomUUID();
  const termId = randomUUID();
  const startsOn = `${year - 1}-05-01`;
  await tx.query('INSERT INTO body (village_id, id, kind, name) VALUES ($1, $2, $3, $4)', [
    villageId,
    bodyId,
    body.kind,
    body.name,
  ]);
  await tx.query(
    'INSERT INTO body_term (village_id, id, body_id, starts_on, ends_on) VALUES ($1, $2, $3, $4, $5)',
    [villageId, termId, bodyId, startsOn, `${year + 4}-04-30`],
  );
  return { bodyId, termId, startsOn };
}

/** A villagers' committee with a current term, its chair seated, and an account for the chair. */
async function seatCommitteeChair(
  tx: Tx,
  villageId: string,
  person: { id: string; name: string },
  today: CalendarDate,
): Promise<BenchCounty['chair']> {
  const year = Number(today.slice(0, 4));
  const { bodyId, termId, startsOn } = await insertBodyTerm(
    tx,
    villageId,
    { kind: 'villagersCommittee', name: '村民委员会' },
    year,
  );
  await tx.query(
    'INSERT INTO body_membership (village_id, id, body_id, term_id, person_id, role, starts_on) VALUES ($1, $2, $3, $4, $5, $6, $7)',
    [villageId, randomUUID(), bodyId, termId, person.id, 'chair', startsOn],
  );
  const passwordHash = await hashPassword(FIXTURE_PASSWORD);
  const accountId = randomUUID();
  await tx.query(
    `INSERT INTO account (id, kind, phone, display_name, password_hash, village_id, person_id) VALUES ($1, 'villager', $2, $3, $4, $5, $6)`,
    [accountId, CHAIR_PHONE, person.name, passwordHash, villageId, person.id],
  );
  return {
    phone: CHAIR_PHONE,
    password: FIXTURE_PASSWORD,
    name: person.name,
    accountId,
    personId: person.id,
  };
}
