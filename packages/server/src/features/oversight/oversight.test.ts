import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestServer, type TestServer } from '../../testing/testServer.ts';
import { describeDatabase } from '../../testing/testDatabase.ts';

interface Item {
  id: string;
  name: string;
  findings: Array<{
    ruleId: string;
    code: string;
    area: string;
    bodyName: string | null;
    message: string;
  }>;
}

/** The town's village list with each village's findings today (issue 9 item 15). */
describe(`GET /api/oversight/villages (${describeDatabase()})`, () => {
  let server: TestServer;
  beforeAll(async () => {
    server = await startTestServer();
  });
  afterAll(async () => {
    await server.close();
  });

  const list = async (role: 'townOfficial' | 'otherTownOfficial' | 'countyOfficial') => {
    const res = await (await server.as(role)).get('/api/oversight/villages');
    expect(res.status, JSON.stringify(res.body)).toBe(200);
    return res.body.items as Item[];
  };

  it('shows the town each of its villages with what the rules find there today', async () => {
    const items = await list('townOfficial');
    const a = items.find((v) => v.id === server.fixture.villageA.id);
    expect(a).toBeDefined();
    // no villagers' assembly held yet in 2026 (2025 text Art. 25): a finding about its meetings
    expect(a!.findings).toContainEqual(
      expect.objectContaining({
        area: 'meetings',
        ruleId: 'VCOL25-ANNUAL-ASSEMBLY',
        bodyName: null,
      }),
    );
    // the message cites the law in words, as on the village's own pages
    for (const f of a!.findings) expect(f.message).toMatch(/（.*《.+》.*）$/);
    // composition findings name their body
    for (const f of a!.findings.filter((x) => x.area === 'composition'))
      expect(f.bodyName).toEqual(expect.any(String));
  });

  it('a composition problem appears once the committee has too few members', async () => {
    const v = server.fixture.villageA;
    await server.db.query(
      `UPDATE body_membership SET ended_on = '2026-01-02'
        WHERE village_id = $1 AND body_id = $2`,
      [v.id, v.bodyIds.villagersCommittee],
    );
    const a = (await list('countyOfficial')).find((x) => x.id === v.id)!;
    expect(a.findings).toContainEqual(
      expect.objectContaining({
        area: 'composition',
        code: 'body_empty',
        bodyName: expect.any(String),
      }),
    );
  });

  it('each official sees only the villages of their town or county; villagers are refused', async () => {
    const other = await list('otherTownOfficial');
    expect(other.map((v) => v.id)).not.toContain(server.fixture.villageA.id);
    const county = await list('countyOfficial');
    expect(county.map((v) => v.id)).toEqual(
      expect.arrayContaining([server.fixture.villageA.id, server.fixture.villageB.id]),
    );
    const villager = await (await server.as('villager')).get('/api/oversight/villages');
    expect(villager.status).toBe(403);
  });
});
