import type { FastifyInstance } from 'fastify';
import type { CalendarDate } from '@cunzhi/core/calendarDate';
import type { Database } from '@cunzhi/server/platform/db/database';
import { buildApp } from '@cunzhi/server/platform/http/app';
import { fixedClock } from '@cunzhi/server/platform/clock';
import { testConfig } from '@cunzhi/server/platform/config';
import { timedDatabase, type DbTotals, type TimedDatabase } from './dbTimings.ts';
import {
  BurstClient,
  median,
  round,
  summarise,
  type BurstSummary,
  type FireRequest,
  type FireResult,
} from './load.ts';
import { seedAssemblyVillage, type AssemblyVillage, type Villager } from './village.ts';

export type PhaseId = 'health' | 'checkIn' | 'electronicVote' | 'secretVote';

export const PHASE_TITLES: Record<PhaseId, string> = {
  health: 'bare HTTP: GET /api/health',
  checkIn: 'check-in (POST …/meetings/:id/check-in)',
  electronicVote: 'named electronic vote (POST …/motions/:id/votes)',
  secretVote: 'secret ballot (POST …/motions/:id/votes)',
};

export interface AssemblyOptions {
  adults: number;
  runs: number;
  seed: number;
  meetingOn: CalendarDate;
  noticeOn: CalendarDate;
  /** The server's fixed clock: on the meeting date. */
  now: Date;
}

/** Per request, from the database wrapper (dbTimings.ts). */
export interface PerRequestDb {
  statements: number;
  transactions: number;
  /** Statements other than FOR UPDATE locks: round trips and execution. */
  statementMs: number;
  /** FOR UPDATE statements: mostly waiting for the row lock. */
  lockWaitMs: number;
  /** From the first FOR UPDATE lock granted to the end of COMMIT. */
  lockedMs: number;
  /** Waiting for a transaction to begin (a pool connection; PGlite's one connection). */
  txStartWaitMs: number;
  /** Sum of the locked sections of the burst ÷ its wall time. */
  lockedShareOfWall: number;
}

export interface PhaseRun {
  run: number;
  burst: BurstSummary;
  db: PerRequestDb;
  /** Event-loop utilisation of the server's thread during the burst. */
  serverBusy: number;
}

export interface PhaseResult {
  id: PhaseId;
  title: string;
  expectedStatus: number;
  runs: PhaseRun[];
  /** Medians over the runs (each figure on its own); perSecond = requests ÷ median wall time. */
  median: {
    wallMs: number;
    perSecond: number;
    latencyMs: { p50: number; p95: number; p99: number; max: number; mean: number };
    db: PerRequestDb;
    serverBusy: number;
  };
  errors: number;
}

/** The same requests one at a time on an otherwise idle server: what one request costs. */
export interface SequentialProfile {
  id: PhaseId;
  title: string;
  requests: number;
  latencyMs: { p50: number; mean: number };
  db: PerRequestDb;
  /** The statements of one request by time (mean per request), slowest first. */
  statements: Array<{ sql: string; perRequest: number; ms: number }>;
}

export interface AssemblyPass {
  database: string;
  version: string;
  village: {
    name: string;
    adults: number;
    persons: number;
    households: number;
    seedSeconds: number;
  };
  phases: PhaseResult[];
  /** A further assembly where the first requests of each kind are sent one at a time (not in the medians). */
  sequential: SequentialProfile[];
  /** What was verified after each burst. */
  checks: string[];
}

const LISTEN_BACKLOG = 2048;
/** Requests of each kind sent one at a time in the sequential profile. */
const SEQUENTIAL_REQUESTS = 50;

/** One database's pass: the village, the server, then `runs` assemblies. */
export async function runAssemblyPass(
  db: Database,
  meta: { database: string; version: string },
  options: AssemblyOptions,
  progress: (line: string) => void,
): Promise<AssemblyPass> {
  const village = await seedAssemblyVillage(db, {
    adults: options.adults,
    seed: options.seed,
    meetingOn: options.meetingOn,
    now: options.now,
  });
  progress(
    `  village: ${village.voters.length} adults, ${village.persons} persons, ${village.households} households, seeded in ${village.seconds.toFixed(1)} s`,
  );
  const timed = timedDatabase(db);
  const config = testConfig({ WEB_DIST: '/nonexistent' });
  const app = await buildApp({
    db: timed.db,
    config,
    clock: fixedClock(options.now, config.TIME_ZONE),
  });
  const client = new BurstClient();
  try {
    const origin = await listen(app);
    const bench = new AssemblyBench(origin, village, timed, client, options);
    return {
      ...meta,
      village: {
        name: village.name,
        adults: village.voters.length,
        persons: village.persons,
        households: village.households,
        seedSeconds: round(village.seconds, 1),
      },
      ...(await bench.runAll(progress)),
    };
  } finally {
    await client.close();
    await app.close();
  }
}

async function listen(app: FastifyInstance): Promise<string> {
  // 1,000 connections arrive at once: a backlog above Node's default 511
  await app.listen({ port: 0, host: '127.0.0.1', backlog: LISTEN_BACKLOG });
  const address = app.server.address();
  if (!address || typeof address === 'string') throw new Error('server has no TCP address');
  return `http://127.0.0.1:${address.port}`;
}

/** Deterministic choices: 65 % yes, 20 % no, 15 % abstain. */
function choiceOf(i: number): 'yes' | 'no' | 'abstain' {
  const r = i % 20;
  return r < 13 ? 'yes' : r < 17 ? 'no' : 'abstain';
}

interface MeetingDetail {
  meeting: { id: string; checkInCode: string | null; status: string };
  presence: { members: number; present: number };
  quorum: { met: boolean };
  attendance: unknown[];
  motions: Array<{ id: string; ballots: number; votes: unknown[] | null }>;
}

interface CloseAnswer {
  passed: boolean;
  result: { tally: { yes: number; no: number; abstain: number } };
  resolution: { label: string } | null;
}

/** The requests of one kind for some voters, on a meeting or motion path. */
type Plan = (voters: readonly Villager[]) => FireRequest[];

class AssemblyBench {
  private readonly runs = new Map<PhaseId, PhaseRun[]>();
  private readonly sequential: SequentialProfile[] = [];
  private readonly checks: string[] = [];
  private readonly base: string;

  constructor(
    private readonly origin: string,
    private readonly village: AssemblyVillage,
    private readonly timed: TimedDatabase,
    private readonly client: BurstClient,
    private readonly options: AssemblyOptions,
  ) {
    this.base = `/api/villages/${village.villageId}`;
  }

  async runAll(
    progress: (line: string) => void,
  ): Promise<{ phases: PhaseResult[]; sequential: SequentialProfile[]; checks: string[] }> {
    const n = this.village.voters.length;
    const health = Array.from({ length: n }, (): FireRequest => ({
      method: 'GET',
      path: '/api/health',
    }));
    // warm-up (not recorded): the first burst also pays for JIT compilation and the worker's start
    await this.client.fire({ origin: this.origin, requests: health });
    for (let run = 1; run <= this.options.runs; run++) {
      const b = await this.measure('health', run, health, 200);
      progress(`  run ${run}: ${PHASE_TITLES.health}: ${describe(b)}`);
    }
    for (let run = 1; run <= this.options.runs; run++)
      await this.assembly(run, (id, plan, expected) =>
        this.measure(id, run, plan(this.village.voters), expected).then((b) =>
          progress(`  run ${run}: ${PHASE_TITLES[id]}: ${describe(b)}`),
        ),
      );
    // one more assembly: the first voters one at a time, then the rest at once (not recorded)
    const k = Math.min(SEQUENTIAL_REQUESTS, Math.floor(n / 2));
    await this.assembly(this.options.runs + 1, async (id, plan, expected) => {
      const profile = await this.oneAtATime(id, plan(this.village.voters.slice(0, k)), expected);
      progress(
        `  one at a time: ${PHASE_TITLES[id]}: ${profile.requests}, p50 ${profile.latencyMs.p50.toFixed(1)} ms, ${profile.db.statements} statements`,
      );
      const rest = plan(this.village.voters.slice(k));
      const b = summarise(
        await this.client.fire({ origin: this.origin, requests: rest }),
        expected,
      );
      if (b.errors > 0) throw new Error(`${PHASE_TITLES[id]}: ${b.errorSamples.join('; ')}`);
    });
    const ids: PhaseId[] = ['health', 'checkIn', 'electronicVote', 'secretVote'];
    const expected: Record<PhaseId, number> = {
      health: 200,
      checkIn: 201,
      electronicVote: 201,
      secretVote: 201,
    };
    return {
      phases: ids.map((id) => phaseResult(id, expected[id], this.runs.get(id) ?? [])),
      sequential: this.sequential,
      checks: this.checks,
    };
  }

  /**
   * One assembly: convene, approve the agenda, open; everyone checks in; a
   * named electronic vote; a secret ballot; close. `send` delivers each kind
   * of request for all voters; the results are checked after each.
   */
  private async assembly(
    run: number,
    send: (id: PhaseId, plan: Plan, expected: number) => Promise<void>,
  ): Promise<void> {
    const { chair, supervisor, voters } = this.village;
    const n = voters.length;
    const convened = await this.api<MeetingDetail>('POST', `${this.base}/meetings`, chair, 201, {
      kind: 'villagersAssembly',
      title: `村民会议（基准第${run}次）`,
      meetingOn: this.options.meetingOn,
      noticeOn: this.options.noticeOn,
      startsAt: '09:00',
      place: '村委会院坝',
      agenda: '一、审议村级道路硬化方案\n二、无记名投票：村集体经济项目',
    });
    const meetingId = convened.meeting.id;
    const meeting = `${this.base}/meetings/${meetingId}`;
    await this.api('POST', `${meeting}/agenda-review`, supervisor, 200, { outcome: 'approved' });
    const opened = await this.api<MeetingDetail>('POST', `${meeting}/open`, chair, 200, {});
    const code = opened.meeting.checkInCode;
    if (!code) throw new Error('the chair was not shown the check-in code');

    // phase 1: everyone checks in with the meeting's code
    await send(
      'checkIn',
      (some) =>
        some.map((v) => ({
          method: 'POST',
          path: `${meeting}/check-in`,
          cookie: v.cookie,
          body: JSON.stringify({ code }),
        })),
      201,
    );
    const present = await this.api<MeetingDetail>('GET', meeting, chair, 200);
    this.check(
      present.presence.present === n && present.attendance.length === n && present.quorum.met,
      `run ${run}: GET meeting after check-in: presence ${present.presence.present}/${present.presence.members}, attendance ${present.attendance.length}, quorum ${present.quorum.met ? 'met' : 'not met'}`,
    );

    // phases 2 and 3: a named electronic vote, then a secret ballot
    for (const voting of ['electronic', 'secret'] as const) {
      const phase: PhaseId = voting === 'electronic' ? 'electronicVote' : 'secretVote';
      const proposed = await this.api<{ motion: { id: string } }>(
        'POST',
        `${meeting}/motions`,
        chair,
        201,
        {
          title: voting === 'electronic' ? '村级道路硬化方案' : '村集体经济项目',
          body: '基准表决事项',
          voting,
        },
      );
      const motion = `${this.base}/motions/${proposed.motion.id}`;
      await this.api('POST', `${motion}/open`, chair, 200, {});
      const expected = { yes: 0, no: 0, abstain: 0 };
      const choiceOfVoter = new Map(voters.map((v, i) => [v.personId, choiceOf(i + run)]));
      for (const c of choiceOfVoter.values()) expected[c] += 1;
      await send(
        phase,
        (some) =>
          some.map((v) => ({
            method: 'POST',
            path: `${motion}/votes`,
            cookie: v.cookie,
            body: JSON.stringify({ choice: choiceOfVoter.get(v.personId) }),
          })),
        201,
      );
      const closed = await this.api<CloseAnswer>('POST', `${motion}/close`, chair, 200, {});
      const t = closed.result.tally;
      const after = await this.api<MeetingDetail>('GET', meeting, chair, 200);
      const ballots = after.motions.find((m) => m.id === proposed.motion.id)?.ballots;
      this.check(
        t.yes === expected.yes &&
          t.no === expected.no &&
          t.abstain === expected.abstain &&
          ballots === n,
        `run ${run}: ${voting} motion closed: tally ${t.yes}/${t.no}/${t.abstain} (cast ${expected.yes}/${expected.no}/${expected.abstain}), ballots ${ballots ?? '?'}, ${closed.passed ? `passed, resolution ${closed.resolution?.label ?? '–'}` : 'not passed'}`,
      );
    }
    await this.api('POST', `${meeting}/close`, chair, 200, {});
  }

  private check(ok: boolean, text: string): void {
    this.checks.push(`${ok ? 'ok' : 'FAILED'}: ${text}`);
    if (!ok) throw new Error(`check failed: ${text}`);
  }

  /** Fires one burst and records it with the database's and the server thread's share. */
  private async measure(
    id: PhaseId,
    run: number,
    requests: FireRequest[],
    expected: number,
  ): Promise<BurstSummary> {
    this.timed.reset();
    const before = performance.eventLoopUtilization();
    const result = await this.client.fire({ origin: this.origin, requests });
    const busy = performance.eventLoopUtilization(before).utilization;
    const burst = summarise(result, expected);
    const record: PhaseRun = {
      run,
      burst,
      db: perRequest(this.timed.totals(), burst),
      serverBusy: round(busy, 2),
    };
    this.runs.set(id, [...(this.runs.get(id) ?? []), record]);
    if (burst.errors > 0)
      throw new Error(
        `${PHASE_TITLES[id]}, run ${run}: ${burst.errors} of ${burst.requests} requests failed:\n  ${burst.errorSamples.join('\n  ')}`,
      );
    return burst;
  }

  /** Sends the requests one after the other (each on a new connection, as in the bursts). */
  private async oneAtATime(
    id: PhaseId,
    requests: FireRequest[],
    expected: number,
  ): Promise<SequentialProfile> {
    this.timed.reset();
    const outcomes: FireResult['outcomes'] = [];
    let wallMs = 0;
    for (const request of requests) {
      const r = await this.client.fire({ origin: this.origin, requests: [request] });
      outcomes.push(...r.outcomes);
      wallMs += r.wallMs;
    }
    const burst = summarise({ wallMs, outcomes }, expected);
    if (burst.errors > 0) throw new Error(`${PHASE_TITLES[id]}: ${burst.errorSamples.join('; ')}`);
    const totals = this.timed.totals();
    const n = Math.max(1, burst.requests);
    const profile: SequentialProfile = {
      id,
      title: PHASE_TITLES[id],
      requests: burst.requests,
      latencyMs: { p50: burst.latencyMs.p50, mean: burst.latencyMs.mean },
      db: perRequest(totals, burst),
      statements: totals.byStatement.map((x) => ({
        sql: x.sql,
        perRequest: round(x.count / n, 2),
        ms: round(x.ms / n, 2),
      })),
    };
    this.sequential.push(profile);
    return profile;
  }

  /** One set-up or verification call (not measured). */
  private async api<T = unknown>(
    method: 'GET' | 'POST',
    path: string,
    as: Villager,
    expected: number,
    body?: unknown,
  ): Promise<T> {
    const res = await fetch(`${this.origin}${path}`, {
      method,
      headers: {
        cookie: as.cookie,
        ...(body === undefined ? {} : { 'content-type': 'application/json' }),
      },
      ...(body === undefined ? {} : { body: JSON.stringify(body) }),
    });
    const text = await res.text();
    if (res.status !== expected)
      throw new Error(`${method} ${path}: ${res.status} (expected ${expected}) ${text}`);
    return JSON.parse(text) as T;
  }
}

function perRequest(t: DbTotals, burst: BurstSummary): PerRequestDb {
  const n = Math.max(1, burst.requests);
  return {
    statements: round(t.statements / n, 2),
    transactions: round(t.transactions / n, 2),
    statementMs: round(t.statementMs / n, 2),
    lockWaitMs: round(t.lockStatementMs / n, 2),
    lockedMs: round(t.lockedMs / n, 2),
    txStartWaitMs: round(t.txStartWaitMs / n, 2),
    lockedShareOfWall: burst.wallMs > 0 ? round(t.lockedMs / burst.wallMs, 2) : 0,
  };
}

function phaseResult(id: PhaseId, expectedStatus: number, runs: PhaseRun[]): PhaseResult {
  const m = (pick: (r: PhaseRun) => number) => median(runs.map(pick));
  const wallMs = m((r) => r.burst.wallMs);
  const requests = runs[0]?.burst.requests ?? 0;
  return {
    id,
    title: PHASE_TITLES[id],
    expectedStatus,
    runs,
    median: {
      wallMs: round(wallMs, 1),
      perSecond: wallMs > 0 ? round(requests / (wallMs / 1000), 1) : 0,
      latencyMs: {
        p50: round(
          m((r) => r.burst.latencyMs.p50),
          1,
        ),
        p95: round(
          m((r) => r.burst.latencyMs.p95),
          1,
        ),
        p99: round(
          m((r) => r.burst.latencyMs.p99),
          1,
        ),
        max: round(
          m((r) => r.burst.latencyMs.max),
          1,
        ),
        mean: round(
          m((r) => r.burst.latencyMs.mean),
          1,
        ),
      },
      db: {
        statements: m((r) => r.db.statements),
        transactions: m((r) => r.db.transactions),
        statementMs: m((r) => r.db.statementMs),
        lockWaitMs: m((r) => r.db.lockWaitMs),
        lockedMs: m((r) => r.db.lockedMs),
        txStartWaitMs: m((r) => r.db.txStartWaitMs),
        lockedShareOfWall: m((r) => r.db.lockedShareOfWall),
      },
      serverBusy: m((r) => r.serverBusy),
    },
    errors: runs.reduce((sum, r) => sum + r.burst.errors, 0),
  };
}

function describe(b: BurstSummary): string {
  return `${b.requests} in ${(b.wallMs / 1000).toFixed(2)} s (${b.perSecond.toFixed(0)}/s), p50 ${b.latencyMs.p50.toFixed(0)} ms, p99 ${b.latencyMs.p99.toFixed(0)} ms, errors ${b.errors}`;
}
