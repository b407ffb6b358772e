/**
 * The county's cases for `bench:cases`: service requests, 民情 cases, disputes and petitions in
 * their own tables, as the commands would have left them at each state, with the town referrals
 * of those handed up. Written with multi-row INSERTs in one transaction (not measured).
 *
 * Of every 100 cases 45 are service requests, 30 民情, 15 disputes and 10 petitions; 85 in 100
 * are closed (filed over the last five years), the rest filed in the last two months and due
 * from ten days ago to a month ahead, so about a quarter of the open ones are overdue. Nothing is
 * written to the steps tables or the audit chain: no list reads them.
 */
import { randomBytes, randomUUID } from 'node:crypto';
import type { CalendarDate } from '@cunzhi/core/calendarDate';
import { addDays, daysFrom } from '@cunzhi/core/rules/dayCount';
import { profileParams, NATIONAL_PROFILE } from '@cunzhi/core/rules/profile';
import { bulkInsert } from '@cunzhi/server/platform/db/bulkInsert';
import type { Tx } from '@cunzhi/server/platform/db/database';
import type { TestServer } from '@cunzhi/server/testing/testServer';
import { insertDepartment } from '@cunzhi/server/features/townInbox/repository';
import { DISPUTE_CATEGORIES } from '@cunzhi/contract/disputes';
import { LIAISON_CATEGORIES } from '@cunzhi/core/liaison/terms';
import { DEPARTMENT_KINDS } from '@cunzhi/core/townInbox/referrals';
import { createRng, weighted, type Rng } from './random.ts';

type CaseKind = 'service' | 'minqing' | 'dispute' | 'petition';

const PROFILE = { id: 'national', version: '2025-10-28' } as const;
const LADDER = JSON.stringify(
  profileParams(NATIONAL_PROFILE, PROFILE.version)['SEED002-SERVICE-LADDER'],
);

const kindOf = weighted<CaseKind>([
  ['service', 45],
  ['minqing', 30],
  ['dispute', 15],
  ['petition', 10],
]);

export interface SeededCounty {
  /** Each town's departments, in DEPARTMENT_KINDS order. */
  departments: string[][];
  cases: Record<CaseKind, number>;
  referrals: number;
}

interface Village {
  id: string;
  town: number;
  gridId: string;
  personIds: string[];
  departments: string[];
  windows: Array<{ id: string; number: number; department: string | null }>;
  items: Array<{ id: string; windowId: string; name: string; fullAgency: boolean }>;
  /** The next number of each register, per year where the register restarts each year. */
  numbers: Map<string, number>;
  lastMinqing: string | null;
}

/** When a case was filed, when it is (or was) due, when it closed; open ones are recent. */
interface Life {
  open: boolean;
  filed: CalendarDate;
  due: CalendarDate;
  closed: CalendarDate | null;
}

function lifeOf(rng: Rng, today: CalendarDate): Life {
  if (rng.int(0, 99) < 85) {
    const filed = addDays(today, -rng.int(30, 5 * 365));
    return { open: false, filed, due: addDays(filed, 15), closed: addDays(filed, rng.int(1, 25)) };
  }
  const filed = addDays(today, -rng.int(0, 60));
  return { open: true, filed, due: addDays(today, rng.int(-10, 30)), closed: null };
}

const yearOf = (d: CalendarDate) => Number(d.slice(0, 4));
/** A day from `a` to `b`, both included. */
const between = (rng: Rng, a: CalendarDate, b: CalendarDate) =>
  addDays(a, rng.int(0, daysFrom(a, b)));
/** `days` after `d`, or `last` if that comes first (no step of an open case lies ahead). */
const notAfter = (d: CalendarDate, days: number, last: CalendarDate) =>
  daysFrom(addDays(d, days), last) < 0 ? last : addDays(d, days);
function nextNumber(v: Village, register: string): number {
  const n = (v.numbers.get(register) ?? 0) + 1;
  v.numbers.set(register, n);
  return n;
}

/**
 * The rows of every table, filled case by case as records by column and written at the end;
 * a table's first record names its columns, every later one must have the same.
 */
class Rows {
  readonly tables = new Map<string, { columns: string[]; rows: unknown[][] }>();
  add(table: string, record: Record<string, unknown>) {
    let t = this.tables.get(table);
    if (!t) this.tables.set(table, (t = { columns: Object.keys(record), rows: [] }));
    if (Object.keys(record).length !== t.columns.length || t.columns.some((c) => !(c in record)))
      throw new Error(`${table}: a row with other columns than its first`);
    t.rows.push(t.columns.map((c) => record[c]));
  }
  count(table: string) {
    return this.tables.get(table)?.rows.length ?? 0;
  }
}

function referral(
  out: Rows,
  ctx: Ctx,
  v: Village,
  source: { kind: CaseKind; id: string; department: string; subject: string; life: Life },
): string {
  const id = randomUUID();
  const { life } = source;
  const status = life.open ? ctx.rng.pick(['filed', 'accepted', 'handling']) : 'closed';
  out.add('town_referral', {
    village_id: v.id,
    id,
    town_id: ctx.townIds[v.town],
    source_kind: source.kind,
    source_id: source.id,
    addressee: 'department',
    department_id: source.department,
    subject: source.subject,
    summary: '情况说明',
    status,
    filed_on: life.filed,
    filed_at: new Date(`${life.filed}T02:00:00Z`),
    due_on: life.due,
  });
  return id;
}

interface Ctx {
  rng: Rng;
  today: CalendarDate;
  townIds: readonly string[];
  staffAccountId: string;
}

const openService = weighted([
  ['ordered', 20],
  ['accepted', 25],
  ['awaitingMaterials', 10],
  ['processing', 25],
  ['agency', 20],
] as const);
const closedService = weighted([
  ['completed', 45],
  ['rated', 40],
  ['refused', 8],
  ['withdrawn', 7],
] as const);

/** A request (点单) at the station: accepted by a staffer unless still ordered or withdrawn early. */
function serviceRequest(out: Rows, ctx: Ctx, v: Village, i: number) {
  const { rng } = ctx;
  const life = lifeOf(rng, ctx.today);
  const item = rng.pick(v.items);
  const window = v.windows.find((w) => w.id === item.windowId)!;
  let state: string = life.open ? openService(rng) : closedService(rng);
  if (state === 'agency' && !(item.fullAgency && window.department)) state = 'processing';
  const accepted = state !== 'ordered' && !(state === 'withdrawn' && rng.chance(0.5));
  const id = randomUUID();
  const handedUp =
    !!window.department &&
    item.fullAgency &&
    (state === 'agency' || (['completed', 'rated'].includes(state) && rng.chance(0.7)));
  const referralId = handedUp
    ? referral(out, ctx, v, {
        kind: 'service',
        id,
        department: window.department!,
        subject: item.name,
        life,
      })
    : null;
  const person = rng.chance(0.6) ? rng.pick(v.personIds) : null;
  out.add('service_request', {
    village_id: v.id,
    id,
    year: yearOf(life.filed),
    number: nextNumber(v, `service:${yearOf(life.filed)}`),
    item_id: item.id,
    item_name: item.name,
    window_id: window.id,
    materials: ['身份证', '户口簿'],
    promised_days: 5,
    promised_unit: 'working',
    full_agency: item.fullAgency,
    channel: rng.chance(0.6) ? 'phone' : 'counter',
    requester_person_id: person,
    requester_name: `申请人${i}`,
    details: '',
    state,
    ordered_on: life.filed,
    first_contact_account_id: accepted ? ctx.staffAccountId : null,
    first_contact_name: accepted ? '站员' : null,
    accepted_on: accepted ? life.filed : null,
    missing_materials: state === 'awaitingMaterials' ? ['户口簿'] : [],
    paused_on: state === 'awaitingMaterials' ? between(rng, life.filed, ctx.today) : null,
    due_on: accepted ? life.due : null,
    profile_id: accepted ? PROFILE.id : null,
    profile_version: accepted ? PROFILE.version : null,
    ladder: accepted ? LADDER : null,
    town_referral_id: referralId,
    town_answer: referralId && !life.open ? '已办结' : null,
    refusal_reason: state === 'refused' ? '不属于本站办理范围' : null,
    result: ['completed', 'rated'].includes(state) ? '已办结' : null,
    closed_on: life.closed,
    rating:
      state === 'rated'
        ? rng.pick(['satisfied', 'satisfied', 'basicallySatisfied', 'dissatisfied'])
        : null,
  });
}

const openMinqing = weighted([
  ['reported', 25],
  ['acknowledged', 20],
  ['handling', 30],
  ['routed', 20],
  ['answered', 5],
] as const);
const closedMinqing = weighted([
  ['rated', 45],
  ['unrated', 25],
  ['closed', 27],
  ['merged', 3],
] as const);
// a case about a cadre goes to the supervision committee and is hidden from cadres: none here,
// so the cadre's queue is every case but the merged repeats
const CATEGORIES = LIAISON_CATEGORIES.filter((c) => c !== 'cadreConduct');

/** A 民情 case: reported by a villager, a grid chief, or anonymously; some handed to the town. */
function minqingCase(out: Rows, ctx: Ctx, v: Village, i: number) {
  const { rng } = ctx;
  const life = lifeOf(rng, ctx.today);
  let state: string = life.open ? openMinqing(rng) : closedMinqing(rng);
  if (state === 'merged' && !v.lastMinqing) state = 'closed';
  const id = randomUUID();
  const toTown =
    (state === 'routed' && rng.chance(0.5)) ||
    (!life.open && state !== 'merged' && rng.chance(0.15));
  const department = toTown ? rng.pick(v.departments) : null;
  const subject = `民情${i}`;
  if (department) referral(out, ctx, v, { kind: 'minqing', id, department, subject, life });
  const answered = ['answered', 'rated', 'unrated', 'closed'].includes(state);
  const answeredOn = answered ? (life.closed ?? between(rng, life.filed, ctx.today)) : null;
  const source = rng.pick(['villager', 'villager', 'gridChief'] as const);
  const anonymous = source === 'villager' && rng.chance(0.2);
  out.add('liaison_case', {
    village_id: v.id,
    id,
    number: nextNumber(v, 'minqing'),
    source,
    anonymous,
    reporter_person_id: source === 'villager' && !anonymous ? rng.pick(v.personIds) : null,
    reporter_name: source === 'gridChief' ? `村民${i}` : null,
    grid_id: v.gridId,
    category: rng.pick(CATEGORIES),
    urgency: rng.pick(['urgent', 'normal', 'normal', 'low']),
    subject,
    body: '反映情况',
    level: department ? 'town' : state === 'reported' ? 'grid' : 'village',
    state,
    reported_on: life.filed,
    due_on: life.due,
    profile_version: PROFILE.version,
    routed_body: state === 'routed' && !department ? 'villagersCommittee' : null,
    routed_department_id: department,
    routed_note: department ? '转乡镇部门办理' : null,
    feedback: answered ? '已答复' : null,
    answered_on: answeredOn,
    rating_due_on: answeredOn ? addDays(answeredOn, 7) : null,
    rating:
      state === 'rated' ? rng.pick(['satisfied', 'basicallySatisfied', 'dissatisfied']) : null,
    rated_on: state === 'rated' ? life.closed : null,
    merged_into: state === 'merged' ? v.lastMinqing : null,
    tracking_hash: randomBytes(16).toString('hex'),
    entered_by: source === 'gridChief' ? ctx.staffAccountId : null,
  });
  if (state !== 'merged') v.lastMinqing = id;
}

const openDispute = weighted([
  ['received', 20],
  ['mediating', 35],
  ['agreed', 15],
  ['performing', 10],
  ['atTown', 15],
  ['inCourt', 5],
] as const);
const closedDispute = weighted([
  ['closed', 85],
  ['terminated', 8],
  ['notMediated', 7],
] as const);

/** A dispute: two parties, the people's mediation stage, and its agreement once reached. */
function dispute(out: Rows, ctx: Ctx, v: Village, i: number) {
  const { rng } = ctx;
  const life = lifeOf(rng, ctx.today);
  const status: string = life.open ? openDispute(rng) : closedDispute(rng);
  const id = randomUUID();
  const year = yearOf(life.filed);
  const mediated = status !== 'received' && status !== 'notMediated';
  const last = life.closed ?? ctx.today;
  const ended =
    life.closed ??
    (status === 'atTown' || status === 'inCourt' ? notAfter(life.filed, 10, last) : null);
  const subject = `纠纷${i}`;
  out.add('dispute', {
    village_id: v.id,
    id,
    number: nextNumber(v, `dispute:${year}`),
    year,
    category: rng.pick(DISPUTE_CATEGORIES),
    origin: rng.pick(['application', 'initiative']),
    subject,
    facts: '纠纷事实',
    status,
    received_on: life.filed,
    accepted_on: mediated ? life.filed : null,
    ended_on: ['terminated', 'atTown', 'inCourt'].includes(status) ? ended : null,
    end_reason: ['terminated', 'atTown', 'inCourt'].includes(status) ? '调解不成' : null,
    closed_on: life.closed,
    outcome: life.closed ? '已结案' : null,
    profile_id: PROFILE.id,
    profile_version: PROFILE.version,
    registered_by: ctx.staffAccountId,
  });
  for (const seq of [1, 2]) {
    const agreedConsent = mediated ? 'agreed' : status === 'notMediated' ? 'refused' : 'pending';
    out.add('dispute_party', {
      village_id: v.id,
      dispute_id: id,
      id: randomUUID(),
      seq,
      person_id: seq === 1 ? rng.pick(v.personIds) : null,
      name: `当事人${i}-${seq}`,
      consent: agreedConsent,
      consent_on: agreedConsent === 'pending' ? null : life.filed,
    });
  }
  out.add('dispute_stage', {
    village_id: v.id,
    dispute_id: id,
    seq: 1,
    stage: 'people',
    body: '人民调解委员会',
    department_id: null,
    referral_id: null,
    started_on: life.filed,
    ended_on: ended,
    outcome: ended ? '调解结束' : null,
  });
  if (status === 'atTown' || (status === 'closed' && rng.chance(0.05))) {
    const department = v.departments[DEPARTMENT_KINDS.indexOf('justice')]!;
    const referralId = referral(out, ctx, v, { kind: 'dispute', id, department, subject, life });
    out.add('dispute_stage', {
      village_id: v.id,
      dispute_id: id,
      seq: 2,
      stage: 'administrative',
      body: '司法所',
      department_id: department,
      referral_id: referralId,
      started_on: ended,
      ended_on: life.closed,
      outcome: null,
    });
  }
  const agreed =
    ['agreed', 'performing'].includes(status) || (status === 'closed' && rng.chance(0.8));
  if (!agreed) return;
  // in effect the day it is reached (oral), or the day the last party signs (written; here the same)
  const effective = between(rng, life.filed, last);
  const written = rng.chance(0.7);
  out.add('dispute_agreement', {
    village_id: v.id,
    dispute_id: id,
    form: written ? 'written' : 'oral',
    year,
    number: written ? nextNumber(v, `agreement:${year}`) : null,
    reached_on: effective,
    terms: '协议内容',
    performance: '履行方式',
    effective_on: effective,
    confirm_last_day: addDays(effective, 30),
    performed_on: status === 'closed' ? life.closed : null,
  });
  if (written && status === 'closed' && rng.chance(0.1))
    out.add('dispute_confirmation', {
      village_id: v.id,
      dispute_id: id,
      court: '县人民法院',
      applied_on: addDays(effective, 5),
      accept_by: addDays(effective, 8),
      accepted_on: addDays(effective, 7),
      ruling: 'confirmed',
      ruling_on: addDays(effective, 20),
    });
}

const openPetition = weighted([
  ['registered', 15],
  ['forwarded', 15],
  ['assigned', 15],
  ['handling', 35],
  ['answered', 10],
  ['reviewing', 10],
] as const);
const closedPetition = weighted([
  ['closed', 88],
  ['notAccepted', 12],
] as const);
const ORDER_OF = ['registered', 'forwarded', 'assigned', 'handling', 'answered', 'reviewing'];

/** A petition (信访): registered at the village, forwarded, handed to a department, answered. */
function petition(out: Rows, ctx: Ctx, v: Village, i: number) {
  const { rng } = ctx;
  const life = lifeOf(rng, ctx.today);
  const status: string = life.open ? openPetition(rng) : closedPetition(rng);
  // how far it went: a closed one went the whole way, a refused one stopped at the office
  const reached = life.open ? ORDER_OF.indexOf(status) : status === 'closed' ? 4 : 2;
  const on = (step: number) =>
    reached >= step ? notAfter(life.filed, step, life.closed ?? ctx.today) : null;
  const form = weighted([
    ['visit', 40],
    ['letter', 35],
    ['phone', 15],
    ['groupVisit', 10],
  ] as const)(rng);
  const people = form === 'groupVisit' ? rng.int(2, 5) : 1;
  const id = randomUUID();
  out.add('petition', {
    village_id: v.id,
    id,
    number: nextNumber(v, 'petition'),
    form,
    participants: form === 'groupVisit' ? people + rng.int(0, 20) : 1,
    subject: `信访事项${i}`,
    request: '诉求',
    facts: '事实和理由',
    status,
    profile_id: PROFILE.id,
    profile_version: PROFILE.version,
    received_on: life.filed,
    registered_by: ctx.staffAccountId,
    forwarded_on: on(1),
    department_id: reached >= 2 ? v.departments[DEPARTMENT_KINDS.indexOf('petitionOffice')] : null,
    assigned_on: on(2),
    accepted_on: status === 'notAccepted' ? null : on(3),
    handle_due_on: status === 'notAccepted' || reached < 3 ? null : addDays(on(3)!, 60),
    refusal_reason: status === 'notAccepted' ? '不属于信访受理范围' : null,
    opinion: reached >= 4 ? 'explain' : null,
    answer: reached >= 4 ? '处理意见' : null,
    answered_on: on(4),
    closed_on: life.closed,
    due_on: life.open ? life.due : null,
  });
  for (let ord = 1; ord <= people; ord++)
    out.add('petition_person', {
      village_id: v.id,
      petition_id: id,
      ord,
      role: form === 'groupVisit' ? 'representative' : 'petitioner',
      name: `信访人${i}-${ord}`,
      id_number: `3301021970${String(i % 10000).padStart(4, '0')}${String(ord).padStart(3, '0')}X`,
    });
}

const WRITERS: Record<CaseKind, (out: Rows, ctx: Ctx, v: Village, i: number) => void> = {
  service: serviceRequest,
  minqing: minqingCase,
  dispute,
  petition,
};

/** Departments, the station's windows and catalogue in each village; then the cases. */
async function catalogue(tx: Tx, rng: Rng, village: Village) {
  for (const [n, name] of ['民政事务', '社会保障', '计生服务'].entries()) {
    const id = randomUUID();
    const department = rng.chance(0.8) ? village.departments[n] : null;
    await tx.query(
      `INSERT INTO service_window (village_id, id, number, name, town_department_id) VALUES ($1, $2, $3, $4, $5)`,
      [village.id, id, n + 1, name, department],
    );
    village.windows.push({ id, number: n + 1, department: department ?? null });
    for (const [k, fullAgency] of [false, true].entries()) {
      const item = { id: randomUUID(), windowId: id, name: `${name}事项${k + 1}`, fullAgency };
      await tx.query(
        `INSERT INTO service_item (village_id, id, window_id, name, promised_days, promised_unit, full_agency)
         VALUES ($1, $2, $3, $4, 5, 'working', $5)`,
        [village.id, item.id, id, item.name, fullAgency],
      );
      village.items.push(item);
    }
  }
}

/** Writes `count` cases over the fixture county's three villages, and ANALYZEs their tables. */
export async function seedCases(
  server: TestServer,
  count: number,
  today: CalendarDate,
): Promise<SeededCounty> {
  const f = server.fixture;
  const rng = createRng(13);
  const out = new Rows();
  const departments: string[][] = [];
  const ctx: Ctx = { rng, today, townIds: f.townIds, staffAccountId: f.accounts.committeeChair.id };
  const cases = { service: 0, minqing: 0, dispute: 0, petition: 0 };
  await server.db.transaction(async (tx) => {
    for (const townId of f.townIds) {
      const ids: string[] = [];
      for (const [i, kind] of DEPARTMENT_KINDS.entries()) {
        const id = randomUUID();
        await insertDepartment(tx, { id, townId, name: `部门${i + 1}`, kind });
        ids.push(id);
      }
      departments.push(ids);
    }
    const villages = (
      [
        [f.villageA, 0],
        [f.villageB, 0],
        [f.villageC, 1],
      ] as const
    ).map(([fv, town]): Village => ({
      id: fv.id,
      town,
      gridId: fv.gridId,
      personIds: fv.personIds,
      departments: departments[town]!,
      windows: [],
      items: [],
      numbers: new Map(),
      lastMinqing: null,
    }));
    for (const v of villages) await catalogue(tx, rng, v);
    for (let i = 0; i < count; i++) {
      const kind = kindOf(rng);
      cases[kind] += 1;
      WRITERS[kind](out, ctx, villages[i % villages.length]!, i);
    }
    // referrals first: the requests and stages point at them
    const order = ['town_referral', ...[...out.tables.keys()].filter((t) => t !== 'town_referral')];
    for (const table of order) {
      const t = out.tables.get(table);
      if (t) await bulkInsert(tx, table, t.columns, t.rows);
    }
  });
  for (const table of out.tables.keys()) await server.db.query(`ANALYZE ${table}`);
  return { departments, cases, referrals: out.count('town_referral') };
}
