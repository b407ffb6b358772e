import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { calendarDate } from '@cunzhi/core/calendarDate';
import { composeResidentId } from '@cunzhi/core/registry/residentIdNumber';
import { FIXTURE_PASSWORD, type FixtureRole } from '../../testing/fixtures.ts';
import { HttpClient, startTestServer, type TestServer } from '../../testing/testServer.ts';
import { describeDatabase } from '../../testing/testDatabase.ts';
import { fixedClock } from '../../platform/clock.ts';
import { sendDueReminders } from '../notifications/commands/dueReminders.ts';

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

  /** The messages about a petition: kind, channel, whom, and the words of each. */
  const toldOf = (id: string) =>
    server.db.query<{ kind: string; channel: string; recipient: string | null; words: string }>(
      `SELECT payload->>'kind' AS kind, channel, recipient,
         COALESCE(payload->>'text', payload->>'line') AS words
       FROM outbox_message WHERE subject_kind = 'petition' AND subject_id = $1
       ORDER BY created_at, channel, recipient`,
      [id],
    );

  it('the petitioner is told of each step, in words that say nothing of the petition', async () => {
    await dayIs('2026-11-23');
    // the petitioner is a registered villager of the village (by ID number): in-app as well
    const villager = server.fixture.accounts.villager.personId!;
    const [me] = await server.db.query<{ id_number: string }>(
      `SELECT resident_id_number AS id_number FROM person WHERE id = $1`,
      [villager],
    );
    const id = (
      await register({
        people: [{ name: '李秀英', idNumber: me!.id_number, phone: '13905740001' }],
      })
    ).body.petition.id as string;
    await step(town, id, { action: 'assign', departmentId });
    await step(town, id, { action: 'accept' });
    await step(town, id, { action: 'answer', opinion: 'support', answer: '予以支持，尽快审批' });
    const told = await toldOf(id);
    expect(told.map((t) => [t.kind, t.channel, t.recipient])).toEqual([
      ['petitionForwarded', 'inApp', null],
      ['petitionForwarded', 'sms', '13905740001'],
      ['petitionAccepted', 'inApp', null],
      ['petitionAccepted', 'sms', '13905740001'],
      ['petitionAnswered', 'inApp', null],
      ['petitionAnswered', 'sms', '13905740001'],
    ]);
    for (const t of told) {
      expect(t.words).toContain('您于2026年11月23日提出的信访事项');
      expect(t.words).not.toMatch(/宅基地|审批|支持|请登录|详情/);
    }
    const mine = await (
      await signIn('villager')
    ).get(`/api/villages/${server.fixture.villageA.id}/my-messages`);
    expect(mine.body.items.slice(0, 3).map((m: { kind: string }) => m.kind)).toEqual([
      'petitionAnswered',
      'petitionAccepted',
      'petitionForwarded',
    ]);
    expect(mine.body.items[0].link).toBe('');
    // no one else of her household or village reads them; another village's villager neither
    const stranger = await signIn('otherVillageVillager');
    expect(
      (await stranger.get(`/api/villages/${server.fixture.villageA.id}/my-messages`)).status,
    ).toBe(403);
    const [other] = await server.db.query<{ id: string }>(
      `SELECT o.id FROM person o JOIN person me ON me.village_id = o.village_id AND me.household_id = o.household_id
       WHERE me.id = $1 AND o.id <> me.id LIMIT 1`,
      [villager],
    );
    if (other) {
      const [n] = await server.db.query<{ n: number }>(
        `SELECT count(*)::int AS n FROM outbox_message WHERE subject_id = $1 AND person_id = $2`,
        [id, other.id],
      );
      expect(n!.n).toBe(0);
    }
  });

  it('a last day tomorrow reminds its officials; gone by, them and the petitioner; once, on the chain', async () => {
    // an official of the department it is handed to (the town's leaders are not texted then)
    const official = randomUUID();
    await server.db.query(
      `INSERT INTO account (id, kind, phone, display_name, password_hash) VALUES ($1, 'staff', '13700009999', '民政办干部', 'x')`,
      [official],
    );
    await server.db.query(
      `INSERT INTO staff_scope (account_id, level, scope_id, title, unit, department_id)
       VALUES ($1, 'town', $2, '民政办', 'government', $3)`,
      [official, server.fixture.townIds[0], departmentId],
    );
    await dayIs('2027-03-01');
    const registered = await register();
    const id = registered.body.petition.id as string;
    const number = registered.body.petition.number as number;
    const assigned = await step(town, id, { action: 'assign', departmentId });
    const due = calendarDate(assigned.body.petition.dueOn);
    const runOn = (day: string) =>
      sendDueReminders({
        db: server.db,
        config: { PUBLIC_ORIGIN: 'https://cz.example.cn' },
        clock: fixedClock(at(day)),
      });
    const dayBefore = new Date(at(due).getTime() - 86_400_000).toISOString().slice(0, 10);
    const dayAfter = new Date(at(due).getTime() + 86_400_000).toISOString().slice(0, 10);
    const chained = async () =>
      (
        await server.db.query<{ data: { reminders: { kind: string; cause: string }[] } }>(
          `SELECT data FROM audit_event WHERE chain_id = $1 AND action = 'outbox.reminded'`,
          [server.fixture.villageA.id],
        )
      ).flatMap((e) => e.data.reminders.filter((r) => r.kind.startsWith('petition')));

    // two servers at once, then again: told once
    const [a, b] = await Promise.all([runOn(dayBefore), runOn(dayBefore)]);
    expect(a.petitions + b.petitions).toBe(1);
    expect((await runOn(dayBefore)).petitions).toBe(0);
    const soon = (await toldOf(id)).filter((t) => t.kind === 'petitionDueSoon');
    expect(soon).toEqual([
      {
        kind: 'petitionDueSoon',
        channel: 'sms',
        recipient: '13700009999',
        words: expect.stringContaining(`提醒：信访事项（登记第${number}号）的办理期限至`),
      },
    ]);
    expect(soon[0]!.words).not.toMatch(/宅基地|王建国/);
    expect(await chained()).toHaveLength(1);

    // the day after: the official and the petitioner (at the number given), each once
    expect((await runOn(dayAfter)).petitions).toBe(2);
    expect((await runOn(dayAfter)).petitions).toBe(0);
    const past = (await toldOf(id)).filter((t) => t.kind !== 'petitionDueSoon');
    expect(past.map((t) => [t.kind, t.recipient])).toEqual(
      expect.arrayContaining([
        ['petitionPastDue', '13700009999'],
        ['petitionOverdue', '13905741234'],
      ]),
    );
    expect(past.find((t) => t.kind === 'petitionOverdue')!.words).toMatch(
      /^【.+】您于2027年3月1日提出的信访事项办理期限已于.+届满，可向村委会或乡镇信访工作机构询问$/,
    );
    // one event a round: the second round's two reminders are in one event
    const events = await server.db.query<{ n: number }>(
      `SELECT jsonb_array_length(data->'reminders') AS n FROM audit_event
       WHERE chain_id = $1 AND action = 'outbox.reminded' ORDER BY seq DESC LIMIT 1`,
      [server.fixture.villageA.id],
    );
    expect(events[0]!.n).toBeGreaterThanOrEqual(2);
    expect(await chained()).toHaveLength(3);
  });

  it('a group visit tells every representative of each step and of its last day gone by', async () => {
    await dayIs('2027-05-03');
    const people = reps(3).map((r, i) => ({ ...r, phone: `1390574100${i + 1}` }));
    const registered = await register({ form: 'groupVisit', people, participants: 12 });
    expect(registered.status).toBe(200);
    const id = registered.body.petition.id as string;
    const forwarded = (await toldOf(id)).filter((t) => t.kind === 'petitionForwarded');
    // outside the registry: an SMS each, to the number each gave, none to another's
    expect(forwarded.map((t) => [t.channel, t.recipient])).toEqual([
      ['sms', '13905741001'],
      ['sms', '13905741002'],
      ['sms', '13905741003'],
    ]);
    // its last day gone by: each representative is told once, however many rounds run
    const due = calendarDate(registered.body.petition.dueOn);
    const dayAfter = new Date(at(due).getTime() + 86_400_000);
    const run = () => sendDueReminders({ db: server.db, config: {}, clock: fixedClock(dayAfter) });
    await run();
    await run();
    const overdue = (await toldOf(id)).filter((t) => t.kind === 'petitionOverdue');
    expect(overdue.map((t) => t.recipient)).toEqual(['13905741001', '13905741002', '13905741003']);
  });

  it('a last day whose day-before round never ran is reminded on the day itself, once', async () => {
    await dayIs('2027-07-01');
    const registered = await register();
    const id = registered.body.petition.id as string;
    const due = calendarDate(registered.body.petition.dueOn);
    const run = (day: Date) =>
      sendDueReminders({ db: server.db, config: {}, clock: fixedClock(day) });
    // the server was down the day before: the first round is on the last day
    const first = await run(at(due));
    expect(first.petitions).toBeGreaterThan(0);
    expect((await run(at(due))).petitions).toBe(0);
    const soon = (await toldOf(id)).filter((t) => t.kind === 'petitionDueSoon');
    expect(soon.length).toBe(first.petitions);
    // the day after, the overdue threshold is owed once more, and once only
    const dayAfter = new Date(at(due).getTime() + 86_400_000);
    expect((await run(dayAfter)).petitions).toBeGreaterThan(0);
    expect((await run(dayAfter)).petitions).toBe(0);
    expect((await toldOf(id)).filter((t) => t.kind === 'petitionDueSoon')).toHaveLength(
      soon.length,
    );
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
