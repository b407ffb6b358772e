import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { startTestServer, type TestServer } from '../../testing/testServer.ts';
import { describeDatabase } from '../../testing/testDatabase.ts';
import { verifyChain } from './verifyChain.ts';
import { appendAuditEvent } from './appendAuditEvent.ts';

/**
 * The audit chain detects any edit, deletion or reordering of stored events,
 * made directly in the database as an administrator could.
 */
describe(`audit chain tamper detection (${describeDatabase()})`, () => {
  let server: TestServer;
  let villageId: string;

  beforeAll(async () => {
    server = await startTestServer();
    villageId = server.fixture.villageA.id;
  });
  afterAll(async () => {
    await server.close();
  });

  beforeEach(async () => {
    // a chain as the village's creation starts it, and four real mutations through the API
    await server.db.query('DELETE FROM audit_event WHERE chain_id = $1', [villageId]);
    await server.db.query('DELETE FROM audit_head WHERE chain_id = $1', [villageId]);
    await server.db.query('DELETE FROM audit_checkpoint WHERE village_id = $1', [villageId]);
    // the chain starts again with the village's creation, then four real mutations
    await server.db.transaction((tx) =>
      appendAuditEvent(tx, {
        chainId: villageId,
        actorAccountId: null,
        action: 'village.created',
        targetType: 'village',
        targetId: villageId,
        data: {},
        occurredAt: new Date('2026-05-01T00:00:00Z'),
      }),
    );
    const chair = await server.as('committeeChair');
    const person = `/api/villages/${villageId}/persons/${server.fixture.villageA.personIds[2]}`;
    for (const address of ['幸福路1号', '幸福路2号', '幸福路3号', '幸福路4号']) {
      const current = await chair.get(
        `/api/villages/${villageId}/households/${server.fixture.villageA.householdIds[0]}`,
      );
      const res = await chair.patch(
        `/api/villages/${villageId}/households/${server.fixture.villageA.householdIds[0]}`,
        { version: current.body.household.version, address },
      );
      expect(res.status).toBe(200);
    }
    expect((await chair.get(person)).status).toBe(200);
  });

  it('an untouched chain verifies, through the API too', async () => {
    const verdict = await verifyChain(server.db, villageId);
    expect(verdict).toMatchObject({ ok: true, checked: 5, problem: null });
    const res = await (
      await server.as('supervisionChair')
    ).get(`/api/villages/${villageId}/audit/verify`);
    expect(res.body).toMatchObject({ ok: true, checked: 5 });
  });

  it('detects edited event data', async () => {
    await server.db.query(
      `UPDATE audit_event SET data = jsonb_set(data, '{changes,address,to}', '"改过的地址"') WHERE chain_id = $1 AND seq = 2`,
      [villageId],
    );
    expect(await verifyChain(server.db, villageId)).toMatchObject({
      ok: false,
      problem: { seq: 2, kind: 'hash' },
    });
  });

  it('detects an edited actor or time', async () => {
    await server.db.query(
      `UPDATE audit_event SET occurred_at = '2020-01-01T00:00:00.000Z' WHERE chain_id = $1 AND seq = 3`,
      [villageId],
    );
    expect(await verifyChain(server.db, villageId)).toMatchObject({
      ok: false,
      problem: { seq: 3, kind: 'hash' },
    });
  });

  it('detects an edit that also recomputes the edited event’s own hash (the next link breaks)', async () => {
    const { hashAuditEvent } = await import('./appendAuditEvent.ts');
    const [row] = await server.db.query<{
      actor_account_id: string;
      target_type: string;
      target_id: string;
      occurred_at: string;
      prev_hash: string;
    }>(
      'SELECT actor_account_id, target_type, target_id, occurred_at, prev_hash FROM audit_event WHERE chain_id = $1 AND seq = 2',
      [villageId],
    );
    const forgedData = { changes: { address: { from: 'x', to: 'y' } } };
    const forged = hashAuditEvent(row!.prev_hash, {
      chainId: villageId,
      seq: 2,
      actorAccountId: row!.actor_account_id,
      action: 'household.updated',
      targetType: row!.target_type,
      targetId: row!.target_id,
      data: forgedData,
      occurredAt: row!.occurred_at,
    });
    await server.db.query(
      'UPDATE audit_event SET data = $3, hash = $4 WHERE chain_id = $1 AND seq = $2',
      [villageId, 2, JSON.stringify(forgedData), forged],
    );
    expect(await verifyChain(server.db, villageId)).toMatchObject({
      ok: false,
      problem: { seq: 3, kind: 'link' },
    });
  });

  it('detects a deleted event in the middle', async () => {
    await server.db.query('DELETE FROM audit_event WHERE chain_id = $1 AND seq = 2', [villageId]);
    expect(await verifyChain(server.db, villageId)).toMatchObject({
      ok: false,
      problem: { seq: 3, kind: 'sequence' },
    });
  });

  it('detects a deleted last event (the head no longer matches)', async () => {
    await server.db.query('DELETE FROM audit_event WHERE chain_id = $1 AND seq = 5', [villageId]);
    expect(await verifyChain(server.db, villageId)).toMatchObject({
      ok: false,
      problem: { kind: 'head' },
    });
  });

  it('detects two events swapped', async () => {
    await server.db.transaction(async (tx) => {
      await tx.query('UPDATE audit_event SET seq = 100 WHERE chain_id = $1 AND seq = 2', [
        villageId,
      ]);
      await tx.query('UPDATE audit_event SET seq = 2 WHERE chain_id = $1 AND seq = 3', [villageId]);
      await tx.query('UPDATE audit_event SET seq = 3 WHERE chain_id = $1 AND seq = 100', [
        villageId,
      ]);
    });
    const verdict = await verifyChain(server.db, villageId);
    expect(verdict.ok).toBe(false);
    expect(verdict.problem?.seq).toBe(2);
  });

  it('a village whose whole chain was deleted fails, through the API too (not ok with 0 checked)', async () => {
    await server.db.query('DELETE FROM audit_event WHERE chain_id = $1', [villageId]);
    await server.db.query('DELETE FROM audit_head WHERE chain_id = $1', [villageId]);
    expect(await verifyChain(server.db, villageId)).toMatchObject({
      ok: false,
      checked: 0,
      problem: { seq: 0, kind: 'missing' },
    });
    const res = await (
      await server.as('supervisionChair')
    ).get(`/api/villages/${villageId}/audit/verify`);
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({ ok: false, problem: { kind: 'missing' } });
  });

  it('detects a deleted head row', async () => {
    await server.db.query('DELETE FROM audit_head WHERE chain_id = $1', [villageId]);
    expect(await verifyChain(server.db, villageId)).toMatchObject({
      ok: false,
      problem: { seq: 5, kind: 'missingHead' },
    });
  });

  it('detects a chain deleted and started again by later writes (it no longer begins with the village’s creation)', async () => {
    await server.db.query('DELETE FROM audit_event WHERE chain_id = $1', [villageId]);
    await server.db.query('DELETE FROM audit_head WHERE chain_id = $1', [villageId]);
    const chair = await server.as('committeeChair');
    const household = `/api/villages/${villageId}/households/${server.fixture.villageA.householdIds[0]}`;
    const current = await chair.get(household);
    await chair.patch(household, { version: current.body.household.version, address: '重来路1号' });
    expect(await verifyChain(server.db, villageId)).toMatchObject({
      ok: false,
      checked: 1,
      problem: { seq: 1, kind: 'genesis' },
    });
  });

  it('publishes the head daily on a public page, and detects a tail cut back behind a published head', async () => {
    const anonymous = server.anonymous();
    const page = await anonymous.get(`/api/public/villages/${villageId}/audit/checkpoints`);
    expect(page.status).toBe(200);
    const [head] = await server.db.query<{ seq: number; hash: string }>(
      'SELECT seq, hash FROM audit_head WHERE chain_id = $1',
      [villageId],
    );
    expect(page.body.items).toEqual([{ day: '2026-11-21', seq: head!.seq, hash: head!.hash }]);
    expect(Object.keys(page.body.village).sort()).toEqual(['id', 'name']);
    // asked again the same day after another write: the day's published head does not move
    const chair = await server.as('committeeChair');
    const household = `/api/villages/${villageId}/households/${server.fixture.villageA.householdIds[0]}`;
    const current = await chair.get(household);
    await chair.patch(household, { version: current.body.household.version, address: '幸福路5号' });
    const again = await anonymous.get(`/api/public/villages/${villageId}/audit/checkpoints`);
    expect(again.body.items).toEqual(page.body.items);
    expect(await verifyChain(server.db, villageId)).toMatchObject({ ok: true, checked: 6 });
    // cut the chain back to event 3 and make the head agree: only the published head shows it
    await server.db.query('DELETE FROM audit_event WHERE chain_id = $1 AND seq > 3', [villageId]);
    await server.db.query(
      `UPDATE audit_head h SET seq = 3, hash = e.hash FROM audit_event e
        WHERE h.chain_id = $1 AND e.chain_id = $1 AND e.seq = 3`,
      [villageId],
    );
    expect(await verifyChain(server.db, villageId)).toMatchObject({
      ok: false,
      problem: { seq: head!.seq, kind: 'checkpoint' },
      checkpoint: { day: '2026-11-21', seq: head!.seq, hash: head!.hash },
    });
    const res = await (
      await server.as('supervisionChair')
    ).get(`/api/villages/${villageId}/audit/verify`);
    expect(res.body).toMatchObject({ ok: false, problem: { kind: 'checkpoint' } });
  });

  it('a notice printed today carries the head published today', async () => {
    const chair = await server.as('committeeChair');
    const convened = await chair.post(`/api/villages/${villageId}/meetings`, {
      kind: 'representativesMeeting',
      title: '2026年第四季度村民代表会议',
      meetingOn: '2026-11-21',
      startsAt: '09:00',
      place: '村委会会议室',
      noticeOn: '2026-11-21',
      agenda: '一、审议村道硬化方案',
    });
    expect(convened.status).toBe(201);
    const [event] = await server.db.query<{ data: { noticeId: string } }>(
      `SELECT data FROM audit_event WHERE chain_id = $1 AND action = 'meeting.convened'`,
      [villageId],
    );
    const notice = await chair.get(`/api/villages/${villageId}/notices/${event!.data.noticeId}`);
    expect(notice.status).toBe(200);
    const published = await server
      .anonymous()
      .get(`/api/public/villages/${villageId}/audit/checkpoints`);
    expect(published.body.items[0]).toMatchObject({ day: '2026-11-21', seq: 6 });
    expect(notice.body.checkpoint).toEqual(published.body.items[0]);
  });

  it('answers 404 for the public page of an unknown village', async () => {
    const res = await server
      .anonymous()
      .get('/api/public/villages/00000000-0000-4000-8000-000000000000/audit/checkpoints');
    expect(res.status).toBe(404);
  });

  it('concurrent writers to one village still form one unbroken chain', async () => {
    const chair = await server.as('committeeChair');
    const f = server.fixture.villageA;
    const results = await Promise.all(
      Array.from({ length: 12 }, (_, i) =>
        chair.post(`/api/villages/${f.id}/households`, {
          number: `并发-${i}`,
          villagerGroupId: f.groupIds[0],
          address: `并发路${i}号`,
          head: {
            name: `并发户主${i}`,
            gender: 'male',
            birthDate: '1980-01-01',
            relationToHead: 'head',
            residenceStatus: 'resident',
            partyMember: false,
          },
        }),
      ),
    );
    expect(results.map((r) => r.status)).toEqual(Array(12).fill(201));
    // each household creation appends two events (household, head)
    expect(await verifyChain(server.db, f.id)).toMatchObject({ ok: true, checked: 5 + 24 });
  });
});
