import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestServer, type TestServer } from '../../testing/testServer.ts';
import { describeDatabase } from '../../testing/testDatabase.ts';
import { AUDIT_ACTIONS } from './actions.ts';

/** The audit log as people read it: what was done, to what (by title, with its page), and when. */
describe(`the audit log (${describeDatabase()})`, () => {
  let server: TestServer;
  let base: string;
  beforeAll(async () => {
    server = await startTestServer();
    base = `/api/villages/${server.fixture.villageA.id}`;
  });
  afterAll(async () => {
    await server.close();
  });

  const TITLE = '2026年第四季度村民代表会议（审计）';

  it('names the act in Chinese and the meeting by its title, with its page and the true time', async () => {
    server.clock.set(new Date('2026-11-21T06:47:13Z')); // 14:47:13 in Beijing
    const chair = await server.as('committeeChair');
    const created = await chair.post(`${base}/meetings`, {
      kind: 'representativesMeeting',
      title: TITLE,
      meetingOn: '2026-11-21',
      startsAt: '19:30',
      place: '村委会会议室',
      noticeOn: '2026-11-21',
      agenda: '一、审议村道硬化方案',
    });
    expect(created.status, JSON.stringify(created.body)).toBe(201);
    const meetingId = created.body.meeting.id as string;

    const log = await chair.get(`${base}/audit?limit=20`);
    expect(log.status).toBe(200);
    const convened = log.body.items.find(
      (e: { action: string; targetId: string }) =>
        e.action === 'meeting.convened' && e.targetId === meetingId,
    );
    expect(convened).toMatchObject({
      actionName: '召集会议',
      targetType: 'meeting',
      targetTitle: TITLE,
      targetPage: { kind: 'meeting', id: meetingId },
      occurredAt: '2026-11-21T06:47:13.000Z',
    });
    expect(convened.actorName).toBeTruthy();

    const english = await chair.get(`${base}/audit?limit=20&lang=en`);
    expect(
      english.body.items.find((e: { targetId: string }) => e.targetId === meetingId).actionName,
    ).toBe('Meeting convened');
  });

  it('names a person by name and a household by its number, linking to their pages', async () => {
    const chair = await server.as('committeeChair');
    const personId = server.fixture.villageA.personIds[0]!;
    const person = await chair.get(`${base}/persons/${personId}`);
    expect(person.status).toBe(200);
    const changed = await chair.patch(`${base}/persons/${personId}`, {
      version: person.body.person.version,
      phone: '13912345678',
    });
    expect(changed.status, JSON.stringify(changed.body)).toBe(200);
    const log = await chair.get(`${base}/audit?limit=5`);
    const updated = log.body.items.find(
      (e: { action: string; targetId: string }) =>
        e.action === 'person.updated' && e.targetId === personId,
    );
    expect(updated).toMatchObject({
      actionName: '修改人员信息',
      targetTitle: person.body.person.name,
      targetPage: { kind: 'person', id: personId },
    });
  });

  it('has a name for every act of the fixture village, and for every act the commands record', async () => {
    const chair = await server.as('committeeChair');
    const log = await chair.get(`${base}/audit?limit=200`);
    for (const e of log.body.items as Array<{ action: string; actionName: string }>)
      expect(e.actionName, e.action).not.toBe(e.action);
    for (const [action, name] of Object.entries(AUDIT_ACTIONS)) {
      expect(name.zh, action).toMatch(/\p{Script=Han}/u);
      expect(name.en, action).toMatch(/^[A-Z]/);
    }
  });

  it('has a name for every act a command records (a new act without one fails here)', () => {
    const src = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
    const recorded = new Set<string>();
    for (const file of readdirSync(src, { recursive: true, encoding: 'utf8' })) {
      if (!file.endsWith('.ts') || file.endsWith('.test.ts') || file.startsWith('testing'))
        continue;
      const text = readFileSync(path.join(src, file), 'utf8');
      if (!/recordEvent\(|appendAuditEvent\(/.test(text)) continue;
      for (const m of text.matchAll(/'([a-z][a-zA-Z]+\.[a-z][a-zA-Z]+)'/g)) recorded.add(m[1]!);
    }
    expect(recorded.size).toBeGreaterThan(30);
    expect([...recorded].filter((a) => !AUDIT_ACTIONS[a])).toEqual([]);
  });

  it('leaves an object without a page unlinked, and a vanished one untitled', async () => {
    const chair = await server.as('committeeChair');
    const log = await chair.get(`${base}/audit?limit=200`);
    for (const e of log.body.items as Array<{ targetType: string; targetPage: unknown }>)
      if (e.targetType === 'account' || e.targetType === 'village') expect(e.targetPage).toBeNull();
  });
});
