import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { launchBrowser } from './browser.ts';
import { startServer, type RunningServer } from './server.ts';
import { screenshot } from './artifacts.ts';
import { openDesk, screenshotOnFailure, signedInPage, type Desk } from './desk.ts';
import { pickOption } from './pages/antd.ts';

/**
 * 积分换项目 (issue 14 item 6, seed 003), against a fresh server with the demo county: the county
 * reads last year's awarded ranking (chart, each village's figures, the public-welfare matter the
 * award opened) and prints the A4 with its audit fingerprint; the town reports a figure of this
 * year with evidence and the county verifies it; the showcase community's Party secretary finds
 * the ranking in the village menu, with the contest the county upheld.
 */

const SERVER_START_MS = 240_000;
const TOWN = '13800000007';
const COUNTY = '13800000008';

describe('the county ranking of villages for project funds', () => {
  let server: RunningServer;
  let browser: Browser;
  let secretary: Desk;
  let town: Page;
  let county: Page;
  const pageErrors: string[] = [];
  let schemes: Array<{ id: string; year: number; status: string }>;

  beforeAll(async () => {
    server = await startServer({ env: { DEMO_BOOKS: 'false' } });
    browser = await launchBrowser();
    secretary = await openDesk(browser, server, 'partySecretary', pageErrors);
    town = await signedInPage(browser, server, TOWN, pageErrors);
    county = await signedInPage(browser, server, COUNTY, pageErrors);
    const list = await county.request.get('/api/county-points');
    schemes = ((await list.json()) as { items: typeof schemes }).items;
  }, SERVER_START_MS);

  afterEach((context) =>
    screenshotOnFailure(context, { secretary: secretary?.page, town, county }),
  );

  afterAll(async () => {
    await secretary?.context.close();
    await town?.context().close();
    await county?.context().close();
    await browser?.close();
    await server?.stop();
  }, 60_000);

  it('the county reads last year’s awarded ranking and prints it', async () => {
    await county.goto('/county-points');
    await county.getByTestId('county-points-page').waitFor();
    await expect.poll(() => county.getByTestId('county-points-row').count()).toBe(2);
    const last = schemes.find((s) => s.status === 'awarded')!;
    await county.goto(`/county-points/${last.id}`);
    await county.getByTestId('county-points-scheme').waitFor();
    expect(await county.getByTestId('county-points-status').innerText()).toBe('已下达奖励');
    await county.getByTestId('county-points-chart').locator('svg').waitFor();
    const rows = county.getByTestId('county-points-village');
    await expect.poll(() => rows.count()).toBe(9);
    expect(await rows.first().innerText()).toContain('村议题');
    await screenshot(county, 'county-points-ranking');
    await county.getByTestId('county-points-print').click();
    await county.getByTestId('county-points-print-page').waitFor();
    expect(await county.getByTestId('print-sum').innerText()).toContain('¥10,000,000.00');
    expect(await county.getByTestId('print-fingerprint').innerText()).toMatch(/[0-9a-f]{64}/);
    await screenshot(county, 'county-points-print');
  });

  it('the town reports a figure with evidence; the county verifies it', async () => {
    const current = schemes.find((s) => s.status === 'collecting')!;
    await town.goto(`/county-points/${current.id}`);
    await town.getByTestId('county-points-scheme').waitFor();
    const row = town
      .getByTestId('county-points-village')
      .filter({ has: town.getByTestId('county-points-report-open') })
      .first();
    await row.getByTestId('county-points-report-open').click();
    await pickOption(town, town.getByTestId('county-points-report-indicator'), '零事故');
    await town.getByTestId('county-points-report-count').fill('1');
    await town.getByTestId('county-points-report-text').fill('县应急管理局事故快报（第12号）');
    await town.getByTestId('county-points-report-submit').click();
    await expect.poll(() => row.getByTestId('fact-zeroAccidents').innerText()).toContain('待核实');
    await screenshot(town, 'county-points-town-report');

    await county.goto(`/county-points/${current.id}`);
    await county.getByTestId('county-points-scheme').waitFor();
    const verify = county.getByTestId('county-points-verify').first();
    await verify.click();
    await expect.poll(() => county.getByTestId('county-points-verify').count()).toBe(0);
  });

  it('the showcase community’s secretary finds the ranking and the contest upheld', async () => {
    const page = secretary.page;
    await page.goto(`/v/${secretary.api.villageId}`);
    // the village menu's entry, for its Party secretary and committee chair
    await page.locator('a[href="/county-points"]').first().click();
    await page.getByTestId('county-points-page').waitFor();
    await expect.poll(() => page.getByTestId('county-points-row').count()).toBe(1);
    await page.getByTestId('county-points-row').first().getByRole('link').click();
    await page.getByTestId('county-points-scheme').waitFor();
    const contest = page.getByTestId('county-points-contest-row').first();
    expect(await contest.innerText()).toContain('已采纳');
    await screenshot(page, 'county-points-village');
    expect(pageErrors).toEqual([]);
  });
});
