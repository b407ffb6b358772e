import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestServer, type HttpClient, type TestServer } from '../../testing/testServer.ts';
import { addAdults, clientFor, seatIn } from '../../testing/meetings.ts';
import { pageItems } from '../../testing/pageinspect.ts';

/**
 * What a PostgreSQL superuser can read of 民主评议's secret sheets, page by
 * page (pageinspect: every row version, live or dead, with its xmin, xmax and
 * place), during the round and after the count — the guarantee the meetings'
 * secret ballots are held to (docs/security.md "Secret ballots").
 */
describe('secret evaluation sheets as a PostgreSQL superuser sees them', () => {
  let server: TestServer;
  let base: string;
  let host: HttpClient;
  let roundId: string;
  let box: string;
  let receiptXmins: string[];
  let batchXmins: string[];
  const sheets = 12;

  beforeAll(async () => {
    server = await startTestServer();
    await server.db.query('CREATE EXTENSION IF NOT EXISTS pageinspect');
    const v = server.fixture.villageA;
    base = `/api/villages/${v.id}`;
    host = await server.as('supervisionChair');
    const members = await addAdults(server.db, v, 2, { prefix: '委员' });
    await seatIn(server.db, v, 'villagersCommittee', members, 'member');
    const reps = await addAdults(server.db, v, sheets, { prefix: '代表' });
    await seatIn(server.db, v, 'representativesMeeting', reps, 'representative');
    const round = await host.post(`${base}/evaluations`, {
      year: 2026,
      heldOn: '2026-11-21',
      evaluators: 'representatives',
    });
    roundId = round.body.round.id as string;
    box = `rating_box_${roundId.replace(/-/g, '')}`;
    const cadres = round.body.cadres as Array<{ membershipId: string }>;
    const clients = await Promise.all(reps.map((p) => clientFor(server, v.id, p)));
    // the first half rate everyone 不称职, the other half 称职: two waves, one batch each
    const wave = (from: number, to: number, rating: string) =>
      Promise.all(
        clients.slice(from, to).map((c) =>
          c.post(`${base}/evaluations/${roundId}/my-sheet`, {
            ratings: cadres.map((x) => ({ membershipId: x.membershipId, rating })),
          }),
        ),
      );
    for (const r of await wave(0, sheets / 2, 'incompetent')) expect(r.status).toBe(201);
    for (const r of await wave(sheets / 2, sheets, 'competent')) expect(r.status).toBe(201);
  });
  afterAll(async () => {
    await server.close();
  });

  it('during the round: no transaction wrote a receipt and a rating; ratings share batch xmins', async () => {
    const receipts = await server.db.query<{ x: string }>(
      'SELECT xmin::text AS x FROM evaluation_receipt WHERE round_id = $1',
      [roundId],
    );
    receiptXmins = receipts.map((r) => r.x);
    expect(new Set(receiptXmins).size).toBe(sheets);
    const boxed = await pageItems(server.db, box);
    // three cadres a sheet (the fixture's chair and two members)
    expect(boxed).toHaveLength(sheets * 3);
    batchXmins = [...new Set(boxed.map((t) => t.t_xmin))];
    expect(batchXmins.length).toBeLessThan(sheets);
    for (const x of batchXmins) expect(receiptXmins).not.toContain(x);
    for (const t of boxed) expect(t.t_xmax).toBe('0');
  });

  it('after the count: no row version, xmin or row order links an evaluator to a rating', async () => {
    const counted = await host.post(`${base}/evaluations/${roundId}/count`);
    expect(counted.status).toBe(200);
    const [gone] = await server.db.query<{ rel: string | null }>(
      'SELECT to_regclass($1)::text AS rel',
      [box],
    );
    expect(gone?.rel).toBeNull();
    const published = await pageItems(server.db, 'evaluation_rating');
    expect(published).toHaveLength(sheets * 3);
    const xmins = new Set(published.map((t) => t.t_xmin));
    expect(xmins.size).toBe(1);
    for (const t of published) expect(t.t_xmax).toBe('0');
    const [countXmin] = [...xmins];
    expect(receiptXmins).not.toContain(countXmin);
    // no row version anywhere carries a batch's transaction id: the box took them with it
    const tables = await server.db.query<{ name: string }>(
      `SELECT c.oid::regclass::text AS name FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
       WHERE n.nspname = 'public' AND c.relkind = 'r'`,
    );
    for (const { name } of tables)
      for (const t of await pageItems(server.db, name))
        expect(batchXmins, `${name} ${t.ctid}`).not.toContain(t.t_xmin);
    // on disk in the order of the random ids, not of the sheets
    const onDisk = await server.db.query<{ id: string }>(
      'SELECT id::text FROM evaluation_rating WHERE round_id = $1 ORDER BY ctid',
      [roundId],
    );
    const ids = onDisk.map((r) => r.id);
    expect(ids).toEqual([...ids].sort());
  });
});
