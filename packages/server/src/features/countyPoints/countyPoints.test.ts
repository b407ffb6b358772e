import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { describeDatabase } from '../../testing/testDatabase.ts';
import { startTestServer, type HttpClient, type TestServer } from '../../testing/testServer.ts';

type Json = Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any

const SIX = [
  'zeroAccidents',
  'zeroIrregularPetitions',
  'zeroCrimes',
  'zeroIllegalBuildings',
  'zeroPollution',
  'zeroEpidemics',
] as const;

/**
 * 积分换项目 through the HTTP API: the county's scheme, the towns' figures with evidence and the
 * county's verification, the platform's own petition count, the ranking and the fund to the
 * fen, publicity with a contest upheld and one too late, the final ranking, and the award that
 * opens a public-welfare matter in each winning village.
 */
describe(`points for projects (${describeDatabase()})`, () => {
  let server: TestServer;
  let county: HttpClient;
  let town: HttpClient;
  let otherTown: HttpClient;
  let secretary: HttpClient;
  let schemeId: string;
  const B = '/api/county-points';
  const at = (day: string) => server.clock.set(new Date(`${day}T02:00:00Z`));
  const signInAll = async () => {
    county = await server.signIn('countyOfficial');
    town = await server.signIn('townOfficial');
    otherTown = await server.signIn('otherTownOfficial');
    secretary = await server.signIn('partySecretary');
  };

  beforeAll(async () => {
    server = await startTestServer();
    await signInAll();
    // a petition of 甲村 this year whose petitioner asked for a review: not settled at the first answer
    await server.db.query(
      `INSERT INTO petition (village_id, id, number, form, subject, request, facts, status,
         profile_id, profile_version, received_on, review_opinion)
       VALUES ($1, $2, 1, 'letter', '道路', '修路', '事实', 'reviewed', 'national', '1', '2026-03-02', 'support')`,
      [server.fixture.villageA.id, randomUUID()],
    );
  });
  afterAll(async () => server?.close());

  it('only officials and village leaders take part; a villager is refused', async () => {
    const villager = await server.as('villager');
    expect((await villager.get(B)).status).toBe(403);
    expect((await secretary.get(B)).status).toBe(200);
  });

  it('the county sets up a year’s scheme; bad tiers are named field by field', async () => {
    const bad = await county.post(B, {
      year: 2026,
      topN: 2,
      tiers: [{ fromRank: 1, toRank: 1, weight: 2 }],
    });
    expect(bad.status).toBe(400);
    expect((bad.body as Json).error.fields[0].field).toBe('tiers');
    expect((await town.post(B, { year: 2026 })).status).toBe(403);
    const res = await county.post<Json>(B, {
      year: 2026,
      fund: '10000.01',
      topN: 2,
      tiers: [
        { fromRank: 1, toRank: 1, weight: 2 },
        { fromRank: 2, toRank: 2, weight: 1 },
      ],
    });
    expect(res.status).toBe(201);
    schemeId = res.body.id;
    const again = await county.post<Json>(B, { year: 2026 });
    expect(again.status).toBe(409);
  });

  it('the town reports with evidence; a platform figure is not the town’s', async () => {
    const path = `${B}/${schemeId}/facts`;
    const a = server.fixture.villageA.id;
    const noEvidence = await town.post<Json>(path, {
      villageId: a,
      indicator: 'zeroCrimes',
      count: 0,
    });
    expect(noEvidence.status).toBe(400);
    expect(noEvidence.body.error.fields[0].field).toBe('evidence');
    const platform = await town.post<Json>(path, {
      villageId: a,
      indicator: 'petitions',
      count: 0,
      evidence: '镇信访办统计',
    });
    expect(platform.status).toBe(422);
    // the other town's village is not this town's to report
    const c = server.fixture.villageC.id;
    expect(
      (await town.post(path, { villageId: c, indicator: 'zeroCrimes', count: 0, evidence: 'x' }))
        .status,
    ).toBe(403);
    for (const [client, village] of [
      [town, a],
      [town, server.fixture.villageB.id],
      [otherTown, c],
    ] as const)
      for (const indicator of SIX) {
        // 乙村 had one accident this year
        const count =
          village === server.fixture.villageB.id && indicator === 'zeroAccidents' ? 1 : 0;
        const res = await client.post(path, {
          villageId: village,
          indicator,
          count,
          evidence: `派出所证明 2026-${indicator}`,
        });
        expect(res.status, indicator).toBe(200);
      }
  });

  it('the ranking waits for the county to verify every town figure', async () => {
    const early = await county.post<Json>(`${B}/${schemeId}/compute`);
    expect(early.status).toBe(422);
    expect(early.body.error.message).toContain('18 项数据');
    for (const v of [server.fixture.villageA, server.fixture.villageB, server.fixture.villageC])
      for (const indicator of SIX)
        expect(
          (await county.post(`${B}/${schemeId}/facts/verify`, { villageId: v.id, indicator }))
            .status,
        ).toBe(200);
    expect((await town.post(`${B}/${schemeId}/compute`)).status).toBe(403);
  });

  it('computed: points, ranks and the fund to the fen', async () => {
    const res = await county.post<Json>(`${B}/${schemeId}/compute`);
    expect(res.status).toBe(200);
    const lines = res.body.scheme.villages as Json[];
    // 丙村 100 (nothing), 甲村 90 (one unsettled petition), 乙村 90 (an accident): 甲村 ahead on
    // the tie-break? petitions 20 vs 30 — no: 乙村 keeps all 30 petition points, so 乙村 is second
    expect(lines.map((l) => [l.villageName, l.total, l.rank, l.amount])).toEqual([
      ['丙村', 100, 1, '6666.67'],
      ['乙村', 90, 2, '3333.34'],
      ['甲村', 90, 3, '0.00'],
    ]);
    const petitions = lines[2]!.facts.find((f: Json) => f.indicator === 'petitions');
    expect(petitions).toMatchObject({ count: 1, source: 'platform', verified: true });
  });

  it('published: a village contests on the last day, not the day after', async () => {
    const res = await county.post<Json>(`${B}/${schemeId}/publish`);
    expect(res.status).toBe(200);
    // 2026-11-21 + 7 days = Saturday 28th, a rest day: the period ends Monday the 30th
    expect(res.body.scheme.scheme.publicityEndsOn).toBe('2026-11-30');
    at('2026-11-30');
    await signInAll();
    const mine = await secretary.get<Json>(`${B}/${schemeId}`);
    expect(mine.status).toBe(200);
    expect(mine.body.villages.find((l: Json) => l.villageName === '甲村').mayContest).toBe(true);
    const contest = {
      villageId: server.fixture.villageA.id,
      indicator: 'petitions',
      claimedCount: 0,
      reason: '该信访事项复查维持原处理意见，已化解',
    };
    const filed = await secretary.post<Json>(`${B}/${schemeId}/contests`, contest);
    expect(filed.status).toBe(201);
    // another village's figures are not this secretary's to contest
    expect(
      (
        await secretary.post(`${B}/${schemeId}/contests`, {
          ...contest,
          villageId: server.fixture.villageB.id,
        })
      ).status,
    ).toBe(403);
    at('2026-12-01');
    await signInAll();
    const late = await secretary.post<Json>(`${B}/${schemeId}/contests`, contest);
    expect(late.status).toBe(422);
    expect(late.body.error.message).toContain('2026年11月30日');
    const refused = await county.post<Json>(`${B}/${schemeId}/finalise`);
    expect(refused.status).toBe(422);
    expect(refused.body.error.message).toContain('1 件异议');
  });

  it('an upheld contest corrects the figure, ranks again and needs a new publicity', async () => {
    const scheme = (await county.get<Json>(`${B}/${schemeId}`)).body;
    const contestId = scheme.contests[0].id;
    const noReason = await county.post<Json>(`${B}/${schemeId}/contests/${contestId}/decide`, {
      decision: 'upheld',
    });
    expect(noReason.status).toBe(400);
    const res = await county.post<Json>(`${B}/${schemeId}/contests/${contestId}/decide`, {
      decision: 'upheld',
      reason: '经核实，复查维持原意见，该事项已化解',
    });
    expect(res.status).toBe(200);
    expect(res.body.scheme.scheme.status).toBe('computed');
    expect(res.body.scheme.villages.map((l: Json) => [l.villageName, l.total, l.rank])).toEqual([
      ['甲村', 100, 1],
      ['丙村', 100, 1],
      ['乙村', 90, 3],
    ]);
    // tied first: the two positions' 10,000.01 shared, the odd fen to the lower code (甲村)
    expect(res.body.scheme.villages.map((l: Json) => l.amount)).toEqual([
      '5000.01',
      '5000.00',
      '0.00',
    ]);
    const again = await county.post<Json>(`${B}/${schemeId}/decide`);
    expect(again.status).toBe(404);
  });

  it('final after the new publicity; the award opens a public-welfare matter in each winner', async () => {
    expect((await county.post(`${B}/${schemeId}/publish`)).status).toBe(200);
    expect((await county.post(`${B}/${schemeId}/finalise`)).status).toBe(422);
    at('2026-12-15');
    await signInAll();
    expect((await county.post(`${B}/${schemeId}/finalise`)).status).toBe(200);
    const res = await county.post<Json>(`${B}/${schemeId}/award`);
    expect(res.status).toBe(200);
    const a = res.body.scheme.villages.find((l: Json) => l.villageName === '甲村');
    expect(a.matter).toMatchObject({ number: expect.any(Number) });
    const [matter] = await server.db.query<{ category: string; budget: string; title: string }>(
      'SELECT category, budget::text, title FROM matter WHERE village_id = $1 AND id = $2',
      [server.fixture.villageA.id, a.matter.id],
    );
    expect(matter).toMatchObject({ category: 'publicWelfareProject', budget: '5000.01' });
    expect(res.body.scheme.villages.find((l: Json) => l.villageName === '乙村').matter).toBeNull();
    expect(res.body.scheme.fingerprint).not.toBeNull();
    expect((await county.post(`${B}/${schemeId}/award`)).status).toBe(409);
  });
});
