import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { calendarDate } from '@cunzhi/core/calendarDate';
import { composeResidentId } from '@cunzhi/core/registry/residentIdNumber';
import { FIXTURE_PASSWORD, type FixtureRole } from '../../testing/fixtures.ts';
import { HttpClient, startTestServer, type TestServer } from '../../testing/testServer.ts';
import { describeDatabase } from '../../testing/testDatabase.ts';

const ID1 = composeResidentId('330226', calendarDate('1968-03-14'), 11, 'male');
const ID2 = composeResidentId('330226', calendarDate('1972-07-02'), 24, 'female');
const reps = (n: number) =>
  Array.from({ length: n }, (_, i) => ({
    name: `代表${i + 1}`,
    idNumber: composeResidentId('330226', calendarDate('1970-01-01'), 100 + i * 2, 'male'),
  }));
const at = (day: string) => new Date(`${day}T02:00:00Z`);

/**
 * 信访 through the HTTP API: registration in the real name at the village (group visits ≤ 5
 * representatives), forwarding, the town's steps and their deadlines, letters numbered 〔2026〕
 * 第N号, reviews, the same facts refused after 复核, and the petitioner's identity shown only to
 * the registrar and the petition office — never to another cadre, never in the audit data.
 */
describe(`petitions (${describeDatabase()})`, () => {
  let server: TestServer;
  let base: string;
  let secretary: HttpClient;
  let chair: HttpClient;
  let town: HttpClient;
  const departmentId = randomUUID();

  beforeAll(async () => {
    server = await startTestServer();
    base = `/api/villages/${server.fixture.villageA.id}/petitions`;
    await server.db.query(
      `INSERT INTO town_department (id, town_id, name, kind) VALUES ($1, $2, '镇民政办', 'civilAffairs')`,
      [departmentId, server.fixture.townIds[0]],
    );
    secretary = await server.as('partySecretary');
    chair = await server.as('committeeChair');
    town = await server.as('townOfficial');
  });
  afterAll(async () => {
    await server.close();
  });

  /** A new session for a role on the day the clock is set to (a month on, the old one expired). */
  async function signIn(role: FixtureRole): Promise<HttpClient> {
    const client = server.anonymous();
    const res = await client.post('/api/auth/sign-in', {
      phone: server.fixture.accounts[role].phone,
      password: FIXTURE_PASSWORD,
    });
    expect(res.status).toBe(200);
    return client;
  }
  /** Moves the clock to a day (10:00 in China) and signs the three clients in again. */
  async function dayIs(day: string) {
    server.clock.set(at(day));
    [secretary, chair, town] = await Promise.all([
      signIn('partySecretary'),
      signIn('committeeChair'),
      signIn('townOfficial'),
    ]);
  }

  const register = (body: Record<string, unknown> = {}) =>
    secretary.post(base, {
      form: 'visit',
      people: [{ name: '王建国', idNumber: ID1, phone: '13905741234' }],
      subject: '宅基地审批迟迟未办',
      request: '请求尽快审批宅基地申请',
      facts: '2026年3月提交申请，至今未获答复。',
      forward: true,
      ...body,
    });
  const step = (client: HttpClient, id: string, body: Record<string, unknown>) =>
    client.post(`${base}/${id}/steps`, body);

  it('identity is required, field by field', async () => {
    const none = await register({ people: [] });
    expect(none.status).toBe(400);
    expect(none.body.error.fields[0].field).toBe('people');
    const blank = await register({ people: [{ name: ' ', idNumber: ID1 }] });
    expect(blank.body.error.fields[0].field).toBe('people.0.name');
    const bad = await register({ people: [{ name: '王建国', idNumber: '330226196803140000' }] });
    expect(bad.status).toBe(400);
    expect(bad.body.error.fields).toEqual([
      expect.objectContaining({ field: 'people.0.idNumber', id: 'resident_id_checksum' }),
    ]);
  });

  it('XF-20-REPS: a group visit names at most 5 representatives (n−1, n, n+1)', async () => {
    for (const [n, status] of [
      [4, 200],
      [5, 200],
      [6, 422],
    ] as const) {
      const res = await register({ form: 'groupVisit', people: reps(n), participants: 30 });
      expect(res.status, `${n} representatives`).toBe(status);
      if (status === 422) expect(res.body.error.message).toContain('《信访工作条例》第二十条');
      else expect(res.body.petition.participants).toBe(30);
    }
  });

  it('the petitioner is shown to the registrar and the petition office only; never in audit data', async () => {
    const res = await register();
    expect(res.status).toBe(200);
    const p = res.body.petition;
    expect(p.status).toBe('forwarded');
    // forwarded Sat 11-21: the 15th day, Sun 12-06, moves to Mon 12-07
    expect(p.dueOn).toBe('2026-12-07');
    expect(p.people[0].name).toBe('王建国');
    for (const client of [town, await server.as('countyOfficial')]) {
      const seen = await client.get(`${base}/${p.id}`);
      expect(seen.body.petition.people[0].idNumber).toBe(ID1);
    }
    const hidden = await chair.get(`${base}/${p.id}`);
    expect(hidden.status).toBe(200);
    expect(hidden.body.petition.people).toBeNull();
    expect(hidden.body.petition.petitionerName).toBeNull();
    const list = await chair.get(base);
    expect(list.body.items.find((i: { id: string }) => i.id === p.id).petitionerName).toBeNull();
    expect((await chair.get(`${base}/${p.id}/letters/acceptance`)).status).toBe(404);
    for (const role of ['villager', 'otherTownOfficial', 'otherVillageVillager'] as const)
      expect((await (await server.as(role)).get(`${base}/${p.id}`)).status).toBe(403);
    const events = await server.db.query<{ data: unknown }>(
      `SELECT data FROM audit_event WHERE target_type = 'petition'`,
    );
    const text = JSON.stringify(events);
    expect(text).not.toContain('王建国');
    expect(text).not.toContain(ID1);
  });

  it('each side takes its own steps; a cadre who did not register it takes none', async () => {
    const res = await register({ forward: false });
    const id = res.body.petition.id as string;
    const refused = await step(chair, id, { action: 'forward' });
    expect(refused.status).toBe(403);
    expect(refused.body.error.id).toBe('case_role_refused');
    expect((await step(town, id, { action: 'forward' })).status).toBe(403);
    const ok = await step(secretary, id, { action: 'forward' });
    expect(ok.body.petition.status).toBe('forwarded');
    const again = await step(secretary, id, { action: 'forward' });
    expect(again.status).toBe(409);
    expect(again.body.error.message).toContain('已转送');
  });

  it('the whole road: assigned, accepted, extended, answered, reviewed, re-reviewed; the same facts refused after', async () => {
    await dayIs('2026-11-23');
    const id = (await register({ people: [{ name: '李秀英', idNumber: ID2 }] })).body.petition
      .id as string;
    const assigned = await step(town, id, { action: 'assign', departmentId });
    expect(assigned.body.petition).toMatchObject({
      status: 'assigned',
      department: '镇民政办',
      dueOn: '2026-12-08',
      objectionDueOn: '2026-11-30',
    });
    const backdated = await step(town, id, { action: 'accept', on: '2026-11-20' });
    expect(backdated.status).toBe(400);
    expect(backdated.body.error.fields[0]).toMatchObject({ field: 'on', id: 'date_order' });
    const accepted = await step(town, id, { action: 'accept' });
    expect(accepted.body.petition).toMatchObject({ status: 'handling', handleDueOn: '2027-01-22' });
    expect(accepted.body.petition.letters[0].number).toMatch(/^〔2026〕第\d+号$/);
    const tooLong = await step(town, id, { action: 'extend', days: 31, reason: '需现场勘查' });
    expect(tooLong.status).toBe(422);
    expect(tooLong.body.error.message).toContain('第三十四条');
    const noReason = await step(town, id, { action: 'extend', days: 30 });
    expect(noReason.status).toBe(400);
    const extended = await step(town, id, { action: 'extend', days: 30, reason: '需现场勘查' });
    expect(extended.body.petition.handleDueOn).toBe('2027-02-22');
    expect((await step(town, id, { action: 'extend', days: 5, reason: 'x' })).status).toBe(422);
    const answered = await step(town, id, {
      action: 'answer',
      opinion: 'explain',
      answer: '诉求合理但缺乏政策依据，已作解释说明。',
    });
    expect(answered.body.petition.status).toBe('answered');
    const letter = await town.get(`${base}/${id}/letters/opinion`);
    expect(letter.body.letter).toMatchObject({
      petitioners: ['李秀英'],
      opinionName: { zh: '解释说明' },
      nextReview: 'review',
      nextReviewDueOn: '2026-12-23',
      fingerprint: { seq: expect.any(Number), hash: expect.stringMatching(/^[0-9a-f]{64}$/) },
    });
    const early = await step(town, id, { action: 'close' });
    expect(early.status).toBe(422);
    await step(town, id, { action: 'requestReview' });
    const hearing = await step(town, id, {
      action: 'hearing',
      hearingFrom: '2026-11-24',
      hearingTo: '2026-11-26',
    });
    // requested 11-23: opinion due 12-23, three hearing days later 12-26 (Sat) → Mon 12-28
    expect(hearing.body.petition.dueOn).toBe('2026-12-28');
    await step(town, id, { action: 'reviewOpinion', opinion: 'decline', answer: '维持原意见' });
    await step(town, id, { action: 'requestReReview' });
    const closed = await step(town, id, {
      action: 'reReviewOpinion',
      opinion: 'decline',
      answer: '复核维持',
    });
    expect(closed.body.petition.status).toBe('closed');
    expect(closed.body.petition.letters.map((l: { kind: string }) => l.kind)).toEqual([
      'acceptance',
      'extension',
      'opinion',
      'reviewOpinion',
      'reReviewOpinion',
    ]);
    const earlier = await secretary.get(`${base}/earlier?idNumber=${ID2}`);
    expect(earlier.body.items[0]).toMatchObject({ id, reReviewed: true });
    const unknown = await register({ sameFactsAs: '00000000-0000-4000-8000-000000000000' });
    expect(unknown.status).toBe(400);
    expect(unknown.body.error.fields[0].field).toBe('sameFactsAs');
    const same = await register({ people: [{ name: '李秀英', idNumber: ID2 }], sameFactsAs: id });
    expect(same.status).toBe(422);
    expect(same.body.error.message).toContain('不再受理');
  });

  it('XF-35-REVIEW: a review asked on the 30th day is taken, on the 31st refused', async () => {
    await dayIs('2026-11-23');
    const make = async () => {
      const id = (await register()).body.petition.id as string;
      await step(town, id, { action: 'assign', departmentId });
      await step(town, id, { action: 'accept' });
      await step(town, id, { action: 'answer', opinion: 'support', answer: '予以支持' });
      return id;
    };
    const [a, b] = [await make(), await make()];
    await dayIs('2026-12-23');
    expect((await step(town, a, { action: 'requestReview' })).status).toBe(200);
    await dayIs('2026-12-24');
    const late = await step(town, b, { action: 'requestReview' });
    expect(late.status).toBe(422);
    expect(late.body.error.message).toContain('2026年12月23日');
    expect((await step(town, b, { action: 'close' })).body.petition.status).toBe('closed');
  });

  it('XF-22-ROUTE: an objection within 5 working days; overdue shows at the village and the town', async () => {
    await dayIs('2026-11-23');
    const id = (await register()).body.petition.id as string;
    const idle = (await register()).body.petition.id as string;
    await step(town, id, { action: 'assign', departmentId });
    await dayIs('2026-12-01');
    const late = await step(town, id, { action: 'object', reason: '不属本部门职责' });
    expect(late.status).toBe(422);
    expect(late.body.error.message).toContain('5个工作日');
    await dayIs('2026-12-09');
    const village = await secretary.get(base);
    expect(village.body.items.find((i: { id: string }) => i.id === idle).overdue).toBe(true);
    const office = await town.get('/api/petitions/office');
    const row = office.body.items.find((i: { id: string }) => i.id === idle);
    expect(row).toMatchObject({ overdue: true, petitionerName: '王建国' });
    expect(office.body.items[0].overdue).toBe(true);
    const other = await (await signIn('otherTownOfficial')).get('/api/petitions/office');
    expect(other.body.items).toEqual([]);
  });

  it('two officials accepting one petition at once: one wins', async () => {
    await dayIs('2026-11-23');
    const id = (await register()).body.petition.id as string;
    await step(town, id, { action: 'assign', departmentId });
    const county = await signIn('countyOfficial');
    const results = await Promise.all([
      step(town, id, { action: 'accept' }),
      step(county, id, { action: 'accept' }),
    ]);
    expect(results.map((r) => r.status).sort()).toEqual([200, 409]);
  });

  it('the 台账 exports as Excel and the export is audited', async () => {
    const res = await chair.get(`${base}.xlsx?from=2026-01-01&to=2026-12-31`);
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toContain('spreadsheetml');
    const [row] = await server.db.query<{ n: number }>(
      `SELECT count(*)::int AS n FROM audit_event WHERE action = 'petition.exported'`,
    );
    expect(row?.n).toBe(1);
    const combined = await town.get('/api/petitions/office.xlsx?from=2026-11-01&to=2026-11-30');
    expect(combined.status).toBe(200);
    expect(combined.headers.get('content-disposition')).toContain('xlsx');
  });
});
