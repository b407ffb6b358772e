import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { launchBrowser } from './browser.ts';
import { startServer, type RunningServer } from './server.ts';
import { screenshot } from './artifacts.ts';
import { villageToday } from './demo.ts';
import { recordMeeting } from './api.ts';
import { openDesk, screenshotOnFailure, type Desk } from './desk.ts';
import { fillDate, inputOf, pickOption } from './pages/antd.ts';

/**
 * 收益分配 (issue 15 item 6), against a fresh server with the showcase community's demo data (its
 * cooperative, shares, and last year's dividend paid but for one household): the committee's
 * chair — the cooperative's 理事长 — drafts this year's plan; one without the reserve is refused
 * citing Art. 42; the plan with the charter's reserve is drafted and its reports made available;
 * the members' assembly (entered from its papers: every member signed, the motion on the
 * budget-and-distribution power carried) adopts it and the chair records the resolution; a
 * dividend is paid by transfer and cannot be paid twice; the plan notice prints with the amounts
 * in capitals, the dividend list adding up to the pool, and the audit fingerprint.
 */

const SERVER_START_MS = 240_000;
const TODAY = villageToday();

/** `n` days before `day` (YYYY-MM-DD). */
function daysBefore(day: string, n: number): string {
  const d = new Date(`${day}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() - n);
  return d.toISOString().slice(0, 10);
}

describe('a year’s income distributed: the reserve first, adopted by the members, paid once', () => {
  let server: RunningServer;
  let browser: Browser;
  let chair: Desk;
  let supervisor: Desk;
  let url: string;
  let orgId: string;
  const pageErrors: string[] = [];
  // the meeting in this month (the months before are closed with the books), ten days after
  // the reports are made available
  const monthStart = `${TODAY.slice(0, 8)}01`;
  const meetingOn = daysBefore(TODAY, 1) < monthStart ? TODAY : daysBefore(TODAY, 1);
  const publishedOn = daysBefore(meetingOn, 10);
  const year = Number(TODAY.slice(0, 4));

  beforeAll(async () => {
    server = await startServer({ env: { DEMO_BOOKS: 'false' } });
    browser = await launchBrowser();
    chair = await openDesk(browser, server, 'committeeChair', pageErrors);
    supervisor = await openDesk(browser, server, 'supervisionChair', pageErrors);
    url = `/v/${chair.api.villageId}/collective/distribution`;
    const overview = await chair.api.get<{ orgId: string | null }>('/collective/distributions');
    orgId = overview.orgId!;
  }, SERVER_START_MS);

  afterEach((context) =>
    screenshotOnFailure(context, { chair: chair?.page, supervisor: supervisor?.page }),
  );

  afterAll(async () => {
    for (const d of [chair, supervisor]) await d?.context.close();
    await browser?.close();
    await server?.stop();
  }, 60_000);

  it('shows last year’s dividend paid but for one household', async () => {
    const page = chair.page;
    await page.goto(url);
    const lastYear = page
      .getByTestId('distribution-plans')
      .locator('tr', { hasText: String(year - 1) });
    await lastYear.getByText('已通过').waitFor();
    await lastYear.getByText('1 笔未领', { exact: false }).waitFor();
  });

  it('refuses a plan without the reserve, citing Art. 42, and drafts one with it', async () => {
    const page = chair.page;
    await page.getByTestId('distribution-draft').click();
    const form = page.getByTestId('distribution-draft-form');
    await (await inputOf(form.locator('input').first())).fill(String(year));
    await page.getByTestId('distribution-income').fill('860,000.00');
    await page.getByTestId('distribution-reserve-rate').fill('0');
    await page.getByTestId('distribution-draft-submit').click();
    await page.getByText('第四十二条', { exact: false }).first().waitFor();
    await screenshot(page, 'distribution-reserve-refused');
    await page.getByTestId('distribution-reserve-rate').fill('');
    await page.getByTestId('distribution-draft-submit').click();
    await page.getByTestId('distribution-plan').waitFor();
    await page.getByText('提取公积公益金 10%', { exact: false }).waitFor();
  });

  it('makes the reports available, and records the members’ assembly’s resolution', async () => {
    const page = chair.page;
    await fillDate(page.getByTestId('distribution-step').locator('input').first(), publishedOn);
    await page.getByTestId('distribution-step-submit').click();
    await page.getByText('成员大会最早可于', { exact: false }).waitFor();

    const { members } = await chair.api.get<{
      members: Array<{ personId: string; status: string; fullCapacity: boolean }>;
    }>(`/collective/orgs/${orgId}`);
    // the sheet: enough capable members for the quorum and for 2/3 of all members voting yes
    const capable = members.filter((m) => m.status === 'member' && m.fullCapacity);
    const present = capable.slice(0, Math.min(capable.length, Math.ceil((members.length * 3) / 4)));
    await recordMeeting(chair.api, supervisor.api, {
      kind: 'membersAssembly',
      collectiveOrgId: orgId,
      title: `${year}年度收益分配方案审议会`,
      meetingOn,
      noticeOn: daysBefore(meetingOn, 11),
      present: present.map((m) => m.personId),
      motions: [
        {
          title: `审议${year}年度收益分配方案`,
          collectivePower: 'budget',
          partyStudiedOn: daysBefore(meetingOn, 12),
        },
      ],
      minutes: `会议审议并表决通过了${year}年度收益分配方案。`,
    });
    // the page learns of the new resolution when it reloads
    await page.reload();
    await page
      .getByTestId('distribution-plans')
      .locator('tr', { hasText: String(year) })
      .first()
      .getByTestId('distribution-open')
      .click();
    await pickOption(
      page,
      page.getByTestId('distribution-resolution'),
      `审议${year}年度收益分配方案`,
    );
    await page.getByTestId('distribution-step-submit').click();
    await page.getByTestId('distribution-adopted').waitFor();
    await screenshot(page, 'distribution-adopted');
  });

  it('pays a dividend by transfer, once', async () => {
    const page = chair.page;
    await page.getByTestId('distribution-pay').first().click();
    await page.getByTestId('distribution-bank-reference').fill('HX2026000001');
    await page.getByTestId('distribution-pay-submit').click();
    await page.getByText('银行转账', { exact: false }).first().waitFor();
    const plan = await chair.api.get<{
      plan: { id: string; paidCount: number };
      dividends: Array<{ id: string; paid: unknown }>;
    }>(`/collective/distributions/${await planIdOf(chair, year)}`);
    expect(plan.plan.paidCount).toBe(1);
    const paid = plan.dividends.find((d) => d.paid !== null)!;
    const again = await chair.page.request.post(
      `/api/villages/${chair.api.villageId}/collective/dividends/${paid.id}/payment`,
      { data: { method: 'cash', acknowledged: 'signature' } },
    );
    expect(again.status()).toBe(409);
    expect(((await again.json()) as { error: { message: string } }).error.message).toContain(
      '不能重复支付',
    );
  });

  it('prints the plan notice in capitals and the dividend list adding up to the pool', async () => {
    const page = chair.page;
    const planId = await planIdOf(chair, year);
    await page.goto(`${url}/${planId}/print`);
    await page.getByTestId('distribution-print-page').waitFor();
    await page.getByText('捌拾陆万元整', { exact: false }).waitFor();
    const { plan } = await chair.api.get<{ plan: { poolFen: number } }>(
      `/collective/distributions/${planId}`,
    );
    const total = await page.getByTestId('distribution-print-total').innerText();
    expect(total.replace(/[¥,]/g, '')).toBe((plan.poolFen / 100).toFixed(2));
    expect(pageErrors).toEqual([]);
  });
});

async function planIdOf(desk: Desk, year: number): Promise<string> {
  const { plans } = await desk.api.get<{ plans: Array<{ id: string; year: number }> }>(
    '/collective/distributions',
  );
  return plans.find((p) => p.year === year)!.id;
}
