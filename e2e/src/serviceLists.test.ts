import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { calendarDate } from '@cunzhi/core/calendarDate';
import { listsDueOn, quarterContaining } from '@cunzhi/core/serviceLists/quarters';
import type { Browser } from 'playwright-core';
import { launchBrowser, PHONE } from './browser.ts';
import { startServer, type RunningServer } from './server.ts';
import { screenshot } from './artifacts.ts';
import { villageToday } from './demo.ts';
import { recordMeeting } from './api.ts';
import { openDesk, openStaffDesk, screenshotOnFailure, signedInPage, type Desk } from './desk.ts';
import { confirmClick, pickOption } from './pages/antd.ts';

/**
 * 三清单 (issue 14 item 7, seed 004), against a fresh server with the showcase community's demo
 * data, whose quarter's needs are listed but not published (overdue once the quarter's first
 * month is gone): the town's official sees the community's status; the Party secretary draws a need from the
 * station's counted requests, adds a resource and publishes the lists; records the
 * design a social organisation brings for a listed need; the two committees' joint meeting
 * (entered from its papers) adopts a resolution, which the secretary cites as the review, and
 * declares the project to the town; the town's official finds it among the declared projects and
 * files it; the A4 of the three lists carries the project, filed, and the publication's
 * audit fingerprint; a resident reads the lists and the filed project on the phone.
 */

const SERVER_START_MS = 240_000;
const TODAY = villageToday();
// the quarter's lists are due by its first month's last day: overdue after it
const LATE = TODAY > listsDueOn(quarterContaining(calendarDate(TODAY)));
const [UNPUBLISHED, PUBLISHED] = LATE ? ['逾期未公示', '逾期后公示'] : ['待公示', '已按时公示'];
const PROJECT = '高龄老人助浴服务';
const DESIGNER = '百家社工服务中心';
const RESIDENT = '13800000006';

/** `n` days before `day` (YYYY-MM-DD). */
function daysBefore(day: string, n: number): string {
  const d = new Date(`${day}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() - n);
  return d.toISOString().slice(0, 10);
}

describe('a quarter’s three lists producing a project filed with the town', () => {
  let server: RunningServer;
  let browser: Browser;
  let secretary: Desk;
  let supervisor: Desk;
  let town: Desk;
  let villageId: string;
  let listsUrl: string;
  const pageErrors: string[] = [];

  beforeAll(async () => {
    server = await startServer({ env: { DEMO_BOOKS: 'false' } });
    browser = await launchBrowser();
    secretary = await openDesk(browser, server, 'partySecretary', pageErrors);
    supervisor = await openDesk(browser, server, 'supervisionChair', pageErrors);
    villageId = secretary.api.villageId;
    listsUrl = `/v/${villageId}/service-lists`;
    town = await openStaffDesk(browser, server, villageId, pageErrors);
  }, SERVER_START_MS);

  afterEach((context) =>
    screenshotOnFailure(context, { secretary: secretary?.page, town: town?.page }),
  );

  afterAll(async () => {
    await secretary?.context.close();
    await supervisor?.context.close();
    await town?.context.close();
    await browser?.close();
    await server?.stop();
  }, 60_000);

  const villageRow = (d: Desk) =>
    d.page
      .getByTestId('town-lists-village')
      .filter({ has: d.page.locator(`a[href="${listsUrl}"]`) });

  it('the town sees the community’s lists not yet published', async () => {
    const page = town.page;
    await page.goto('/town/service-lists');
    await page.getByTestId('town-lists-page').waitFor();
    await expect.poll(() => villageRow(town).innerText()).toContain(UNPUBLISHED);
    await screenshot(page, 'service-lists-town-overdue');
  });

  it('the secretary draws a need from the records, adds a resource and publishes the lists', async () => {
    const page = secretary.page;
    await page.goto(listsUrl);
    await page.getByTestId('service-lists-page').waitFor();
    expect(await page.getByTestId('lists-status').innerText()).toBe(UNPUBLISHED);
    const before = await page.getByTestId('lists-need').count();
    await page.getByTestId('lists-candidate').first().getByTestId('lists-candidate-use').click();
    const summary = page.getByTestId('lists-need-summary');
    await expect.poll(() => summary.inputValue()).toMatch(/（\d+ 件）$/);
    await summary.fill('高龄和行动不便的老人洗澡难，家中无人协助');
    await page.getByTestId('lists-need-drawer').getByTestId('form-submit').click();
    await expect.poll(() => page.getByTestId('lists-need').count()).toBe(before + 1);

    await page.getByTestId('lists-add-resource').click();
    await page.getByTestId('lists-resource-name').fill('退休护士志愿者');
    await page.getByTestId('lists-resource-drawer').getByTestId('form-submit').click();
    await expect
      .poll(() => page.getByTestId('lists-resources').innerText())
      .toContain('退休护士志愿者');
    await screenshot(page, 'service-lists-compiled');

    await confirmClick(page, page.getByTestId('lists-publish'), 'lists-publish-ok');
    await expect.poll(() => page.getByTestId('lists-status').innerText()).toBe(PUBLISHED);
    expect(await page.getByTestId('lists-add-need').count()).toBe(0);
  });

  it('a design for the listed need is reviewed by the joint meeting’s resolution and declared', async () => {
    const page = secretary.page;
    await page.getByTestId('lists-design').click();
    await page.getByTestId('lists-design-title').fill(PROJECT);
    await page.getByTestId('lists-design-designer').fill(DESIGNER);
    await pickOption(page, page.getByTestId('lists-design-needs'), '洗澡难');
    await page.getByTestId('lists-design-targets').fill('每周两次上门助浴，覆盖高龄独居老人20户');
    await page.getByTestId('lists-design-budget').fill('8,000');
    await page.getByTestId('lists-design-drawer').getByTestId('form-submit').click();
    const row = page.getByTestId('lists-project').filter({ hasText: PROJECT });
    await expect.poll(() => row.getByTestId('lists-project-state').innerText()).toBe('已设计');

    // the two committees meet (entered from the meeting's papers) and adopt a resolution
    const { resolutionIds } = await recordMeeting(secretary.api, supervisor.api, {
      kind: 'twoCommitteesJointMeeting',
      title: '社区两委联席会议：审议服务项目',
      noticeOn: daysBefore(TODAY, 3),
      meetingOn: TODAY,
      present: (await secretary.api.bodyMembers('partyBranch', 'villagersCommittee')).map(
        (m) => m.personId,
      ),
      motions: [{ title: `同意申报“${PROJECT}”`, body: `${DESIGNER}设计，预算8000元。` }],
      minutes: '会议审议助浴服务项目，同意申报镇党委评估备案。',
    });
    expect(resolutionIds[0]).toBeTruthy();

    await page.reload();
    await row.getByTestId('lists-step-review').click();
    await pickOption(page, page.getByTestId('lists-step-resolution'), '同意申报');
    await page.getByTestId('lists-step-drawer').getByTestId('form-submit').click();
    await expect.poll(() => row.getByTestId('lists-project-state').innerText()).toBe('两委已审议');
    expect(await row.innerText()).toMatch(/两委审议（.*决议〔\d{4}〕第\d+号）/);
    await confirmClick(page, row.getByTestId('lists-step-declare'), 'lists-step-ok');
    await expect.poll(() => row.getByTestId('lists-project-state').innerText()).toBe('已申报');
    await screenshot(page, 'service-lists-declared');
  });

  it('the town finds it declared and files it', async () => {
    const page = town.page;
    await page.goto('/town/service-lists');
    const declared = page.getByTestId('town-lists-declared').filter({ hasText: PROJECT });
    await declared.waitFor();
    expect(await declared.innerText()).toContain('¥8,000.00');
    await declared.getByTestId('town-lists-open').click();
    await page.getByTestId('service-lists-page').waitFor();
    const row = page.getByTestId('lists-project').filter({ hasText: PROJECT });
    await row.getByTestId('lists-step-file').click();
    await page.getByTestId('lists-step-evaluation').fill('需求来自平台记录，资源落实，同意备案。');
    await page.getByTestId('lists-step-drawer').getByTestId('form-submit').click();
    await expect.poll(() => row.getByTestId('lists-project-state').innerText()).toBe('已备案');
    expect(await row.innerText()).toContain('同意备案');
    await screenshot(page, 'service-lists-filed');
  });

  it('the A4 of the three lists shows the project filed and the publication’s fingerprint', async () => {
    const page = secretary.page;
    await page.goto(listsUrl);
    await page.getByTestId('lists-print').click();
    await page.getByTestId('lists-print-page').waitFor();
    expect(await page.getByTestId('lists-print-needs').innerText()).toContain('洗澡难');
    expect(await page.getByTestId('lists-print-resources').innerText()).toContain('退休护士志愿者');
    expect(await page.getByTestId('lists-print-projects').innerText()).toContain('已备案');
    expect(await page.getByTestId('print-fingerprint').innerText()).toMatch(/[0-9a-f]{64}/);
    await screenshot(page, 'service-lists-a4');
  });

  it('a resident reads the published lists and the filed project on the phone', async () => {
    const resident = await signedInPage(browser, server, RESIDENT, pageErrors, PHONE);
    await resident.goto(`/v/${villageId}/our-lists`);
    await resident.getByTestId('our-lists-page').waitFor();
    expect(await resident.getByTestId('our-lists-needs').innerText()).toContain('洗澡难');
    const project = resident.getByTestId('our-lists-project').filter({ hasText: PROJECT });
    expect(await project.innerText()).toContain('已备案');
    expect(await project.innerText()).toContain(DESIGNER);
    await screenshot(resident, 'service-lists-phone');
    await resident.context().close();
    expect(pageErrors).toEqual([]);
  });
});
