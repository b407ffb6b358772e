import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { systemContext, type CommandContext } from '../../platform/command.ts';
import { testConfig } from '../../platform/config.ts';
import { startTestServer, type TestServer } from '../../testing/testServer.ts';
import { describeDatabase } from '../../testing/testDatabase.ts';
import { addAdults, seatIn } from '../../testing/meetings.ts';
import { toCandidateList } from '../../testing/elections.ts';
import { castBallot } from './commands/ballots.ts';

/**
 * The bulletin of 1,000 electronic ballots cast at once (docs/elections.md "What the secrecy
 * guarantees"): after the count its rows lie on disk in the order of their random ids, all
 * written by the count's one transaction, so neither row order nor transaction id follows
 * the order the voters voted in; the secret box is gone.
 */
// PostgreSQL only (scripts/with-postgres.sh): the heap a superuser reads; PGlite keeps the smaller check
describe.skipIf(describeDatabase() !== 'postgres')(
  `elections: a 1,000-ballot bulletin's heap order (${describeDatabase()})`,
  () => {
    const VOTERS = 1000;
    let server: TestServer;
    let A: string;
    let reps: string[];

    beforeAll(async () => {
      server = await startTestServer();
      server.clock.set(new Date('2026-11-21T02:00:00Z'));
      A = server.fixture.villageA.id;
      reps = await addAdults(server.db, server.fixture.villageA, VOTERS, { prefix: '代表' });
      await seatIn(
        server.db,
        server.fixture.villageA,
        'representativesMeeting',
        reps,
        'representative',
      );
    }, 120_000);
    afterAll(async () => {
      await server.close();
    });

    /** A voter's own command (cast in-process: 1,000 sessions would only time the sign-ins). */
    const as = (personId: string): CommandContext => ({
      ...systemContext({ db: server.db, clock: server.clock, config: testConfig() }, A),
      personId,
    });

    it('lies in random-id order with one transaction id, however the 1,000 voters voted', async () => {
      const candidates = await addAdults(server.db, server.fixture.villageA, 4, { prefix: '候选' });
      const tellers = await addAdults(server.db, server.fixture.villageA, 3, { prefix: '计票' });
      const e = await toCandidateList(server, {
        body: 'supervisionCommittee',
        electorate: 'representatives',
        post: { id: 'member', zh: '监督委员会委员', seats: 3 },
        nominees: candidates,
        adoptedOn: '2026-09-01',
        electionDay: '2026-10-20',
        rollOn: '2026-09-02',
        listOn: '2026-09-03',
      });
      const notice = await e.ec.post(`${e.E}/polling-notice`, {
        on: '2026-10-15',
        place: '社区会议室',
        method: 'electronic',
        tellers: [
          { personId: tellers[0], role: 'caller' },
          { personId: tellers[1], role: 'counter' },
          { personId: tellers[2], role: 'scrutineer' },
        ],
      });
      expect(notice.status, JSON.stringify(notice.body)).toBe(200);
      server.clock.set(new Date('2026-10-20T02:00:00Z'));
      expect((await e.ec.post(`${e.E}/polling/open`, { booth: '写票间' })).status).toBe(200);
      await Promise.all(
        reps.map((personId, i) =>
          castBallot(as(personId), {
            electionId: e.id,
            marks: { member: candidates.filter((_, j) => j !== i % 4) },
            onBehalfOf: null,
          }),
        ),
      );
      const counted = await e.ec.post(`${e.E}/count`, {});
      expect(counted.status, JSON.stringify(counted.body)).toBe(200);
      const heap = await server.db.query<{ id: string; xmin: string }>(
        `SELECT id, xmin::text AS xmin FROM election_ballot WHERE village_id = $1 AND election_id = $2 AND round = 1 ORDER BY ctid`,
        [A, e.id],
      );
      expect(heap).toHaveLength(VOTERS);
      expect(heap.map((h) => h.id)).toEqual([...heap.map((h) => h.id)].sort());
      expect(new Set(heap.map((h) => h.xmin)).size).toBe(1);
      // the portal shows them 200 to a page, in id order
      const [{ code }] = (await server.db.query<{ code: string }>(
        'SELECT code FROM village WHERE id = $1',
        [A],
      )) as [{ code: string }];
      const at = (n: number) =>
        server.anonymous().request('GET', `/p/${code}/elections/${e.id}/rounds/1?page=${n}`);
      const last = ((await at(5)).body as Buffer).toString('utf8');
      expect(last).toContain(heap[999]!.id);
      expect(last).toContain(heap[800]!.id);
      expect(last).not.toContain(heap[799]!.id);
      expect((await at(6)).status).toBe(404);
      const [round] = await server.db.query<{ id: string }>(
        `SELECT id FROM election_round WHERE village_id = $1 AND election_id = $2 AND round = 1`,
        [A, e.id],
      );
      const boxes = await server.db.query(`SELECT 1 FROM pg_tables WHERE tablename = $1`, [
        `election_box_${round!.id.replace(/-/g, '')}`,
      ]);
      expect(boxes).toHaveLength(0);
    }, 120_000);
  },
);
