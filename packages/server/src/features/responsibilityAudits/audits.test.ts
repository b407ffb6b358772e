import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestServer, type HttpClient, type TestServer } from '../../testing/testServer.ts';
import { describeDatabase } from '../../testing/testDatabase.ts';
import { addAdults, clientFor } from '../../testing/meetings.ts';

interface Finding {
  code: string;
  ruleId: string;
  severity: string;
  message: string;
}

/**
 * 经济责任审计 through the HTTP API (VCOL-35-AUDIT): the town arranges a departure audit of
 * the committee's last term, records its findings in fen and publishes them; publication
 * after the successor took office stays a finding the town sees; one fifth of the villagers
 * demand an audit of other items (n−1 signatures collect, n accept), and it is arranged.
 */
describe(`responsibility audits (${describeDatabase()})`, () => {
  let server: TestServer;
  let base: string;
  let town: HttpClient;
  let supervisor: HttpClient;
  let villager: HttpClient;
  let oldTermId: string;
  let leavers: string[];

  beforeAll(async () => {
    server = await startTestServer();
    const v = server.fixture.villageA;
    base = `/api/villages/${v.id}`;
    town = await server.as('townOfficial');
    supervisor = await server.as('supervisionChair');
    villager = await server.as('villager');
    // the committee's previous term: the fixture's chair stayed, two members left
    leavers = await addAdults(server.db, v, 2, { prefix: '前任委员' });
    oldTermId = randomUUID();
    const chair = server.fixture.accounts.committeeChair.personId!;
    await server.db.transaction(async (tx) => {
      await tx.query(
        `INSERT INTO body_term (village_id, id, body_id, starts_on, ends_on) VALUES ($1, $2, $3, '2021-05-01', '2026-04-30')`,
        [v.id, oldTermId, v.bodyIds.villagersCommittee],
      );
      for (const [i, p] of [chair, ...leavers].entries())
        await tx.query(
          `INSERT INTO body_membership (village_id, id, body_id, term_id, person_id, role, starts_on)
           VALUES ($1, $2, $3, $4, $5, $6, '2021-05-01')`,
          [
            v.id,
            randomUUID(),
            v.bodyIds.villagersCommittee,
            oldTermId,
            p,
            i === 0 ? 'chair' : 'member',
          ],
        );
    });
  });
  afterAll(async () => {
    await server.close();
  });

  const codes = async (client: HttpClient) =>
    ((await client.get(`${base}/responsibility-audits`)).body.findings as Finding[]).map(
      (f) => f.code,
    );

  it('a successor in office with no departure audit is a violation, and the term audit a warning', async () => {
    const page = await town.get(`${base}/responsibility-audits`);
    expect(page.status).toBe(200);
    const missing = (page.body.findings as Finding[]).find(
      (f) => f.code === 'departure_audit_missing',
    )!;
    expect(missing.severity).toBe('violation');
    expect(missing.message).toContain('前任委员1、前任委员2');
    expect(missing.message).toContain('第四十条');
    expect(await codes(town)).toContain('term_audit_missing');
    const term = page.body.terms.find((t: { id: string }) => t.id === oldTermId);
    expect(term.members.filter((m: { left: boolean }) => m.left)).toHaveLength(2);
  });

  let auditId: string;
  const arrange = (items: string[]) =>
    town.post(`${base}/responsibility-audits`, {
      kind: 'departure',
      termId: oldTermId,
      periodFrom: '2021-05-01',
      periodTo: '2026-04-30',
      items,
      auditorKind: 'townAgency',
      auditorName: '测试1镇农村经营管理站',
      arrangedOn: '2026-06-01',
    });

  it('the items are those of the text in force on the period’s last day (2025: no land compensation)', async () => {
    const wrong = await arrange(['finance', 'assets']);
    expect(wrong.status).toBe(400);
    expect(wrong.body.error.fields.map((f: { field: string }) => f.field)).toEqual(['items.1']);
    const res = await arrange(['finance', 'debts', 'funds']);
    expect(res.status).toBe(201);
    auditId = res.body.audit.id;
    expect(res.body.audit.persons.map((p: { personId: string }) => p.personId).sort()).toEqual(
      [...leavers].sort(),
    );
    expect(res.body.audit.items[2].name.zh).toBe('本村资金管理使用情况');
    expect(await codes(town)).toContain('departure_audit_unpublished');
  });

  it('results are published only once recorded; amounts are kept in fen', async () => {
    const early = await town.post(`${base}/responsibility-audits/${auditId}/publish`, {});
    expect(early.status).toBe(409);
    expect(early.body.error.id).toBe('audit_not_reported');
    const bad = await supervisor.post(`${base}/responsibility-audits/${auditId}/report`, {
      reportedOn: '2026-07-01',
      conclusion: '账目基本清楚',
      amounts: [{ label: '应收未收承包费', amount: '十二元' }],
    });
    expect(bad.status).toBe(400);
    expect(bad.body.error.fields[0].field).toBe('amounts.0.amount');
    const ok = await supervisor.post(`${base}/responsibility-audits/${auditId}/report`, {
      reportedOn: '2026-07-01',
      conclusion: '账目基本清楚，个别款项未及时收回。',
      amounts: [{ label: '应收未收承包费', amount: '12,345.60' }],
    });
    expect(ok.status).toBe(200);
    expect(ok.body.audit.amounts[0]).toMatchObject({ amountFen: 1234560 });
    expect(ok.body.audit.amounts[0].amount.text).toBe('¥12,345.60');
  });

  it('a villager sees only published audits', async () => {
    const before = await villager.get(`${base}/responsibility-audits`);
    expect(before.body.audits).toHaveLength(0);
    const pub = await town.post(`${base}/responsibility-audits/${auditId}/publish`, {
      publishedOn: '2026-07-10',
    });
    expect(pub.status).toBe(200);
    expect(pub.body.audit.status).toBe('published');
    const after = await villager.get(`${base}/responsibility-audits`);
    expect(after.body.audits.map((a: { id: string }) => a.id)).toEqual([auditId]);
    // 审计结果应当公布: a notice of its own kind, on the board and on the portal without an account
    const noticeId = pub.body.audit.noticeId;
    const notice = await villager.get(`${base}/notices/${noticeId}`);
    expect(notice.body.notice).toMatchObject({
      kind: 'auditResult',
      title: `关于第${pub.body.audit.number}号离任经济责任审计结果的公告`,
      publishedOn: '2026-07-10',
    });
    expect(notice.body.notice.body).toContain('¥12,345.60');
    const portal = await fetch(`${server.baseUrl}/p/${server.fixture.villageA.id}/n/${noticeId}`);
    const html = await portal.text();
    expect(html).toContain('离任经济责任审计结果的公告');
    expect(html).toContain('审计结论');
    const again = await town.post(`${base}/responsibility-audits/${auditId}/publish`, {});
    expect(again.status).toBe(409);
  });

  it('published after the successor took office: late, and the town sees it', async () => {
    expect(await codes(town)).toContain('departure_audit_late');
    const list = await town.get('/api/oversight/villages');
    const a = list.body.items.find((x: { id: string }) => x.id === server.fixture.villageA.id);
    const late = a.findings.find((f: { code: string }) => f.code === 'departure_audit_late');
    expect(late).toMatchObject({ area: 'audits', ruleId: 'VCOL-35-AUDIT' });
  });

  it('one fifth of the villagers aged 18+: n−1 signatures collect, the n-th accepts, then the audit is arranged', async () => {
    await addAdults(server.db, server.fixture.villageA, 20, { prefix: '联名' });
    const created = await villager.post(`${base}/audit-demands`, { subject: '村道硬化工程' });
    expect(created.status).toBe(201);
    const demand = created.body.demand;
    const { base: adults, required } = demand;
    expect(required).toBe(Math.ceil(adults / 5));
    const people = (
      await server.db.query<{ id: string }>(
        `SELECT id FROM person WHERE village_id = $1 AND name LIKE '联名%' ORDER BY name`,
        [server.fixture.villageA.id],
      )
    ).map((r) => r.id);
    const paper = await town.post(`${base}/audit-demands/${demand.id}/paper-signatures`, {
      personIds: people.slice(0, required - 1),
    });
    expect(paper.body.demand).toMatchObject({ status: 'collecting', signatures: required - 1 });
    const early = await town.post(`${base}/responsibility-audits`, {
      kind: 'demanded',
      demandId: demand.id,
      periodFrom: '2026-01-01',
      periodTo: '2026-10-31',
      items: ['demanded'],
      auditorKind: 'auditFirm',
      auditorName: '某会计师事务所',
    });
    expect(early.status).toBe(409);
    expect(early.body.error.id).toBe('audit_demand_not_met');
    const signed = await villager.post(`${base}/audit-demands/${demand.id}/signatures`);
    expect(signed.body.demand).toMatchObject({
      status: 'accepted',
      signatures: required,
      signedByMe: true,
    });
    expect(await codes(town)).toContain('audit_demand_pending');
    const arranged = await town.post(`${base}/responsibility-audits`, {
      kind: 'demanded',
      demandId: demand.id,
      periodFrom: '2026-01-01',
      periodTo: '2026-10-31',
      items: ['demanded'],
      auditorKind: 'auditFirm',
      auditorName: '某会计师事务所',
    });
    expect(arranged.status).toBe(201);
    expect(arranged.body.audit).toMatchObject({ kind: 'demanded', subject: '村道硬化工程' });
    const closed = await villager.post(`${base}/audit-demands/${demand.id}/signatures`);
    expect(closed.status).toBe(409);
    expect(await codes(town)).not.toContain('audit_demand_pending');
  });

  it('a minor cannot sign; paper signatures of a non-villager are refused whole', async () => {
    const created = await villager.post(`${base}/audit-demands`, { subject: '集体鱼塘承包' });
    const [minor] = await server.db.query<{ id: string }>(
      `SELECT id FROM person WHERE village_id = $1 AND birth_date > '2008-11-21' LIMIT 1`,
      [server.fixture.villageA.id],
    );
    if (minor) {
      const child = await clientFor(server, server.fixture.villageA.id, minor.id);
      const res = await child.post(`${base}/audit-demands/${created.body.demand.id}/signatures`);
      expect(res.status).toBe(403);
      expect(res.body.error.id).toBe('audit_demand_not_signable');
    }
    const outsider = server.fixture.villageB.personIds[0]!;
    const res = await supervisor.post(
      `${base}/audit-demands/${created.body.demand.id}/paper-signatures`,
      { personIds: [server.fixture.villageA.personIds[0], outsider] },
    );
    expect(res.status).toBe(400);
    expect(res.body.error.fields[0].field).toBe('personIds.1');
  });

  it('every act is on the audit chain', async () => {
    const rows = await server.db.query<{ action: string }>(
      `SELECT DISTINCT action FROM audit_event WHERE chain_id = $1 AND target_type IN ('responsibilityAudit', 'auditDemand')`,
      [server.fixture.villageA.id],
    );
    expect(rows.map((r) => r.action).sort()).toEqual([
      'auditDemand.accepted',
      'auditDemand.created',
      'auditDemand.signed',
      'responsibilityAudit.arranged',
      'responsibilityAudit.published',
      'responsibilityAudit.reported',
    ]);
  });
});
