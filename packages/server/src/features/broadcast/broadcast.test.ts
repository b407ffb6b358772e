import { spawnSync } from 'node:child_process';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestServer, type TestServer } from '../../testing/testServer.ts';
import { describeDatabase } from '../../testing/testDatabase.ts';

/** Whether this machine has espeak-ng (scripts/ensure-system-deps.sh installs it for CI). */
const hasEspeak = spawnSync('espeak-ng', ['--version']).status === 0;

const NOTICE = {
  kind: 'villageAffairs',
  title: '关于村道硬化工程预算的公示',
  body: '2026年11月20日下午3:30村民代表会议表决，到会代表45人中同意38人（84.4%），通过村道硬化工程预算¥450,000.00。\n有疑问请联系13905711234。',
  publishedOn: '2026-11-21',
};

const publish = async (server: TestServer) => {
  const base = `/api/villages/${server.fixture.villageA.id}`;
  const res = await (await server.as('committeeChair')).post(`${base}/disclosure/notices`, NOTICE);
  expect(res.status, JSON.stringify(res.body)).toBe(201);
  return `${base}/notices/${res.body.notice.id as string}`;
};

/** A public notice's address on the portal (no account): /p/<village code>/n/<notice id>. */
const portalPath = async (server: TestServer, notice: string) => {
  const [village] = await server.db.query<{ code: string }>(
    'SELECT code FROM village WHERE id = $1',
    [server.fixture.villageA.id],
  );
  return `/p/${village!.code}/n/${notice.split('/').at(-1)!}`;
};
const utf8 = (body: unknown) =>
  Buffer.isBuffer(body) ? body.toString('utf8') : JSON.stringify(body);

/** 广播稿 (issue 16 item 4): a published notice as a loudspeaker script, and as audio. */
describe(`broadcast (${describeDatabase()})`, () => {
  let server: TestServer;
  let notice: string;

  beforeAll(async () => {
    server = await startTestServer();
    notice = await publish(server);
  });
  afterAll(async () => {
    await server.close();
  });

  it('reads the notice aloud: ¥450,000.00 is 四十五万元, the date 二〇二六年…, twice between an opening and a closing', async () => {
    const res = await (await server.as('villager')).get(`${notice}/broadcast`);
    expect(res.status, JSON.stringify(res.body)).toBe(200);
    const { script, issuer, notice: head, audio } = res.body;
    expect(head).toMatchObject({ title: NOTICE.title, kindName: { zh: '村务公开' } });
    expect(issuer.zh).toMatch(/村民委员会$/);
    const body = script.parts.find((p: { part: string }) => p.part === 'notice').lines;
    expect(body).toEqual([
      '关于村道硬化工程预算的公示',
      '二〇二六年十一月二十日下午三点半村民代表会议表决，到会代表四十五人中同意三十八人，百分之八十四点四，通过村道硬化工程预算四十五万元。',
      '有疑问请联系幺三九〇五七幺幺二三四。',
    ]);
    expect(script.text).toMatch(/^村民们请注意，村民们请注意！\n现在播送.+村民委员会的村务公开。/);
    expect(script.text.split('下面再播送一遍。')).toHaveLength(2);
    expect(script.text).toContain('二〇二六年十一月二十一日发布的村务公开');
    expect(script.text).not.toMatch(/[0-9¥%]/);
    expect(res.body.scriptSha256).toMatch(/^[0-9a-f]{64}$/);
    expect(audio).toEqual({
      available: hasEspeak,
      engine: hasEspeak ? 'espeak-ng' : null,
      reason: hasEspeak ? null : 'noEngine',
    });
  });

  it.runIf(hasEspeak)(
    'answers a RIFF/WAVE file with a Chinese file name, made once and kept',
    async () => {
      const client = await server.as('townOfficial');
      const first = await client.get(`${notice}/broadcast/audio`);
      expect(first.status, String(first.body)).toBe(200);
      expect(first.headers.get('content-type')).toBe('audio/wav');
      expect(first.headers.get('content-disposition')).toContain(
        `filename*=UTF-8''${encodeURIComponent('广播稿_')}`,
      );
      const wav = first.body as Buffer;
      expect(wav.subarray(0, 4).toString('latin1')).toBe('RIFF');
      expect(wav.subarray(8, 12).toString('latin1')).toBe('WAVE');
      // the notice read twice is many seconds of 16-bit audio, not an empty header
      expect(wav.length).toBeGreaterThan(100_000);
      const again = await client.get(`${notice}/broadcast/audio`);
      expect(Buffer.compare(again.body as Buffer, wav)).toBe(0);
    },
    120_000,
  );

  it.runIf(hasEspeak)(
    'offers the audio on the public notice page: the WAV downloads without an account',
    async () => {
      const page = await portalPath(server, notice);
      const html = utf8((await server.anonymous().get(page)).body);
      expect(html).toContain(`href="${page}/broadcast.wav"`);
      const wav = await server.anonymous().get(`${page}/broadcast.wav`);
      expect(wav.status).toBe(200);
      expect(wav.headers.get('content-type')).toBe('audio/wav');
      expect((wav.body as Buffer).subarray(8, 12).toString('latin1')).toBe('WAVE');
    },
    120_000,
  );

  it.runIf(hasEspeak)(
    'makes no audio of a notice too long to broadcast whole (a month’s ledger line by line), and says why',
    async () => {
      const base = `/api/villages/${server.fixture.villageA.id}`;
      const line = '2026年11月9日 第2026-11-040号 十一月第一居民小组保洁工资 ¥2,700.00';
      const published = await (
        await server.as('committeeChair')
      ).post(`${base}/disclosure/notices`, {
        ...NOTICE,
        title: '2026年11月村务收支明细',
        body: Array.from({ length: 30 }, () => line).join('\n'),
      });
      expect(published.status, JSON.stringify(published.body)).toBe(201);
      const long = `${base}/notices/${published.body.notice.id as string}`;
      const client = await server.as('villager');
      const script = await client.get(`${long}/broadcast`);
      expect(script.body.audio).toEqual({
        available: false,
        engine: 'espeak-ng',
        reason: 'tooLong',
      });
      const audio = await client.get(`${long}/broadcast/audio`);
      expect(audio.status).toBe(409);
      expect(audio.body.error.id).toBe('broadcast_too_long');
      expect(audio.body.error.message).toContain('请按广播稿摘要朗读');
    },
  );

  it('is the notice’s readers’ only: another village’s villager and another town are refused, a missing notice is 404', async () => {
    expect(
      (await (await server.as('otherVillageVillager')).get(`${notice}/broadcast`)).status,
    ).toBe(403);
    expect(
      (await (await server.as('otherTownOfficial')).get(`${notice}/broadcast/audio`)).status,
    ).toBe(403);
    const missing = await (
      await server.as('villager')
    ).get(
      `/api/villages/${server.fixture.villageA.id}/notices/00000000-0000-4000-8000-000000000000/broadcast`,
    );
    expect(missing.status).toBe(404);
    expect(missing.body.error.id).toBe('not_found');
  });
});

describe(`broadcast without a TTS engine (${describeDatabase()})`, () => {
  let server: TestServer;
  let notice: string;

  beforeAll(async () => {
    server = await startTestServer({ TTS: 'off' });
    notice = await publish(server);
  });
  afterAll(async () => {
    await server.close();
  });

  it('gives the script, says there is no audio, and answers the audio with a clear zh-CN error', async () => {
    const client = await server.as('villager');
    const script = await client.get(`${notice}/broadcast`);
    expect(script.status).toBe(200);
    expect(script.body.audio).toEqual({ available: false, engine: null, reason: 'noEngine' });
    expect(script.body.script.text).toContain('四十五万元');
    const audio = await client.get(`${notice}/broadcast/audio`);
    expect(audio.status).toBe(409);
    expect(audio.body.error.id).toBe('broadcast_no_audio');
    expect(audio.body.error.message).toContain('请按广播稿朗读');
  });

  it('offers the script on the public notice page and as text without an account; no audio: said, and the WAV is 404', async () => {
    const page = await portalPath(server, notice);
    const anonymous = server.anonymous();
    const html = await anonymous.get(page);
    expect(html.status).toBe(200);
    const body = utf8(html.body);
    expect(body).toContain('<section id="broadcast"><h2>广播稿</h2>');
    expect(body).toContain('通过村道硬化工程预算四十五万元');
    expect(body).toContain(`href="${page}/broadcast.txt"`);
    expect(body).not.toContain(`${page}/broadcast.wav`);
    expect(body).toContain('本站未安装语音合成');
    const txt = await anonymous.get(`${page}/broadcast.txt`);
    expect(txt.status).toBe(200);
    expect(txt.headers.get('content-type')).toBe('text/plain; charset=utf-8');
    expect(txt.headers.get('content-disposition')).toContain(
      `filename*=UTF-8''${encodeURIComponent('广播稿_')}`,
    );
    expect(utf8(txt.body)).toMatch(/^村民们请注意，村民们请注意！\n/);
    expect((await anonymous.get(`${page}/broadcast.wav`)).status).toBe(404);
    // a notice the portal does not show has no script there
    const missing = page.replace(/[^/]+$/, '00000000-0000-4000-8000-000000000000');
    expect((await anonymous.get(`${missing}/broadcast.txt`)).status).toBe(404);
    expect((await anonymous.get(`${page.replace(/[^/]+$/, 'x')}/broadcast.txt`)).status).toBe(404);
  });
});
