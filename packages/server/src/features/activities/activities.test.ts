import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { resolutionOf } from '../../testing/resolutions.ts';
import { describeDatabase } from '../../testing/testDatabase.ts';
import { startTestServer, type HttpClient, type TestServer } from '../../testing/testServer.ts';

/**
 * 一领四微 through the HTTP API: the register (a venue run by an organisation; a name once per
 * kind), an activity with its venue and organiser, a quarter's 最美庭院 selection — an
 * organisation's and a villager's nominations (not one's own household), the representatives'
 * vote at their meeting (quorum, majority, quota), the two committees' review (a strike needs a
 * reason) — published on the 百家明星 honours roll.
 */
describe(`micro-activities and selections (${describeDatabase()})`, () => {
  let server: TestServer;
  let base: string;
  let cadre: HttpClient;
  let villager: HttpClient;
  let orgId: string;
  let venueId: string;
  let selectionId: string;

  beforeAll(async () => {
    server = await startTestServer();
    base = `/api/villages/${server.fixture.villageA.id}`;
    cadre = await server.as('partySecretary');
    villager = await server.as('villager');
  });
  afterAll(async () => {
    await server.close();
  });

  it('keeps the register: an organisation, the venue it runs; a name once per kind', async () => {
    const org = await cadre.post(`${base}/activities/units`, {
      kind: 'organization',
      name: '老年协会',
      leaderPersonId: server.fixture.villageA.personIds[0],
    });
    expect(org.status).toBe(201);
    orgId = org.body.unit.id;
    const venue = await cadre.post(`${base}/activities/units`, {
      kind: 'venue',
      name: '邻里百家',
      place: '一组活动广场',
      organizationId: orgId,
    });
    expect(venue.body.unit).toMatchObject({ organizationName: '老年协会', active: true });
    venueId = venue.body.unit.id;
    const again = await cadre.post(`${base}/activities/units`, { kind: 'venue', name: '邻里百家' });
    expect(again.status).toBe(400);
    expect(again.body.error.fields[0]).toMatchObject({ field: 'name' });
    const wrongKind = await cadre.post(`${base}/activities/units`, {
      kind: 'service',
      name: '理发',
      organizationId: venueId,
    });
    expect(wrongKind.body.error.fields[0]).toMatchObject({ field: 'organizationId' });
    expect(
      (await villager.post(`${base}/activities/units`, { kind: 'venue', name: 'x' })).status,
    ).toBe(403);
  });

  it('logs an activity held, not one in the future', async () => {
    const future = await cadre.post(`${base}/activities/log`, {
      title: '共唱一首歌',
      heldOn: '2026-12-30',
      participants: 40,
    });
    expect(future.status).toBe(400);
    const held = await cadre.post(`${base}/activities/log`, {
      title: '共唱一首歌、共吃一顿饭',
      heldOn: '2026-11-20',
      venueId,
      organizerId: orgId,
      participants: 42,
    });
    expect(held.status).toBe(201);
    expect(held.body.activity).toMatchObject({
      venueName: '邻里百家',
      organizerName: '老年协会',
      photos: 0,
    });
    const page = await villager.get(`${base}/activities`);
    expect(page.body.activities).toHaveLength(1);
  });

  it('opens a quarter once, not one yet to come', async () => {
    const open = (quarter: number) =>
      cadre.post(`${base}/selections`, { category: 'courtyard', year: 2026, quarter, quota: 1 });
    expect((await open(4)).status).toBe(201);
    // 2027 Q1 has not begun on 21 November 2026
    const next = await cadre.post(`${base}/selections`, {
      category: 'courtyard',
      year: 2027,
      quarter: 1,
      quota: 1,
    });
    expect(next.status).toBe(400);
    const twice = await open(4);
    expect(twice.status).toBe(409);
    const page = await cadre.get(`${base}/activities`);
    selectionId = page.body.selections[0].id;
  });

  it('takes nominations by an organisation and by a villager, never of their own household', async () => {
    const [h0, h1, h2] = server.fixture.villageA.householdIds;
    const url = `${base}/selections/${selectionId}/nominations`;
    const own = await villager.post(url, { householdId: h0, reason: '我家院子干净' });
    expect(own.status).toBe(422);
    expect(own.body.error.id).toBe('selection_self_nomination');
    const person = await villager.post(url, {
      personId: server.fixture.villageA.personIds[5],
      reason: 'x',
    });
    expect(person.status).toBe(400);
    expect((await villager.post(url, { householdId: h1, reason: '房前屋后种满花草' })).status).toBe(
      201,
    );
    const byOrg = await cadre.post(url, {
      householdId: h2,
      source: 'organization',
      byUnitId: orgId,
      reason: '庭院整洁，菜园有序',
    });
    expect(byOrg.status).toBe(201);
    expect(
      (
        await cadre.post(url, {
          householdId: h2,
          source: 'organization',
          byUnitId: orgId,
          reason: '再推',
        })
      ).status,
    ).toBe(409);
    expect(
      byOrg.body.selection.nominations
        .map((n: { nominatedByName: string }) => n.nominatedByName)
        .sort(),
    ).toEqual(['李秀英', '老年协会'].sort());
  });

  it('the representatives vote at their meeting: quorum, then the quota of the majority', async () => {
    const meeting = await resolutionOf(
      server,
      'representativesMeeting',
      '2026-11-20',
      '第四季度评选',
    );
    const sel = (await cadre.get(`${base}/activities`)).body.selections[0];
    const [a, b] = sel.nominations.map((n: { id: string }) => n.id);
    const url = `${base}/selections/${selectionId}/vote`;
    // the fixture seats one representative: all of them present is quorate
    const missing = await cadre.post(url, {
      meetingId: meeting.meetingId,
      present: 1,
      votes: [{ nominationId: a, yes: 1 }],
    });
    expect(missing.status).toBe(400);
    const none = await cadre.post(url, {
      meetingId: meeting.meetingId,
      present: 0,
      votes: [
        { nominationId: a, yes: 0 },
        { nominationId: b, yes: 0 },
      ],
    });
    expect(none.body.error.id).toBe('selection_no_quorum');
    const voted = await cadre.post(url, {
      meetingId: meeting.meetingId,
      present: 1,
      votes: [
        { nominationId: a, yes: 1 },
        { nominationId: b, yes: 0 },
      ],
    });
    expect(voted.status).toBe(200);
    expect(voted.body.selection).toMatchObject({
      state: 'voted',
      members: 1,
      present: 1,
      votedOn: '2026-11-20',
    });
    const outcomes = Object.fromEntries(
      voted.body.selection.nominations.map((n: { id: string; outcome: string }) => [
        n.id,
        n.outcome,
      ]),
    );
    expect(outcomes).toEqual({ [a]: 'elected', [b]: 'notElected' });
  });

  it('the two committees review (a strike needs its reason); published on the honours roll', async () => {
    const sel = (await cadre.get(`${base}/activities`)).body.selections[0];
    const winner = sel.nominations.find((n: { outcome: string }) => n.outcome === 'elected');
    const url = `${base}/selections/${selectionId}/review`;
    const joint = await resolutionOf(server, 'twoCommitteesJointMeeting', '2026-11-21', '复审');
    const confirm = [{ nominationId: winner.id, confirm: true }];
    // the review is the joint meeting's: the representatives' resolution is not, nor one before the vote
    const reps = await resolutionOf(server, 'representativesMeeting', '2026-11-21');
    const before = await resolutionOf(server, 'twoCommitteesJointMeeting', '2026-11-19');
    for (const r of [reps, before]) {
      const wrong = await cadre.post(url, { resolutionId: r.id, decisions: confirm });
      expect(wrong.body.error.fields[0]).toMatchObject({
        field: 'resolutionId',
        id: 'selection_review_resolution',
      });
    }
    const none = await cadre.post(url, { resolutionId: joint.id, decisions: [] });
    expect(none.body.error.id).toBe('selection_unreviewed');
    const noReason = await cadre.post(url, {
      resolutionId: joint.id,
      decisions: [{ nominationId: winner.id, confirm: false }],
    });
    expect(noReason.status).toBe(400);
    const early = await cadre.get(`${base}/selections/honours?year=2026`);
    expect(early.body.lines).toHaveLength(0);
    const reviewed = await cadre.post(url, { resolutionId: joint.id, decisions: confirm });
    expect(reviewed.body.selection).toMatchObject({ state: 'reviewed', reviewedOn: '2026-11-21' });
    expect(reviewed.body.selection.reviewResolutionLabel).toMatch(/^〔2026〕第\d+号$/);
    const published = await cadre.post(`${base}/selections/${selectionId}/publication`);
    expect(published.body.selection.state).toBe('published');
    const roll = await villager.get(`${base}/selections/honours?year=2026`);
    expect(roll.body.lines).toEqual([
      expect.objectContaining({
        quarter: 4,
        category: 'courtyard',
        nomineeName: winner.nomineeName,
      }),
    ]);
    expect(roll.body.fingerprint).not.toBeNull();
    expect((await cadre.post(`${base}/selections/${selectionId}/publication`)).status).toBe(409);
  });
});
