import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestServer, type TestServer } from '../../testing/testServer.ts';
import { describeDatabase } from '../../testing/testDatabase.ts';

describe(`the village's grids (${describeDatabase()})`, () => {
  let server: TestServer;
  beforeAll(async () => {
    server = await startTestServer();
  });
  afterAll(async () => {
    await server.close();
  });

  it('are listed in their counted order: 第二 before 第十, 第十 before 第十一', async () => {
    const villageId = server.fixture.villageA.id;
    for (const name of ['第十一网格', '第二网格', '第十网格', '第三网格'])
      await server.db.query('INSERT INTO grid (village_id, id, name) VALUES ($1, $2, $3)', [
        villageId,
        randomUUID(),
        name,
      ]);
    const chair = await server.as('committeeChair');
    const { status, body } = await chair.get(`/api/villages/${villageId}/grids`);
    expect(status).toBe(200);
    const names = (body.items as Array<{ name: string }>)
      .map((g) => g.name)
      .filter((n) => n.startsWith('第'));
    expect(names).toEqual(['第一网格', '第二网格', '第三网格', '第十网格', '第十一网格']);
  });
});
