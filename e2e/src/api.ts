import { request, type APIRequestContext } from 'playwright-core';

/**
 * The server API (docs/api.md) for what a test does in bulk or sets up —
 * the clerk's entries from a paper sheet, opening accounts, the votes of many
 * phones — through a signed-in page's `page.request` (its cookies) or a
 * context of its own. Answers are typed only as far as the tests read them.
 */

export class ApiFailure extends Error {
  constructor(
    readonly status: number,
    readonly id: string,
    readonly ruleId: string | undefined,
    message: string,
  ) {
    super(message);
  }
}

export interface MemberView {
  personId: string;
  name: string;
  role: string;
}

export interface BodyView {
  id: string;
  kind: string;
  name: string;
  members: MemberView[];
}

export interface PersonView {
  id: string;
  name: string;
  householdNumber: string;
  phone: string | null;
  partyMember: boolean;
}

export interface MotionView {
  id: string;
  number: number;
  title: string;
  voting: 'showOfHands' | 'electronic' | 'secret';
  status: 'draft' | 'open' | 'closed';
  matterId: string | null;
  ballots: number;
  tally: { yes: number; no: number; abstain: number } | null;
  passed: boolean | null;
}

export interface MeetingDetail {
  meeting: {
    id: string;
    kind: string;
    title: string;
    status: 'planned' | 'open' | 'closed' | 'cancelled';
    checkInCode: string | null;
  };
  presence: { members: number; present: number; representatives?: number };
  quorum: { met: boolean; missing: number; ruleId: string };
  attendance: { personId: string; method: 'qr' | 'clerk' }[];
  motions: MotionView[];
}

async function call<T>(
  req: APIRequestContext,
  method: 'GET' | 'POST' | 'PUT' | 'DELETE',
  path: string,
  body?: unknown,
): Promise<T> {
  const response = await req.fetch(path, {
    method,
    ...(body === undefined ? {} : { data: body }),
    // a paper sheet of a cooperative's thousands of members is one request: more than the 15 s default
    timeout: 120_000,
  });
  const text = await response.text();
  const json: unknown = text ? JSON.parse(text) : null;
  if (!response.ok()) {
    const error = (json as { error?: { id?: string; message?: string; ruleId?: string } } | null)
      ?.error;
    throw new ApiFailure(
      response.status(),
      error?.id ?? 'unknown',
      error?.ruleId,
      `${method} ${path} → ${response.status()} ${error?.id ?? ''}: ${error?.message ?? text}`,
    );
  }
  return json as T;
}

/** Runs `task` over `items`, a few at a time (the server runs on two cores in CI). */
export async function inBatches<T, R>(
  items: readonly T[],
  task: (item: T, index: number) => Promise<R>,
  concurrency = 4,
): Promise<R[]> {
  const results: R[] = new Array<R>(items.length);
  let next = 0;
  const worker = async () => {
    while (next < items.length) {
      const index = next++;
      results[index] = await task(items[index]!, index);
    }
  };
  await Promise.all(Array.from({ length: Math.min(concurrency, items.length) }, worker));
  return results;
}

/** One village's API as the account `req` is signed in as. */
export class VillageApi {
  constructor(
    readonly req: APIRequestContext,
    readonly villageId: string,
  ) {}

  private path(rest: string): string {
    return `/api/villages/${this.villageId}${rest}`;
  }

  get<T>(rest: string): Promise<T> {
    return call<T>(this.req, 'GET', this.path(rest));
  }

  post<T>(rest: string, body: unknown = {}): Promise<T> {
    return call<T>(this.req, 'POST', this.path(rest), body);
  }

  put<T>(rest: string, body: unknown = {}): Promise<T> {
    return call<T>(this.req, 'PUT', this.path(rest), body);
  }

  /** Serving members of every body of this kind (person ids, once each). */
  async bodyMembers(...kinds: string[]): Promise<MemberView[]> {
    const { bodies } = await this.get<{ bodies: BodyView[] }>('');
    const seen = new Map<string, MemberView>();
    for (const body of bodies.filter((b) => kinds.includes(b.kind)))
      for (const m of body.members) if (!seen.has(m.personId)) seen.set(m.personId, m);
    return [...seen.values()];
  }

  /**
   * Those of `personIds` who do not serve on the supervision committee: its members attend
   * meetings as supervisors, without a vote (seed 002), so the clerk cannot enter them as members.
   */
  async withoutSupervisors<T>(items: readonly T[], personId: (item: T) => string): Promise<T[]> {
    const supervisors = new Set(
      (await this.bodyMembers('villageAffairsSupervisionCommittee')).map((m) => m.personId),
    );
    return items.filter((item) => !supervisors.has(personId(item)));
  }

  async partyMembers(): Promise<PersonView[]> {
    const items: PersonView[] = [];
    for (let page = 1; ; page++) {
      const answer = await this.get<{ items: PersonView[]; total: number }>(
        `/persons?partyMember=true&pageSize=100&page=${page}`,
      );
      items.push(...answer.items);
      if (items.length >= answer.total || answer.items.length === 0) return items;
    }
  }

  person(personId: string): Promise<PersonView> {
    return this.get<{ person: PersonView }>(`/persons/${personId}`).then((a) => a.person);
  }

  meeting(meetingId: string): Promise<MeetingDetail> {
    return this.get<MeetingDetail>(`/meetings/${meetingId}`);
  }

  /** The clerk's entries from the paper sign-in sheet. */
  async clerkCheckIn(meetingId: string, personIds: readonly string[]): Promise<void> {
    await inBatches(personIds, (personId) =>
      this.post(`/meetings/${meetingId}/attendance`, { personId, capacity: 'member' }),
    );
  }

  /** The whole paper sign-in sheet at once (the clerk's 按签到表录入): one request, all or nobody. */
  async sheetCheckIn(meetingId: string, personIds: readonly string[]): Promise<void> {
    await this.post(`/meetings/${meetingId}/attendance/sheet`, { personIds, capacity: 'member' });
  }

  /** The supervision committee's serving members (person ids), as its page lists them. */
  async supervisors(): Promise<string[]> {
    const { members } = await this.get<{ members: Array<{ personId: string }> }>('/supervision');
    return members.map((m) => m.personId);
  }

  /** Opens (or resets) a villager's account at the service station: a temporary password. */
  openAccount(personId: string): Promise<{ temporaryPassword: string; phone: string }> {
    return this.post(`/persons/${personId}/reset-password`);
  }
}

/**
 * The supervision committee approves a meeting's agenda at a sitting, recorded by its chair:
 * every serving member present and in favour (议程交监督委员会审定, by member vote).
 */
export async function approveAgenda(supervisor: VillageApi, meetingId: string): Promise<void> {
  const members = await supervisor.supervisors();
  await supervisor.post('/supervision/motions', {
    proposal: { kind: 'agendaReview', meetingId, outcome: 'approved', note: '' },
    sitting: {
      mode: 'inPerson',
      attendance: members,
      votes: members.map((personId) => ({ personId, choice: 'yes' })),
    },
  });
}

/**
 * A villager's phone without a browser: signs in, checks in with the meeting's
 * code and votes, through the same routes the phone page calls.
 */
export class ApiPhone {
  private constructor(
    readonly req: APIRequestContext,
    readonly villageId: string,
  ) {}

  static async signIn(
    baseURL: string,
    villageId: string,
    phone: string,
    password: string,
  ): Promise<ApiPhone> {
    const req = await request.newContext({ baseURL });
    await call(req, 'POST', '/api/auth/sign-in', { phone, password });
    return new ApiPhone(req, villageId);
  }

  checkIn(meetingId: string, code: string): Promise<unknown> {
    return call(
      this.req,
      'POST',
      `/api/villages/${this.villageId}/meetings/${meetingId}/check-in`,
      {
        code,
      },
    );
  }

  vote(motionId: string, choice: 'yes' | 'no' | 'abstain'): Promise<unknown> {
    return call(this.req, 'POST', `/api/villages/${this.villageId}/motions/${motionId}/votes`, {
      choice,
    });
  }

  /** Any other act of the phone's pages (`/supervision/motions/:id/votes`). */
  post<T>(rest: string, body: unknown = {}): Promise<T> {
    return call<T>(this.req, 'POST', `/api/villages/${this.villageId}${rest}`, body);
  }

  dispose(): Promise<void> {
    return this.req.dispose();
  }
}

/** A meeting as its papers record it: the notice's day, the sheet's signatures, its motions. */
export interface PaperMeeting {
  kind:
    | 'villagersDeliberationCouncil'
    | 'twoCommitteesJointMeeting'
    | 'partyMembersMeeting'
    | 'representativesMeeting'
    | 'membersAssembly';
  /** the collective economic organisation whose assembly it is (its meeting kinds only) */
  collectiveOrgId?: string;
  title: string;
  meetingOn: string;
  noticeOn: string;
  /** Who signed the paper sign-in sheet (person ids). */
  present: readonly string[];
  /** Each carried by a show of hands of everyone present. */
  motions: readonly {
    title: string;
    body?: string;
    matterId?: string | null;
    /** at the organisation's assemblies: the Art. 26 power and the Party's study first */
    collectivePower?: string;
    partyStudiedOn?: string;
  }[];
  minutes: string;
}

/**
 * A meeting held on its day and entered afterwards from its papers (补录), through the routes
 * the console calls: convened with its notice's date, the agenda approved by the supervision
 * committee, opened, the sheet entered, each motion carried by show of hands (a motion on a
 * matter records the matter's step, or the test fails with the procedure's refusal), the
 * minutes saved and the meeting closed. Returns the meeting and what each motion adopted
 * (null: no resolution, as a draft of the two committees).
 */
export async function recordMeeting(
  convenor: VillageApi,
  supervisor: VillageApi,
  plan: PaperMeeting,
): Promise<{ meetingId: string; resolutionIds: (string | null)[] }> {
  const { meeting } = await convenor.post<{ meeting: { id: string } }>('/meetings', {
    kind: plan.kind,
    title: plan.title,
    meetingOn: plan.meetingOn,
    startsAt: '19:30',
    place: '社区活动中心二楼会议室',
    noticeOn: plan.noticeOn,
    agenda: plan.motions.map((m, i) => `${i + 1}. ${m.title}`).join('\n'),
    collectiveOrgId: plan.collectiveOrgId ?? null,
  });
  const at = `/meetings/${meeting.id}`;
  await approveAgenda(supervisor, meeting.id);
  await convenor.post(`${at}/open`);
  await convenor.sheetCheckIn(meeting.id, plan.present);
  const resolutionIds: (string | null)[] = [];
  for (const m of plan.motions) {
    const { motion } = await convenor.post<{ motion: { id: string } }>(`${at}/motions`, {
      title: m.title,
      body: m.body ?? '',
      voting: 'showOfHands',
      matterId: m.matterId ?? null,
      collectivePower: m.collectivePower ?? null,
      partyStudiedOn: m.partyStudiedOn ?? null,
    });
    await convenor.post(`/motions/${motion.id}/open`);
    const closed = await convenor.post<{
      passed: boolean;
      resolution: { id: string } | null;
      matterStep: { recorded: string[] } | { refused: { message: string } } | null;
    }>(`/motions/${motion.id}/close`, { yes: plan.present.length, no: 0, abstain: 0 });
    if (!closed.passed) throw new Error(`${plan.title}: ${m.title} did not pass`);
    if (closed.matterStep && 'refused' in closed.matterStep)
      throw new Error(`${plan.title}: ${m.title}: ${closed.matterStep.refused.message}`);
    resolutionIds.push(closed.resolution?.id ?? null);
  }
  await convenor.put(`${at}/minutes`, { minutes: plan.minutes });
  await convenor.post(`${at}/close`);
  return { meetingId: meeting.id, resolutionIds };
}
