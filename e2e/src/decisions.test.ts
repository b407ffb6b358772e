import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { launchBrowser, newContext, SMALL_PHONE } from './browser.ts';
import { startServer, type RunningServer } from './server.ts';
import { screenshot } from './artifacts.ts';
import { villageToday } from './demo.ts';
import { ApiPhone, inBatches, type MemberView } from './api.ts';
import { SignInPage } from './pages/SignInPage.ts';
import { ChangePasswordPage } from './pages/ChangePasswordPage.ts';
import { MattersPage, MatterPage } from './pages/MatterPage.ts';
import { MeetingsPage, MeetingPage, type Choice } from './pages/MeetingPage.ts';
import { LivePage } from './pages/LivePage.ts';
import { PhoneVotePage } from './pages/PhoneVotePage.ts';
import { NoticesPage, PrintView } from './pages/NoticesPage.ts';
import { openDesk, screenshotOnFailure, type Desk } from './desk.ts';

/**
 * Decisions the way a village takes them, against a fresh server with the
 * showcase community's demo data: a 四议两公开 matter from the Party
 * organisation's proposal through the joint meeting, the Party members'
 * meeting and the representatives' electronic vote on phones to the
 * published implementation; and a representatives' meeting one person short
 * of its quorum. The clerk's entries from the paper sheet and the votes of
 * most phones go through the API (page.request), the rest through the UI.
 */

/**
 * beforeAll: build the web app if its sources changed (30–60 s), start a server that seeds the
 * registry and half a year of decisions (15 s idle, up to a minute on two busy cores), and sign
 * three cadres in. More than the project's 180 s hook timeout allows on a slow runner.
 */
const SERVER_START_MS = 240_000;
const PLACE = '社区活动中心二楼会议室';
const NEW_PASSWORD = 'huaxiang2026';

/** The day before `iso` (`YYYY-MM-DD`). */
function dayBefore(iso: string): string {
  const d = new Date(`${iso}T12:00:00Z`);
  d.setUTCDate(d.getUTCDate() - 1);
  return d.toISOString().slice(0, 10);
}

describe('a 四议两公开 matter, decided by the representatives on their phones', () => {
  let server: RunningServer;
  let browser: Browser;
  let secretary: Desk;
  let chair: Desk;
  let supervisor: Desk;
  let villageId: string;
  let matterId: string;
  let repsMeetingId: string;
  let implementationPrefill = '';
  const phones: BrowserContext[] = [];
  const apiPhones: ApiPhone[] = [];
  const pageErrors: string[] = [];
  const today = villageToday();
  const tag = String(Date.now() % 100000).padStart(5, '0');
  const MATTER = `花乡路路灯改造及筹资方案${tag}号`;

  beforeAll(async () => {
    server = await startServer();
    browser = await launchBrowser();
    secretary = await openDesk(browser, server, 'partySecretary', pageErrors);
    chair = await openDesk(browser, server, 'committeeChair', pageErrors);
    supervisor = await openDesk(browser, server, 'supervisionChair', pageErrors);
    villageId = secretary.api.villageId;
  }, SERVER_START_MS);

  /** Pages besides the desks' that a failure screenshot should show (phones, the projector). */
  const watched: Record<string, Page> = {};

  afterEach((context) =>
    screenshotOnFailure(context, {
      secretary: secretary?.page,
      chair: chair?.page,
      supervisor: supervisor?.page,
      ...watched,
    }),
  );

  afterAll(async () => {
    await Promise.all(apiPhones.map((p) => p.dispose()));
    for (const context of phones) await context.close();
    for (const desk of [secretary, chair, supervisor]) await desk?.context.close();
    await browser?.close();
    await server?.stop();
  }, 60_000);

  /** Convened by `convenor`, agenda approved by the supervision chair, opened by the convenor. */
  async function sitMeeting(
    convenor: Desk,
    kind: 'twoCommitteesJointMeeting' | 'partyMembersMeeting' | 'representativesMeeting',
    title: string,
  ): Promise<MeetingPage> {
    const meetings = new MeetingsPage(convenor.page);
    await meetings.goto(villageId);
    const meetingId = await meetings.convene({
      kind,
      title,
      meetingOn: today,
      place: PLACE,
      agenda: `1. ${MATTER}`,
    });
    await approveAndOpen(convenor, meetingId);
    return new MeetingPage(convenor.page);
  }

  async function approveAndOpen(convenor: Desk, meetingId: string): Promise<void> {
    const review = new MeetingPage(supervisor.page);
    await review.goto(villageId, meetingId);
    await review.approveAgenda('议程与议题一致，同意召开。');
    await supervisor.page.goto('about:blank'); // a console left open keeps polling the server
    const meeting = new MeetingPage(convenor.page);
    if (!convenor.page.url().endsWith(`/meetings/${meetingId}`))
      await meeting.goto(villageId, meetingId);
    await meeting.open();
  }

  /** The clerk enters the first signature in the UI and the rest through the API. */
  async function checkInFromSheet(desk: Desk, meeting: MeetingPage, members: string[]) {
    const [first, ...rest] = members;
    const person = await desk.api.person(first!);
    await meeting.clerkCheckIn(person.name, person.householdNumber);
    await desk.api.clerkCheckIn(meeting.meetingId(), rest);
    await meeting.waitForAttendance(members.length);
  }

  it('the Party secretary opens the matter and records the Party organisation’s proposal', async () => {
    const matters = new MattersPage(secretary.page);
    await matters.goto(villageId);
    matterId = await matters.create({
      title: MATTER,
      description: '花乡路夜间照明不足，拟更换路灯86盏，所需资金由集体收益和居民自愿筹资解决。',
      category: '公益事业',
      workflow: 'fourDeliberationsTwoDisclosures',
    });
    const matter = new MatterPage(secretary.page);
    expect(await matter.title()).toContain(MATTER);
    expect((await matter.steps()).map((s) => s.kind)).toEqual([
      'partyProposal',
      'jointDeliberation',
      'partyMembersReview',
      'resolution',
      'resolutionPublished',
      'implementationPublished',
    ]);
    expect(await matter.nextStepKind()).toBe('partyProposal');
    expect(await matter.recordStep({ note: '党总支听取居民意见后提议改造花乡路路灯。' })).toBe(201);
    await matter.waitForStepDone('partyProposal');
    expect(await matter.nextStepKind()).toBe('jointDeliberation');
  });

  it('the two committees deliberate it at their joint meeting (show of hands)', async () => {
    const joint = await sitMeeting(
      secretary,
      'twoCommitteesJointMeeting',
      `两委联席会议：${MATTER}`,
    );
    const members = await secretary.api.bodyMembers('partyBranch', 'villagersCommittee');
    await checkInFromSheet(
      secretary,
      joint,
      members.map((m) => m.personId),
    );
    expect((await joint.quorum()).met).toBe(true);

    const motion = `${MATTER}（商议稿）`;
    expect(
      await joint.addMotion({ title: motion, voting: 'showOfHands', matterTitle: MATTER }),
    ).toBe(null);
    expect(await joint.openMotion(motion)).toBe(null);
    await joint.enterHands(motion, { yes: members.length, no: 0, abstain: 0 });
    const result = await joint.closeMotion(motion);
    expect(result.passed).toBe(true);
    expect(result.text).toContain('社区联席会议制度');
    expect(result.text).not.toContain('JOINT-MEETING');
    await screenshot(secretary.page, 'decisions-joint-meeting');

    const matter = new MatterPage(secretary.page);
    await matter.goto(villageId, matterId);
    await matter.waitForStepDone('jointDeliberation');
    expect((await matter.stepTitles())[1]).toBe('社区“两委”会议商议');
    expect(await matter.nextStepKind()).toBe('partyMembersReview');
  });

  it('refuses a shortcut: the representatives may not take it up before the Party members have', async () => {
    const meetings = new MeetingsPage(chair.page);
    await meetings.goto(villageId);
    repsMeetingId = await meetings.convene({
      kind: 'representativesMeeting',
      title: `居民代表会议：${MATTER}`,
      meetingOn: today,
      place: PLACE,
      agenda: `1. ${MATTER}`,
    });
    const reps = new MeetingPage(chair.page);
    const refusal = await reps.addMotion({
      title: MATTER,
      voting: 'electronic',
      matterTitle: MATTER,
    });
    expect(refusal?.ruleId).toBe('SIYI-ORDER');
    expect(refusal?.text).toContain('党员大会审议');
    // the law, not the rule's code: 《中国共产党农村基层组织工作条例》第十九条
    expect(refusal?.text).toContain('农村基层组织工作条例》第十九条');
    expect(refusal?.text).not.toContain('SIYI-ORDER');
    await screenshot(chair.page, 'decisions-refused-siyi-order');
    await reps.cancelMotion();
    expect(await chair.page.getByTestId('motion').count()).toBe(0);
  });

  it('refuses a 2026 matter the Party organisation has not studied, citing the 2025 text (Art. 28 para. 3)', async () => {
    // a title the matter picker cannot confuse with the lamps matter
    const planning = `社区公共空间规划${Date.now() % 100000}号`;
    await chair.api.post('/matters', {
      title: planning,
      category: 'villagePlanning',
      workflow: 'fourDeliberationsTwoDisclosures',
    });
    const reps = new MeetingPage(chair.page);
    await reps.goto(villageId, repsMeetingId);
    const refusal = await reps.addMotion({
      title: planning,
      voting: 'showOfHands',
      matterTitle: planning,
    });
    expect(refusal?.ruleId).toBe('VCOL25-PARTY-FIRST');
    // a community's own words: 社区党组织
    expect(refusal?.text).toContain('应当先经社区党组织研究讨论');
    expect(refusal?.text).toContain('第二十八条第三款');
    await screenshot(chair.page, 'decisions-refused-party-first');
    await reps.cancelMotion();
    expect(await chair.page.getByTestId('motion').count()).toBe(0);
  });

  it('the Party members’ meeting reviews it: a quorum of two-thirds, counted by show of hands', async () => {
    const party = await sitMeeting(secretary, 'partyMembersMeeting', `党员大会：${MATTER}`);
    const before = await secretary.api.meeting(party.meetingId());
    const due = before.presence.members;
    const quorum = before.quorum.missing; // with nobody present, everyone the quorum needs
    expect(quorum).toBe(Math.ceil((due * 2) / 3));
    const partyMembers = await secretary.api.partyMembers();
    expect(partyMembers.length).toBe(due);
    const voters = await secretary.api.withoutSupervisors(partyMembers, (p) => p.id);
    const present = voters.slice(0, quorum + 1).map((p) => p.id);
    await checkInFromSheet(secretary, party, present);
    expect((await party.quorum()).met).toBe(true);

    const motion = `${MATTER}（审议稿）`;
    expect(
      await party.addMotion({ title: motion, voting: 'showOfHands', matterTitle: MATTER }),
    ).toBe(null);
    expect(await party.openMotion(motion)).toBe(null);
    await party.enterHands(motion, { yes: present.length - 3, no: 1, abstain: 2 });
    const result = await party.closeMotion(motion);
    expect(result.passed).toBe(true);
    expect(result.text).toContain('党员大会审议');
    expect(result.text).not.toContain('SIYI-PARTY-QUORUM');

    const matter = new MatterPage(secretary.page);
    await matter.goto(villageId, matterId);
    await matter.waitForStepDone('partyMembersReview');
    expect(await matter.nextStepKind()).toBe('resolution');
  });

  it('the representatives decide it by electronic vote from their phones', async () => {
    await approveAndOpen(chair, repsMeetingId);
    const reps = new MeetingPage(chair.page);
    // now that the Party members have reviewed it, the matter may go on the agenda
    const motion = `关于${MATTER}的决议（草案）`;
    expect(await reps.addMotion({ title: motion, voting: 'electronic', matterTitle: MATTER })).toBe(
      null,
    );
    const code = await reps.checkInCode();
    const qrUrl = await reps.checkInUrl();
    expect(qrUrl).toBe(
      `${server.baseURL}/v/${villageId}/meetings/${repsMeetingId}/me?code=${encodeURIComponent(code)}`,
    );

    const before = await chair.api.meeting(repsMeetingId);
    expect(before.presence.members).toBe(83);
    const quorum = before.quorum.missing;
    expect(quorum).toBe(56);
    const representatives = await chair.api.withoutSupervisors(
      await chair.api.bodyMembers('representativesMeeting'),
      (m) => m.personId,
    );
    const committee = await chair.api.bodyMembers('villagersCommittee');
    const byPhoneUi = representatives.slice(0, 4);
    const byPhoneApi = representatives.slice(4, 32);
    const bySheet: MemberView[] = [...representatives.slice(32), ...committee].slice(
      0,
      quorum - byPhoneUi.length - byPhoneApi.length,
    );
    // the service station opens the accounts; each gets a temporary password
    const accounts = await inBatches([...byPhoneUi, ...byPhoneApi], (m) =>
      chair.api.openAccount(m.personId),
    );

    // four representatives scan the QR code with their phones
    const phonePages = await Promise.all(
      byPhoneUi.map(async (_, i) => {
        const context = await newContext(browser, server.baseURL, SMALL_PHONE);
        phones.push(context);
        const page = await context.newPage();
        page.on('pageerror', (error) => pageErrors.push(`phone ${i}: ${error.message}`));
        watched[`phone-${i}`] = page;
        const phone = new PhoneVotePage(page);
        const account = accounts[i]!;
        await phone.scan(qrUrl);
        await page.waitForURL(/\/sign-in\?next=/);
        await new SignInPage(page).signIn(account.phone, account.temporaryPassword);
        const change = new ChangePasswordPage(page);
        await change.waitForForced();
        await change.change(account.temporaryPassword, NEW_PASSWORD);
        // after the change the phone goes on to the meeting it scanned
        await phone.waitFor('me-checkin');
        return phone;
      }),
    );
    await screenshot(phonePages[0]!.page, 'decisions-phone-checkin');
    await Promise.all(phonePages.map((phone) => phone.checkIn()));
    await screenshot(phonePages[0]!.page, 'decisions-phone-checked-in');

    // twenty-eight more check in from their phones (through the API), the rest sign the paper sheet
    apiPhones.push(
      ...(await inBatches(byPhoneApi, (_, i) => {
        const account = accounts[byPhoneUi.length + i]!;
        return ApiPhone.signIn(server.baseURL, villageId, account.phone, account.temporaryPassword);
      })),
    );
    await inBatches(apiPhones, (phone) => phone.checkIn(repsMeetingId, code));
    await chair.api.clerkCheckIn(
      repsMeetingId,
      bySheet.map((m) => m.personId),
    );
    await reps.waitForAttendance(quorum);
    expect((await reps.quorum()).met).toBe(true);
    const attendance = (await chair.api.meeting(repsMeetingId)).attendance;
    expect(attendance.filter((a) => a.method === 'qr').length).toBe(32);
    expect(attendance.filter((a) => a.method === 'clerk').length).toBe(bySheet.length);

    // the projector shows the quorum; the chair opens the electronic vote
    const live = new LivePage(await reps.openLive());
    watched.projector = live.page;
    await live.waitForQuorum(true);
    expect(await reps.openMotion(motion)).toBe(null);
    await screenshot(chair.page, 'decisions-meeting-console');

    // a second tab on the first phone keeps the voting screen while its refreshes fail
    const stale = new PhoneVotePage(await phones[0]!.newPage());
    watched['phone-0-stale'] = stale.page;
    await stale.scan(qrUrl);
    await stale.waitFor('me-vote');
    const detailPath = `/api/villages/${villageId}/meetings/${repsMeetingId}`;
    const offline = (url: URL) => url.pathname === detailPath;
    await stale.page.route(offline, (route) => route.abort('internetdisconnected'));

    const choices: Choice[] = ['yes', 'yes', 'yes', 'no'];
    await Promise.all(phonePages.map((phone) => phone.waitFor('me-vote')));
    expect(await phonePages[0]!.motionTitle()).toBe(motion);
    await screenshot(phonePages[0]!.page, 'decisions-phone-vote');
    await phonePages[0]!.choose('yes');
    await screenshot(phonePages[0]!.page, 'decisions-phone-confirm');
    expect(await phonePages[0]!.confirm()).toBe(201);
    await phonePages[0]!.waitFor('me-voted');
    await Promise.all(phonePages.slice(1).map((phone, i) => phone.vote(choices[i + 1]!)));
    expect(await phonePages[0]!.myChoice()).toBe('yes');
    expect(await phonePages[3]!.myChoice()).toBe('no');
    await screenshot(phonePages[0]!.page, 'decisions-phone-voted');
    const openMotion = (await chair.api.meeting(repsMeetingId)).motions.find(
      (m) => m.title === motion,
    )!;
    await inBatches(apiPhones, (phone, i) =>
      phone.vote(openMotion.id, i === 0 ? 'abstain' : 'yes'),
    );

    // the stale tab tries to vote again
    await stale.choose('yes');
    expect(await stale.confirm()).toBe(409);
    expect(await stale.errorText()).toContain('您已经投过票了');
    await screenshot(stale.page, 'decisions-phone-voted-twice');
    await stale.page.unroute(offline);
    await stale.waitFor('me-voted');
    // the message stays readable on 已投票 instead of vanishing with the voting form
    expect(
      await stale.page.getByTestId('me-voted').getByTestId('already-voted').innerText(),
    ).toContain('您已经投过票了');
    delete watched['phone-0-stale'];
    await stale.page.close();

    await live.waitForBallots(32);
    await reps.waitForBallots(motion, 32);
    await screenshot(live.page, 'decisions-projector-voting');

    const result = await reps.closeMotion(motion);
    expect(result.passed).toBe(true);
    expect(result.text).toContain('赞成 30 票');
    expect(result.text).toContain('《中华人民共和国村民委员会组织法》第三十条第二款');
    expect(result.text).not.toContain('VCOL-26-QUORUM');
    const shown = await live.result();
    expect(shown.passed).toBe(true);
    expect(shown.tally).toEqual({ yes: 30, no: 1, abstain: 1 });
    expect(shown.text).toContain('第三十条第二款');
    expect(shown.text).not.toContain('VCOL-26-QUORUM');
    await screenshot(live.page, 'decisions-projector-result');
    await phonePages[0]!.page
      .locator('[data-testid="me-last-result"][data-passed="true"]')
      .waitFor();

    const matter = new MatterPage(secretary.page);
    await matter.goto(villageId, matterId);
    await matter.waitForStepDone('resolution');
    expect(await matter.resolutionNumber()).toMatch(/决议〔\d{4}〕第\d+号$/);
    expect(await matter.nextStepKind()).toBe('resolutionPublished');
  });

  it('publishes the resolution and the implementation result; all six steps are done', async () => {
    const matter = new MatterPage(secretary.page);
    await matter.goto(villageId, matterId);

    // a notice dated before the resolution was adopted is refused
    expect(await matter.recordStep({ on: dayBefore(today) })).toBe(422);
    const refusal = await matter.refusal();
    expect(refusal.ruleId).toBe('SIYI-ORDER');
    expect(refusal.text).toContain('第十九条');
    expect(refusal.text).not.toContain('SIYI-ORDER');
    await screenshot(secretary.page, 'decisions-refused-backdated-notice');

    expect(await matter.recordStep({ on: today, notice: { periodDays: 15 } })).toBe(201);
    await matter.waitForStepDone('resolutionPublished');
    expect(await matter.nextStepKind()).toBe('implementationPublished');
    implementationPrefill = await secretary.page.getByTestId('notice-title').inputValue();
    expect(
      await matter.recordStep({
        notice: {
          title: `${MATTER}实施结果公开`,
          body: '花乡路86盏路灯已更换完毕并通过验收，资金使用情况附后，欢迎居民监督。',
          periodDays: 16,
        },
      }),
    ).toBe(201);
    await matter.waitForStepDone('implementationPublished');
    expect((await matter.steps()).every((s) => s.done)).toBe(true);
    expect(await matter.status()).toBe('implemented');
    expect(await matter.nextStepKind()).toBe('');
    expect(await matter.resolutionDecision()).toContain('第三十条第二款');
    const notices = await matter.noticeTitles();
    expect(notices).toEqual(
      expect.arrayContaining([`关于“${MATTER}”的决议公告`, `${MATTER}实施结果公开`]),
    );
    await screenshot(secretary.page, 'decisions-matter-done');

    const board = new NoticesPage(secretary.page);
    await board.goto(villageId);
    expect(await board.noticeTitles()).toEqual(expect.arrayContaining(notices));
    const noticeId = await board.openNotice(`${MATTER}实施结果公开`);
    const print = new PrintView(secretary.page);
    await print.gotoNotice(villageId, noticeId);
    expect(await print.text('print-title')).toBe(`${MATTER}实施结果公开`);
    expect(await print.text('print-period')).toMatch(/公示/);
    await screenshot(secretary.page, 'decisions-notice-print');

    await matter.goto(villageId, matterId);
    const paper = new PrintView(await matter.openResolutionPrint());
    await paper.waitFor('resolution-print');
    expect(await paper.text('print-decision')).toContain('赞成 30 票');
    expect(await paper.page.getByTestId('print-validity').getAttribute('data-valid')).toBe('true');
    await screenshot(paper.page, 'decisions-resolution-print');
    await paper.page.close();
  });

  // each step gets a fresh form: the implementation notice does not inherit the resolution's text
  it('prefills the implementation notice from its own template', () => {
    expect(implementationPrefill).toBe(`关于“${MATTER}”实施结果的公告`);
  });

  it('raised no uncaught errors in the pages', () => {
    expect(pageErrors).toEqual([]);
  });
});

describe('a representatives’ meeting one person short of its quorum', () => {
  let server: RunningServer;
  let browser: Browser;
  let chair: Desk;
  let supervisor: Desk;
  let villageId: string;
  let meetingId: string;
  let members: MemberView[];
  let live: LivePage;
  const pageErrors: string[] = [];
  const MOTION = '关于调整社区活动中心冬季开放时间的决定';

  beforeAll(async () => {
    server = await startServer();
    browser = await launchBrowser();
    chair = await openDesk(browser, server, 'committeeChair', pageErrors);
    supervisor = await openDesk(browser, server, 'supervisionChair', pageErrors);
    villageId = chair.api.villageId;
  }, SERVER_START_MS);

  afterEach((context) =>
    screenshotOnFailure(context, {
      chair: chair?.page,
      supervisor: supervisor?.page,
      projector: live?.page,
    }),
  );

  afterAll(async () => {
    for (const desk of [chair, supervisor]) await desk?.context.close();
    await browser?.close();
    await server?.stop();
  }, 60_000);

  it('is convened, its agenda approved, and opened', async () => {
    const meetings = new MeetingsPage(chair.page);
    await meetings.goto(villageId);
    meetingId = await meetings.convene({
      kind: 'representativesMeeting',
      title: '居民代表会议：活动中心开放时间',
      meetingOn: villageToday(),
      place: PLACE,
      agenda: '1. 调整社区活动中心冬季开放时间',
    });
    const review = new MeetingPage(supervisor.page);
    await review.goto(villageId, meetingId);
    await review.approveAgenda();
    const meeting = new MeetingPage(chair.page);
    await meeting.goto(villageId, meetingId);
    await meeting.open();
    const detail = await chair.api.meeting(meetingId);
    expect(detail.presence.members).toBe(83);
    expect(detail.quorum.missing).toBe(56);
  });

  it('with 55 of 83 present the vote is refused: 还差 1 人 (VCOL-26-QUORUM)', async () => {
    const meeting = new MeetingPage(chair.page);
    members = await chair.api.withoutSupervisors(
      await chair.api.bodyMembers('representativesMeeting', 'villagersCommittee'),
      (m) => m.personId,
    );
    expect(members.length).toBeGreaterThan(56);
    await chair.api.clerkCheckIn(
      meetingId,
      members.slice(0, 54).map((m) => m.personId),
    );
    const last = await chair.api.person(members[54]!.personId);
    await meeting.clerkCheckIn(last.name, last.householdNumber);
    await meeting.waitForAttendance(55);
    const quorum = await meeting.quorum();
    expect(quorum.met).toBe(false);
    expect(quorum.text).toContain('还差 1 人');

    expect(await meeting.addMotion({ title: MOTION, voting: 'electronic' })).toBe(null);
    const refusal = await meeting.openMotion(MOTION);
    expect(refusal?.ruleId).toBe('VCOL-26-QUORUM');
    expect(refusal?.text).toContain('还差 1 人');
    // the refusal a villager's phone shows too (meetings/refusal.tsx): the article, not the code
    expect(refusal?.text).toContain('《中华人民共和国村民委员会组织法》第三十条第二款');
    expect(refusal?.text).not.toContain('VCOL-26-QUORUM');
    expect(await meeting.motionStatus(MOTION)).toBe('draft');
    await screenshot(chair.page, 'quorum-refused');

    live = new LivePage(await meeting.openLive());
    const shown = await live.quorum();
    expect(shown.met).toBe(false);
    expect(await live.quorumVerdict()).toContain('还差 1 人');
    expect(shown.text).toContain('到会 55 / 应到 83 人');
    await screenshot(live.page, 'quorum-projector-short');
  });

  it('one more person checks in, and the vote opens', async () => {
    await chair.api.clerkCheckIn(meetingId, [members[55]!.personId]);
    const meeting = new MeetingPage(chair.page);
    await meeting.waitForAttendance(56);
    expect((await meeting.quorum()).met).toBe(true);
    expect(await meeting.openMotion(MOTION)).toBe(null);
    expect(await meeting.motionStatus(MOTION)).toBe('open');
    await live.waitForQuorum(true);
    await live.page.getByTestId('live-motion').waitFor();
    await screenshot(live.page, 'quorum-projector-met');
  });

  it('raised no uncaught errors in the pages', () => {
    expect(pageErrors).toEqual([]);
  });
});
