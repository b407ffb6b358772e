import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { isStorableText, unstorableText } from '@cunzhi/contract/common';
import { startTestServer, type TestServer } from '../../testing/testServer.ts';
import { describeDatabase } from '../../testing/testDatabase.ts';

/**
 * A NUL byte or an unpaired surrogate in any text of any request is refused
 * by the contract with a field error (PostgreSQL cannot store either in text
 * or jsonb), before a route's own checks and before anything is written.
 */
describe(`text the database cannot store is refused with a field error (${describeDatabase()})`, () => {
  let server: TestServer;
  let v: string;
  beforeAll(async () => {
    server = await startTestServer();
    v = `/api/villages/${server.fixture.villageA.id}`;
  });
  afterAll(async () => {
    await server.close();
  });

  const events = async () =>
    Number(
      (await server.db.query<{ n: string }>('SELECT count(*) AS n FROM audit_event'))[0]?.n ?? 0,
    );

  it('a NUL in a new household head’s name: 400 naming 姓名, nothing written', async () => {
    const chair = await server.as('committeeChair');
    const before = await events();
    const res = await chair.post(`${v}/households`, {
      number: 'NUL-1',
      villagerGroupId: server.fixture.villageA.groupIds[0],
      address: '幸福路1号',
      head: {
        name: '王\u0000建国',
        gender: 'male',
        birthDate: '1980-01-01',
        relationToHead: 'head',
        residenceStatus: 'resident',
        partyMember: false,
      },
    });
    expect(res.status).toBe(400);
    expect(res.body.error.id).toBe('validation_failed');
    expect(res.body.error.fields).toEqual([
      {
        field: 'head.name',
        id: 'text_unstorable',
        message: '姓名：含有无法保存的字符（空字符或不成对的代理字符），请删去后重新输入',
        reason: '含有无法保存的字符（空字符或不成对的代理字符），请删去后重新输入',
      },
    ]);
    expect(await events()).toBe(before);
  });

  it('an unpaired surrogate in an address edit, in English', async () => {
    const chair = await server.as('committeeChair');
    const household = `${v}/households/${server.fixture.villageA.householdIds[0]}`;
    const current = await chair.get(household);
    const res = await chair.request(
      'PATCH',
      household,
      { version: current.body.household.version, address: '幸福路\uD83D号' },
      { 'accept-language': 'en' },
    );
    expect(res.status).toBe(400);
    expect(res.body.error.fields[0]).toMatchObject({
      field: 'address',
      id: 'text_unstorable',
      message: expect.stringMatching(/^Address: contains characters that cannot be stored/),
    });
  });

  it('in a matter’s title, a meeting’s agenda, a sign-in phone and a charter clause’s key', async () => {
    const chair = await server.as('committeeChair');
    const cases: Array<[string, string, unknown, string]> = [
      ['POST', `${v}/matters`, { title: '\uDC00村道', category: 'publicWelfareProject' }, 'title'],
      [
        'POST',
        `${v}/meetings`,
        {
          kind: 'representativesMeeting',
          title: '村民代表会议',
          meetingOn: '2026-11-21',
          startsAt: '09:00',
          place: '村委会',
          noticeOn: '2026-11-21',
          agenda: '一、\u0000',
        },
        'agenda',
      ],
      [
        'PUT',
        `${v}/rules/overrides/VCOL-26-FREQ`,
        { params: { 'k\u0000': 1 }, adoptedOn: '2026-11-21' },
        'params.k\uFFFD',
      ],
    ];
    for (const [method, url, body, field] of cases) {
      const res = await chair.request(method, url, body);
      expect(res.status, url).toBe(400);
      expect(res.body.error.fields, url).toContainEqual(
        expect.objectContaining({ field, id: 'text_unstorable' }),
      );
    }
    const anonymous = await server.anonymous().post('/api/auth/sign-in', {
      phone: '139\u00001000001',
      password: 'test1234',
    });
    expect(anonymous.status).toBe(400);
    expect(anonymous.body.error.fields[0]).toMatchObject({ field: 'phone', id: 'text_unstorable' });
  });

  it('the contract’s rule: paired surrogates (emoji) are text, lone halves and NUL are not', () => {
    expect(isStorableText('王建国 😀 \t\n')).toBe(true);
    expect(isStorableText('\u0000')).toBe(false);
    expect(isStorableText('\uD83D')).toBe(false);
    expect(isStorableText('a\uDE00')).toBe(false);
    expect(isStorableText('\uDE00\uD83D')).toBe(false);
    expect(unstorableText({ a: ['ok', 'x\u0000'], b: { c: '\uD800' } })).toEqual([
      { field: 'a.1', error: 'text_unstorable' },
      { field: 'b.c', error: 'text_unstorable' },
    ]);
  });
});
