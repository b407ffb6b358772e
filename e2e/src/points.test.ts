import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { launchBrowser } from './browser.ts';
import { startServer, type RunningServer } from './server.ts';
import { screenshot } from './artifacts.ts';
import { villageToday } from './demo.ts';
import { recordMeeting } from './api.ts';
import { openDesk, screenshotOnFailure, type Desk } from './desk.ts';
import { confirmClick, inputOf, pickOption } from './pages/antd.ts';

/**
 * 积分制 (issue 14 items 1, 2 and 11), against a fresh server with the showcase community's demo
 * data (whose scheme, version 1, is in force): the Party secretary drafts a revision; the representatives' meeting (entered from its
 * papers) adopts it and the secretary records the resolution; the secretary proposes an award for
 * the demo villager's household; the supervision committee's chair — the scheme's reviewer —
 * checks it; the notice is published; the villager contests the line on the phone; the
 * representatives' decision is recorded, upheld: the phone shows the award, its reversal and the
 * corrected line, each explained; the committee's chair stocks the village shop and redeems at
 * the counter for a household whose points have counted, while the villager's phone shows her
 * household cannot yet afford it and a redemption is refused rather than overdrawn; the notice
 * prints with its number and audit fingerprint.
 */

const SERVER_START_MS = 240_000;
const TODAY = villageToday();
// the demo's own scheme (version 1) is in force already: this is its revision, version 2
const SCHEME = '居民积分评议办法（修订）';
const ITEM = '参加居民议事会';
const FACTS = '参加居民议事会讨论停车位划线方案';
// the village shop's new item, bought with points at the counter
const GOODS = '环保购物袋';

/** `n` days before `day` (YYYY-MM-DD). */
function daysBefore(day: string, n: number): string {
  const d = new Date(`${day}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() - n);
  return d.toISOString().slice(0, 10);
}

describe('a points scheme adopted by the representatives, an award contested and corrected', () => {
  let server: RunningServer;
  let browser: Browser;
  let secretary: Desk;
  let chair: Desk;
  let supervisor: Desk;
  let villager: Desk;
  let pointsUrl: string;
  let household: string;
  const pageErrors: string[] = [];

  beforeAll(async () => {
    server = await startServer({ env: { DEMO_BOOKS: 'false' } });
    browser = await launchBrowser();
    secretary = await openDesk(browser, server, 'partySecretary', pageErrors);
    chair = await openDesk(browser, server, 'committeeChair', pageErrors);
    supervisor = await openDesk(browser, server, 'supervisionChair', pageErrors);
    villager = await openDesk(browser, server, 'villager', pageErrors);
    pointsUrl = `/v/${secretary.api.villageId}/points`;
    household = (await villager.api.get<{ household: string }>('/my-points')).household;
  }, SERVER_START_MS);

  afterEach((context) =>
    screenshotOnFailure(context, {
      secretary: secretary?.page,
      supervisor: supervisor?.page,
      villager: villager?.page,
    }),
  );

  afterAll(async () => {
    for (const d of [secretary, chair, supervisor, villager]) await d?.context.close();
    await browser?.close();
    await server?.stop();
  }, 60_000);

  const award = (d: Desk) => d.page.getByTestId('points-award').filter({ hasText: FACTS });

  it('the secretary drafts a scheme; the representatives adopt it; the resolution is recorded', async () => {
    const page = secretary.page;
    await page.goto(pointsUrl);
    await page.getByTestId('points-page').waitFor();
    await page.getByTestId('points-tab-scheme').click();
    await page.getByTestId('points-scheme-new').click();
    const drawer = page.getByTestId('points-scheme-drawer');
    await drawer.getByTestId('points-scheme-title').fill(SCHEME);
    await drawer.getByTestId('points-item-name').fill(ITEM);
    await (await inputOf(drawer.getByTestId('points-item-points'))).fill('5');
    await drawer.getByTestId('form-submit').click();
    const scheme = page.getByTestId('points-scheme').filter({ hasText: SCHEME });
    await expect.poll(() => scheme.innerText()).toContain('待表决');

    const { resolutionIds } = await recordMeeting(chair.api, supervisor.api, {
      kind: 'representativesMeeting',
      title: '居民代表会议：审议积分制管理办法',
      noticeOn: daysBefore(TODAY, 7),
      meetingOn: TODAY,
      present: (
        await chair.api.withoutSupervisors(
          await chair.api.bodyMembers('representativesMeeting', 'villagersCommittee'),
          (m) => m.personId,
        )
      ).map((m) => m.personId),
      motions: [{ title: `通过《${SCHEME}》`, body: '志愿服务每次5分，公示5个工作日。' }],
      minutes: '会议表决通过社区居民积分制管理办法。',
    });
    expect(resolutionIds[0]).toBeTruthy();

    await page.reload();
    await page.getByTestId('points-tab-scheme').click();
    await scheme.getByTestId('points-scheme-adopt').click();
    const adopt = page.getByTestId('points-adopt-drawer');
    await pickOption(page, adopt.getByTestId('points-adopt-resolution'), SCHEME);
    await adopt.getByTestId('form-submit').click();
    await expect.poll(() => scheme.innerText()).toContain('施行中');
    expect(await scheme.getByTestId('points-scheme-adopted').innerText()).toMatch(
      /经居民代表会议表决通过（〔\d{4}〕第\d+号）/,
    );
    await screenshot(page, 'points-scheme-adopted');
  }, 120_000);

  it('an award is proposed, checked by the supervision committee and published', async () => {
    const page = secretary.page;
    await page.getByTestId('points-tab-awards').click();
    await page.getByTestId('points-award-new').click();
    const drawer = page.getByTestId('points-award-drawer');
    await pickOption(page, drawer.getByTestId('points-award-item'), ITEM);
    // a thousand households: typed to find, as a clerk does (户号)
    const select = drawer.getByTestId('points-award-household');
    await pickOption(page, select, household, household.split(' ')[0]);
    await drawer.getByTestId('points-award-facts').fill(FACTS);
    await drawer.getByTestId('form-submit').click();
    await expect
      .poll(() => award(secretary).getByTestId('points-award-state').innerText())
      .toBe('待审核');

    await supervisor.page.goto(pointsUrl);
    await award(supervisor).getByTestId('points-award-check').click();
    await expect
      .poll(() => award(supervisor).getByTestId('points-award-state').innerText())
      .toBe('已审核待公示');

    await page.reload();
    await confirmClick(page, page.getByTestId('points-publish'), 'points-publish-ok');
    await expect
      .poll(() => award(secretary).getByTestId('points-award-state').innerText())
      .toBe('已公示');
    expect(await award(secretary).innerText()).toMatch(/公示：〔\d{4}〕第\d+号/);
  }, 60_000);

  it('the villager sees the line pending and contests it on the phone', async () => {
    const page = villager.page;
    await page.goto(`/v/${villager.api.villageId}/my-points`);
    await page.getByTestId('my-points-page').waitFor();
    const line = page.getByTestId('my-points-line').filter({ hasText: FACTS });
    expect(await line.getByTestId('points-line-status').innerText()).toMatch(/公示中，.*起计入/);
    expect(await line.innerText()).toContain(`事项：${ITEM}（办法第2版）`);
    await line.getByTestId('my-points-contest').click();
    await line.getByTestId('my-points-grounds').fill('那天参加的是植树，只有两个小时');
    await line.getByTestId('my-points-send').click();
    await expect
      .poll(() => page.getByTestId('points-line-contest').first().innerText())
      .toContain('待居民代表会议处理');
    await screenshot(page, 'points-phone-contested');
  });

  it('the decision is recorded, upheld: a reversing line and a corrected one', async () => {
    const page = secretary.page;
    await page.reload();
    await award(secretary).getByTestId('points-contest-decide').click();
    const drawer = page.getByTestId('points-decide-drawer');
    const points = await inputOf(drawer.getByTestId('points-decide-points'));
    await points.fill('3');
    await drawer.getByTestId('points-decide-reason').fill('经居民代表会议核实，按半次计3分');
    await drawer.getByTestId('form-submit').click();
    await expect
      .poll(() => award(secretary).getByTestId('points-award-contest').innerText())
      .toContain('异议成立');

    const phone = villager.page;
    await phone.reload();
    await phone.getByTestId('my-points-page').waitFor();
    const kinds = await phone
      .getByTestId('my-points-line')
      .filter({ hasText: ITEM })
      .getByTestId('points-line')
      .evaluateAll((els) => els.map((e) => e.getAttribute('data-kind')));
    expect(kinds).toEqual(expect.arrayContaining(['award', 'reversal', 'correction']));
    expect(await phone.getByTestId('my-points-lines').innerText()).toContain(
      '经居民代表会议核实，按半次计3分',
    );
    // settled: no second contest offered, and no balance shows the reversal before its line
    const settled = phone.getByTestId('my-points-line').filter({ hasText: FACTS });
    expect(await settled.getByTestId('my-points-contest').count()).toBe(0);
    const balance = await phone.getByTestId('my-points-balance').locator('strong').innerText();
    expect(Number(balance.replace(/,/g, ''))).toBeGreaterThanOrEqual(0);
    await screenshot(phone, 'points-phone-corrected');
  });

  it('points are redeemed at the village shop, never past the balance', async () => {
    const page = chair.page;
    const shop = `/v/${chair.api.villageId}/points/supermarket`;
    await page.goto(shop);
    await page.getByTestId('supermarket-page').waitFor();
    // a new item on the shelf, received from a donor
    await page.getByTestId('goods-add').click();
    await page.getByTestId('goods-name').fill(GOODS);
    await page.getByTestId('goods-unit').fill('个');
    await (await inputOf(page.getByTestId('goods-price'))).fill('2');
    await page.getByTestId('goods-save').click();
    const row = page.getByTestId('goods-row').filter({ hasText: GOODS });
    await row.getByTestId('goods-receive').click();
    await (await inputOf(page.getByTestId('receive-quantity'))).fill('3');
    await pickOption(page, page.getByTestId('receive-source'), '捐赠');
    await page.getByTestId('receive-note').fill('乡贤捐赠');
    await page.getByTestId('receive-save').click();
    await expect.poll(() => row.getByTestId('goods-stock').innerText()).toBe('3个');

    // the counter: a household whose points have counted, found by its number
    const { households } = await chair.api.get<{
      households: Array<{ household: string; balance: number }>;
    }>('/points/ranking');
    const rich = households.find((h) => h.balance >= 2);
    expect(rich).toBeTruthy();
    const number = rich!.household.split(' ')[0]!;
    await page.getByTestId('supermarket-counter').click();
    await pickOption(page, page.getByTestId('counter-household'), new RegExp(number), number);
    await pickOption(page, page.getByTestId('counter-goods'), GOODS);
    expect(await page.getByTestId('counter-cost').innerText()).toContain('共需 2 分');
    await page.getByTestId('counter-redeem').click();
    await expect
      .poll(() => page.getByTestId('counter-done').innerText())
      .toContain(`已兑换：${GOODS} × 1，扣 2 分`);
    await page.keyboard.press('Escape');
    await expect.poll(() => row.getByTestId('goods-stock').innerText()).toBe('2个');
    await screenshot(page, 'points-supermarket-counter');

    // the villager's phone: her household's points are all still in publicity or corrected today,
    // so nothing is affordable yet, and a redemption is refused rather than overdrawn
    const phone = villager.page;
    await phone.goto(`/v/${villager.api.villageId}/my-shop`);
    await phone.getByTestId('shop-page').waitFor();
    expect(Number(await phone.getByTestId('shop-balance').innerText())).toBeLessThan(2);
    const item = phone.getByTestId('shop-item').filter({ hasText: GOODS });
    expect(await item.innerText()).toContain('积分不够');
    const { goods } = await villager.api.get<{ goods: Array<{ id: string; name: string }> }>(
      '/points/shop',
    );
    const refused = await villager.api
      .post('/points/shop/redemptions', {
        goodsId: goods.find((g) => g.name === GOODS)!.id,
        quantity: 1,
      })
      .then(
        () => '',
        (e: Error) => e.message,
      );
    expect(refused).toMatch(/积分不足.*不得透支/);
    await screenshot(phone, 'points-phone-shop');
  }, 90_000);

  it('the notice prints with its number, QR code and audit fingerprint', async () => {
    const page = secretary.page;
    await page.getByTestId('points-tab-notices').click();
    // the newest notice is listed first: the one this test published
    await page.getByTestId('points-notice-print').first().click();
    await page.getByTestId('points-notice-print-page').waitFor();
    expect(await page.getByTestId('points-notice-number').innerText()).toMatch(/〔\d{4}〕第\d+号/);
    expect(await page.getByTestId('points-notice-rows').innerText()).toContain(ITEM);
    expect(await page.getByTestId('print-fingerprint').innerText()).toMatch(/[0-9a-f]{16}/);
    await screenshot(page, 'points-notice-print');
    expect(pageErrors).toEqual([]);
  });
});
