import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestServer, type TestServer } from '../../testing/testServer.ts';
import { describeDatabase } from '../../testing/testDatabase.ts';
import type { FixtureRole } from '../../testing/fixtures.ts';

/**
 * The village's frame (issue 9 item 21): every page under a village draws its name and menu from
 * it, so it carries the village and the reader's roles and abilities — the same as the whole
 * village's answer — and nothing of the bodies, their members or the village's figures.
 */
describe(`GET /api/villages/:villageId/frame (${describeDatabase()})`, () => {
  let server: TestServer;
  let base: string;
  beforeAll(async () => {
    server = await startTestServer();
    base = `/api/villages/${server.fixture.villageA.id}`;
  });
  afterAll(async () => {
    await server.close();
  });

  const readers: FixtureRole[] = ['villager', 'committeeChair', 'townOfficial', 'countyOfficial'];

  it.each(readers)('gives %s the whole answer’s village, roles and abilities', async (role) => {
    const client = await server.as(role);
    const frame = await client.get(`${base}/frame`);
    const whole = await client.get(base);
    expect(frame.status).toBe(200);
    expect(whole.status).toBe(200);
    expect(Object.keys(frame.body).sort()).toEqual(['abilities', 'roles', 'village']);
    expect(frame.body).toEqual({
      village: whole.body.village,
      roles: whole.body.roles,
      abilities: whole.body.abilities,
    });
  });

  it('names no member of the bodies and no figure of the village', async () => {
    const villager = await server.as('villager');
    const frame = await villager.get(`${base}/frame`);
    const whole = await villager.get(base);
    const text = JSON.stringify(frame.body);
    const members = (whole.body.bodies as Array<{ members: Array<{ name: string }> }>).flatMap(
      (b) => b.members.map((m) => m.name),
    );
    expect(members.length).toBeGreaterThan(0);
    for (const name of members) expect(text).not.toContain(name);
    expect(text).not.toContain('stats');
    expect(frame.body.village.name).toBe(whole.body.village.name);
    // a villager reads the village; the register is not theirs
    expect(frame.body.roles).toEqual(['villager']);
    expect(frame.body.abilities.readRegistry).toBe(false);
  });

  it('is refused to another village’s villager and to a reader signed out', async () => {
    const outsider = await server.as('otherVillageVillager');
    expect((await outsider.get(`${base}/frame`)).status).toBe(403);
    expect((await server.anonymous().get(`${base}/frame`)).status).toBe(401);
  });
});
