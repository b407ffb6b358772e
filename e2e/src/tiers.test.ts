import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { calendarDate, formatChineseDate } from '@cunzhi/core/calendarDate';
import { addDays } from '@cunzhi/core/rules/dayCount';
import { launchBrowser } from './browser.ts';
import { startServer, type RunningServer } from './server.ts';
import { screenshot } from './artifacts.ts';
import { villageToday } from './demo.ts';
import type { MemberView } from './api.ts';
import { openDesk, screenshotOnFailure, type Desk } from './desk.ts';
import { VillageHomePage } from './pages/VillageHomePage.ts';
import { MattersPage, MatterPage } from './pages/MatterPage.ts';
import { MeetingsPage, MeetingPage } from './pages/MeetingPage.ts';

/**
 * The graded deliberation of seed 002 (分级议事机制, §五(四)) in the browser,
 * against one fresh server with the showcase community's demo data:
 *
 * - a major matter (较重大事务) by "1+3" (§三(三)): its topic published a week
 *   ahead, the council consulting with an interested outsider attending, the
 *   joint meeting of the two committees drafting the resolution, the
 *   representatives voting, the resolution and the implementation result published;
 * - a general matter (一般性事务) the council decides, ending there;
 * - a routine matter (日常性事务) the joint meeting settles.
 *
 * One council meeting and one joint meeting take up the three, as a
 * community's do. Each flow tries an unlawful shortcut, refused in the UI
 * with its rule id and article. The clerk's entries from the paper sign-in
 * sheets go through the API; the outsider is entered in the UI.
 */

/** Build the web app if needed, start a server with the demo data, sign three cadres in. */
const SERVER_START_MS = 240_000;
const PLACE = '社区活动中心二楼会议室';

describe('the tiers of seed 002: "1+3" for a major matter, the council, the joint meeting', () => {
  let server: RunningServer;
  let browser: Browser;
  let chair: Desk;
  let secretary: Desk;
  let supervisor: Desk;
  const pageErrors: string[] = [];
  const today = villageToday();
  const weekAgo = addDays(calendarDate(today), -7);
  const tag = String(Date.now() % 100000).padStart(5, '0');

  /** The major matter: "1+3", decided by the representatives. */
  const MAJOR = `续签花乡民居物业服务合同${tag}号`;
  /** A second major matter whose topic goes up only today. */
  const LATE = `花乡民居增设电动自行车充电棚${tag}号`;
  /** The general matter: the council decides it. */
  const GENERAL = `老年活动室添置桌椅书报${tag}号`;
  /** The routine matter: the joint meeting settles it. */
  const ROUTINE = `调整社区服务站夏季办公时间${tag}号`;
  const COUNCIL_MEETING = `协商议事会：物业合同续签协商及老年活动室添置${tag}号`;
  const JOINT_MEETING = `社区两委联席会议：物业合同议决草案及服务站办公时间${tag}号`;
  const REPS_MEETING = `居民代表会议：物业合同续签${tag}号`;

  let majorId: string;
  let generalId: string;
  let routineId: string;
  let councilId: string;
  let jointId: string;
  let outsider: { personId: string; name: string };

  beforeAll(async () => {
    server = await startServer();
    browser = await launchBrowser();
    chair = await openDesk(browser, server, 'committeeChair', pageErrors);
    secretary = await openDesk(browser, server, 'partySecretary', pageErrors);
    supervisor = await openDesk(browser, server, 'supervisionChair', pageErrors);
  }, SERVER_START_MS);

  afterEach((context) =>
    screenshotOnFailure(context, {
      chair: chair?.page,
      secretary: secretary?.page,
      supervisor: supervisor?.page,
    }),
  );

  afterAll(async () => {
    for (const desk of [chair, secretary, supervisor]) await desk?.context.close();
    await browser?.close();
    await server?.stop();
  }, 60_000);

  /** Convened by `convenor` for today through the convene drawer; returns the meeting's id. */
  async function convene(
    convenor: Desk,
    kind: 'villagersDeliberationCouncil' | 'twoCommitteesJointMeeting' | 'representativesMeeting',
    title: string,
    agenda: string[],
  ): Promise<string> {
    const meetings = new MeetingsPage(convenor.page);
    await meetings.open();
    return meetings.convene({
      kind,
      title,
      meetingOn: today,
      place: PLACE,
      agenda: agenda.map((item, i) => `${i + 1}. ${item}`).join('\n'),
    });
  }

  /** The supervision chair approves the agenda, the convenor opens the meeting. */
  async function approveAndOpen(convenor: Desk, meetingId: string): Promise<MeetingPage> {
    const review = await consoleOf(supervisor, meetingId);
    await review.approveAgenda('议程与议题一致，同意召开。');
    // back to the village's home: a console left open keeps polling the server
    await new VillageHomePage(supervisor.page).open();
    const meeting = await consoleOf(convenor, meetingId);
    await meeting.open();
    return meeting;
  }

  /** The console of this meeting at a desk, through the menu unless the desk shows it already. */
  async function consoleOf(desk: Desk, meetingId: string): Promise<MeetingPage> {
    if (desk.page.url().endsWith(`/meetings/${meetingId}`)) return new MeetingPage(desk.page);
    const meetings = new MeetingsPage(desk.page);
    await meetings.open();
    return meetings.openMeeting(meetingId);
  }

  /** A matter's page at the chair's desk, through the matters list unless it shows already. */
  async function matterOf(matterId: string, title: string): Promise<MatterPage> {
    if (chair.page.url().endsWith(`/matters/${matterId}`)) return new MatterPage(chair.page);
    const matters = new MattersPage(chair.page);
    await matters.open();
    return matters.openMatter(title);
  }

  /** The clerk enters the paper sign-in sheet (through the API); the console counts them in. */
  async function signSheet(desk: Desk, meeting: MeetingPage, members: MemberView[]) {
    await desk.api.sheetCheckIn(
      meeting.meetingId(),
      members.map((m) => m.personId),
    );
    await meeting.waitForAttendance(members.length);
  }

  /** Show of hands: everyone present in favour; the result as the console shows it. */
  async function decideByHands(meeting: MeetingPage, motion: string, present: number) {
    expect(await meeting.openMotion(motion)).toBe(null);
    await meeting.enterHands(motion, { yes: present, no: 0, abstain: 0 });
    return meeting.closeMotion(motion);
  }

  it('the chair proposes a major, a general and a routine matter; each goes to the body its tier gives (SEED002-TIERS)', async () => {
    const matters = new MattersPage(chair.page);
    const matter = new MatterPage(chair.page);
    const proposals = [
      {
        title: MAJOR,
        description: '物业服务合同年底到期，拟与卫鑫置业有限公司续签三年，物业费标准不变。',
        category: '较重大事务',
        workflow: 'onePlusThree',
        steps: [
          'topicPublished',
          'councilConsultation',
          'jointDraft',
          'resolution',
          'resolutionPublished',
          'implementationPublished',
        ],
        deciding: ['representativesMeeting', 'villagersAssembly'],
      },
      {
        title: GENERAL,
        description: '从公共服务资金中列支，为老年活动室添置桌椅二十套并订阅书报。',
        category: '一般性事务',
        workflow: 'councilGeneral',
        steps: ['councilDecision', 'resolutionPublished', 'implementationPublished'],
        deciding: ['villagersDeliberationCouncil'],
      },
      {
        title: ROUTINE,
        description: '六月至九月，服务站办公时间调整为8:00至12:00、14:30至18:00。',
        category: '日常性事务',
        workflow: 'jointRoutine',
        steps: ['jointDecision', 'resolutionPublished', 'implementationPublished'],
        deciding: ['twoCommitteesJointMeeting'],
      },
    ];
    const ids: string[] = [];
    for (const { steps, deciding, ...proposal } of proposals) {
      await matters.open();
      ids.push(await matters.create(proposal));
      expect((await matter.steps()).map((s) => s.kind)).toEqual(steps);
      expect(await matter.nextStepKind()).toBe(steps[0]);
      expect(await matter.decidingBodies()).toEqual(deciding);
      expect(
        await chair.page
          .getByTestId('matter-deciding')
          .getByTestId('rule-tag')
          .getAttribute('data-rule-id'),
      ).toBe('SEED002-TIERS');
    }
    [majorId, generalId, routineId] = ids as [string, string, string];
  });

  it('1+3: the topic of the major matter is published a week ahead', async () => {
    const matter = await matterOf(majorId, MAJOR);
    // the notice went up on the board a week ago; the clerk records it with that date
    expect(await matter.recordStep({ on: weekAgo, notice: { periodDays: 15 } })).toBe(201);
    await matter.waitForStepDone('topicPublished');
    expect(await matter.noticeTitles()).toEqual([`关于“${MAJOR}”议题的公示`]);
    expect(await matter.recordedStepText('topicPublished')).toContain(formatChineseDate(weekAgo));
    // entered today for a notice of a week ago: the record says so (补录)
    expect(await matter.recordedStepText('topicPublished')).toContain(
      `${formatChineseDate(calendarDate(today))}补录`,
    );
    expect(await matter.nextStepKind()).toBe('councilConsultation');
  });

  it('1+3: the joint meeting may not draft the resolution before the council has consulted (SEED002-ONE-PLUS-THREE)', async () => {
    jointId = await convene(secretary, 'twoCommitteesJointMeeting', JOINT_MEETING, [
      `${MAJOR}议决草案`,
      ROUTINE,
    ]);
    const joint = new MeetingPage(secretary.page);
    const refusal = await joint.addMotion({
      title: `${MAJOR}议决草案`,
      voting: 'showOfHands',
      matterTitle: MAJOR,
    });
    expect(refusal?.ruleId).toBe('SEED002-ONE-PLUS-THREE');
    expect(refusal?.text).toContain('协商议事会协商');
    expect(refusal?.text).toContain('重大事项“1+3”议决制度');
    // people read the rule, not its code (SEED002-ONE-PLUS-THREE stays in data-rule-id)
    expect(refusal?.text).not.toContain('SEED002');
    await screenshot(secretary.page, 'tiers-refused-draft-before-consultation');
    await joint.cancelMotion();
    expect(await secretary.page.getByTestId('motion').count()).toBe(0);
  });

  it('general matter: the joint meeting may not decide what the council decides (SEED002-TIERS)', async () => {
    const joint = await consoleOf(secretary, jointId);
    const refusal = await joint.addMotion({
      title: GENERAL,
      voting: 'showOfHands',
      matterTitle: GENERAL,
    });
    expect(refusal?.ruleId).toBe('SEED002-TIERS');
    expect(refusal?.text).toContain('“一般性事务”应由居民议事会会议决定');
    expect(refusal?.text).toContain('分级议事机制');
    await screenshot(secretary.page, 'tiers-refused-general-at-joint');
    await joint.cancelMotion();
  });

  it('the council meets: its members sign in, an interested outsider attends without a vote', async () => {
    councilId = await convene(chair, 'villagersDeliberationCouncil', COUNCIL_MEETING, [
      `${MAJOR}（议题协商）`,
      GENERAL,
    ]);
    const council = await approveAndOpen(chair, councilId);
    const members = await chair.api.withoutSupervisors(
      await chair.api.bodyMembers('villagersDeliberationCouncil'),
      (m) => m.personId,
    );
    await signSheet(chair, council, members);

    // the property company's manager, who sits on the collective company's board, is invited
    const councilIds = new Set(members.map((m) => m.personId));
    const board = await chair.api.withoutSupervisors(
      await chair.api.bodyMembers('collectiveCouncil'),
      (m) => m.personId,
    );
    const guest = board.find((m) => m.role !== 'chair' && !councilIds.has(m.personId))!;
    const person = await chair.api.person(guest.personId);
    outsider = { personId: person.id, name: person.name };
    await council.clerkCheckIn(person.name, person.householdNumber, /^列席（无表决权）$/);
    await council.waitForAttendance(members.length + 1);
    expect(await council.attendanceRow(person.id).innerText()).toContain('列席（无表决权）');

    const detail = await chair.api.meeting(councilId);
    expect(detail.presence.present).toBe(members.length); // the guest does not count
    expect((await council.quorum()).met).toBe(true);
  });

  it('routine matter: the council may not settle what the joint meeting settles (SEED002-TIERS)', async () => {
    const council = await consoleOf(chair, councilId);
    const refusal = await council.addMotion({
      title: ROUTINE,
      voting: 'showOfHands',
      matterTitle: ROUTINE,
    });
    expect(refusal?.ruleId).toBe('SEED002-TIERS');
    expect(refusal?.text).toContain('“日常性事务”应由社区“两委”联席会议决定');
    expect(refusal?.text).toContain('分级议事机制');
    await screenshot(chair.page, 'tiers-refused-routine-at-council');
    await council.cancelMotion();
  });

  it('1+3: a topic published only today may not be consulted on until a week has passed (SEED002-ONE-PLUS-THREE)', async () => {
    const matters = new MattersPage(chair.page);
    await matters.open();
    await matters.create({
      title: LATE,
      description: '拟在花乡民居3号楼旁增设电动自行车集中充电棚。',
      category: '较重大事务',
      workflow: 'onePlusThree',
    });
    const matter = new MatterPage(chair.page);
    expect(await matter.recordStep({ notice: { periodDays: 15 } })).toBe(201);
    await matter.waitForStepDone('topicPublished');
    const inAWeek = formatChineseDate(addDays(calendarDate(today), 7));
    // the form says from when the council may take it up
    expect((await matter.consultationEarliest()).text).toContain(`最早可于 ${inAWeek} 召开`);

    // today's council meeting is too soon: the clerk is warned, and refused
    expect(await matter.recordStep({ meeting: COUNCIL_MEETING })).toBe(422);
    const refusal = await matter.refusal();
    expect(refusal.ruleId).toBe('SEED002-ONE-PLUS-THREE');
    expect(refusal.text).toContain('议题须提前 7 天公示');
    expect(refusal.text).toContain(`最早可于 ${inAWeek}`);
    expect(refusal.text).toContain('重大事项“1+3”议决制度');
    const note = await matter.consultationEarliest();
    expect(note.warning).toBe(true);
    expect(note.text).toContain('不能记作本议题的协商');
    await screenshot(chair.page, 'tiers-refused-topic-too-recent');
    expect(await matter.nextStepKind()).toBe('councilConsultation');
    expect(await matter.steps()).toContainEqual({ kind: 'councilConsultation', done: false });
  });

  it('1+3: the council consults on the major matter a week after its topic was published', async () => {
    const matter = await matterOf(majorId, MAJOR);
    const earliest = await matter.consultationEarliest();
    expect(earliest.earliest).toBe(today);
    expect(earliest.text).toContain(`议题于 ${formatChineseDate(weekAgo)} 公示`);
    expect(
      await matter.recordStep({
        meeting: COUNCIL_MEETING,
        note: `邀请卫鑫置业有限公司经理${outsider.name}列席；议事会成员代表居民提出保洁、车辆停放等意见，物业公司当场表态整改。`,
      }),
    ).toBe(201);
    await matter.waitForStepDone('councilConsultation');
    const record = await matter.recordedStepText('councilConsultation');
    expect(record).toContain(COUNCIL_MEETING);
    expect(record).toContain(outsider.name);
    expect(await matter.nextStepKind()).toBe('jointDraft');
  });

  it('general matter: the council decides it by show of hands (COUNCIL-MEETING)', async () => {
    const council = await consoleOf(chair, councilId);
    const present = (await chair.api.meeting(councilId)).presence.present;
    expect(
      await council.addMotion({ title: GENERAL, voting: 'showOfHands', matterTitle: GENERAL }),
    ).toBe(null);
    const result = await decideByHands(council, GENERAL, present);
    expect(result.passed).toBe(true);
    expect(result.text).toContain('本社区议事规则（协商议事会议事规则）');
    expect(result.text).not.toContain('COUNCIL-MEETING');

    await council.openMatterOf(GENERAL);
    const matter = new MatterPage(chair.page);
    await matter.waitForStepDone('councilDecision');
    expect(await matter.status()).toBe('decided');
    expect(await matter.nextStepKind()).toBe('resolutionPublished');
  });

  it('1+3 and routine matter: the joint meeting drafts the resolution and settles the routine matter', async () => {
    const joint = await approveAndOpen(secretary, jointId);
    const members = await secretary.api.bodyMembers('partyBranch', 'villagersCommittee');
    await signSheet(secretary, joint, members);
    expect((await joint.quorum()).met).toBe(true);

    const draft = `${MAJOR}议决草案`;
    expect(await joint.addMotion({ title: draft, voting: 'showOfHands', matterTitle: MAJOR })).toBe(
      null,
    );
    const drafted = await decideByHands(joint, draft, members.length);
    expect(drafted.passed).toBe(true);
    expect(drafted.text).toContain('本社区议事规则（社区联席会议制度）');

    expect(
      await joint.addMotion({ title: ROUTINE, voting: 'showOfHands', matterTitle: ROUTINE }),
    ).toBe(null);
    const settled = await decideByHands(joint, ROUTINE, members.length);
    expect(settled.passed).toBe(true);

    await joint.openMatterOf(ROUTINE);
    const routine = new MatterPage(secretary.page);
    await routine.waitForStepDone('jointDecision');
    expect(await routine.status()).toBe('decided');
    expect(await routine.nextStepKind()).toBe('resolutionPublished');
    const matter = await matterOf(majorId, MAJOR);
    await matter.waitForStepDone('jointDraft');
    expect(await matter.nextStepKind()).toBe('resolution');
  });

  it('1+3: the representatives vote on the draft resolution', async () => {
    const repsId = await convene(chair, 'representativesMeeting', REPS_MEETING, [
      `关于${MAJOR}的决议（草案）`,
    ]);
    const reps = await approveAndOpen(chair, repsId);
    const before = await chair.api.meeting(repsId);
    const quorum = before.quorum.missing;
    const present = (
      await chair.api.withoutSupervisors(
        await chair.api.bodyMembers('representativesMeeting', 'villagersCommittee'),
        (m) => m.personId,
      )
    ).slice(0, quorum);
    await signSheet(chair, reps, present);
    expect((await reps.quorum()).met).toBe(true);

    const motion = `关于${MAJOR}的决议（草案）`;
    expect(await reps.addMotion({ title: motion, voting: 'showOfHands', matterTitle: MAJOR })).toBe(
      null,
    );
    expect(await reps.openMotion(motion)).toBe(null);
    await reps.enterHands(motion, { yes: present.length - 4, no: 2, abstain: 2 });
    const result = await reps.closeMotion(motion);
    expect(result.passed).toBe(true);
    expect(result.text).toContain('《中华人民共和国村民委员会组织法》第三十条第二款');

    await reps.openMatterOf(motion);
    const matter = new MatterPage(chair.page);
    await matter.waitForStepDone('resolution');
    expect(await matter.resolutionNumber()).toMatch(/决议〔\d{4}〕第\d+号$/);
    expect(await matter.nextStepKind()).toBe('resolutionPublished');
  });

  /** Publishes the resolution and then the implementation result from the matter's page. */
  async function publishBoth(matterId: string, title: string, result: string) {
    const matter = await matterOf(matterId, title);
    expect(
      await matter.recordStep({
        notice: { body: `经会议表决，决定${title}。`, periodDays: 15 },
      }),
    ).toBe(201);
    await matter.waitForStepDone('resolutionPublished');
    expect(await matter.recordStep({ notice: { body: result, periodDays: 16 } })).toBe(201);
    await matter.waitForStepDone('implementationPublished');
    expect(await matter.status()).toBe('implemented');
    expect(await matter.nextStepKind()).toBe('');
    return matter;
  }

  it('1+3: the resolution and the implementation result are published; all six steps are on the record', async () => {
    const matter = await publishBoth(
      majorId,
      MAJOR,
      '物业服务合同已续签，物业公司完成保洁和车辆停放整改，经监督委员会和居民代表验收。',
    );
    const kinds = [
      'topicPublished',
      'councilConsultation',
      'jointDraft',
      'resolution',
      'resolutionPublished',
      'implementationPublished',
    ];
    expect(await matter.steps()).toEqual(kinds.map((kind) => ({ kind, done: true })));
    expect(await matter.recordedSteps()).toEqual(kinds);
    expect(await matter.noticeTitles()).toEqual(
      expect.arrayContaining([
        `关于“${MAJOR}”议题的公示`,
        `关于“${MAJOR}”的决议公告`,
        `关于“${MAJOR}”实施结果的公告`,
      ]),
    );
    await screenshot(chair.page, 'tiers-major-done');
  });

  it('general matter: decided and ended at the council, its result published', async () => {
    const matter = await publishBoth(
      generalId,
      GENERAL,
      '桌椅二十套已添置到位，书报已订阅，费用从公共服务资金列支，明细附后。',
    );
    const kinds = ['councilDecision', 'resolutionPublished', 'implementationPublished'];
    expect(await matter.recordedSteps()).toEqual(kinds);
    expect(await matter.recordedStepText('councilDecision')).toContain(COUNCIL_MEETING);
    expect(await matter.resolutionDecision()).toContain('协商议事会议事规则');
    await screenshot(chair.page, 'tiers-general-done');
  });

  it('routine matter: settled by the joint meeting, its result published', async () => {
    const matter = await publishBoth(
      routineId,
      ROUTINE,
      '服务站已自六月一日起按夏季办公时间对外办公，并在服务大厅张贴告示。',
    );
    const kinds = ['jointDecision', 'resolutionPublished', 'implementationPublished'];
    expect(await matter.recordedSteps()).toEqual(kinds);
    expect(await matter.recordedStepText('jointDecision')).toContain(JOINT_MEETING);
    expect(await matter.resolutionDecision()).toContain('社区联席会议制度');
    await screenshot(chair.page, 'tiers-routine-done');
  });

  it('raised no uncaught errors in the pages', () => {
    expect(pageErrors).toEqual([]);
  });
});
