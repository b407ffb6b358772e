import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { addAdults, clientFor, seatIn } from '../../testing/meetings.ts';
import { electronicNotice, toCandidateList } from '../../testing/elections.ts';
import { describeDatabase } from '../../testing/testDatabase.ts';
import { startTestServer, type HttpClient, type TestServer } from '../../testing/testServer.ts';

/**
 * An election round's paper ⇄ online reconciliation (issue 16 item 6): a supervision election
 * by the representatives (the roll: 10), electronic ballots cast online, the printed roll's
 * signatures (领票签名) entered by the election committee. The report names who received a
 * ballot — paper only, online only, both (two ballots: a finding), on neither, not on the roll —
 * never what a ballot said; ballots issued against ballots cast at the count; signed by the
 * supervision committee, a signature no longer current once the record changes.
 */
describe(`reconciliation: an election round's printed roll against online ballots (${describeDatabase()})`, () => {
  let server: TestServer;
  let reps: Array<{ personId: string; client: HttpClient }>;

  beforeAll(async () => {
    server = await startTestServer();
    server.clock.set(new Date('2026-11-21T02:00:00Z'));
    const v = server.fixture.villageA;
    const more = await addAdults(server.db, v, 9, { prefix: '代表' });
    await seatIn(server.db, v, 'representativesMeeting', more, 'representative');
    reps = [
      {
        personId: server.fixture.accounts.representative.personId!,
        client: await server.as('representative'),
      },
      ...(await Promise.all(
        more.map(async (personId) => ({
          personId,
          client: await clientFor(server, v.id, personId),
        })),
      )),
    ];
  });
  afterAll(async () => {
    await server.close();
  });

  const events = async (action: string) =>
    server.db.query<{ data: Record<string, unknown> }>(
      'SELECT data FROM audit_event WHERE chain_id = $1 AND action = $2 ORDER BY seq',
      [server.fixture.villageA.id, action],
    );

  it('groups who received a ballot, counts ballots issued against cast, never shows a choice, and is signed by the supervision committee', async () => {
    const candidates = await addAdults(server.db, server.fixture.villageA, 4, { prefix: '候选' });
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
    const tellers = await addAdults(server.db, server.fixture.villageA, 3, { prefix: '计票' });
    const [outsider] = await addAdults(server.db, server.fixture.villageA, 1, { prefix: '外来' });
    await electronicNotice(e, tellers, '2026-10-15');
    const R = `${e.E}/rounds/1`;
    const enter = (body: unknown, by: HttpClient = e.ec) => by.post(`${R}/roll-signs`, body);
    const sign = (personId: string, proxyHolderId: string | null = null) => ({
      personId,
      proxyHolderId,
    });
    const p = (i: number) => reps[i]!.personId;

    // before polling opens nothing is entered from the printed roll
    server.clock.set(new Date('2026-10-20T02:00:00Z'));
    expect((await enter({ signed: [sign(p(4))] })).status).toBe(409);
    const opened = await e.ec.post(`${e.E}/polling/open`, { booth: '社区会议室东侧写票间' });
    expect(opened.status, JSON.stringify(opened.body)).toBe(200);

    // four representatives vote online
    const [c1, c2, c3] = candidates as [string, string, string];
    for (const i of [0, 1, 2, 3]) {
      const cast = await reps[i]!.client.post(`${e.E}/ballots`, { marks: { member: [c1, c2] } });
      expect(cast.status, JSON.stringify(cast.body)).toBe(201);
    }
    // rep 5 gave their vote to rep 6 (approved and published); rep 8's to rep 9 was never approved
    const lodge = (principal: number, holder: number) =>
      e.ec.post(`${e.E}/proxies`, {
        ...{ principalId: p(principal), holderId: p(holder) },
        ...{ written: true, on: '2026-10-10' },
      });
    expect((await lodge(5, 6)).status).toBe(200);
    expect((await lodge(8, 9)).status).toBe(200);
    const approved = await e.ec.post(`${e.E}/proxies/approve`, {
      principalIds: [p(5)],
      on: '2026-10-20',
    });
    expect(approved.status, JSON.stringify(approved.body)).toBe(200);
    // a proxy holder signs the roll only by a proxy approved and published for that holder
    for (const [line, field] of [
      [sign(p(8), p(9)), 'signed.0.proxyHolderId'],
      [sign(p(5), p(7)), 'signed.0.proxyHolderId'],
      [sign(p(5), p(5)), 'signed.0.proxyHolderId'],
    ] as const) {
      const refused = await enter({ signed: [line] });
      expect(refused.status, JSON.stringify(line)).toBe(400);
      expect(refused.body.error.fields[0].field).toBe(field);
    }
    // the printed roll: rep 3 (online already: two ballots), rep 4, rep 5 by proxy holder rep 6,
    // and one not on the roll
    const bad = await enter({ signed: [sign(p(4)), sign('00000000-0000-4000-8000-000000000000')] });
    expect(bad.status).toBe(400);
    expect(bad.body.error.fields[0].field).toBe('signed.1.personId');
    const noBox = await enter({ box: 'm9', signed: [sign(p(4))] });
    expect(noBox.status).toBe(400);
    expect(noBox.body.error.fields[0].field).toBe('box');
    // only the election committee enters the roll
    expect((await enter({ signed: [sign(p(4))] }, reps[0]!.client)).status).toBe(403);
    const entered = await enter({
      signed: [sign(p(3)), sign(p(4)), sign(p(5), p(6)), sign(outsider!)],
    });
    expect(entered.status, JSON.stringify(entered.body)).toBe(201);
    // entering a line again changes nothing
    expect((await enter({ signed: [sign(p(4))] })).status).toBe(201);
    expect((await events('election.rollSignsEntered')).at(-2)!.data).toMatchObject({
      round: 1,
      box: 'central',
      entered: 4,
    });

    // a line entered by mistake (rep 7 did not sign) is withdrawn with the reason, kept marked
    expect((await enter({ signed: [sign(p(7))] })).status).toBe(201);
    const withdraw = (personId: string, reason: string, by: HttpClient = e.ec) =>
      by.post(`${R}/roll-signs/${personId}/withdrawal`, { reason });
    expect((await withdraw(p(7), '  ')).status).toBe(400);
    expect((await withdraw(p(7), '误录', reps[0]!.client)).status).toBe(403);
    const withdrawn = await withdraw(p(7), '录入时看错了行，代表7未签名');
    expect(withdrawn.status, JSON.stringify(withdrawn.body)).toBe(201);
    expect(withdrawn.body.rollSigns.find((x: { personId: string }) => x.personId === p(7))).toEqual(
      expect.objectContaining({
        withdrawn: { at: expect.any(String), reason: '录入时看错了行，代表7未签名' },
      }),
    );
    expect((await withdraw(p(7), '再撤一次')).status).toBe(404);
    expect((await events('election.rollSignWithdrawn')).at(-1)!.data).toEqual({
      round: 1,
      person: p(7),
      reason: '录入时看错了行，代表7未签名',
    });

    // the election committee's member, a plain villager, opens the report with the roll's lines
    // and the approved proxies; a villager on neither committee may not
    const mine = await e.ec.get(`${R}/reconciliation`);
    expect(mine.status, JSON.stringify(mine.body)).toBe(200);
    expect(mine.body.committeeMember).toBe(true);
    expect(mine.body.abilities.readReconciliation).toBe(false);
    expect(mine.body.proxies).toEqual([
      expect.objectContaining({ principalId: p(5), holderId: p(6) }),
    ]);
    expect(
      mine.body.rollSigns.find((x: { personId: string }) => x.personId === p(5)).proxyHolder,
    ).toEqual({ personId: p(6), name: expect.stringContaining('代表') });
    expect((await reps[1]!.client.get(`${R}/reconciliation`)).status).toBe(403);

    const supervisor = await server.as('supervisionChair');
    const report = await supervisor.get(`${R}/reconciliation`);
    expect(report.body.committeeMember).toBe(false);
    expect(report.status, JSON.stringify(report.body)).toBe(200);
    const ids = (k: string) => report.body[k].map((x: { personId: string }) => x.personId).sort();
    expect(ids('both')).toEqual([p(3)]);
    expect(ids('onlineOnly')).toEqual([p(0), p(1), p(2)].sort());
    expect(ids('paperOnly')).toEqual([p(4), p(5), outsider].sort());
    expect(report.body.paperOnly.find((x: { personId: string }) => x.personId === p(5))).toEqual(
      expect.objectContaining({ assistedBy: expect.stringContaining('代表') }),
    );
    expect(ids('notDue')).toEqual([outsider]);
    expect(ids('neither')).toEqual([p(6), p(7), p(8), p(9)].sort());
    // the withdrawn line is out of the groups, and so out of the counts
    expect(report.body.dueCount).toBe(10);
    expect(report.body.countedOnce).toBe(6);
    expect(report.body.election).toMatchObject({ round: 1, method: 'electronic' });
    // paper 4 (rep 3 among them) and online 4: 8 issued; not counted yet
    expect(report.body.ballots).toEqual({
      paper: 4,
      online: 4,
      issued: 8,
      cast: null,
      agree: null,
    });
    // secret ballot: no candidate voted for appears anywhere in the report
    const text = JSON.stringify(report.body);
    for (const c of [c1, c2, c3]) expect(text).not.toContain(c);
    expect(text).not.toContain('marks');

    // the count: 4 ballots in the box against 8 issued
    const count = await e.ec.post(`${e.E}/count`, {});
    expect(count.status, JSON.stringify(count.body)).toBe(200);
    const counted = await supervisor.get(`${R}/reconciliation`);
    expect(counted.body.ballots).toMatchObject({ issued: 8, cast: 4, agree: false });

    // signed by the supervision committee only, each member once
    const chair = await server.as('committeeChair');
    expect((await chair.post(`${R}/reconciliation/signatures`)).status).toBe(403);
    const signed = await supervisor.post(`${R}/reconciliation/signatures`);
    expect(signed.status, JSON.stringify(signed.body)).toBe(201);
    expect(signed.body.signatures).toMatchObject([{ current: true }]);
    expect(signed.body.auditFingerprint).toMatchObject({ seq: expect.any(Number) });
    expect((await supervisor.post(`${R}/reconciliation/signatures`)).status).toBe(409);
    expect((await events('reconciliation.signed')).at(-1)!.data).toMatchObject({
      round: 1,
      both: 1,
      notDue: 1,
      ballots: { issued: 8, cast: 4, agree: false },
    });
    // once signed, a line is no longer withdrawn
    const late = await withdraw(p(4), '误录');
    expect(late.status).toBe(409);
    expect(late.body.error.id).toBe('reconciliation_signed_no_withdrawal');
    // a later entry from the roll (rep 7's line entered again): the signature no longer matches
    expect((await enter({ signed: [sign(p(7))] })).status).toBe(201);
    const changed = await supervisor.get(`${R}/reconciliation`);
    expect(changed.body.signatures[0].current).toBe(false);
    expect(ids('paperOnly')).not.toContain(p(7));
    expect(changed.body.paperOnly.map((x: { personId: string }) => x.personId)).toContain(p(7));
    // a second member signs the changed report: the printed QR still leads to the first signature
    const [member] = await addAdults(server.db, server.fixture.villageA, 1, { prefix: '监委' });
    await seatIn(
      server.db,
      server.fixture.villageA,
      'villageAffairsSupervisionCommittee',
      [member!],
      'member',
    );
    const second = await (
      await clientFor(server, server.fixture.villageA.id, member!)
    ).post(`${R}/reconciliation/signatures`);
    expect(second.status, JSON.stringify(second.body)).toBe(201);
    const [first, last] = await server.db.query<{ seq: number; hash: string }>(
      `SELECT seq, hash FROM audit_event WHERE chain_id = $1 AND target_id = $2
        AND action = 'reconciliation.signed' ORDER BY seq`,
      [server.fixture.villageA.id, e.id],
    );
    expect(last!.seq).toBeGreaterThan(first!.seq);
    expect(second.body.auditFingerprint).toEqual({ seq: first!.seq, hash: first!.hash });
    // an unknown round is not found
    expect((await supervisor.get(`${e.E}/rounds/2/reconciliation`)).status).toBe(404);
  });
});
