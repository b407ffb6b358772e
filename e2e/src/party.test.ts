import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { launchBrowser, PHONE } from './browser.ts';
import { startServer, type RunningServer } from './server.ts';
import { screenshot } from './artifacts.ts';
import { villageToday } from './demo.ts';
import { openDesk, screenshotOnFailure, signedInPage, type Desk } from './desk.ts';

/**
 * 党组织和“三会一课” (issue 15 items 8, 9, 11; PARTY-3H1K), against a fresh server with the demo
 * county: the showcase community's 党总支 and four sub-branches have held three months of 三会一课
 * up to the server's day (the demo's dates stand for a fixed clock), with 老龄支部's last 支委会
 * missed. The Party secretary sees it overdue on the village's page and the meeting records; the
 * town official sees it on the town's page; a villager reaches neither the page nor its API.
 */

const SERVER_START_MS = 240_000;
const TOWN = '13800000007';
const VILLAGER = '13800000006';

/** The month before the server's: the last complete month, the one the missed 支委会 belongs to. */
function lastMonth(): string {
  const [y, m] = villageToday().split('-').map(Number) as [number, number];
  return m === 1 ? `${y - 1}年12月` : `${y}年${m - 1}月`;
}

describe('三会一课: a missed 支委会 overdue at the village and the town, never shown to villagers', () => {
  let server: RunningServer;
  let browser: Browser;
  let secretary: Desk;
  let town: Page;
  let villager: Page;
  let villageId: string;
  const pageErrors: string[] = [];

  beforeAll(async () => {
    server = await startServer({ env: { DEMO_BOOKS: 'false' } });
    browser = await launchBrowser();
    secretary = await openDesk(browser, server, 'partySecretary', pageErrors);
    villageId = secretary.api.villageId;
    town = await signedInPage(browser, server, TOWN, pageErrors);
    villager = await signedInPage(browser, server, VILLAGER, pageErrors, PHONE);
  }, SERVER_START_MS);

  afterEach((context) =>
    screenshotOnFailure(context, { secretary: secretary?.page, town, villager }),
  );

  afterAll(async () => {
    await secretary?.context.close();
    await town?.context().close();
    await villager?.context().close();
    await browser?.close();
    await server?.stop();
  }, 60_000);

  it('the secretary sees 老龄支部’s missed 支委会 overdue, the others held', async () => {
    const page = secretary.page;
    await page.goto(`/v/${villageId}/party`);
    await page.getByTestId('party-page').waitFor();
    const aged = page.getByTestId('party-unit').filter({ hasText: '老龄支部' });
    await aged.waitFor();
    expect(await aged.getByTestId('cadence-overdue').count()).toBe(1);
    expect(
      await aged
        .getByTestId('party-finding-violation')
        .filter({ hasText: '支部委员会会议' })
        .innerText(),
    ).toContain(`老龄支部：支部委员会会议应每月召开 1 次，${lastMonth()} 未召开`);
    // the regulation named in words, never a rule id
    expect(await aged.innerText()).toContain('《中国共产党支部工作条例（试行）》');
    expect(await page.getByTestId('party-page').innerText()).not.toContain('PARTY-3H1K');
    for (const held of ['就业支部', '创业支部', '金川公司支部']) {
      const unit = page.getByTestId('party-unit').filter({ hasText: held });
      expect(await unit.getByTestId('cadence-overdue').count()).toBe(0);
    }
    await screenshot(page, 'party-village');
    // a meeting's record: minutes and who was on leave
    await page.getByTestId('party-meetings').getByText('支部委员会会议').first().click();
    const detail = page.getByTestId('party-meeting-detail');
    await detail.waitFor();
    expect(await detail.innerText()).toContain('会议纪要');
    await page.keyboard.press('Escape');
  });

  it('the town official sees the same village overdue on the town’s page', async () => {
    await town.goto('/town/party');
    await town.getByTestId('town-party-page').waitFor();
    const overdue = town.getByTestId('town-party-overdue').filter({ hasText: '老龄支部' });
    await overdue.waitFor();
    expect(await overdue.innerText()).toContain(`老龄支部 支部委员会会议 ${lastMonth()}`);
    await screenshot(town, 'party-town');
  });

  it('a villager reaches neither the Party page nor its records', async () => {
    const api = await villager.request.get(`/api/villages/${villageId}/party`);
    expect(api.status()).toBe(403);
    const townApi = await villager.request.get('/api/town/party');
    expect(townApi.status()).toBe(403);
    await villager.goto(`/v/${villageId}/party`);
    await villager.waitForURL((url) => !url.pathname.endsWith('/party'));
    expect(await villager.getByTestId('party-page').count()).toBe(0);
    expect(await villager.content()).not.toContain('老龄支部');
    expect(pageErrors).toEqual([]);
  });
});
