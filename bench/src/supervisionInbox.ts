import type { CalendarDate } from '@cunzhi/core/calendarDate';
import type { Actor } from '@cunzhi/core/policies/actor';
import { inboxFilters } from '@cunzhi/core/policies/townInbox';
import { resolveProfile, NATIONAL_PROFILE, type ResolvedProfile } from '@cunzhi/core/rules/profile';
import type { Database } from '@cunzhi/server/platform/db/database';
import { buildApp } from '@cunzhi/server/platform/http/app';
import { systemClock } from '@cunzhi/server/platform/clock';
import { testConfig } from '@cunzhi/server/platform/config';
import { hashPassword } from '@cunzhi/server/platform/auth/passwords';
import { FIXTURE_PASSWORD } from '@cunzhi/server/testing/fixtures';
import { supervisionInbox } from '@cunzhi/server/features/supervision/queries';
import { inboxReferrals } from '@cunzhi/server/features/townInbox/queries';
import type { BenchCounty } from './generateCounty.ts';
import { repeat, type Timing } from './oneAtATime.ts';
import { explainStatements, recordingDatabase, type StatementProfile } from './queryProfile.ts';
import { createRng } from './random.ts';
import { listen, signIn } from './scenarios.ts';
import { wholeNumber } from './settings.ts';
import {
  RECORD_COLUMNS,
  insertRecords,
  seatCast,
  seatTownStaff,
  type RecordTable,
  type VillageCast,
} from './supervision/cast.ts';
import { villageRecords } from './supervision/records.ts';

/**
 * "A supervisors' inbox and the town discipline inbox over a county's five
 * years of records": every village of the bench county gets five years of its
 * supervision committee's sittings, motions and votes, inspections with
 * findings, corrections, reports and complaints, and the town's referrals
 * (supervision/records.ts), written with multi-row INSERTs as the commands
 * would have left them. Then, one call at a time: a member's phone inbox
 * (GET …/supervision/inbox, a serving member's session) and the town
 * discipline commission's inbox (GET /api/town/referrals, its official's
 * session), each through the route, through its query function alone, and
 * against a raw SELECT on the index its open rows are found by, on the same
 * database. Each answer is first checked against its SELECT.
 */

/** Years of records (BENCH_SUPERVISION_YEARS, for a quicker try; the scenario is five). */
export const INBOX_YEARS = Math.max(1, wholeNumber('BENCH_SUPERVISION_YEARS', 5));

/** The yardsticks: the open rows, by the partial index on open motions and the town inbox's index. */
export const OPEN_MOTIONS = `SELECT id, kind, subject_id, created_at FROM supervision_motion
WHERE village_id = $1 AND status = 'open'`;
export const OPEN_REFERRALS = `SELECT village_id, id, subject, status, filed_on FROM town_referral
WHERE town_id = $1 AND addressee = ANY($2::text[]) AND status <> 'closed' ORDER BY filed_at`;

/** The tables seatCast and seatTownStaff write. */
const CAST_TABLES = ['body', 'body_term', 'body_membership', 'account', 'staff_scope'];

export interface InboxReads {
  route: Timing;
  query: Timing;
  yardstick: Timing;
  /** What one answer held (checked against the yardstick's rows). */
  answer: Record<string, number>;
  /** The statements one request to the route runs, explained on the idle database. */
  statements: StatementProfile[];
  /** The yardstick's statement, explained the same way. */
  yardstickPlan: StatementProfile[];
}

export interface SupervisionInboxResult {
  seed: {
    villages: number;
    years: number;
    rows: Partial<Record<RecordTable, number>>;
    seconds: number;
  };
  supervisors: InboxReads;
  discipline: InboxReads;
}

interface Seeded {
  reader: VillageCast & { phone: string };
  official: { phone: string; actor: Actor };
  seed: SupervisionInboxResult['seed'];
}

/** Seats every village's committee and writes its records, one transaction a village. */
async function seedCounty(
  db: Database,
  county: BenchCounty,
  today: CalendarDate,
  progress: (line: string) => void,
): Promise<Seeded> {
  const started = performance.now();
  const hash = await hashPassword(FIXTURE_PASSWORD);
  let phone = 0;
  const phones = () => `139${String((phone += 1)).padStart(8, '0')}`;
  const staff = await seatTownStaff(db, phones, hash);
  const villages = await db.query<{ id: string; town_id: string }>(
    'SELECT id, town_id FROM village ORDER BY code',
  );
  const rng = createRng(20211206);
  const profiles = new Map<string, ResolvedProfile>();
  const profileOn = (on: CalendarDate) => {
    if (!profiles.has(on)) profiles.set(on, resolveProfile(NATIONAL_PROFILE, [], on).profile);
    return profiles.get(on)!;
  };
  const rows: Partial<Record<RecordTable, number>> = {};
  let reader: VillageCast | null = null;
  for (const [n, v] of villages.entries()) {
    const cast = await db.transaction(async (tx) => {
      const cast = await seatCast(tx, { id: v.id, townId: v.town_id }, today, phones, hash);
      const records = villageRecords(
        rng,
        cast,
        staff.get(v.town_id)!,
        today,
        INBOX_YEARS,
        profileOn,
        v.id === county.target.villageId,
      );
      await insertRecords(tx, records);
      for (const table of Object.keys(RECORD_COLUMNS) as RecordTable[])
        rows[table] = (rows[table] ?? 0) + records[table].length;
      return cast;
    });
    if (v.id === county.target.villageId) reader = cast;
    if ((n + 1) % 10 === 0 || n + 1 === villages.length)
      progress(
        `    ${n + 1}/${villages.length} villages, ${(rows.supervision_motion ?? 0).toLocaleString('en')} motions, ${((performance.now() - started) / 1000).toFixed(1)} s`,
      );
  }
  // fresh planner statistics for every table written, as autovacuum would have gathered
  for (const table of [...Object.keys(RECORD_COLUMNS), ...CAST_TABLES])
    await db.query(`ANALYZE ${table}`);
  if (!reader) throw new Error('the scenario village got no records');
  const target = reader;
  const [account] = await db.query<{ phone: string }>('SELECT phone FROM account WHERE id = $1', [
    target.memberAccounts[1],
  ]);
  const official = staff.get(target.townId)!;
  return {
    // member 1: a member (not the chair) assigned to inspections, who has not voted on today's motions
    reader: { ...target, phone: account!.phone },
    official: {
      phone: official.disciplinePhone,
      actor: {
        accountId: official.discipline,
        kind: 'staff',
        home: null,
        posts: [],
        staffScopes: [{ level: 'town', id: target.townId, unit: 'discipline' }],
      },
    },
    seed: {
      villages: villages.length,
      years: INBOX_YEARS,
      rows,
      seconds: (performance.now() - started) / 1000,
    },
  };
}

/** One inbox to time: its route, its query function, its yardstick, and how its answer is checked. */
interface InboxSpec {
  path: string;
  cookie: string;
  hows: { route: string; query: string; yardstick: string };
  query: () => Promise<unknown>;
  sql: string;
  params: unknown[];
  /** What the answer holds, checked against the number of the yardstick's rows (throws if they disagree). */
  check: (answer: unknown, rows: number) => Record<string, number>;
}

interface Http {
  get(path: string, cookie: string): Promise<unknown>;
  profile(path: string, cookie: string): Promise<StatementProfile[]>;
}

async function readInbox(db: Database, http: Http, s: InboxSpec): Promise<InboxReads> {
  const yardstick = () => db.query(s.sql, s.params);
  const answer = s.check(await http.get(s.path, s.cookie), (await yardstick()).length);
  return {
    answer,
    statements: await http.profile(s.path, s.cookie),
    yardstickPlan: await explainStatements(db, [{ sql: s.sql, params: s.params }]),
    route: await repeat(s.hows.route, () => http.get(s.path, s.cookie)),
    query: await repeat(s.hows.query, s.query),
    yardstick: await repeat(s.hows.yardstick, yardstick),
  };
}

/** The member's inbox: a vote for every open motion, their inspections, a late correction. */
function memberAnswer(answer: unknown, open: number): Record<string, number> {
  const a = answer as { toVote: unknown[]; inspections: unknown[]; overdue: unknown[] } & {
    complaints?: unknown[];
  };
  if (a.toVote.length !== open || a.inspections.length === 0 || a.overdue.length === 0)
    throw new Error(
      `the member's inbox holds ${a.toVote.length} votes (${open} open motions), ${a.inspections.length} inspections, ${a.overdue.length} overdue corrections`,
    );
  return {
    toVote: a.toVote.length,
    inspections: a.inspections.length,
    overdue: a.overdue.length,
    complaints: a.complaints?.length ?? -1,
  };
}

/** The town's inbox: every open referral to the discipline unit, and some. */
function townAnswer(answer: unknown, open: number): Record<string, number> {
  const { items } = answer as { items: unknown[] };
  if (items.length !== open || open === 0)
    throw new Error(`the town inbox lists ${items.length} referrals, SQL finds ${open} open`);
  return { referrals: items.length };
}

export async function runSupervisionInbox(
  db: Database,
  county: BenchCounty,
  progress: (line: string) => void,
): Promise<SupervisionInboxResult> {
  const config = testConfig({ WEB_DIST: '/nonexistent', CHECK_RESPONSES: false });
  const clock = systemClock(config.TIME_ZONE);
  const today = clock.today();
  const { reader, official, seed } = await seedCounty(db, county, today, progress);

  const recording = recordingDatabase(db);
  const app = await buildApp({ db: recording.db, config, clock });
  try {
    const baseUrl = await listen(app);
    const http: Http = {
      async get(path, cookie) {
        const res = await fetch(`${baseUrl}${path}`, { headers: { cookie } });
        const body = await res.text();
        if (res.status !== 200) throw new Error(`GET ${path}: ${res.status} ${body}`);
        return JSON.parse(body) as unknown;
      },
      async profile(path, cookie) {
        const captured = await recording.capture(async () => void (await http.get(path, cookie)));
        return explainStatements(db, captured);
      },
    };
    const password = FIXTURE_PASSWORD;
    // the member's phone inbox: today's votes, their open inspections, corrections past their day
    const supervisors = await readInbox(db, http, {
      path: `/api/villages/${reader.villageId}/supervision/inbox`,
      cookie: await signIn(baseUrl, { phone: reader.phone, password }),
      hows: {
        route: "GET …/supervision/inbox (HTTP, a member's session)",
        query: 'supervisionInbox (the route’s query function)',
        yardstick: `the village's open motions (1 indexed SELECT, ${db.kind})`,
      },
      query: () => supervisionInbox(db, reader.villageId, reader.members[1]!, today),
      sql: OPEN_MOTIONS,
      params: [reader.villageId],
      check: memberAnswer,
    });
    // the town discipline commission's inbox: open referrals from the town's villages
    const filters = inboxFilters(official.actor);
    const discipline = await readInbox(db, http, {
      path: '/api/town/referrals',
      cookie: await signIn(baseUrl, { phone: official.phone, password }),
      hows: {
        route: "GET /api/town/referrals (HTTP, the discipline official's session)",
        query: 'inboxReferrals (the route’s query function)',
        yardstick: `the town's open referrals (1 indexed SELECT, ${db.kind})`,
      },
      query: () => inboxReferrals({ db }, today, filters, { status: 'open' }),
      sql: OPEN_REFERRALS,
      params: [reader.townId, filters[0]!.addressees],
      check: townAnswer,
    });
    return { seed, supervisors, discipline };
  } finally {
    await app.close();
  }
}
