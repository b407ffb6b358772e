import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { launchBrowser } from './browser.ts';
import { startServer, type RunningServer } from './server.ts';
import { screenshot } from './artifacts.ts';
import { screenshotOnFailure, signedInPage } from './desk.ts';

/**
 * The town official's week (issue 16 items 1 and 2), against a fresh server with the demo county:
 * signed in, the official lands on the dashboard, which shows every village of the town with its
 * figures (meetings without quorum among them) and their total; a red overdue
 * disclosure opens that village's disclosure page, where the overdue period is; the work list
 * prints the week's items on an A4 sheet.
 */

// the demo county is seeded at every start: on a busy two-core machine that takes minutes
const SERVER_START_MS = 480_000;
const TOWN = '13800000007';

describe('a town official runs the week from the dashboard', () => {
  let server: RunningServer;
  let browser: Browser;
  let town: Page;
  const pageErrors: string[] = [];

  beforeAll(async () => {
    server = await startServer({ env: { DEMO_BOOKS: 'false' } });
    browser = await launchBrowser();
    town = await signedInPage(browser, server, TOWN, pageErrors);
  }, SERVER_START_MS);

  afterEach((context) => screenshotOnFailure(context, { town }));

  afterAll(async () => {
    await town?.context().close();
    await browser?.close();
    await server?.stop();
  }, 60_000);

  it('lands a town official on the dashboard after sign-in: each village, the total, the chart', async () => {
    await town.getByTestId('dashboard-page').waitFor();
    expect(new URL(town.url()).pathname).toBe('/town/dashboard');
    const api = (await (await town.request.get('/api/oversight/dashboard')).json()) as {
      scope: { name: string };
      villages: Array<{ name: string }>;
      total: { overdueDisclosures: number; meetingsWithoutQuorum: number };
    };
    await expect
      .poll(() => town.getByTestId('dashboard-village').count())
      .toBe(api.villages.length);
    expect(await town.locator('h1').innerText()).toContain(`${api.scope.name}工作台`);
    expect(api.total.overdueDisclosures).toBeGreaterThan(0);
    await town.getByTestId('dashboard-chart').waitFor();
    // the meetings, composition and 三会一课 figures are columns like the others
    const header = await town.getByTestId('dashboard-table').locator('thead').innerText();
    for (const title of ['未达法定人数或无效会议', '组织构成不合规', '三会一课欠缺'])
      expect(header).toContain(title);
    // the demo community's joint meeting too few came to
    expect(api.total.meetingsWithoutQuorum).toBeGreaterThan(0);
    await town.getByTestId('figure-meetingsWithoutQuorum').first().waitFor();
    await screenshot(town, 'oversight-dashboard');
  });

  it('prints the dashboard: every village and the total, and the 三会一课 short named by kind', async () => {
    const api = (await (await town.request.get('/api/oversight/dashboard')).json()) as {
      villages: Array<{ name: string; figures: { partyMeetingsShort: number | null } }>;
    };
    await town.goto(`${server.baseURL}/town/dashboard/print`);
    await town.getByTestId('dashboard-print-page').waitFor();
    const rows = town.getByTestId('dashboard-print-table').locator('tbody tr');
    await expect.poll(() => rows.count()).toBe(api.villages.length + 1);
    // paper has no tooltip: which kinds are short is printed under the table, village by village
    const short = api.villages.filter((v) => v.figures.partyMeetingsShort);
    expect(short.length).toBeGreaterThan(0);
    const notes = await town.getByTestId('dashboard-print-party-short').innerText();
    for (const v of short)
      expect(notes).toMatch(new RegExp(`${v.name}：今年已结束的期间少开\\d+次：.+\\d次`));
    await screenshot(town, 'oversight-dashboard-print');
    await town.goto(`${server.baseURL}/town/dashboard`);
    await town.getByTestId('dashboard-page').waitFor();
  });

  it('follows an overdue disclosure to the village, where the overdue period is', async () => {
    const overdue = town.getByTestId('figure-overdueDisclosures').first();
    const n = Number(await overdue.innerText());
    expect(n).toBeGreaterThan(0);
    await overdue.click();
    await town.getByTestId('disclosure-page').waitFor();
    expect(town.url()).toMatch(/\/v\/[0-9a-f-]+\/disclosure$/);
    await expect.poll(() => town.getByTestId('disclosure-summary').innerText()).toContain('逾期');
    await screenshot(town, 'oversight-overdue-disclosure');
  });

  it('prints the week’s work list', async () => {
    await town.goto('/town/work');
    await town.getByTestId('work-list-page').waitFor();
    const work = (await (await town.request.get('/api/oversight/work')).json()) as {
      items: Array<{ urgency: string; title: string }>;
    };
    const week = work.items.filter((i) => ['overdue', 'today', 'soon'].includes(i.urgency));
    await town.getByTestId('work-print').click();
    await town.getByTestId('work-print-page').waitFor();
    expect(await town.getByTestId('print-title').innerText()).toMatch(
      /^本周待办（\d{4}年\d{1,2}月\d{1,2}日至/,
    );
    const rows = town.getByTestId('work-print-table').locator('tbody tr');
    expect(await rows.count()).toBe(week.length);
    for (const [i, item] of week.entries())
      expect(await rows.nth(i).innerText()).toContain(item.title);
    await screenshot(town, 'oversight-work-print');
    expect(pageErrors).toEqual([]);
  });
});
