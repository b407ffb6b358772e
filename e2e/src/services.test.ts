import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { DEMO_PASSWORD } from '@cunzhi/demo/accounts';
import { launchBrowser, newContext, PHONE } from './browser.ts';
import { startServer, type RunningServer } from './server.ts';
import { screenshot } from './artifacts.ts';
import { openDesk, screenshotOnFailure, type Desk } from './desk.ts';
import { pickOption } from './pages/antd.ts';
import { SignInPage } from './pages/SignInPage.ts';
import { VillageHomePage } from './pages/VillageHomePage.ts';

/**
 * 便民服务站 (issue 13 item 12, flow a), against a fresh server with the showcase community's demo
 * data: a resident orders a service on the phone with its materials listed first; the station's
 * staffer (the supervision chair, seed 002) accepts it as 首问责任人, prints the 受理回执 and hands
 * it to the town's 民政办 (全程代办); the demo's relief request handed up three weeks ago shows
 * overdue and escalated in the station's queue and in the department's inbox (the demo's dates
 * are set back from the server's day, which stands for a fixed clock); 民政办 accepts and answers;
 * the answer is back with the staffer, who completes it; the resident rates it 满意 on the phone.
 */

const SERVER_START_MS = 240_000;
const CIVIL_AFFAIRS = '13800000010';
const RESIDENT = '13800000006';
const ITEM = '残疾人两项补贴申请';
const OVERDUE_ITEM = '临时救助申请';

/** An account signed in at its own browser (a phone for the resident). */
async function signedIn(
  browser: Browser,
  server: RunningServer,
  phone: string,
  errors: string[],
  phoneSized = false,
): Promise<Page> {
  const context = await newContext(browser, server.baseURL, phoneSized ? PHONE : undefined);
  const page = await context.newPage();
  page.on('pageerror', (e) => errors.push(`${phone}: ${e.message}`));
  const signIn = new SignInPage(page);
  await signIn.goto();
  await signIn.signInAs(phone, DEMO_PASSWORD);
  return page;
}

describe('a phone order handed to the town, answered, completed and rated; an overdue one escalated', () => {
  let server: RunningServer;
  let browser: Browser;
  let staffer: Desk;
  let resident: Page;
  let civil: Page;
  let villageId: string;
  let requestUrl = '';
  const pageErrors: string[] = [];

  beforeAll(async () => {
    server = await startServer({ env: { DEMO_BOOKS: 'false' } });
    browser = await launchBrowser();
    staffer = await openDesk(browser, server, 'supervisionChair', pageErrors);
    villageId = staffer.api.villageId;
    resident = await signedIn(browser, server, RESIDENT, pageErrors, true);
    await new VillageHomePage(resident).waitForLoad();
    civil = await signedIn(browser, server, CIVIL_AFFAIRS, pageErrors);
  }, SERVER_START_MS);

  afterEach((context) => screenshotOnFailure(context, { staffer: staffer?.page, resident, civil }));

  afterAll(async () => {
    await staffer?.context.close();
    await resident?.context().close();
    await civil?.context().close();
    await browser?.close();
    await server?.stop();
  }, 60_000);

  it('the resident orders on the phone, the materials listed before the button', async () => {
    await resident.goto(`/v/${villageId}/my-services`);
    await resident.getByTestId('my-services-page').waitFor();
    const item = resident.getByTestId('my-services-item').filter({ hasText: ITEM });
    expect(await item.innerText()).toContain('残疾人证');
    await item.getByTestId('my-service-order').click();
    await item.getByTestId('my-service-details').fill('为家中二级肢体残疾的儿子申请两项补贴');
    await item.getByTestId('my-service-submit').click();
    await expect
      .poll(() => resident.getByTestId('my-service-ordered').innerText())
      .toMatch(/〔\d{4}〕第\d+号/);
    await screenshot(resident, 'services-phone-ordered');
  });

  it('the station sees the demo’s relief request overdue and escalated; the staffer accepts the new one and prints the receipt', async () => {
    const page = staffer.page;
    await page.goto(`/v/${villageId}/services`);
    await page.getByTestId('services-page').waitFor();
    const overdue = page.getByTestId('service-row').filter({ hasText: OVERDUE_ITEM });
    await expect.poll(() => overdue.innerText()).toContain('已超期');
    expect(await overdue.innerText()).toMatch(/督办|负责人/);
    await screenshot(page, 'services-queue');
    // the 上墙公示牌: seed 002's six windows, each with its services
    await page.getByTestId('services-board').click();
    await page.getByTestId('services-board-print').waitFor();
    expect(await page.getByTestId('board-window').count()).toBe(6);
    expect(await page.getByTestId('services-board-print').innerText()).toContain('全程代办');
    await screenshot(page, 'services-wall-board');
    await page.goto(`/v/${villageId}/services`);
    await page
      .getByTestId('service-row')
      .filter({ hasText: ITEM })
      .getByTestId('service-link')
      .click();
    await page.getByTestId('service-request-page').waitFor();
    requestUrl = new URL(page.url()).pathname;
    await page.getByTestId('service-do-accept').click();
    await page.getByTestId('service-step-submit').click();
    await expect.poll(() => page.getByTestId('service-state').innerText()).toBe('已受理');
    await page.getByTestId('service-receipt').click();
    await page.getByTestId('service-receipt-print').waitFor();
    expect(await page.getByTestId('receipt-number').innerText()).toMatch(/^〔\d{4}〕第\d+号$/);
    expect(await page.getByTestId('receipt-due').innerText()).toContain('15个工作日');
    expect(await page.getByTestId('receipt-staff').innerText()).toContain('首问责任人');
    await screenshot(page, 'services-receipt');
    await page.goto(requestUrl);
    await page.getByTestId('service-do-handToTown').click();
    await page.getByTestId('service-step-submit').click();
    await expect.poll(() => page.getByTestId('service-state').innerText()).toBe('代办中');
  });

  it('民政办 sees the relief request overdue, accepts the new one and answers it', async () => {
    await civil.goto('/town/inbox');
    await civil.getByTestId('town-inbox-page').waitFor();
    const relief = civil.getByTestId('referral-link').filter({ hasText: OVERDUE_ITEM });
    await relief.waitFor();
    expect(await civil.getByTestId('referral-overdue').count()).toBeGreaterThan(0);
    await civil.getByTestId('referral-link').filter({ hasText: ITEM }).click();
    await civil.getByTestId('referral-page').waitFor();
    await civil.getByTestId('referral-accept').click();
    await civil
      .getByTestId('referral-answer-text')
      .fill('经审核符合条件，自下月起发放困难残疾人生活补贴和重度残疾人护理补贴。');
    await civil.getByTestId('referral-answer-submit').click();
    await civil.getByTestId('referral-answer').waitFor();
    await screenshot(civil, 'services-town-answer');
  });

  it('the answer is back with the staffer, who completes it; the resident rates it 满意', async () => {
    const page = staffer.page;
    await page.goto(requestUrl);
    await expect.poll(() => page.getByTestId('service-state').innerText()).toBe('办理中');
    expect(await page.getByTestId('service-town-answer').innerText()).toContain('符合条件');
    await page.getByTestId('service-do-complete').click();
    await page.getByTestId('service-step-text').fill('已告知申请人，补贴下月起发放');
    await page.getByTestId('service-step-submit').click();
    await expect.poll(() => page.getByTestId('service-state').innerText()).toBe('已办结');
    expect(await page.getByTestId('service-timeline').innerText()).toContain('镇部门答复或退回');

    await resident.goto(`/v/${villageId}/my-services`);
    const mine = resident.getByTestId('my-service').filter({ hasText: ITEM });
    await mine.getByTestId('my-service-open').click();
    await resident.getByTestId('my-service-page').waitFor();
    await resident.getByTestId('my-service-rate').click();
    await expect
      .poll(() => resident.getByTestId('my-service-page').innerText())
      .toContain('已评价');
    await screenshot(resident, 'services-phone-rated');
    expect(pageErrors).toEqual([]);
  });
  it('the counter orders for a villager without a phone, by name, and accepts it', async () => {
    const page = staffer.page;
    await page.goto(`/v/${villageId}/services`);
    await page.getByTestId('services-counter').click();
    await pickOption(
      page,
      page.getByTestId('counter-item'),
      '城乡居民基本养老保险参保登记',
      '养老',
    );
    expect(await page.getByTestId('counter-materials').innerText()).toContain('户口簿');
    await page.getByTestId('counter-name').fill('王桂芳');
    await page.getByTestId('counter-submit').click();
    await page.getByTestId('service-request-page').waitFor();
    await expect.poll(() => page.getByTestId('service-state').innerText()).toBe('已点单');
    await page.getByTestId('service-do-accept').click();
    await page.getByTestId('service-step-submit').click();
    await expect.poll(() => page.getByTestId('service-state').innerText()).toBe('已受理');
    // 即办: due the day it is accepted
    expect(await page.getByTestId('service-due').innerText()).toMatch(
      /^\d{4}年\d{1,2}月\d{1,2}日$/,
    );
    expect(pageErrors).toEqual([]);
  });
});
