import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { launchBrowser } from './browser.ts';
import { startServer, type RunningServer } from './server.ts';
import { screenshot } from './artifacts.ts';
import { openDesk, screenshotOnFailure, signedInPage, type Desk } from './desk.ts';
import { villageToday } from './demo.ts';
import { fillDate, pickOption } from './pages/antd.ts';

/**
 * 村级组织工作事项准入 (issue 14 item 8, seed 003), against a fresh server with the demo county:
 * the town sends the showcase community a task that relies on an item of the county's
 * burden-reduction list — the form says 不予准入 before it is sent; the community's committee
 * chair cannot accept it (the API answers 422 citing the list's version and item and the article)
 * and records the refusal with its reason; the town finds it among its refused tasks; the county
 * sees the refusals per town in its chart, and publishes a second version of the lists.
 */

const SERVER_START_MS = 240_000;
const TOWN = '13800000007';
const COUNTY = '13800000008';
const CONTENT = '要求社区组织居民完成文明城市创建测评问卷，参与率不低于90%';

function addDays(iso: string, n: number): string {
  const d = new Date(`${iso}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + n);
  return d.toISOString().slice(0, 10);
}

describe('a town task refused under the admission lists', () => {
  let server: RunningServer;
  let browser: Browser;
  let chair: Desk;
  let town: Page;
  let county: Page;
  let villageId: string;
  const pageErrors: string[] = [];

  beforeAll(async () => {
    server = await startServer({ env: { DEMO_BOOKS: 'false' } });
    browser = await launchBrowser();
    chair = await openDesk(browser, server, 'committeeChair', pageErrors);
    villageId = chair.api.villageId;
    town = await signedInPage(browser, server, TOWN, pageErrors);
    county = await signedInPage(browser, server, COUNTY, pageErrors);
  }, SERVER_START_MS);

  afterEach((context) => screenshotOnFailure(context, { chair: chair?.page, town, county }));

  afterAll(async () => {
    await chair?.context.close();
    await town?.context().close();
    await county?.context().close();
    await browser?.close();
    await server?.stop();
  }, 60_000);

  it('the town sends a burden-list task: the form says 不予准入 before it goes', async () => {
    const overview = await town.request.get('/api/work-admission');
    const towns = (await overview.json()) as {
      towns: Array<{ villages: Array<{ id: string; name: string }> }>;
    };
    const community = towns.towns[0]!.villages.find((v) => v.id === villageId)!;
    await town.goto('/town/work-admission');
    await town.getByTestId('admission-page').waitFor();
    // the county's version 1, in force, with its three lists
    const version = town.getByTestId('admission-version').first();
    await expect.poll(() => version.innerText()).toContain('招商引资');
    await town.getByTestId('admission-send').click();
    await pickOption(town, town.getByTestId('send-villages'), community.name);
    await town.getByTestId('send-department').fill('镇文明创建办公室');
    await town.getByTestId('send-content').fill(CONTENT);
    await town.getByTestId('send-legal-basis').fill('镇文明创建工作方案');
    await fillDate(town.getByTestId('send-deadline'), addDays(villageToday(), 10));
    await pickOption(town, town.getByTestId('send-item'), /创建达标/, '创建达标');
    const preview = town.getByTestId('send-preview');
    await expect.poll(() => preview.innerText()).toContain('不予准入');
    expect(await preview.innerText()).toContain('减负工作事项清单（第1版）第3项');
    await screenshot(town, 'admission-send-preview');
    await town.getByTestId('send-submit').click();
    await expect.poll(() => town.getByTestId('admission-tasks').innerText()).toContain(CONTENT);
  });

  it('the committee cannot accept it; the chair refuses it, with the reason the list gives', async () => {
    const page = chair.page;
    const tasks = (await (
      await page.request.get(`/api/villages/${villageId}/work-tasks`)
    ).json()) as { items: Array<{ id: string; content: string }> };
    const task = tasks.items.find((t) => t.content === CONTENT)!;
    const accept = await page.request.post(
      `/api/villages/${villageId}/work-tasks/${task.id}/decision`,
      { data: { decision: 'accepted', reason: '社区愿意承担' } },
    );
    expect(accept.status()).toBe(422);
    const refusal = ((await accept.json()) as { error: { message: string } }).error.message;
    expect(refusal).toContain('减负工作事项清单（第1版）第3项');
    expect(refusal).toContain('村民委员会组织法第四十三条');

    await page.goto(`/v/${villageId}/work-tasks`);
    await page.getByTestId('work-tasks-page').waitFor();
    const row = page.getByTestId('work-task').filter({ hasText: CONTENT });
    expect(await row.getByTestId('admission-verdict').innerText()).toBe('不予准入');
    await row.getByTestId('admission-decide').click();
    // the verdict leaves one choice: refuse; accepting is not offered
    await page.getByTestId('decide-refused').waitFor();
    expect(await page.getByTestId('decide-accepted').count()).toBe(0);
    expect(await page.getByTestId('decide-reason').inputValue()).toContain('减负工作事项清单');
    await page
      .getByTestId('decide-reason')
      .fill('属于减负工作事项清单所列创建达标活动，依准入制度拒绝');
    await page.getByTestId('decide-submit').click();
    await expect.poll(() => row.getByTestId('admission-decision').innerText()).toContain('已拒绝');
    await screenshot(page, 'admission-village-refused');
  });

  it('the town finds it among its refused tasks', async () => {
    await town.goto('/town/work-admission');
    await town.getByTestId('admission-page').waitFor();
    await town.getByTestId('admission-filter').getByText('被拒绝的').click();
    const row = town.getByTestId('admission-task').filter({ hasText: CONTENT });
    await expect.poll(() => row.innerText()).toContain('依准入制度拒绝');
    // the list reloads with the refused ones only (the previous answer stays while it loads)
    await expect
      .poll(() => town.getByTestId('admission-task').filter({ hasText: '已接收' }).count())
      .toBe(0);
    await screenshot(town, 'admission-town-refused');
  });

  it('the county counts the refusals per town in its chart, and publishes version 2', async () => {
    await county.goto('/town/work-admission');
    await county.getByTestId('admission-page').waitFor();
    await county.getByTestId('admission-chart').locator('svg').waitFor();
    const towns = county.getByTestId('admission-town');
    await expect.poll(() => towns.count()).toBeGreaterThan(1);
    await screenshot(county, 'admission-county-chart');
    await county.getByTestId('admission-publish').click();
    await fillDate(county.getByTestId('publish-effective-on'), addDays(villageToday(), 1));
    await county.getByTestId('publish-submit').click();
    await expect.poll(() => county.getByTestId('admission-county').innerText()).toContain('第2版');
    expect(await county.getByTestId('admission-county').innerText()).toContain('尚未施行');
    expect(pageErrors).toEqual([]);
  });
});
