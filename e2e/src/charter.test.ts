import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { MATTER_CATEGORY_INFO } from '@cunzhi/core/matters/categories';
import { launchBrowser } from './browser.ts';
import { startServer, type RunningServer } from './server.ts';
import { screenshot } from './artifacts.ts';
import { villageToday } from './demo.ts';
import { openDesk, screenshotOnFailure, type Desk } from './desk.ts';
import { MattersPage, MatterPage } from './pages/MatterPage.ts';
import { NoticesPage, PrintView } from './pages/NoticesPage.ts';
import { RulesPage } from './pages/RulesPage.ts';
import { MeetingPage } from './pages/MeetingPage.ts';

/**
 * What a committee chair does around the decisions themselves: a matter that
 * spends money, typed as people type amounts and printed in capitals, its
 * topic notice naming whom to ask; and the village charter, which may make a
 * statute stricter but not looser, and whose clause can be repealed.
 */

/** Server start with the demo's half year of decisions: see decisions.test.ts. */
const SERVER_START_MS = 240_000;

describe('a costed matter and the village charter', () => {
  let server: RunningServer;
  let browser: Browser;
  let chair: Desk;
  let villageId: string;
  const pageErrors: string[] = [];
  const today = villageToday();
  const tag = String(Date.now() % 100000).padStart(5, '0');
  const MATTER = `文化礼堂屋面修缮${tag}号`;

  beforeAll(async () => {
    server = await startServer();
    browser = await launchBrowser();
    chair = await openDesk(browser, server, 'committeeChair', pageErrors);
    villageId = chair.api.villageId;
  }, SERVER_START_MS);

  afterEach((context) => screenshotOnFailure(context, { chair: chair?.page }));

  afterAll(async () => {
    await chair?.context.close();
    await browser?.close();
    await server?.stop();
  }, 60_000);

  it('refuses a budget it cannot read, and shows one typed in 全角 digits in capitals', async () => {
    const matters = new MattersPage(chair.page);
    await matters.goto(villageId);
    await matters.openDrawer();
    await matters.typeBudget('45万');
    expect(await matters.budgetError()).toContain('不是有效的金额');
    await matters.typeBudget('４５０，０００');
    expect(await matters.budgetCapitals()).toBe('大写：人民币肆拾伍万元整');
    await screenshot(chair.page, 'charter-budget-capitals');
  });

  it('keeps the budget on the matter, in the list, and in its topic notice', async () => {
    const matters = new MattersPage(chair.page);
    await matters.create({
      title: MATTER,
      description: '礼堂屋面漏雨，拟整体翻修。',
      budget: '４５０，０００',
      category: MATTER_CATEGORY_INFO.publicWelfareProject.zh,
      workflow: 'onePlusThree',
    });
    const matter = new MatterPage(chair.page);
    expect(await chair.page.getByTestId('matter-budget-text').innerText()).toBe(
      '预算金额：人民币肆拾伍万元整（¥450,000.00）',
    );
    // the topic notice's text starts from the template, with the amount in capitals,
    // and names the community's committee as a community's (居民委员会)
    await matter.stepForm().waitFor();
    const prefill = await chair.page.getByTestId('notice-body').inputValue();
    expect(prefill).toContain('预算金额：人民币肆拾伍万元整（¥450,000.00）');
    expect(prefill).toContain('居民委员会拟将以下议题');
    expect(await matter.recordStep({ on: today })).toBe(201);
    await matter.waitForStepDone('topicPublished');

    await matters.goto(villageId);
    const row = chair.page.locator('tr').filter({ hasText: MATTER });
    expect(await row.innerText()).toContain('¥450,000.00');
  });

  it('prints the topic notice with whom to ask: the supervision committee’s chair', async () => {
    const board = new NoticesPage(chair.page);
    await board.goto(villageId);
    const noticeId = await board.openNotice(MATTER);
    const print = new PrintView(chair.page);
    await print.gotoNotice(villageId, noticeId);
    expect(await print.text('print-body')).toContain('人民币肆拾伍万元整');
    expect(await print.text('print-contact')).toMatch(/^联系人：\S+\s+电话：1\d{10}$/);
    await screenshot(chair.page, 'charter-topic-notice-print');
  });

  it('refuses a charter clause that shortens the statutory notice, and adopts a longer one', async () => {
    const rules = new RulesPage(chair.page);
    await rules.goto(villageId);
    expect(await rules.paramText('VCOL-21-CONVENE', 'noticeDays')).toContain('10');
    await rules.openEditor('VCOL-21-CONVENE');
    expect(await rules.adopt('noticeDays', 7, today)).toBe(422);
    // under the field, as the server said it
    await rules.drawer().getByText('比法律规定更宽松（法定值：10）').waitFor();
    expect(await rules.adopt('noticeDays', 15, today)).toBe(200);
    await rules.drawer().waitFor({ state: 'hidden' });
    await rules.waitForParam('VCOL-21-CONVENE', 'noticeDays', '15');
    expect(await rules.isOverridden('VCOL-21-CONVENE')).toBe(true);
    expect(await chair.page.getByTestId('rules-profile-text').innerText()).toMatch(
      /^国家法律（默认） 2025-10-28，本村章程：召集村民会议（\d{4}年\d{1,2}月\d{1,2}日通过）$/,
    );
  });

  it('repeals the clause: the statute’s ten days apply again', async () => {
    const rules = new RulesPage(chair.page);
    await rules.openEditor('VCOL-21-CONVENE');
    await screenshot(chair.page, 'charter-repeal-drawer');
    expect(await rules.repeal(today)).toBe(200);
    await rules.drawer().waitFor({ state: 'hidden' });
    await rules.waitForParam('VCOL-21-CONVENE', 'noticeDays', '10');
    expect(await rules.isOverridden('VCOL-21-CONVENE')).toBe(false);
    expect(await chair.page.getByTestId('rules-profile-text').innerText()).toBe(
      '国家法律（默认） 2025-10-28',
    );
  });

  it('judges each act by the law of its date: the 2025 assembly keeps its 2018 articles, 2026 acts cite the 2025 text', async () => {
    const { items } = await chair.api.get<{
      items: Array<{ id: string; adoptedOn: string; meeting: { id: string; kind: string } }>;
    }>('/resolutions');
    const assemblies = items.filter((r) => r.meeting.kind === 'villagersAssembly');
    const of2025 = assemblies.find((r) => r.adoptedOn === '2025-12-20');
    const of2026 = assemblies.find((r) => r.adoptedOn.startsWith('2026-'));
    expect(of2025, 'the demo has the 2025 assembly').toBeDefined();
    expect(of2026, 'and one of 2026').toBeDefined();

    // the printed resolution of December 2025: the assembly's quorum is Art. 22 of the 2018 text
    const print = new PrintView(chair.page);
    await print.gotoResolution(villageId, of2025!.id);
    expect(await print.text('print-quorum')).toContain(
      '《中华人民共和国村民委员会组织法》第二十二条第一款',
    );
    expect(await print.text('print-decision')).toContain('第二十二条第一款');
    // a short resolution, with its QR code and fingerprint, fits one A4 sheet
    expect(await print.a4Pages()).toBe(1);
    await screenshot(chair.page, 'charter-resolution-2025-print');
    await print.gotoResolution(villageId, of2026!.id);
    expect(await print.text('print-quorum')).toContain(
      '《中华人民共和国村民委员会组织法》第二十六条第一款',
    );

    // the meeting's own page says the same
    const meeting = new MeetingPage(chair.page);
    await meeting.goto(villageId, of2025!.meeting.id);
    expect(await chair.page.getByTestId('quorum-rule').innerText()).toContain('第二十二条第一款');

    // the rules page: the text in force today, and each rule's article in both texts
    const rules = new RulesPage(chair.page);
    await rules.goto(villageId);
    expect(await chair.page.getByTestId('rules-law').innerText()).toContain('2025年修正文本');
    const versions = rules.row('VCOL-26-QUORUM').getByTestId('rule-versions');
    expect(await versions.innerText()).toContain('第二十六条第二款');
    expect(await versions.innerText()).toContain('第三十条第二款');
    expect(await rules.row('VCOL25-KIN-AVOID').getByTestId('rule-versions').innerText()).toContain(
      '无此规定',
    );
    await screenshot(chair.page, 'charter-rules-law-versions');
  });

  it('raised no uncaught errors in the pages', () => {
    expect(pageErrors).toEqual([]);
  });
});
