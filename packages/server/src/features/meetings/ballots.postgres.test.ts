import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestServer, type HttpClient, type TestServer } from '../../testing/testServer.ts';
import { addAdults, clientFor, reviewAgenda, seatIn } from '../../testing/meetings.ts';
import { pageItems as itemsOf } from '../../testing/pageinspect.ts';

const pageItems = (server: TestServer, table: string) => itemsOf(server.db, table);

/**
 * What a PostgreSQL superuser can read of a secret vote, page by page
 * (pageinspect: every row version on a page, live or dead, with its xmin,
 * xmax and place), during the vote and after it closed. docs/security.md
 * "Secret ballots" states the guarantee these tests hold it to.
 */

const TODAY = '2026-11-21';

describe('secret ballots as a PostgreSQL superuser sees them (pageinspect, xmin, ctid)', () => {
  let server: TestServer;
  let base: string;
  let chair: HttpClient;
  let voters: HttpClient[];
  let motionId: string;
  let box: string;
  let receiptXmins: string[];
  let batchXmins: string[];
  let boxFile: string;
  const firstWave = 8;

  beforeAll(async () => {
    server = await startTestServer();
    await server.db.query('CREATE EXTENSION IF NOT EXISTS pageinspect');
    const v = server.fixture.villageA;
    base = `/api/villages/${v.id}`;
    chair = await server.as('committeeChair');
    const reps = await addAdults(server.db, v, 14, { prefix: '代表' });
    await seatIn(server.db, v, 'representativesMeeting', reps, 'representative');
    voters = [
      await server.as('representative'),
      chair,
      ...(await Promise.all(reps.map((p) => clientFor(server, v.id, p)))),
    ];
    const created = await chair.post(`${base}/meetings`, {
      kind: 'representativesMeeting',
      title: '村民代表会议（无记名表决）',
      meetingOn: TODAY,
      noticeOn: TODAY,
      agenda: '无记名表决',
    });
    const meetingId = created.body.meeting.id as string;
    await reviewAgenda(await server.as('supervisionChair'), base, meetingId);
    const opened = await chair.post(`${base}/meetings/${meetingId}/open`);
    const code = opened.body.meeting.checkInCode as string;
    for (const voter of voters)
      expect((await voter.post(`${base}/meetings/${meetingId}/check-in`, { code })).status).toBe(
        201,
      );
    const motion = await chair.post(`${base}/meetings/${meetingId}/motions`, {
      title: '无记名表决事项',
      voting: 'secret',
    });
    motionId = motion.body.motion.id as string;
    expect((await chair.post(`${base}/motions/${motionId}/open`)).status).toBe(200);
    box = `ballot_box_${motionId.replace(/-/g, '')}`;
    // two waves: the first eight vote yes, then the other eight no
    const wave = (from: number, to: number, choice: string) =>
      Promise.all(
        voters.slice(from, to).map((c) => c.post(`${base}/motions/${motionId}/votes`, { choice })),
      );
    for (const r of await wave(0, firstWave, 'yes')) expect(r.status).toBe(201);
    for (const r of await wave(firstWave, voters.length, 'no')) expect(r.status).toBe(201);
  });
  afterAll(async () => {
    await server.close();
  });

  it('during the vote: no transaction wrote a receipt and a choice; ballots share batch xmins', async () => {
    const receipts = await server.db.query<{ x: string }>(
      'SELECT xmin::text AS x FROM ballot_receipt WHERE village_id = $1 AND motion_id = $2',
      [server.fixture.villageA.id, motionId],
    );
    receiptXmins = receipts.map((r) => r.x);
    expect(receiptXmins).toHaveLength(voters.length);
    // each receipt in the voter's own transaction
    expect(new Set(receiptXmins).size).toBe(voters.length);
    const boxed = await pageItems(server, box);
    expect(boxed).toHaveLength(voters.length);
    batchXmins = [...new Set(boxed.map((t) => t.t_xmin))];
    // each wave arrived within one batch window: one transaction id per wave, not per voter
    expect(batchXmins.length).toBeLessThanOrEqual(4);
    expect(batchXmins.length).toBeLessThan(voters.length);
    for (const x of batchXmins) expect(receiptXmins).not.toContain(x);
    // inserted only: no version was updated or deleted
    for (const t of boxed) expect(t.t_xmax).toBe('0');
    const [file] = await server.db.query<{ path: string }>(
      'SELECT pg_relation_filepath($1) AS path',
      [box],
    );
    boxFile = file!.path;
    // nothing is published yet
    expect((await voters[2]!.get(`${base}/motions/${motionId}/ballots`)).body.ballots).toHaveLength(
      0,
    );
  });

  it('after the close: no row version, xmin or row order links a voter to a choice', async () => {
    const closed = await chair.post(`${base}/motions/${motionId}/close`);
    expect(closed.status).toBe(200);
    expect(closed.body.result.tally).toEqual({ yes: firstWave, no: 8, abstain: 0 });

    // the box and its file are gone: its row versions and their xmins with them
    const [gone] = await server.db.query<{ rel: string | null; size: number | null }>(
      `SELECT to_regclass($1)::text AS rel, (pg_stat_file($2, true)).size::int AS size`,
      [box, boxFile],
    );
    expect(gone?.rel).toBeNull();
    // PostgreSQL truncates a dropped table's file at commit and unlinks it at the next checkpoint
    expect(gone?.size ?? 0).toBe(0);

    // the published ballots: every version on every page, dead or alive
    const published = await pageItems(server, 'ballot');
    expect(published).toHaveLength(voters.length);
    // all written by the one transaction that closed the vote, never updated or deleted
    const xmins = new Set(published.map((t) => t.t_xmin));
    expect(xmins.size).toBe(1);
    for (const t of published) {
      expect(t.lp_flags).toBe(1);
      expect(t.t_xmax).toBe('0');
    }
    const [closeXmin] = [...xmins];
    expect(receiptXmins).not.toContain(closeXmin);
    expect(batchXmins).not.toContain(closeXmin);

    // no row version anywhere still carries a batch's transaction id
    const tables = await server.db.query<{ name: string }>(
      `SELECT c.oid::regclass::text AS name FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
       WHERE n.nspname = 'public' AND c.relkind = 'r'`,
    );
    expect(tables.length).toBeGreaterThan(20);
    for (const { name } of tables) {
      const items = await pageItems(server, name);
      for (const t of items) expect(batchXmins, `${name} ${t.ctid}`).not.toContain(t.t_xmin);
    }

    // the order on disk is the order of the random ids, not the order of the votes
    const onDisk = await server.db.query<{ id: string; choice: string }>(
      'SELECT id::text, choice FROM ballot WHERE motion_id = $1 ORDER BY ctid',
      [motionId],
    );
    const ids = onDisk.map((b) => b.id);
    expect(ids).toEqual([...ids].sort());
    const voteOrder = [
      ...Array<string>(firstWave).fill('yes'),
      ...Array<string>(voters.length - firstWave).fill('no'),
    ];
    // (a random order equals the votes' order with probability 1 in 12,870)
    expect(onDisk.map((b) => b.choice)).not.toEqual(voteOrder);

    // and anyone recounts the published ballots to the recorded result
    const list = await voters[5]!.get(`${base}/motions/${motionId}/ballots`);
    expect(list.body.ballots.map((b: { id: string }) => b.id)).toEqual(ids);
    expect(list.body.tally).toEqual({ yes: firstWave, no: 8, abstain: 0 });
    expect(list.body.digest).toBe(list.body.recordedDigest);
  });
});
