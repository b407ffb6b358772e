import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { MeetingKind } from '@cunzhi/core/meetings/meetingKinds';
import { describeDatabase } from '../../testing/testDatabase.ts';
import { startTestServer, type HttpClient, type TestServer } from '../../testing/testServer.ts';

/**
 * The points scheme through the HTTP API, on the fixture's clock (Saturday 21 November 2026):
 * an unlawful item refused; nothing awarded before adoption; adoption by the wrong body refused,
 * by the representatives accepted; the checker's seat, self-check, kin and evidence rules; a cap
 * at n−1, n, n+1; a notice whose end is counted over the weekend; a contest on the phone, a late
 * one refused, the decision writing a reversal and a correction; the balance on each side of
 * every boundary; the ranking, points by item and the notice's sheet with its fingerprint.
 */
describe(`points scheme (${describeDatabase()})`, () => {
  let server: TestServer;
  let base: string;
  let chair: HttpClient; // 张桂兰, villagers' committee chair: drafts, proposes, publishes
  let supervisor: HttpClient; // 陈志明, supervision committee chair: the scheme's reviewer
  let villager: HttpClient; // 李秀英, of 王建国's household
  let schemeId: string;
  let items: Array<{ id: string; name: string }>;
  let household0: string;
  let household2: string;
  let seq = 0;

  const at = (iso: string) => server.clock.set(new Date(`${iso}T02:00:00Z`));

  async function resolution(kind: MeetingKind, adoptedOn: string): Promise<string> {
    const [meetingId, motionId, id] = [randomUUID(), randomUUID(), randomUUID()];
    const A = server.fixture.villageA.id;
    seq += 1;
    await server.db.transaction(async (tx) => {
      await tx.query(
        `INSERT INTO meeting (village_id, id, kind, title, meeting_on, notice_on, status, convened_by, check_in_code, profile_id, profile_version)
         VALUES ($1, $2, $3, '会议', $4, $4, 'closed', $5, 'ABC123', 'national', '2025-10-28')`,
        [A, meetingId, kind, adoptedOn, server.fixture.accounts.partySecretary.id],
      );
      await tx.query(
        `INSERT INTO motion (village_id, id, meeting_id, number, title, voting, status, yes, no, abstain, passed, closed_at)
         VALUES ($1, $2, $3, 1, '积分制管理办法', 'showOfHands', 'closed', 9, 0, 0, true, now())`,
        [A, motionId, meetingId],
      );
      await tx.query(
        `INSERT INTO resolution (village_id, id, year, number, meeting_id, motion_id, kind, title, adopted_on, decision, profile_id, profile_version)
         VALUES ($1, $2, 2026, $3, $4, $5, 'ordinary', '通过积分制管理办法', $6, '{}', 'national', '2025-10-28')`,
        [A, id, 300 + seq, meetingId, motionId, adoptedOn],
      );
    });
    return id;
  }

  const SCHEME = {
    title: '甲村积分制管理办法',
    partOfVillageRules: false,
    personRollsIntoHousehold: true,
    publicityDays: 5,
    publicityUnit: 'working',
    reviewerBody: 'villageAffairsSupervisionCommittee',
    contestBody: 'representativesMeeting',
    items: [
      {
        name: '参加志愿服务',
        points: 5,
        evidenceRequired: true,
        capPoints: 10,
        capPeriod: 'month',
        beneficiary: 'household',
      },
      { name: '乱倒垃圾', points: -2, evidenceRequired: false, beneficiary: 'household' },
      { name: '孝老爱亲', points: 10, evidenceRequired: false, beneficiary: 'person' },
    ],
  };

  const award = (itemId: string, householdId: string, extra: object = {}) =>
    chair.post(`${base}/points/awards`, {
      itemId,
      householdId,
      facts: '11月20日参加村道清扫',
      proposerRole: 'cadre',
      evidenceRecordKind: 'activity',
      evidenceRecordId: randomUUID(),
      ...extra,
    });

  beforeAll(async () => {
    server = await startTestServer();
    base = `/api/villages/${server.fixture.villageA.id}`;
    chair = await server.as('committeeChair');
    supervisor = await server.as('supervisionChair');
    villager = await server.as('villager');
    household0 = server.fixture.villageA.householdIds[0]!;
    household2 = server.fixture.villageA.householdIds[2]!;
  });
  afterAll(async () => {
    await server.close();
  });

  it('refuses an item that deducts points for petitioning, citing the Constitution in words', async () => {
    const res = await chair.post(`${base}/points/schemes`, {
      ...SCHEME,
      items: [{ name: '越级上访', points: -10, evidenceRequired: false, beneficiary: 'household' }],
    });
    expect(res.status).toBe(422);
    expect(res.body.error.message).toContain('《中华人民共和国宪法》第四十一条');
  });

  it('names the field of a cap given without its period', async () => {
    const res = await chair.post(`${base}/points/schemes`, {
      ...SCHEME,
      items: [{ ...SCHEME.items[0], capPeriod: null }],
    });
    expect(res.status).toBe(400);
    expect(res.body.error.fields[0]).toMatchObject({ field: 'items.0.capPeriod' });
  });

  it('drafts a version; nothing is awarded until it is adopted', async () => {
    const res = await chair.post(`${base}/points/schemes`, SCHEME);
    expect(res.status).toBe(201);
    expect(res.body.version).toBe(1);
    schemeId = res.body.id;
    const overview = await chair.get(`${base}/points`);
    items = overview.body.schemes[0].items;
    const early = await award(items[0]!.id, household0);
    expect(early.status).toBe(422);
    expect(early.body.error.message).toContain('没有经村民代表会议或村民会议表决通过');
    expect(early.body.error.message).toContain('《中华人民共和国村民委员会组织法》');
  });

  it('is adopted by the representatives, not by the two committees, and only once', async () => {
    const joint = await resolution('twoCommitteesJointMeeting', '2026-11-20');
    const wrong = await chair.post(`${base}/points/schemes/${schemeId}/adoption`, {
      resolutionId: joint,
    });
    expect(wrong.status).toBe(422);
    const reps = await resolution('representativesMeeting', '2026-11-20');
    const ok = await chair.post(`${base}/points/schemes/${schemeId}/adoption`, {
      resolutionId: reps,
    });
    expect(ok.status).toBe(200);
    expect(ok.body.scheme).toMatchObject({ inForce: true, effectiveFrom: '2026-11-20' });
    expect(ok.body.scheme.resolution).toMatch(/^〔2026〕第\d+号$/);
    const again = await chair.post(`${base}/points/schemes/${schemeId}/adoption`, {
      resolutionId: reps,
    });
    expect(again.status).toBe(409);
    // the same resolution cannot adopt a second version
    const next = await chair.post(`${base}/points/schemes`, { ...SCHEME, title: '第二版' });
    const reused = await chair.post(`${base}/points/schemes/${next.body.id}/adoption`, {
      resolutionId: reps,
    });
    expect(reused.status).toBe(400);
    expect(reused.body.error.fields[0]).toMatchObject({ field: 'resolutionId' });
  });

  let awardId: string;
  it('is checked only by a seated reviewer who did not propose it and is not kin', async () => {
    const proposed = await award(items[0]!.id, household0);
    expect(proposed.status).toBe(201);
    awardId = proposed.body.award.id;
    // the committee's chair proposed it and holds no seat on the supervision committee
    const self = await chair.post(`${base}/points/awards/${awardId}/check`, { action: 'check' });
    expect(self.status).toBe(422);
    expect(self.body.error.message).toContain('申报人不能审核自己申报的积分');
    const council = await server.as('councilMember');
    const unseated = await council.post(`${base}/points/awards/${awardId}/check`, {
      action: 'check',
    });
    expect(unseated.body.error.message).toContain('积分由村务监督委员会成员审核');
    // 陈志明's own household: he stands aside
    const own = await award(items[0]!.id, household2);
    const kin = await supervisor.post(`${base}/points/awards/${own.body.award.id}/check`, {
      action: 'check',
    });
    expect(kin.status).toBe(422);
    expect(kin.body.error.message).toContain('应当回避');
    const ok = await supervisor.post(`${base}/points/awards/${awardId}/check`, {
      action: 'check',
    });
    expect(ok.status).toBe(200);
    expect(ok.body.award).toMatchObject({ state: 'checked', checkerName: expect.any(String) });
  });

  it('asks for the evidence an item requires before it is checked', async () => {
    const bare = await chair.post(`${base}/points/awards`, {
      itemId: items[0]!.id,
      householdId: household0,
      facts: '参加植树',
      proposerRole: 'gridChief',
    });
    const res = await supervisor.post(`${base}/points/awards/${bare.body.award.id}/check`, {
      action: 'check',
    });
    expect(res.status).toBe(422);
    expect(res.body.error.message).toContain('须有证明材料');
    const returned = await supervisor.post(`${base}/points/awards/${bare.body.award.id}/check`, {
      action: 'return',
      reason: '请补充照片',
    });
    expect(returned.body.award).toMatchObject({ state: 'returned', returnReason: '请补充照片' });
  });

  it('takes a selection as evidence only when it is the household’s published honour', async () => {
    const res = await award(items[0]!.id, household0, {
      evidenceRecordKind: 'selectionNomination',
      evidenceRecordId: randomUUID(),
    });
    expect(res.status).toBe(400);
    expect(res.body.error.fields[0]).toMatchObject({ field: 'evidenceRecordId' });
    expect(res.body.error.fields[0].message).toContain('已公布的评选');
  });

  it('caps 参加志愿服务 at 10 a month: 5 + 5 passes, a third 5 does not', async () => {
    const second = await award(items[0]!.id, household0);
    expect(
      (
        await supervisor.post(`${base}/points/awards/${second.body.award.id}/check`, {
          action: 'check',
        })
      ).status,
    ).toBe(200);
    const third = await award(items[0]!.id, household0);
    const res = await supervisor.post(`${base}/points/awards/${third.body.award.id}/check`, {
      action: 'check',
    });
    expect(res.status).toBe(422);
    expect(res.body.error.message).toContain('每月最多10分');
  });

  it('publishes the checked awards for 5 working days and counts them after', async () => {
    const res = await chair.post(`${base}/points/notices`);
    expect(res.status).toBe(201);
    // posted Saturday 21 November: Monday 23 … Friday 27 November
    expect(res.body.notice).toMatchObject({
      number: '〔2026〕第1号',
      startsOn: '2026-11-21',
      endsOn: '2026-11-27',
      awards: 2,
    });
    const none = await chair.post(`${base}/points/notices`);
    expect(none.status).toBe(422);
    const ledger = (on: string) => chair.get(`${base}/points/households/${household0}?on=${on}`);
    expect((await ledger('2026-11-27')).body.balance).toBe(0);
    const after = await ledger('2026-11-28');
    expect(after.body.balance).toBe(10);
    expect(after.body.lines[0]).toMatchObject({
      kind: 'award',
      itemName: '参加志愿服务',
      schemeVersion: 1,
      status: 'counted',
      publicityStartsOn: '2026-11-21',
      publicityEndsOn: '2026-11-27',
    });
  });

  let contestId: string;
  it('takes a contest on the phone within the period, once, and refuses one after it', async () => {
    at('2026-11-25');
    const mine = await villager.get(`${base}/my-points`);
    expect(mine.status).toBe(200);
    expect(mine.body).toMatchObject({ balance: 0, contestBody: 'representativesMeeting' });
    const line = mine.body.lines.find((l: { awardId: string }) => l.awardId === awardId);
    expect(line).toMatchObject({ status: 'pending', contestable: true });
    // on paper, by someone of another household: refused; the day handed in may not be ahead
    const stranger = server.fixture.villageA.personIds[3]!;
    const paper = (body: object) => chair.post(`${base}/points/awards/${awardId}/contests`, body);
    const notParty = await paper({ lodgedByPersonId: stranger, grounds: '不服' });
    expect(notParty.status).toBe(422);
    expect(notParty.body.error.message).toContain('只有受益人本人或其户内成员');
    const ahead = await paper({
      lodgedByPersonId: server.fixture.villageA.personIds[0],
      grounds: '不服',
      lodgedOn: '2026-11-26',
    });
    expect(ahead.status).toBe(400);
    expect(ahead.body.error.fields[0]).toMatchObject({ field: 'lodgedOn' });
    const res = await villager.post(`${base}/my-points/awards/${awardId}/contest`, {
      grounds: '那天参加的是植树，不是清扫',
    });
    expect(res.status).toBe(201);
    const twice = await villager.post(`${base}/my-points/awards/${awardId}/contest`, {
      grounds: '再提一次',
    });
    expect(twice.status).toBe(409);
    at('2026-11-28');
    const other = (await chair.get(`${base}/points`)).body.awards.find(
      (a: { id: string; state: string }) => a.id !== awardId && a.state === 'inPublicity',
    );
    const late = await villager.post(`${base}/my-points/awards/${other.id}/contest`, {
      grounds: '晚了',
    });
    expect(late.status).toBe(422);
    expect(late.body.error.message).toContain('已过公示期');
    const overview = await chair.get(`${base}/points`);
    contestId = overview.body.awards.find((a: { id: string }) => a.id === awardId).contests[0].id;
    // the contested award waits: only the other one counts
    const held = await chair.get(`${base}/points/households/${household0}?on=2026-11-28`);
    expect(held.body.balance).toBe(5);
  });

  it('upheld: a reversing line and a corrected one, the old line kept', async () => {
    at('2026-11-30');
    const res = await chair.post(`${base}/points/contests/${contestId}/decision`, {
      outcome: 'upheld',
      reason: '经村民代表会议核实，当天参加的是植树，按3分计',
      correctedPoints: 3,
    });
    expect(res.status).toBe(200);
    expect(res.body.award.contests[0]).toMatchObject({ state: 'upheld', correctedPoints: 3 });
    const again = await chair.post(`${base}/points/contests/${contestId}/decision`, {
      outcome: 'dismissed',
      reason: '重复',
    });
    expect(again.status).toBe(409);
    const ledger = (on: string) => chair.get(`${base}/points/households/${household0}?on=${on}`);
    expect((await ledger('2026-11-29')).body.balance).toBe(5);
    const now = await ledger('2026-11-30');
    expect(now.body.balance).toBe(8);
    const kinds = now.body.lines
      .filter((l: { awardId: string }) => l.awardId === awardId)
      .map((l: { kind: string; points: number }) => [l.kind, l.points]);
    expect(kinds).toEqual(
      expect.arrayContaining([
        ['award', 5],
        ['reversal', -5],
        ['correction', 3],
      ]),
    );
  });

  it('ranks the households and sums points by item on a day', async () => {
    const res = await chair.get(`${base}/points/ranking?on=2026-11-30`);
    expect(res.status).toBe(200);
    expect(res.body.households[0]).toMatchObject({ householdId: household0, balance: 8 });
    expect(res.body.byItem).toEqual([{ itemName: '参加志愿服务', points: 8, awards: 2 }]);
  });

  it('prints the notice with its number, dates and audit fingerprint', async () => {
    const overview = await chair.get(`${base}/points`);
    const res = await chair.get(`${base}/points/notices/${overview.body.notices[0].id}`);
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({
      number: '〔2026〕第1号',
      countsFrom: '2026-11-28',
      contestBody: 'representativesMeeting',
      fingerprint: { seq: expect.any(Number) },
    });
    expect(res.body.rows).toHaveLength(2);
  });
});
