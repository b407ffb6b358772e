import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { launchBrowser } from './browser.ts';
import { startServer, type RunningServer } from './server.ts';
import { screenshot } from './artifacts.ts';
import { openDesk, screenshotOnFailure, signedInPage, type Desk } from './desk.ts';
import { pickOption } from './pages/antd.ts';

/**
 * 信访 (issue 13 item 12, flow c), against a fresh server with the showcase community's demo
 * data: the Party secretary registers a petition at the village and forwards it; the town's
 * 信访办 hands it to 民政办, which accepts and answers it in time with a 信访处理意见书 (printed,
 * numbered, with the last day to ask for a review); the demo's petition forwarded three weeks ago
 * and never handed on shows 逾期 on the village's list and at the top of the 信访办's; and the
 * villagers' committee chair, a cadre who did not register it, reads the petition without the
 * petitioner's name.
 */

const SERVER_START_MS = 240_000;
const PETITION_OFFICE = '13800000011';
const CIVIL_AFFAIRS = '13800000010';
const OVERDUE = '耕地地力保护补贴少发';

/** Takes a step on the petition's page: its button, the drawer's fields, submit, the new status. */
async function takeStep(page: Page, action: string, fill: () => Promise<void>, status: string) {
  await page.getByTestId(`petition-action-${action}`).click();
  await page.getByTestId('petition-step-drawer').waitFor();
  await fill();
  await page.getByTestId('petition-step-drawer').getByTestId('form-submit').click();
  await page.getByTestId('petition-step-drawer').waitFor({ state: 'hidden' });
  await expect.poll(() => page.getByTestId('petition-status').innerText()).toBe(status);
}

describe('a petition registered, forwarded, answered in time; another overdue; the petitioner withheld from a cadre', () => {
  let server: RunningServer;
  let browser: Browser;
  let secretary: Desk;
  let office: Page;
  let civil: Page;
  let villageId: string;
  let petitionUrl = '';
  const pageErrors: string[] = [];
  const tag = String(Date.now() % 100000).padStart(5, '0');
  const SUBJECT = `村道路灯不亮${tag}`;

  beforeAll(async () => {
    server = await startServer({ env: { DEMO_BOOKS: 'false' } });
    browser = await launchBrowser();
    secretary = await openDesk(browser, server, 'partySecretary', pageErrors);
    villageId = secretary.api.villageId;
    office = await signedInPage(browser, server, PETITION_OFFICE, pageErrors);
    civil = await signedInPage(browser, server, CIVIL_AFFAIRS, pageErrors);
  }, SERVER_START_MS);

  afterEach((context) =>
    screenshotOnFailure(context, { secretary: secretary?.page, office, civil }),
  );

  afterAll(async () => {
    await secretary?.context.close();
    await office?.context().close();
    await civil?.context().close();
    await browser?.close();
    await server?.stop();
  }, 60_000);

  it('the secretary registers a petition in the real name and forwards it', async () => {
    const page = secretary.page;
    await page.goto(`/v/${villageId}/petitions`);
    await page.getByTestId('petitions-page').waitFor();
    await page.getByTestId('petition-register').click();
    const drawer = page.getByTestId('petition-register-drawer');
    await drawer.waitFor();
    await page.getByTestId('petition-person-name-0').fill('赵大山');
    // a wrong check character first: the field says so, nothing is written
    await page.getByTestId('petition-person-id-0').fill('330226197003030010');
    await page.getByTestId('petition-subject').fill(SUBJECT);
    await page.getByTestId('petition-request').fill('请求尽快修复村道路灯。');
    await page.getByTestId('petition-facts').fill('村口至老街的路灯坏了两个月，夜间行走不便。');
    await drawer.getByTestId('form-submit').click();
    await expect.poll(() => drawer.innerText()).toContain('校验');
    await page.getByTestId('petition-person-id-0').fill('330226197003030014');
    await drawer.getByTestId('form-submit').click();
    await page.getByTestId('petition-page').waitFor();
    petitionUrl = new URL(page.url()).pathname;
    expect(await page.getByTestId('petition-status').innerText()).toBe('已转送');
    expect(await page.getByTestId('petition-people').innerText()).toContain('赵大山');
    await screenshot(page, 'petition-registered');
  });

  it('the town’s 信访办 sees the demo’s unrouted petition overdue first, and assigns the new one to 民政办', async () => {
    await office.goto('/town/petitions');
    await office.getByTestId('petition-office-page').waitFor();
    const first = office.getByTestId('petition-row').first();
    await expect.poll(() => first.innerText()).toContain(OVERDUE);
    expect(await first.innerText()).toContain('逾期');
    expect(await office.getByTestId('petitions-list').innerText()).toContain(SUBJECT);
    await screenshot(office, 'petition-office');
    await office.goto(petitionUrl);
    await office.getByTestId('petition-page').waitFor();
    expect(await office.getByTestId('petition-people').innerText()).toContain('赵大山');
    await takeStep(
      office,
      'assign',
      () => pickOption(office, office.getByTestId('petition-step-department'), '民政办'),
      '已交办',
    );
  });

  it('民政办 accepts it and answers in time; the 信访处理意见书 prints numbered with the review deadline', async () => {
    await civil.goto(petitionUrl);
    await civil.getByTestId('petition-page').waitFor();
    await takeStep(civil, 'accept', async () => undefined, '办理中');
    await takeStep(
      civil,
      'answer',
      async () => {
        await civil.getByTestId('petition-step-opinion').getByText('支持').first().click();
        await civil.getByTestId('petition-step-answer').fill('已安排电工更换灯具，三日内修复。');
      },
      '已答复',
    );
    expect(await civil.getByTestId('petition-overdue').count()).toBe(0);
    await civil.getByTestId('petition-letter-opinion').click();
    await civil.getByTestId('petition-letter-print').waitFor();
    expect(await civil.getByTestId('letter-number').innerText()).toMatch(/^〔\d{4}〕第\d+号$/);
    expect(await civil.getByTestId('letter-opinion').innerText()).toContain('支持');
    expect(await civil.getByTestId('letter-next-review').innerText()).toMatch(/30日内（至\d{4}年/);
    expect(await civil.getByTestId('petition-letter-print').innerText()).toContain('赵大山');
    await screenshot(civil, 'petition-opinion-letter');
  });

  it('the village’s list shows the unrouted petition 逾期', async () => {
    const page = secretary.page;
    await page.goto(`/v/${villageId}/petitions`);
    const row = page.getByTestId('petition-row').filter({ hasText: OVERDUE });
    await expect.poll(() => row.innerText()).toContain('逾期');
  });

  it('the committee chair, a cadre who did not register it, reads it without the petitioner', async () => {
    const chair = await openDesk(browser, server, 'committeeChair', pageErrors);
    try {
      await chair.page.goto(`/v/${villageId}/petitions`);
      const row = chair.page.getByTestId('petition-row').filter({ hasText: SUBJECT });
      await row.waitFor();
      expect(await row.innerText()).not.toContain('赵大山');
      await chair.page.goto(petitionUrl);
      await chair.page.getByTestId('petition-people-hidden').waitFor();
      expect(await chair.page.getByTestId('petition-page').innerText()).not.toContain('赵大山');
      expect(await chair.page.getByTestId('petition-letter-opinion').count()).toBe(0);
      await screenshot(chair.page, 'petition-withheld');
    } finally {
      await chair.context.close();
    }
    expect(pageErrors).toEqual([]);
  });
});
