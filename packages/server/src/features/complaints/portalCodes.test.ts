import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { describeDatabase } from '../../testing/testDatabase.ts';
import { startTestServer, type TestServer } from '../../testing/testServer.ts';

/**
 * A named complaint on the public portal: the one-time code of the portal's questions, texted
 * to the number the register has for the name, records the complaint in the villager's name;
 * a wrong code is asked for again; an unknown number gets the same page and no text.
 */
describe(`complaints on the portal by one-time code (${describeDatabase()})`, () => {
  let server: TestServer;
  let gateway: Server;
  const texts: Array<{ phone: string; text: string }> = [];
  let path: string;

  beforeAll(async () => {
    gateway = createServer((req, res) => {
      let raw = '';
      req.on('data', (chunk: Buffer) => (raw += chunk.toString()));
      req.on('end', () => {
        texts.push(JSON.parse(raw) as { phone: string; text: string });
        res.writeHead(200, { 'content-type': 'application/json' }).end('{}');
      });
    });
    await new Promise<void>((resolve) => gateway.listen(0, '127.0.0.1', resolve));
    const { port } = gateway.address() as AddressInfo;
    server = await startTestServer({ SMS_GATEWAY_URL: `http://127.0.0.1:${port}/sms` });
    const A = server.fixture.villageA;
    await server.db.query(
      `UPDATE person SET phone = '13700001111' WHERE village_id = $1 AND id = $2`,
      [A.id, A.personIds[1]],
    );
    path = `/p/${A.id}/complaints`;
  });
  afterAll(async () => {
    await server.close();
    await new Promise<void>((resolve) => gateway.close(() => resolve()));
  });

  async function submit(to: string, fields: Record<string, string>) {
    const res = await fetch(`${server.baseUrl}${to}`, {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      body: new URLSearchParams(fields).toString(),
    });
    return { status: res.status, html: await res.text() };
  }
  const complaint = { subject: '低保名单不公开', body: '今年的低保名单没有张贴公示。' };
  const codeIdOf = (html: string) => /name="codeId" value="([0-9a-f-]{36})"/.exec(html)![1]!;
  async function textFor(phone: string) {
    for (let waited = 0; waited < 5000; waited += 20) {
      const t = texts.find((m) => m.phone === phone);
      if (t) return t;
      await new Promise((r) => setTimeout(r, 20));
    }
    throw new Error('no text');
  }

  it('records the complaint in the registered villager’s name once the code is given', async () => {
    const step1 = await submit(path, {
      ...complaint,
      who: 'named',
      name: '李秀英',
      phone: '137 0000 1111',
    });
    expect(step1.status).toBe(200);
    const codeId = codeIdOf(step1.html);
    const code = /(\d{6})/.exec((await textFor('13700001111')).text)![1]!;
    const wrong = String((Number(code) + 1) % 1_000_000).padStart(6, '0');
    const again = await submit(`${path}/code`, { ...complaint, codeId, code: wrong });
    expect(again.status).toBe(400);
    expect(again.html).toContain('name="codeId"');
    const done = await submit(`${path}/code`, { ...complaint, codeId, code });
    expect(done.status).toBe(200);
    expect(done.html).toMatch(/[2-9A-Z]{4}-[2-9A-Z]{4}-[2-9A-Z]{4}/);
    const [row] = await server.db.query<{
      channel: string;
      anonymous: boolean;
      complainant_person_id: string;
    }>(`SELECT channel, anonymous, complainant_person_id FROM complaint WHERE subject = $1`, [
      complaint.subject,
    ]);
    expect(row).toEqual({
      channel: 'portal',
      anonymous: false,
      complainant_person_id: server.fixture.villageA.personIds[1],
    });
    // the code is spent
    expect((await submit(`${path}/code`, { ...complaint, codeId, code })).status).toBe(409);
    // and the villager finds it among their own
    const villager = await server.as('villager');
    const mine = await villager.get(`/api/villages/${server.fixture.villageA.id}/my-complaints`);
    expect(mine.body.items.map((c: { subject: string }) => c.subject)).toContain(complaint.subject);
  });

  it('answers an unknown number with the same page and sends nothing', async () => {
    const before = texts.length;
    const step1 = await submit(path, {
      ...complaint,
      who: 'named',
      name: '无此人',
      phone: '13799998888',
    });
    expect(step1.status).toBe(200);
    expect(step1.html).toContain('name="codeId"');
    await new Promise((r) => setTimeout(r, 200));
    expect(texts.length).toBe(before);
  });
});
