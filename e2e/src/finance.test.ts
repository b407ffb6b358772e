import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, BrowserContext } from 'playwright-core';
import { launchBrowser, newContext, PHONE, slowLinkPage } from './browser.ts';
import { startServer, type RunningServer } from './server.ts';
import { screenshot } from './artifacts.ts';
import { villageToday } from './demo.ts';
import { recordMeeting } from './api.ts';
import { openDesk, openStaffDesk, screenshotOnFailure, type Desk } from './desk.ts';
import { PrintView } from './pages/NoticesPage.ts';
import { SpendingPage, SpendingRequestPage } from './pages/SpendingPage.ts';
import { FinancePage } from './pages/FinancePage.ts';

/**
 * Seed 002's ¥450,000 property fee (三资), against a fresh server with the showcase community's
 * demo data, entered as the clerk enters it: the papers of last month recorded with their own
 * dates (补录), since a month is closed only once it is over. The matter by "1+3" from its
 * topic notice to the representatives' resolution goes through the API; in the console the
 * request is handed in and signed step by step, the supervision committee holds the payment
 * (its chair proposes in the UI with three co-signers, voted by name at the committee's sitting
 * that evening), the payment is refused while
 * held, the representatives consent to the referral, the inspection is recorded, the hold
 * released, the payment made and booked; the town's accountant closes the month, the
 * committee reviews the statement and the villagers' committee publishes it; a phone that never
 * signed in reads it on the public portal over a slow link. And a ¥12,000 request, refused on
 * one signature under the sample tiers (XWQL-TIER), accepted on a representatives' resolution.
 */

/** Build the web app if needed, start a server with the demo data, sign four desks in. */
const SERVER_START_MS = 240_000;

/** `YYYY-MM` of the month before `iso`'s. */
function monthBefore(iso: string): string {
  const [y, m] = iso.split('-').map(Number) as [number, number];
  return m === 1 ? `${y - 1}-12` : `${y}-${String(m - 1).padStart(2, '0')}`;
}

/** `2026年11月9日` */
function chineseDate(iso: string): string {
  const [y, m, d] = iso.split('-').map(Number) as [number, number, number];
  return `${y}年${m}月${d}日`;
}

describe('seed 002’s ¥450,000: approved, held by the supervision committee, released, paid, booked and published', () => {
  let server: RunningServer;
  let browser: Browser;
  let secretary: Desk;
  let chair: Desk;
  let supervisor: Desk;
  let town: Desk;
  let villageId: string;
  let requestId: string;
  let statementNoticeId: string;
  const contexts: BrowserContext[] = [];
  const pageErrors: string[] = [];
  const today = villageToday();
  /** Last month: over, so its books may be closed. The story runs through it. */
  const period = monthBefore(today);
  const day = (n: number) => `${period}-${String(n).padStart(2, '0')}`;
  const tag = String(Date.now() % 100000).padStart(5, '0');
  const MATTER = `支付花乡民居物业管理费45万元${tag}号`;
  const PAYEE = '花乡民居物业管理公司';
  const PURPOSE = `花乡民居物业管理费${tag}号`;
  const AIRCON = `老年活动室购置空调${tag}号`;

  beforeAll(async () => {
    // the demo's own books close every past month; this flow enters last month's papers itself
    server = await startServer({ env: { DEMO_BOOKS: 'false' } });
    browser = await launchBrowser();
    secretary = await openDesk(browser, server, 'partySecretary', pageErrors);
    chair = await openDesk(browser, server, 'committeeChair', pageErrors);
    supervisor = await openDesk(browser, server, 'supervisionChair', pageErrors);
    villageId = chair.api.villageId;
    town = await openStaffDesk(browser, server, villageId, pageErrors);
  }, SERVER_START_MS);

  afterEach((context) =>
    screenshotOnFailure(context, {
      secretary: secretary?.page,
      chair: chair?.page,
      supervisor: supervisor?.page,
      town: town?.page,
    }),
  );

  afterAll(async () => {
    for (const context of contexts) await context.close();
    for (const desk of [secretary, chair, supervisor, town]) await desk?.context.close();
    await browser?.close();
    await server?.stop();
  }, 60_000);

  /** Who signs each body's paper sheet (supervisors attend representatives' meetings without a vote). */
  async function sheet(...kinds: string[]): Promise<string[]> {
    const all = await chair.api.bodyMembers(...kinds);
    return (await chair.api.withoutSupervisors(all, (m) => m.personId)).map((m) => m.personId);
  }

  it('"1+3" from the topic notice: the representatives resolve to pay the property company ¥450,000 (entered from last month’s papers)', async () => {
    const { matter } = await chair.api.post<{ matter: { id: string } }>('/matters', {
      title: MATTER,
      description: `按照物业服务合同，拟向${PAYEE}支付物业管理费450,000.00元。居民对小区卫生、车辆停放有意见，先经协商议事会协商。`,
      budget: '450,000',
      category: 'collectiveIncomeUse',
      workflow: 'onePlusThree',
    });
    const steps = `/matters/${matter.id}/steps`;
    // the topic on the board a week before the council (重大事项提前一周公示)
    await chair.api.post(steps, {
      kind: 'topicPublished',
      on: day(1),
      notice: {
        title: `关于“${MATTER}”议题的公示`,
        body: `社区居委会拟向${PAYEE}支付物业管理费人民币肆拾伍万元整（¥450,000.00），现将议题予以公示，征求居民意见。`,
        periodDays: 15,
      },
    });
    const council = await recordMeeting(chair.api, supervisor.api, {
      kind: 'villagersDeliberationCouncil',
      title: `协商议事会：${MATTER}`,
      noticeOn: day(5),
      meetingOn: day(8),
      present: await sheet('villagersDeliberationCouncil'),
      motions: [],
      minutes: '议事会成员代表居民提出小区卫生、车辆停放等意见，物管公司经理列席并表态整改。',
    });
    await chair.api.post(steps, {
      kind: 'councilConsultation',
      on: day(8),
      meetingId: council.meetingId,
      note: '邀请物管公司经理列席。',
    });
    await recordMeeting(secretary.api, supervisor.api, {
      kind: 'twoCommitteesJointMeeting',
      title: `社区两委联席会议：${MATTER}议决草案`,
      noticeOn: day(6),
      meetingOn: day(9),
      present: (await secretary.api.bodyMembers('partyBranch', 'villagersCommittee')).map(
        (m) => m.personId,
      ),
      motions: [
        {
          title: `${MATTER}议决草案`,
          body: '物管公司完成整改、经监督委员会和居民代表验收后，支付物业管理费45万元。',
          matterId: matter.id,
        },
      ],
      minutes: '会议修改议决草案，增加要求物管公司整改的内容。',
    });
    const reps = await recordMeeting(chair.api, supervisor.api, {
      kind: 'representativesMeeting',
      title: `居民代表会议：${MATTER}`,
      noticeOn: day(5),
      meetingOn: day(12),
      present: await sheet('representativesMeeting', 'villagersCommittee'),
      motions: [
        {
          title: `关于${MATTER}的决议（草案）`,
          body: `物管公司完成整改并经验收后，于约定日期向${PAYEE}支付物业管理费450,000.00元。`,
          matterId: matter.id,
        },
        // what the ¥12,000 request below relies on
        {
          title: `关于${AIRCON}的决议`,
          body: '从集体收益中列支12,000元，为老年活动室购置空调两台。',
        },
      ],
      minutes: '会议讨论修改并表决通过物业管理费支付决议和老年活动室购置空调决议。',
    });
    expect(reps.resolutionIds.every((id) => id !== null)).toBe(true);
    await chair.api.post(steps, {
      kind: 'resolutionPublished',
      on: day(13),
      notice: {
        title: `关于“${MATTER}”的决议公告`,
        body: `社区居民代表会议表决通过：物管公司完成整改并经验收后，支付物业管理费450,000.00元。`,
        periodDays: 15,
      },
    });
  });

  it('¥12,000 on one signature is refused under the tiers, the rule in words; on the representatives’ resolution it is accepted', async () => {
    const spending = new SpendingPage(secretary.page);
    await spending.goto(villageId);
    const refused = await spending.handIn({
      purpose: AIRCON,
      payee: '县城家电商场',
      amount: '12,000',
    });
    expect('refused' in refused).toBe(true);
    const refusal = (refused as { refused: { ruleId: string | null; text: string } }).refused;
    expect(refusal.ruleId).toBe('XWQL-TIER');
    // a community's own words: 居民代表会议
    expect(refusal.text).toContain(
      '支出金额 ¥12,000.00 超过经办人签字（一支笔）的审批权限（¥1,000.00以下），须经居民代表会议决议',
    );
    expect(refusal.text).toContain('小微权力清单');
    expect(refusal.text).not.toContain('XWQL');
    expect(await spending.capitals()).toBe('大写：人民币壹万贰仟元整');
    await screenshot(secretary.page, 'finance-12000-refused');

    const accepted = await spending.handIn({
      purpose: AIRCON,
      payee: '县城家电商场',
      amount: '12,000',
      resolution: AIRCON,
    });
    expect('requestId' in accepted).toBe(true);
    const page = new SpendingRequestPage(secretary.page);
    expect(await secretary.page.getByTestId('spending-amount-text').innerText()).toBe('¥12,000.00');
    const detail = await secretary.api.get<{
      request: { authority: string; resolution: { numberText: string } | null };
    }>(`/spending/${(accepted as { requestId: string }).requestId}`);
    expect(detail.request.authority).toBe('representativesResolution');
    expect(await secretary.page.locator('.ant-descriptions').innerText()).toContain(
      detail.request.resolution!.numberText,
    );
    expect((await page.chain())[0]).toContain('经办');
    await screenshot(secretary.page, 'finance-12000-accepted');
  });

  it('the ¥450,000 request is handed in on the resolution and signed step by step, each on its day', async () => {
    const spending = new SpendingPage(secretary.page);
    await spending.goto(villageId);
    const created = await spending.handIn({
      purpose: PURPOSE,
      payee: PAYEE,
      amount: '450,000',
      resolution: MATTER,
      on: day(14),
      scheduledOn: day(20),
    });
    expect('requestId' in created).toBe(true);
    requestId = (created as { requestId: string }).requestId;

    // 审核 and 主任审批: the chair, not the handler
    const atChair = new SpendingRequestPage(chair.page);
    await atChair.goto(villageId, requestId);
    await atChair.actOn(day(14));
    expect(await atChair.approve()).toBe(200);
    await atChair.actOn(day(15));
    expect(await atChair.approve()).toBe(200);
    // 监委会审核 and the town's agency accountant
    const atSupervisor = new SpendingRequestPage(supervisor.page);
    await atSupervisor.goto(villageId, requestId);
    await atSupervisor.actOn(day(15));
    expect(await atSupervisor.approve()).toBe(200);
    const atTown = new SpendingRequestPage(town.page);
    await atTown.goto(villageId, requestId);
    await atTown.actOn(day(16));
    expect(await atTown.approve()).toBe(200);
    await atTown.stepSays(4, `于 ${chineseDate(day(16))} 同意`);
    const chain = await atTown.chain();
    expect(chain).toHaveLength(5);
    expect(chain[4]).toContain(`于 ${chineseDate(day(16))} 同意`);
    await screenshot(town.page, 'finance-chain-signed');
  });

  it('four supervision members propose a hold, the committee adopts it, and the payment is refused in words', async () => {
    const committee = await chair.api.bodyMembers('villageAffairsSupervisionCommittee');
    const me = (await (await supervisor.page.request.get('/api/me')).json()) as {
      home: { personId: string };
    };
    const others = committee.filter((m) => m.personId !== me.home.personId);
    expect(others.length).toBeGreaterThanOrEqual(4);
    // 白廷清联名其他3个委员: the chair proposes with three members, and the committee meets that
    // evening: all but one present, all but one of them in favour — more than half of all
    // members present and in favour (委员票决制), decided at the sitting, by name
    const atSupervisor = new SpendingRequestPage(supervisor.page);
    await atSupervisor.actOn(day(17));
    const [absent, against] = [others[others.length - 1]!, others[others.length - 2]!];
    expect(
      await atSupervisor.proposeHold({
        reason: '物管公司整治行动并不彻底，居民仍有意见，建议暂缓支付物管费，待整改验收后再付。',
        coProposers: others.slice(0, 3).map((m) => m.name),
        heldOn: day(17),
        absent: [absent.personId],
        against: [against.personId],
      }),
    ).toBe(201);
    await atSupervisor.holdSays(others[0]!.name);
    await atSupervisor.holdStatusBecomes('已决定暂停支付');
    const present = committee.length - 1;
    expect(await atSupervisor.holdMotion().getByTestId('motion-count').innerText()).toContain(
      `同意 ${present - 1} 票`,
    );
    await screenshot(supervisor.page, 'finance-hold-adopted');

    // on the agreed day the committee goes to pay: refused while the hold stands
    const atChair = new SpendingRequestPage(chair.page);
    await atChair.goto(villageId, requestId);
    await chair.page.getByTestId('spending-on-hold').waitFor();
    await atChair.actOn(day(20));
    expect(await atChair.pay()).toBe(422);
    const refusal = await atChair.refusal();
    expect(refusal.ruleId).toBe('SEED002-SUPERVISION');
    expect(refusal.text).toContain('村务监督委员会已于');
    expect(refusal.text).toContain('决定暂停支付，解除前不能支付');
    expect(refusal.text).not.toContain('SEED002');
    expect(await chair.page.getByTestId('spending-paid').count()).toBe(0);
    await screenshot(chair.page, 'finance-payment-refused-on-hold');
  });

  it('referred to the representatives, who consent; inspected, released, paid and booked', async () => {
    const atSupervisor = new SpendingRequestPage(supervisor.page);
    await atSupervisor.actOn(day(17));
    expect(await atSupervisor.refer()).toBe(200);
    const detail = await chair.api.get<{
      holds: { referredMatter: { id: string; number: number; title: string } | null }[];
    }>(`/spending/${requestId}`);
    const referred = detail.holds[0]!.referredMatter!;
    await atSupervisor.holdSays(`议题第${referred.number}号`);

    // the referred matter follows its own procedure to the representatives' resolution
    await secretary.api.post(`/matters/${referred.id}/steps`, {
      kind: 'partyProposal',
      on: day(18),
      note: '社区党总支同意监督委员会的建议，提议暂缓支付物管费。',
    });
    const draft = (title: string) => [{ title, matterId: referred.id }];
    await recordMeeting(secretary.api, supervisor.api, {
      kind: 'twoCommitteesJointMeeting',
      title: `社区两委联席会议：暂缓支付物管费${tag}号`,
      noticeOn: day(17),
      meetingOn: day(19),
      present: (await secretary.api.bodyMembers('partyBranch', 'villagersCommittee')).map(
        (m) => m.personId,
      ),
      motions: draft(`暂缓支付物管费商议稿${tag}号`),
      minutes: '会议商议监督委员会暂缓支付物管费的建议。',
    });
    const partyMembers = await secretary.api.withoutSupervisors(
      await secretary.api.partyMembers(),
      (p) => p.id,
    );
    await recordMeeting(secretary.api, supervisor.api, {
      kind: 'partyMembersMeeting',
      title: `党员大会：暂缓支付物管费${tag}号`,
      noticeOn: day(17),
      meetingOn: day(20),
      present: partyMembers.map((p) => p.id),
      motions: draft(`暂缓支付物管费审议稿${tag}号`),
      minutes: '党员大会审议同意。',
    });
    const consent = `关于同意暂缓支付物管费并在验收后支付的决议${tag}号`;
    await recordMeeting(chair.api, supervisor.api, {
      kind: 'representativesMeeting',
      title: `居民代表会议：暂缓支付物管费${tag}号`,
      noticeOn: day(17),
      meetingOn: day(22),
      present: await sheet('representativesMeeting', 'villagersCommittee'),
      motions: draft(consent),
      minutes: '会议同意监督委员会暂缓支付的要求，责成居委会在整改验收后支付。',
    });

    // 1月23日 the inspection, 1月24日 the payment (seed 002)
    await atSupervisor.goto(villageId, requestId);
    await atSupervisor.actOn(day(23));
    expect(
      await atSupervisor.inspect(
        '物管公司完成小区环境和车辆停放专项整治，监督委员会成员、居民代表共同检查验收，表示满意。',
      ),
    ).toBe(200);
    await atSupervisor.actOn(day(24));
    expect(await atSupervisor.release(consent)).toBe(200);
    await atSupervisor.holdStatusBecomes('已解除');
    await screenshot(supervisor.page, 'finance-hold-released');

    const atChair = new SpendingRequestPage(chair.page);
    await atChair.goto(villageId, requestId);
    await atChair.actOn(day(24));
    expect(await atChair.pay()).toBe(200);
    const paid = await chair.page.getByTestId('spending-paid').innerText();
    expect(paid).toContain(`已于 ${chineseDate(day(24))} 支付 ¥450,000.00`);
    expect(paid).toMatch(new RegExp(`记账凭证 ${period}-\\d{3}`));
    await screenshot(chair.page, 'finance-paid-booked');
  });

  it('the town’s accountant closes the month; the supervision committee reviews the statement; the committee publishes it', async () => {
    // the books close in order: any earlier month with vouchers first
    const { items } = await town.api.get<{
      items: { period: string; closed: boolean; vouchers: number }[];
    }>('/finance/periods');
    for (const p of items
      .filter((p) => p.period < period && !p.closed && p.vouchers > 0)
      .sort((a, b) => a.period.localeCompare(b.period)))
      await town.api.post(`/finance/periods/${p.period}/close`);
    const books = new FinancePage(town.page);
    await books.goto(villageId, 'periods');
    await books.closePeriod(period);
    await screenshot(town.page, 'finance-month-closed');

    const review = new FinancePage(supervisor.page);
    await review.goto(villageId, 'statement');
    const text = await review.statementText();
    expect(text).toContain('450,000.00');
    expect(text).toContain(PAYEE);
    expect(text).not.toContain('数字还可能变动');
    await review.review(
      '经监督委员会审核，本月收支与原始凭证相符，物业管理费支付经验收后执行，同意公开。',
    );
    await screenshot(supervisor.page, 'finance-statement-reviewed');

    const publish = new FinancePage(chair.page);
    await publish.goto(villageId, 'statement');
    statementNoticeId = await publish.publish();
    await screenshot(chair.page, 'finance-statement-published');
  });

  it('a phone that never signed in reads the statement on the portal over a slow link: the ¥450,000 line, no personal data', async () => {
    // the portal's address, as the QR code printed on the notice carries it
    const print = new PrintView(chair.page);
    await print.gotoNotice(villageId, statementNoticeId);
    const url = (await chair.page.getByTestId('print-qr').getAttribute('alt')) ?? '';
    expect(url).toBe(`${server.baseURL}/p/${villageId}/n/${statementNoticeId}`);
    await screenshot(chair.page, 'finance-statement-notice-print');

    const stranger = await newContext(browser, server.baseURL, PHONE);
    contexts.push(stranger);
    const { page: portal, scripts, transferred } = await slowLinkPage(stranger, pageErrors);
    const started = Date.now();
    await portal.goto(url);
    await portal.locator('article.notice h1').waitFor();
    const loadedMs = Date.now() - started;
    const text = await portal.locator('body').innerText();
    expect(text).toContain('450,000.00');
    expect(text).toContain(PAYEE);
    expect(text).toContain('人民币肆拾伍万元整');
    // no personal data: no phone number, no ID number, no household's number
    expect(text).not.toMatch(/1[3-9]\d{9}/);
    expect(text).not.toMatch(/\d{17}[\dXx]/);
    expect(await portal.locator('#vouchers').innerText()).toContain(PURPOSE);
    await screenshot(portal, 'finance-portal-statement-phone');
    expect(scripts).toEqual([]);
    expect(transferred()).toBeLessThan(60 * 1024);
    expect(loadedMs).toBeLessThan(15_000);
  });

  it('raised no uncaught errors in the pages', () => {
    expect(pageErrors).toEqual([]);
  });
});
