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
      /^国家法律（默认） 2025-10-28，本村章程：VCOL-21-CONVENE（\d{4}年\d{1,2}月\d{1,2}日通过）$/,
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

  it('raised no uncaught errors in the pages', () => {
    expect(pageErrors).toEqual([]);
  });
});
