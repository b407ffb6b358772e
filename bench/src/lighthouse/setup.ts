import type { VillageRole } from '@cunzhi/core/policies/actor';
import { demoLogin, villageToday } from '../../../e2e/src/demo.ts';
import type { RunningServer } from '../../../e2e/src/server.ts';

/**
 * What the measured pages need on the demo install, made through the HTTP API
 * as the cadres and the villager would: the villager's session cookie, their
 * village, a notice the village published, and a villagers' assembly open for
 * check-in today (convened by the committee chair, its agenda approved by the
 * supervision committee's chair) — the page a villager opens from the QR code.
 */
export interface VillagerPages {
  villageId: string;
  /** The `cunzhi_session` cookie's value for the demo villager. */
  session: string;
  noticeId: string;
  meetingId: string;
}

const SESSION_COOKIE = 'cunzhi_session';

/** Signs a demo account in; returns its session cookie's value. */
async function signIn(server: RunningServer, role: VillageRole): Promise<string> {
  const login = demoLogin(server, role);
  const response = await fetch(`${server.baseURL}/api/auth/sign-in`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ phone: login.phone, password: login.password }),
  });
  if (!response.ok)
    throw new Error(
      `sign-in as ${role} (${login.phone}): ${response.status} ${await response.text()}`,
    );
  const cookie = response.headers.getSetCookie().find((c) => c.startsWith(`${SESSION_COOKIE}=`));
  if (!cookie) throw new Error(`sign-in as ${role}: no ${SESSION_COOKIE} cookie`);
  return cookie.slice(SESSION_COOKIE.length + 1).split(';', 1)[0]!;
}

/** One API call with a session; the answer's JSON, or an error naming the call. */
async function call<T>(
  server: RunningServer,
  session: string,
  method: 'GET' | 'POST',
  url: string,
  body?: unknown,
): Promise<T> {
  const response = await fetch(`${server.baseURL}${url}`, {
    method,
    headers: {
      cookie: `${SESSION_COOKIE}=${session}`,
      ...(body === undefined ? {} : { 'content-type': 'application/json' }),
    },
    ...(body === undefined ? {} : { body: JSON.stringify(body) }),
  });
  const text = await response.text();
  if (!response.ok) throw new Error(`${method} ${url}: ${response.status} ${text}`);
  return JSON.parse(text) as T;
}

export async function prepareVillagerPages(server: RunningServer): Promise<VillagerPages> {
  const session = await signIn(server, 'villager');
  const me = await call<{ home: { villageId: string } | null }>(server, session, 'GET', '/api/me');
  if (!me.home) throw new Error('the demo villager has no home village');
  const { villageId } = me.home;
  const v = `/api/villages/${villageId}`;

  const notices = await call<{ items: Array<{ id: string }> }>(
    server,
    session,
    'GET',
    `${v}/notices`,
  );
  const noticeId = notices.items[0]?.id;
  if (!noticeId) throw new Error('the demo village has published no notice');

  // a villagers' assembly today, its notice posted 12 days ago (the law asks 10)
  const chair = await signIn(server, 'committeeChair');
  const supervisor = await signIn(server, 'supervisionChair');
  const today = villageToday();
  const posted = new Date(Date.parse(`${today}T00:00:00Z`) - 12 * 86_400_000)
    .toISOString()
    .slice(0, 10);
  const convened = await call<{ meeting: { id: string } }>(server, chair, 'POST', `${v}/meetings`, {
    kind: 'villagersAssembly',
    title: '村民会议：审议村道硬化方案',
    meetingOn: today,
    startsAt: '19:30',
    place: '村文化礼堂',
    noticeOn: posted,
    agenda: '一、审议村道硬化方案',
  });
  const meetingId = convened.meeting.id;
  // the supervision committee approves the agenda at a sitting, every member voting yes
  const { members } = await call<{ members: Array<{ personId: string }> }>(
    server,
    supervisor,
    'GET',
    `${v}/supervision`,
  );
  const present = members.map((m) => m.personId);
  await call(server, supervisor, 'POST', `${v}/supervision/motions`, {
    proposal: { kind: 'agendaReview', meetingId, outcome: 'approved', note: '' },
    sitting: {
      mode: 'inPerson',
      attendance: present,
      votes: present.map((personId) => ({ personId, choice: 'yes' })),
    },
  });
  await call(server, chair, 'POST', `${v}/meetings/${meetingId}/open`, {});
  return { villageId, session, noticeId, meetingId };
}
