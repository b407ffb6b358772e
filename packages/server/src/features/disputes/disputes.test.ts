import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { HttpClient, startTestServer, type TestServer } from '../../testing/testServer.ts';
import { describeDatabase } from '../../testing/testDatabase.ts';

/**
 * Mediation through the HTTP API: a dispute registered, consented to, mediated by a mediator who
 * is no party's close relative, agreed in writing, in effect on the last mark, confirmed by the
 * court on a joint application on the last day — one party alone, or a day late, refused with
 * Art. 33 — and performed; a refusal of mediation ends a dispute; a failed one goes up to a town
 * department through the inbox.
 */
describe(`mediation and 三调联动 (${describeDatabase()})`, () => {
  let server: TestServer;
  let base: string;
  let mediator: HttpClient;
  /** Moves the clock, signing the mediator in again (a session does not outlive its days). */
  async function at(day: string) {
    server.clock.set(new Date(`${day}T10:00:00+08:00`));
    mediator = await server.signIn('committeeChair');
  }
  const person = (i: number) => server.fixture.villageA.personIds[i]!;

  beforeAll(async () => {
    server = await startTestServer();
    const v = server.fixture.villageA;
    base = `/api/villages/${v.id}`;
    // 张桂兰 (committee chair, 刘强's mother) chairs the mediation committee; 陈志明 and 李秀英 mediate
    const [bodyId, termId] = [randomUUID(), randomUUID()];
    await server.db.query(
      `INSERT INTO body (village_id, id, kind, name) VALUES ($1, $2, 'mediationCommittee', '甲村人民调解委员会')`,
      [v.id, bodyId],
    );
    await server.db.query(
      `INSERT INTO body_term (village_id, id, body_id, starts_on, ends_on)
       VALUES ($1, $2, $3, '2026-05-01', '2029-04-30')`,
      [v.id, termId, bodyId],
    );
    for (const [i, role] of [
      [3, 'chair'],
      [5, 'member'],
      [1, 'member'],
    ] as const)
      await server.db.query(
        `INSERT INTO body_membership (village_id, id, body_id, term_id, person_id, role, starts_on)
         VALUES ($1, $2, $3, $4, $5, $6, '2026-05-01')`,
        [v.id, randomUUID(), bodyId, termId, person(i), role],
      );
    await at('2026-11-21');
  });
  afterAll(async () => {
    await server.close();
  });

  async function register(receivedOn: string) {
    const res = await mediator.post(`${base}/disputes`, {
      category: 'neighbour',
      origin: 'application',
      subject: '宅前排水沟堵塞引发邻里纠纷',
      facts: '王磊家翻修院墙时填埋了排水沟，雨后刘强家院内积水。',
      parties: [{ personId: person(2) }, { personId: person(4) }],
      receivedOn,
    });
    expect(res.status).toBe(201);
    return res.body.dispute as { id: string; partyList: Array<{ id: string; name: string }> };
  }

  it('shows the committee as the law judges it: three members, a chair and a woman', async () => {
    const res = await mediator.get(`${base}/disputes`);
    expect(res.status).toBe(200);
    expect(res.body.committee).toEqual({ members: 3, findings: [] });
  });

  it('refuses a dispute with one party, naming the field', async () => {
    const res = await mediator.post(`${base}/disputes`, {
      category: 'other',
      origin: 'initiative',
      subject: '纠纷',
      facts: '一方当事人',
      parties: [{ personId: person(2) }],
    });
    expect(res.status).toBe(400);
    expect(res.body.error.fields[0].field).toBe('parties');
    expect(res.body.error.fields[0].message).toContain('纠纷至少应有两方当事人');
  });

  it('a party’s express refusal ends it: 不予调解, citing Art. 17', async () => {
    await at('2026-11-21');
    const d = await register('2026-11-20');
    const res = await mediator.post(`${base}/disputes/${d.id}/consent`, {
      partyId: d.partyList[1]!.id,
      consent: 'refused',
    });
    expect(res.status).toBe(200);
    expect(res.body.dispute.state).toBe('notMediated');
    expect(res.body.dispute.outcome).toBe(
      '当事人刘强明确拒绝调解，不得调解（《人民调解法》第十七条）',
    );
    const accept = await mediator.post(`${base}/disputes/${d.id}/accept`, {});
    expect(accept.status).toBe(409);
  });

  it('mediated to a written agreement, confirmed on a joint application on the last day', async () => {
    await at('2026-11-21');
    const d = await register('2026-11-02');
    const [a, b] = d.partyList as [{ id: string; name: string }, { id: string; name: string }];
    const url = `${base}/disputes/${d.id}`;
    // 受理 waits for every party
    await mediator.post(`${url}/consent`, { partyId: a.id, consent: 'agreed', on: '2026-11-02' });
    const early = await mediator.post(`${url}/accept`, { on: '2026-11-02' });
    expect(early.status).toBe(409);
    expect(early.body.error.message).toBe('尚有当事人未表示同意调解，不能受理：刘强');
    await mediator.post(`${url}/consent`, { partyId: b.id, consent: 'agreed', on: '2026-11-02' });
    expect((await mediator.post(`${url}/accept`, { on: '2026-11-02' })).status).toBe(200);
    // 张桂兰 is 刘强's mother: she may not mediate (a 422 citing the article, nothing written)
    const relative = await mediator.post(`${url}/mediators`, {
      mediators: [{ personId: person(3), how: 'assigned' }],
    });
    expect(relative.status).toBe(422);
    expect(relative.body.error.message).toBe(
      '调解员张桂兰是当事人刘强的近亲属，不能调解本纠纷（《人民调解法》第十五条）',
    );
    const chosen = await mediator.post(`${url}/mediators`, {
      mediators: [{ personId: person(5), how: 'chosen' }],
    });
    expect(chosen.body.dispute.mediators).toEqual([
      expect.objectContaining({ name: '陈志明', how: 'chosen' }),
    ]);
    expect(chosen.body.dispute.stages[0].handler).toBe('调解员陈志明');
    const record = await mediator.post(`${url}/records`, {
      heldOn: '2026-11-03',
      place: '村委会调解室',
      present: '王磊、刘强、调解员陈志明',
      content: '双方同意由王磊疏通排水沟，刘强协助。',
    });
    expect(record.body.dispute.records).toHaveLength(1);
    const agreed = await mediator.post(`${url}/agreement`, {
      form: 'written',
      terms: '王磊于2026年11月10日前疏通排水沟并加盖盖板；刘强承担材料费一半。',
      performance: '当场履行',
      mediatorPersonId: person(5),
      reachedOn: '2026-11-03',
    });
    expect(agreed.body.dispute.state).toBe('agreed');
    expect(agreed.body.dispute.agreement.numberText).toMatch(/^〔2026〕第\d+号$/);
    for (const [body, state] of [
      [{ who: 'party', partyId: a.id, mark: 'signature', on: '2026-11-03' }, 'agreed'],
      [{ who: 'party', partyId: b.id, mark: 'fingerprint', on: '2026-11-03' }, 'agreed'],
      [{ who: 'mediator', on: '2026-11-04' }, 'agreed'],
    ] as const) {
      const res = await mediator.post(`${url}/agreement/sign`, body);
      expect(res.body.dispute.state).toBe(state);
    }
    // before the seal, confirmation is not on offer: the agreement is not in effect
    const unsealed = await mediator.get(url);
    expect(unsealed.body.dispute.agreement.missing).toEqual(['人民调解委员会印章']);
    const sealed = await mediator.post(`${url}/agreement/sign`, { who: 'seal', on: '2026-11-04' });
    expect(sealed.body.dispute.state).toBe('performing');
    expect(sealed.body.dispute.stages[0].outcome).toMatch(
      /^达成书面调解协议〔2026〕第\d+号，2026年11月4日生效（《人民调解法》第二十九条）$/,
    );
    expect(sealed.body.dispute.agreement).toMatchObject({
      effectiveOn: '2026-11-04',
      confirmLastDay: '2026-12-04',
    });

    // one party alone is refused
    const alone = await mediator.post(`${url}/confirmation`, {
      court: '测试县人民法院',
      applicantPartyIds: [a.id],
      appliedOn: '2026-11-20',
    });
    expect(alone.status).toBe(422);
    expect(alone.body.error.ruleId).toBe('RMTJ-33-CONFIRM');
    expect(alone.body.error.message).toBe(
      '司法确认须由双方当事人共同申请，刘强未参加申请（《人民调解法》第三十三条）',
    );
    // the day after the last day is refused in the words of Art. 33
    await at('2026-12-05');
    const late = await mediator.post(`${url}/confirmation`, {
      court: '测试县人民法院',
      applicantPartyIds: [a.id, b.id],
    });
    expect(late.status).toBe(422);
    expect(late.body.error.message).toBe(
      '调解协议生效已逾30日，不能申请司法确认（《人民调解法》第三十三条）',
    );
    expect((await mediator.get(url)).body.dispute.confirmation).toBeNull();
    // jointly on the last day: accepted, the court's 3 days expected
    const joint = await mediator.post(`${url}/confirmation`, {
      court: '测试县人民法院',
      applicantPartyIds: [a.id, b.id],
      appliedOn: '2026-12-04',
    });
    expect(joint.status).toBe(200);
    expect(joint.body.dispute.confirmation).toMatchObject({
      appliedOn: '2026-12-04',
      acceptBy: '2026-12-07',
    });
    await at('2026-12-20');
    const ruling = await mediator.post(`${url}/confirmation/court`, {
      acceptedOn: '2026-12-07',
      ruling: 'confirmed',
      rulingOn: '2026-12-15',
      caseNumber: '（2026）测0101民特12号',
    });
    expect(ruling.body.dispute.confirmation).toMatchObject({
      decideBy: '2026-12-22',
      ruling: 'confirmed',
    });
    const closed = await mediator.post(`${url}/close`, { outcome: '协议已履行完毕' });
    expect(closed.body.dispute.state).toBe('closed');
    expect(closed.body.dispute.stages.map((s: { stage: string }) => s.stage)).toEqual([
      'people',
      'judicial',
    ]);
    expect(closed.body.dispute.stages[1]).toMatchObject({
      body: '测试县人民法院',
      outcome: '人民法院裁定确认调解协议有效',
    });
  });

  it('a failed mediation goes up to a town department through the inbox', async () => {
    await at('2026-11-21');
    const departmentId = randomUUID();
    await server.db.query(
      `INSERT INTO town_department (id, town_id, name, kind) VALUES ($1, $2, '测试1镇司法所', 'justice')`,
      [departmentId, server.fixture.townIds[0]],
    );
    const d = await register('2026-11-10');
    const url = `${base}/disputes/${d.id}`;
    for (const p of d.partyList)
      await mediator.post(`${url}/consent`, { partyId: p.id, consent: 'agreed' });
    await mediator.post(`${url}/accept`, {});
    const ended = await mediator.post(`${url}/terminate`, { reason: '双方对赔偿数额分歧较大' });
    expect(ended.body.dispute.state).toBe('terminated');
    expect(ended.body.dispute.stages[0].outcome).toContain('《人民调解法》第二十六条');
    const referred = await mediator.post(`${url}/refer`, {
      departmentId,
      note: '请司法所组织调处',
    });
    expect(referred.status).toBe(200);
    expect(referred.body.dispute.state).toBe('atTown');
    const stage = referred.body.dispute.stages[1];
    expect(stage).toMatchObject({ stage: 'administrative', body: '测试1镇司法所' });
    expect(stage.referral.status).toBe('filed');
    // the town's 司法所 accepts, mediates and answers in its inbox: the answer closes the dispute
    const town = await server.as('townOfficial');
    const referral = `/api/town/referrals/${server.fixture.villageA.id}/${stage.referral.id}`;
    expect((await town.post(`${referral}/accept`)).status).toBe(200);
    const answered = await town.post(`${referral}/answer`, {
      answer: '经司法所组织调解，双方达成赔偿5000元的协议，已当场履行。',
    });
    expect(answered.status).toBe(200);
    const after = (await mediator.get(url)).body.dispute;
    expect(after.state).toBe('closed');
    expect(after.stages[1]).toMatchObject({
      stage: 'administrative',
      // the fixture's town official is named after their role
      handler: 'townOfficial',
      outcome: '经司法所组织调解，双方达成赔偿5000元的协议，已当场履行。',
    });
  });

  it("the town's return hands the dispute back, ended, with the reason", async () => {
    const d = await register('2026-11-12');
    const url = `${base}/disputes/${d.id}`;
    for (const p of d.partyList)
      await mediator.post(`${url}/consent`, { partyId: p.id, consent: 'agreed' });
    await mediator.post(`${url}/accept`, {});
    await mediator.post(`${url}/terminate`, { reason: '分歧较大' });
    const [department] = await server.db.query<{ id: string }>(
      `SELECT id FROM town_department WHERE town_id = $1`,
      [server.fixture.townIds[0]],
    );
    const referred = await mediator.post(`${url}/refer`, {
      departmentId: department!.id,
      note: '请调处',
    });
    const town = await server.as('townOfficial');
    const referral = `/api/town/referrals/${server.fixture.villageA.id}/${referred.body.dispute.stages[1].referral.id}`;
    const returned = await town.post(`${referral}/return`, {
      reason: '属于劳动争议，应申请劳动仲裁',
    });
    expect(returned.status).toBe(200);
    const after = (await mediator.get(url)).body.dispute;
    expect(after.state).toBe('terminated');
    expect(after.stages[1].outcome).toBe('退回：属于劳动争议，应申请劳动仲裁');
    expect(after.actions).toContain('goToCourt');
  });

  it('readers and writers: a cadre reads, only a mediator moves a dispute, a villager neither', async () => {
    const secretary = await server.as('partySecretary');
    expect((await secretary.get(`${base}/disputes`)).status).toBe(200);
    const res = await secretary.post(`${base}/disputes`, {
      category: 'other',
      origin: 'initiative',
      subject: 'x',
      facts: 'x',
      parties: [],
    });
    expect(res.status).toBe(403);
    // 刘强, a representative and a party, is no mediator: the register is not his to read
    const representative = await server.as('representative');
    expect((await representative.get(`${base}/disputes`)).status).toBe(403);
  });

  it('one dispute accepted from two desks at once: one wins, the other is told it has moved on', async () => {
    const d = await register('2026-11-19');
    const url = `${base}/disputes/${d.id}`;
    for (const p of d.partyList)
      await mediator.post(`${url}/consent`, { partyId: p.id, consent: 'agreed' });
    const other = await server.signIn('committeeChair');
    const answers = await Promise.all([
      mediator.post(`${url}/accept`, {}),
      other.post(`${url}/accept`, {}),
    ]);
    expect(answers.map((a) => a.status).sort()).toEqual([200, 409]);
    const events = await server.db.query<{ n: number }>(
      `SELECT count(*)::int AS n FROM audit_event WHERE target_id = $1 AND action = 'dispute.accept'`,
      [d.id],
    );
    expect(Number(events[0]!.n)).toBe(1);
  });

  it('lists open disputes by default and the ended ones apart, with the counts of both', async () => {
    const open = (await mediator.get(`${base}/disputes`)).body;
    const ended = (await mediator.get(`${base}/disputes?view=ended`)).body;
    const states = (r: { items: Array<{ state: string }> }) => new Set(r.items.map((i) => i.state));
    expect(states(open)).not.toContain('closed');
    expect(states(open)).not.toContain('notMediated');
    expect([...states(ended)].sort()).toEqual(['closed', 'notMediated']);
    expect(open.counts).toEqual({ open: open.items.length, ended: ended.items.length });
  });

  it('exports the 台账 of a period as Excel', async () => {
    const res = await mediator.get(`${base}/disputes/ledger.xlsx?from=2026-11-01&to=2026-11-30`);
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toContain('spreadsheetml');
  });

  it("exports the town's combined 台账 for its officials, not for a village's cadre", async () => {
    const q = '?from=2026-11-01&to=2026-12-31';
    const town = await server.as('townOfficial');
    const res = await town.get(`/api/town/disputes.xlsx${q}`);
    expect(res.status).toBe(200);
    expect(decodeURIComponent(res.headers.get('content-disposition') ?? '')).toContain(
      '测试1镇人民调解台账',
    );
    const secretary = await server.as('partySecretary');
    expect((await secretary.get(`/api/town/disputes.xlsx${q}`)).status).toBe(403);
  });
});
