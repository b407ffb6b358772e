/**
 * `bash scripts/with-postgres.sh npm run bench:elections`: polling day at scale on
 * PostgreSQL, in-process through the elections' commands (no HTTP), against a raw INSERT
 * loop on the same database in the same run:
 *
 *   - a villagers' election on paper: BENCH_BALLOTS ballots (3,000) handed out, then each
 *     entered by both counters, one ballot a command, the two counters side by side; the
 *     tally sheet; the count (double entries compared, receipts reconciled, the bulletin);
 *   - an election by the representatives' meeting (BENCH_BALLOTS representatives):
 *     every representative casts an electronic ballot, all at once as phones do (each is
 *     answered once its batch is in the secret box: up to 1 s, or 500 waiting), then the
 *     count (the secret box emptied into the bulletin);
 *   - the yardstick: BENCH_BALLOTS single-row INSERTs of a ballot's marks (jsonb) into a
 *     bare table, each its own transaction, one after the other.
 *
 * The village and the elections' first half are built through the server's test helpers
 * (startTestServer: PostgreSQL from TEST_DATABASE_URL), not measured. Prints a Markdown
 * table and writes the run as JSON to bench/results/.
 */
import { randomUUID } from 'node:crypto';
import { mkdir, writeFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import type { Marks } from '@cunzhi/core/elections/sheets';
import { systemContext, type CommandContext } from '@cunzhi/server/platform/command';
import { testConfig } from '@cunzhi/server/platform/config';
import { startTestServer, type TestServer } from '@cunzhi/server/testing/testServer';
import { addAdults, seatIn } from '@cunzhi/server/testing/meetings';
import { toCandidateList, type ListedElection } from '@cunzhi/server/testing/elections';
import { castBallot, issueBallots } from '@cunzhi/server/features/elections/commands/ballots';
import { countRound } from '@cunzhi/server/features/elections/commands/countRound';
import { openPolling } from '@cunzhi/server/features/elections/commands/openPolling';
import {
  enterPaperBallots,
  signTallySheet,
} from '@cunzhi/server/features/elections/commands/paperBallots';
import { rollPersonIds } from '@cunzhi/server/features/elections/repository';
import { describeMachine } from './machine.ts';
import { wholeNumber } from './settings.ts';

const RESULTS_DIR = fileURLToPath(new URL('../results/', import.meta.url));
const BALLOTS = wholeNumber('BENCH_BALLOTS', 3000);
const POLLING_DAY = '2026-11-10';

interface Timed {
  what: string;
  operations: number;
  ms: number;
}

async function timed(what: string, operations: number, run: () => Promise<unknown>) {
  const start = performance.now();
  await run();
  return { what, operations, ms: performance.now() - start } satisfies Timed;
}

/** A command of the system (the committee's acts) or of one person (a voter, a counter). */
function commandAs(server: TestServer, personId: string | null): CommandContext {
  const app = { db: server.db, clock: server.clock, config: testConfig() };
  return { ...systemContext(app, server.fixture.villageA.id), personId };
}

/** The ballots: three of four candidates, varied so every candidate has votes. */
function ballotsFor(candidates: readonly string[]): Marks[] {
  return Array.from({ length: BALLOTS }, (_, i) => ({
    member: candidates.filter((_, j) => j !== i % candidates.length),
  }));
}

async function listed(
  server: TestServer,
  body: 'villagersCommittee' | 'supervisionCommittee',
  electorate: 'villagers' | 'representatives',
): Promise<ListedElection & { tellers: string[] }> {
  const v = server.fixture.villageA;
  const candidates = await addAdults(server.db, v, 4, { prefix: `${body}候选` });
  const e = await toCandidateList(server, {
    ...{ body, electorate, nominees: candidates },
    post: { id: 'member', zh: '委员', seats: 3 },
    ...{ adoptedOn: '2026-10-01', electionDay: POLLING_DAY },
    ...{ rollOn: '2026-10-15', listOn: '2026-11-05' },
  });
  const tellers = await addAdults(server.db, v, 4, { prefix: `${body}计票` });
  const notice = await e.ec.post(`${e.E}/polling-notice`, {
    on: '2026-11-05',
    place: '村委会大院',
    method: electorate === 'villagers' ? 'paper' : 'electronic',
    tellers: [
      { personId: tellers[0], role: 'caller' },
      { personId: tellers[1], role: 'counter' },
      { personId: tellers[2], role: 'counter' },
      { personId: tellers[3], role: 'scrutineer' },
    ],
  });
  if (notice.status !== 200) throw new Error(`notice: ${JSON.stringify(notice.body)}`);
  return { ...e, tellers };
}

/** The outgoing committee's departure audit, published the day before polling (polling waits for it). */
async function departureAudit(server: TestServer) {
  const v = server.fixture.villageA;
  await server.db.query(
    `INSERT INTO responsibility_audit (village_id, id, number, kind, body_term_id, subject, period_from, period_to,
       items, auditor_kind, auditor_name, arranged_on, status, reported_on, published_on, created_at)
     VALUES ($1, $2, 1, 'departure', $3, '村委会离任经济责任审计', '2026-05-01', '2026-10-31', '{}', 'townAgency',
       '镇农经站', '2026-10-01', 'published', '2026-11-09', '2026-11-09', now())`,
    [v.id, randomUUID(), v.termIds.villagersCommittee],
  );
}

async function paperDay(server: TestServer): Promise<Timed[]> {
  const e = await listed(server, 'villagersCommittee', 'villagers');
  await departureAudit(server);
  server.clock.set(new Date(`${POLLING_DAY}T02:00:00Z`));
  const system = commandAs(server, null);
  await openPolling(system, { electionId: e.id, booth: '村委会东厢写票间' });
  const voters = [...(await rollPersonIds(server.db, server.fixture.villageA.id, e.id))].slice(
    0,
    BALLOTS,
  );
  const issued = await timed(
    'paper: ballots handed out (batches of 500)',
    voters.length,
    async () => {
      for (let i = 0; i < voters.length; i += 500)
        await issueBallots(system, {
          electionId: e.id,
          box: 'central',
          issued: voters.slice(i, i + 500).map((personId) => ({ personId, proxyHolderId: null })),
        });
    },
  );
  const ballots = ballotsFor(e.candidates).slice(0, voters.length);
  const counters = [e.tellers[1]!, e.tellers[2]!];
  const entered = await timed(
    'paper: each ballot entered by both counters (one a command, side by side)',
    ballots.length * 2,
    () =>
      Promise.all(
        counters.map(async (counter) => {
          const cmd = commandAs(server, counter);
          for (const [i, marks] of ballots.entries())
            await enterPaperBallots(cmd, {
              electionId: e.id,
              box: 'central',
              entries: [{ number: i + 1, marks }],
            });
        }),
      ),
  );
  await signTallySheet(system, {
    electionId: e.id,
    box: 'central',
    returned: ballots.length,
    signedBy: counters,
  });
  const counted = await timed('paper: the count (entries compared, reconciled, bulletin)', 1, () =>
    countRound(system, { electionId: e.id }),
  );
  return [issued, entered, counted];
}

async function electronicDay(server: TestServer): Promise<Timed[]> {
  const reps = await addAdults(server.db, server.fixture.villageA, BALLOTS, { prefix: '代表' });
  await seatIn(
    server.db,
    server.fixture.villageA,
    'representativesMeeting',
    reps,
    'representative',
  );
  server.clock.set(new Date('2026-11-21T02:00:00Z'));
  const e = await listed(server, 'supervisionCommittee', 'representatives');
  server.clock.set(new Date(`${POLLING_DAY}T02:00:00Z`));
  const system = commandAs(server, null);
  await openPolling(system, { electionId: e.id, booth: '会议室东侧写票间' });
  const ballots = ballotsFor(e.candidates);
  const cast = await timed(
    'electronic: ballots cast, all at once (as phones do; answered once their batch is boxed)',
    reps.length,
    () =>
      Promise.all(
        reps.map((personId, i) =>
          castBallot(commandAs(server, personId), {
            electionId: e.id,
            marks: ballots[i]!,
            onBehalfOf: null,
          }),
        ),
      ),
  );
  const counted = await timed('electronic: the count (box emptied into the bulletin)', 1, () =>
    countRound(system, { electionId: e.id }),
  );
  return [cast, counted];
}

/** The yardstick: single-row INSERTs of a ballot's marks, each its own transaction, in a loop. */
async function insertLoop(server: TestServer): Promise<Timed> {
  await server.db.query(
    `CREATE TABLE bench_raw_ballot (id uuid PRIMARY KEY, marks jsonb NOT NULL)`,
  );
  const marks = JSON.stringify({ member: ['a', 'b', 'c'] });
  const t = await timed('yardstick: raw INSERT loop', BALLOTS, async () => {
    for (let i = 0; i < BALLOTS; i++)
      await server.db.query(`INSERT INTO bench_raw_ballot (id, marks) VALUES ($1, $2)`, [
        randomUUID(),
        marks,
      ]);
  });
  await server.db.query(`DROP TABLE bench_raw_ballot`);
  return t;
}

async function main() {
  if (!process.env.TEST_DATABASE_URL)
    throw new Error(
      'run under scripts/with-postgres.sh (TEST_DATABASE_URL): this bench is PostgreSQL',
    );
  const machine = describeMachine(new Date());
  console.log(`load average at start: ${machine.loadAverage.join(' ')} (${machine.cpus} CPUs)`);
  const setupStart = performance.now();
  const server = await startTestServer();
  server.clock.set(new Date('2026-11-21T02:00:00Z'));
  // the villagers on the paper roll: BALLOTS adults besides the fixture's
  await addAdults(server.db, server.fixture.villageA, BALLOTS, { prefix: '村民' });
  const setupMs = performance.now() - setupStart;
  try {
    const before = await insertLoop(server);
    const paper = await paperDay(server);
    const electronic = await electronicDay(server);
    const after = await insertLoop(server);
    const yardstick = (before.ms + after.ms) / 2;
    const rows = [...paper, ...electronic].map((t) => ({
      ...t,
      perOperationMs: t.ms / t.operations,
      // the work's time against the INSERT loop of as many ballots (BALLOTS)
      ratio: t.ms / yardstick,
    }));
    console.log(
      `\n| step | operations | seconds | ms each | × raw INSERT loop of ${BALLOTS} |\n|---|---:|---:|---:|---:|`,
    );
    console.log(
      `| yardstick: raw INSERT loop (mean of before and after) | ${BALLOTS} | ${(yardstick / 1000).toFixed(2)} | ${(yardstick / BALLOTS).toFixed(2)} | 1 |`,
    );
    for (const r of rows)
      console.log(
        `| ${r.what} | ${r.operations} | ${(r.ms / 1000).toFixed(2)} | ${r.perOperationMs.toFixed(2)} | ${r.ratio.toFixed(1)} |`,
      );
    console.log(`\nsetup (not measured): ${(setupMs / 1000).toFixed(1)} s`);
    await mkdir(RESULTS_DIR, { recursive: true });
    const file = `${RESULTS_DIR}${machine.isoDate.slice(0, 10)}-elections.json`;
    await writeFile(
      file,
      JSON.stringify({ machine, ballots: BALLOTS, yardstick: { before, after }, rows }, null, 2),
    );
    console.log(`written: ${file}`);
  } finally {
    await server.close();
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
