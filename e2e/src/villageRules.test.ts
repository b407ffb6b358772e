import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { launchBrowser } from './browser.ts';
import { startServer, type RunningServer } from './server.ts';
import { screenshot } from './artifacts.ts';
import { openDesk, screenshotOnFailure, signedInPage, type Desk } from './desk.ts';

/**
 * 村规民约 (issue 14 item 9; CGMY-STEPS, VCOL-27-RULES), against a fresh server with the demo
 * county: the showcase community's amendment is in the town's review with a flag open. The town
 * official finds it on the town's page, cannot pass it while the flag is open (the refusal names
 * the clause and the Organic Law's article in words), closes the flag saying why and passes the
 * review; the committee sees the review passed and is told no assembly resolution adopts it yet;
 * the rules in force print on A4 with the publication's fingerprint, and anyone reads them on the
 * public portal.
 */

const SERVER_START_MS = 240_000;
const TOWN = '13800000007';

describe('village rules: the township reviews clause by clause', () => {
  let server: RunningServer;
  let browser: Browser;
  let chair: Desk;
  let town: Page;
  let villageId: string;
  let versionPath: string;
  const pageErrors: string[] = [];

  beforeAll(async () => {
    server = await startServer({ env: { DEMO_BOOKS: 'false' } });
    browser = await launchBrowser();
    chair = await openDesk(browser, server, 'committeeChair', pageErrors);
    villageId = chair.api.villageId;
    town = await signedInPage(browser, server, TOWN, pageErrors);
  }, SERVER_START_MS);

  afterEach((context) => screenshotOnFailure(context, { chair: chair?.page, town }));

  afterAll(async () => {
    await chair?.context.close();
    await town?.context().close();
    await browser?.close();
    await server?.stop();
  }, 60_000);

  it('the town finds the amendment in review, and cannot pass it with a flag open', async () => {
    await town.goto('/town/village-rules');
    await town.getByTestId('town-rules-page').waitFor();
    const pending = town
      .getByTestId('town-rules-village')
      .filter({ hasText: '未处理问题 1 个' })
      .getByTestId('town-rules-pending');
    await pending.click();
    await town.getByTestId('rules-version-page').waitFor();
    versionPath = new URL(town.url()).pathname;
    expect(versionPath).toContain(`/v/${villageId}/village-rules/`);
    await town.getByTestId('rules-step-pass').click();
    await town.getByTestId('form-submit').click();
    const refusal = town.getByTestId('rules-step-refused');
    await expect.poll(() => refusal.innerText()).toContain('乡镇审核尚有 1 个问题未处理（第三条）');
    expect(await refusal.innerText()).toContain('第三十一条');
    await screenshot(town, 'village-rules-pass-refused');
    await town.keyboard.press('Escape');
  });

  it('closes the flag saying why, then passes the review', async () => {
    await town.goto(versionPath);
    await town.getByTestId('rules-flag-close').click();
    await town.getByTestId('rules-flag-note').fill('社区已说明燃放时段与县里规定一致');
    await town.getByTestId('form-submit').click();
    await expect.poll(() => town.getByTestId('rules-flag-open').count()).toBe(0);
    await town.getByTestId('rules-step-pass').click();
    await town.getByTestId('rules-step-note').fill('同意提交居民会议表决');
    await town.getByTestId('form-submit').click();
    await expect.poll(() => town.getByTestId('rules-state').first().innerText()).toBe('审核通过');
    await screenshot(town, 'village-rules-passed');
  });

  it('the committee sees the review passed, and no assembly resolution adopts it yet', async () => {
    const page = chair.page;
    await page.goto(versionPath);
    await page.getByTestId('rules-version-page').waitFor();
    expect(await page.getByTestId('rules-timeline').innerText()).toContain(
      '乡镇审核：同意提交居民会议表决',
    );
    // the clause added by the amendment reads as one addition against the rules in force
    const diff = page.getByTestId('rules-diff');
    await expect.poll(() => diff.innerText()).toContain('新增');
    await page.getByTestId('rules-step-adopt').click();
    await expect
      .poll(() => page.getByTestId('rules-step-drawer').innerText())
      .toContain('审核通过以后还没有村民会议的决议');
    await page.keyboard.press('Escape');
  });

  it('the rules in force print on A4 and are public on the portal', async () => {
    const page = chair.page;
    await page.goto(`/v/${villageId}/village-rules`);
    await page.getByTestId('rules-version').filter({ hasText: '已公布施行' }).click();
    await page.getByTestId('rules-print').click();
    await page.getByTestId('rules-print-page').waitFor();
    expect(await page.getByTestId('rules-print-clauses').innerText()).toContain('第一条');
    expect(await page.getByTestId('rules-print-meta').innerText()).toContain('经居民会议表决通过');
    await screenshot(page, 'village-rules-print');
    const portal = await page.request.get(`/p/${villageId}/village-rules`);
    expect(portal.status()).toBe(200);
    const html = await portal.text();
    expect(html).toContain('第七条');
    expect(html).not.toContain('烟花爆竹');
    expect(pageErrors).toEqual([]);
  });
});
