import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, BrowserContext } from 'playwright-core';
import { DEMO_PASSWORD } from '@cunzhi/demo/accounts';
import { launchBrowser, newContext, PHONE } from './browser.ts';
import { startServer, type RunningServer } from './server.ts';
import { screenshot } from './artifacts.ts';
import { demoLogin, villageToday } from './demo.ts';
import { ApiPhone, inBatches } from './api.ts';
import { openDesk, screenshotOnFailure, type Desk } from './desk.ts';
import { SignInPage } from './pages/SignInPage.ts';
import { InspectionPage, ReportPage, SupervisionPage } from './pages/SupervisionPage.ts';

/** A 1×1 PNG: the smallest photo the finding's file picker takes. */
const ONE_PIXEL_PNG = Buffer.from(
  'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==',
  'base64',
);

/**
 * The supervision committee's own work (issue 11), against a fresh server with the showcase
 * community's demo data: a finance inspection finds a payment booked without a resolution, the
 * committee (seven members: its chair in the console, four from their own phones) votes the
 * correction and the report, the residents' committee makes the correction, and the report is
 * read on the public portal by a phone that never signed in; a villager's complaint that a
 * cadre took a cut goes from their phone to the town discipline commission's inbox, and no one
 * in the village can see it; and (民主评议) a second consecutive 不称职 ends a cadre's office.
 */

const SERVER_START_MS = 240_000;

/** `YYYY-MM` of the month before `iso`'s. */
function monthBefore(iso: string): string {
  const [y, m] = iso.split('-').map(Number) as [number, number];
  return m === 1 ? `${y - 1}-12` : `${y}-${String(m - 1).padStart(2, '0')}`;
}
const DISCIPLINE_PHONE = '13800000009';

describe('the supervision committee inspects, corrects, reports; complaints reach the town unseen by the village', () => {
  let server: RunningServer;
  let browser: Browser;
  let supervisor: Desk;
  let chair: Desk;
  let villageId: string;
  const phones: ApiPhone[] = [];
  const contexts: BrowserContext[] = [];
  const pageErrors: string[] = [];
  const today = villageToday();
  const lastMonth = monthBefore(today);
  const inTenDays = new Date(Date.parse(`${today}T00:00:00Z`) + 10 * 86_400_000)
    .toISOString()
    .slice(0, 10);
  const tag = String(Date.now() % 100000).padStart(5, '0');
  const PAYMENT = `支付保洁公司清运费${tag}号`;
  const INSPECTION = `${lastMonth}财务收支检查（${tag}）`;
  const REPORT = `财务监督报告（${tag}）`;
  const COMPLAINT = `保洁合同发包收取好处费${tag}`;
  let voucherNumber = '';
  let members: string[] = [];

  beforeAll(async () => {
    // the demo's books are not needed: this flow books the payment it inspects
    server = await startServer({ env: { DEMO_BOOKS: 'false' } });
    browser = await launchBrowser();
    supervisor = await openDesk(browser, server, 'supervisionChair', pageErrors);
    chair = await openDesk(browser, server, 'committeeChair', pageErrors);
    villageId = chair.api.villageId;
  }, SERVER_START_MS);

  afterEach((context) =>
    screenshotOnFailure(context, { supervisor: supervisor?.page, chair: chair?.page }),
  );

  afterAll(async () => {
    await Promise.all(phones.map((p) => p.dispose()));
    for (const c of contexts) await c.close();
    for (const desk of [supervisor, chair]) await desk?.context.close();
    await browser?.close();
    await server?.stop();
  }, 60_000);

  it('a finance inspection finds a payment booked without approval; the committee orders a correction by vote', async () => {
    // last month's papers: the clerk booked a payment by hand, no request and no resolution behind it
    const booked = await chair.api.post<{ number: string }>('/finance/vouchers', {
      on: `${lastMonth}-20`,
      summary: PAYMENT,
      lines: [
        { accountCode: '5102', debitFen: 860_000, creditFen: 0 },
        { accountCode: '1002', debitFen: 0, creditFen: 860_000, counterparty: '锦华保洁公司' },
      ],
    });
    voucherNumber = booked.number;
    members = await supervisor.api.supervisors();
    const quorum = Math.ceil(members.length / 2);

    const page = new SupervisionPage(supervisor.page);
    await page.goto(villageId);
    const inspectionId = await page.openInspection({ title: INSPECTION, assigned: 3 });
    const inspection = new InspectionPage(supervisor.page);
    // one short of half the committee: not yet the committee's inspection (须半数以上委员到场)
    await inspection.recordAttendance(members, members.slice(0, quorum - 1));
    expect(await inspection.attendanceWarning()).toContain(`须 ${quorum} 人`);
    await inspection.recordAttendance(members, members.slice(0, quorum + 1));
    expect(await inspection.attendanceWarning()).toBe('');
    await inspection.recordFinding({
      text: `${voucherNumber}号凭证“${PAYMENT}”支出8,600元，无支出审批单，也无居民代表会议决议。`,
      vouchers: [voucherNumber],
      evidence: '凭证原件、银行回单（居委会财务室）',
      photo: { name: '凭证照片.png', mimeType: 'image/png', buffer: ONE_PIXEL_PNG },
    });
    expect(await inspection.findingVouchers()).toContain(voucherNumber);
    // the photo is kept with the finding and shown to the members as a thumbnail
    expect(await inspection.findingPhotoWidths()).toEqual([1]);
    await inspection.concludeWithCorrection({
      what: '补办该笔支出的审批手续，提交居民代表会议追认；今后先审批后支付。',
      dueOn: inTenDays,
    });
    await inspection.waitForStatus('concluded');
    await screenshot(supervisor.page, 'supervision-inspection-concluded');
    const detail = await supervisor.api.get<{
      outcome: string;
      correction: { state: string };
      motions: Array<{ status: string; count: { members: number; yes: number } }>;
    }>(`/supervision/inspections/${inspectionId}`);
    expect(detail).toMatchObject({ outcome: 'correction', correction: { state: 'ordered' } });
    expect(detail.motions[0]).toMatchObject({
      status: 'carried',
      count: { members: members.length, yes: members.length },
    });
  });

  it('the residents’ committee reports the correction done, a member verifies it', async () => {
    const mine = new SupervisionPage(chair.page);
    await mine.goto(villageId, 'corrections');
    await mine.answerCorrection('已补办支出审批单，居民代表会议追认通过。');
    const theirs = new SupervisionPage(supervisor.page);
    await theirs.goto(villageId, 'corrections');
    await theirs.verifyCorrection();
  });

  it('the report goes to the members’ phones: published at the vote that makes half, read on the portal without an account', async () => {
    const page = new SupervisionPage(supervisor.page);
    await page.goto(villageId);
    await page.draftReport({
      title: REPORT,
      body: `经检查，发现${voucherNumber}号凭证支出未经审批，已责成居民委员会整改，现已整改到位并验收。`,
    });
    const report = new ReportPage(supervisor.page);
    const reportId = report.reportId();
    // the chair puts it to the members' phones, voting in favour by tabling it
    await report.putToRemoteVote();
    const { motions } = await supervisor.api.get<{
      motions: Array<{ id: string; count: { requiredYes: number } }>;
    }>(`/supervision/reports/${reportId}`);
    const motion = motions[0]!;
    const chairId = (
      await supervisor.api.get<{ members: Array<{ personId: string; chair: boolean }> }>(
        '/supervision',
      )
    ).members.find((m) => m.chair)!.personId;
    // one member against, then members in favour from their own phones until half is reached
    const voters = members.filter((p) => p !== chairId).slice(0, motion.count.requiredYes);
    const accounts = await inBatches(voters, (p) => chair.api.openAccount(p));
    phones.push(
      ...(await Promise.all(
        accounts.map((a) =>
          ApiPhone.signIn(server.baseURL, villageId, a.phone, a.temporaryPassword),
        ),
      )),
    );
    const vote = (phone: ApiPhone, choice: string) =>
      phone.post<{ motion: { status: string } }>(`/supervision/motions/${motion.id}/votes`, {
        choice,
      });
    expect((await vote(phones[0]!, 'no')).motion.status).toBe('open');
    for (const phone of phones.slice(1, -1))
      expect((await vote(phone, 'yes')).motion.status).toBe('open');
    expect((await vote(phones.at(-1)!, 'yes')).motion.status).toBe('carried');
    await report.waitForStatus('published');

    // the A4 notice says who carried it; a phone that never signed in reads it on the portal
    await supervisor.page.getByTestId('report-print').click();
    await supervisor.page
      .getByText(`${members.length} 人中 ${motion.count.requiredYes} 人同意`)
      .waitFor();
    await screenshot(supervisor.page, 'supervision-report-print');
    const { noticeId } = await supervisor.api.get<{ noticeId: string }>(
      `/supervision/reports/${reportId}`,
    );
    const context = await newContext(browser, server.baseURL, PHONE);
    contexts.push(context);
    const reader = await context.newPage();
    await reader.goto(`/p/${villageId}/n/${noticeId}`);
    await reader.getByText(REPORT).first().waitFor();
    expect(await reader.content()).toContain('监督委员会');
  });

  it('a villager’s complaint that the committee chair took a cut goes to the town discipline commission; no one in the village sees it', async () => {
    const cadre = (await chair.api.bodyMembers('villagersCommittee')).find(
      (m) => m.role === 'chair',
    )!;
    const context = await newContext(browser, server.baseURL, PHONE);
    contexts.push(context);
    const phone = await context.newPage();
    phone.on('pageerror', (error) => pageErrors.push(`villager: ${error.message}`));
    const villager = demoLogin(server, 'villager');
    await new SignInPage(phone).goto();
    await new SignInPage(phone).signInAs(villager.phone, villager.password);
    await phone.goto(`/v/${villageId}/my-complaints`);
    await phone.getByTestId('my-complaint-subject').fill(COMPLAINT);
    await phone
      .getByTestId('my-complaint-body')
      .fill(`${cadre.name}在花乡民居三期保洁合同发包中收取承包人好处费，请上级调查。`);
    await phone.getByTestId('my-complaint-cadres-open').click();
    await phone.getByTestId('my-complaint-cadres').getByText(cadre.name).first().click();
    await phone.getByTestId('my-complaint-submit').click();
    const code = await phone.getByTestId('my-complaint-code').innerText();
    expect(code.trim().length).toBeGreaterThan(5);
    await screenshot(phone, 'supervision-complaint-phone');

    // the town discipline commission: in its inbox, accepted and answered
    const commission = await newContext(browser, server.baseURL);
    contexts.push(commission);
    const desk = await commission.newPage();
    await new SignInPage(desk).goto();
    await new SignInPage(desk).signInAs(DISCIPLINE_PHONE, DEMO_PASSWORD);
    await desk.goto('/town/inbox');
    await desk.getByTestId('referral-link').filter({ hasText: COMPLAINT }).click();
    await desk.getByTestId('referral-summary').getByText('好处费').waitFor();
    await desk.getByTestId('referral-accept').click();
    await desk.getByTestId('referral-answer-text').fill('镇纪委已受理，正在核查，结果将书面答复。');
    await desk.getByTestId('referral-answer-submit').click();
    await desk.getByTestId('referral-answer').waitFor();

    // the village: not in the station's list of any cadre or supervisor, nor in the audit log
    for (const reader of [chair, supervisor]) {
      const list = await reader.api.get<{ items: Array<{ subject: string }> }>('/complaints');
      expect(JSON.stringify(list)).not.toContain(COMPLAINT);
      const log = await reader.api.get<unknown>('/audit?limit=200').catch(() => ({}));
      expect(JSON.stringify(log)).not.toContain('好处费');
    }
    await chair.page.goto(`/v/${villageId}/complaints`);
    await chair.page.getByTestId('complaints-page').waitFor();
    expect(await chair.page.getByText(COMPLAINT).count()).toBe(0);

    // the villager follows it: with the town, answered
    await phone.goto(`/v/${villageId}/my-complaints`);
    await phone
      .getByTestId('my-complaint')
      .filter({ hasText: COMPLAINT })
      .getByTestId('my-complaint-answer')
      .waitFor();
    expect(pageErrors).toEqual([]);
  });
  it('民主评议: a committee member rated 不称职 in two consecutive rounds loses the office when the results are published', async () => {
    const year = Number(today.slice(0, 4));
    type Cadre = {
      membershipId: string;
      personId: string;
      name: string;
      bodyKind: string;
      post: { zh: string };
    };
    type Round = {
      round: { id: string; status: string };
      cadres: Array<Cadre & { endsOffice: boolean; officeEndedOn: string | null }>;
    };
    const base = '/evaluations';
    // a round of this year still open (the demo's, on some dates) is counted first
    const { rounds } = await supervisor.api.get<{
      rounds: Array<{ id: string; status: string; year: number }>;
    }>(base);
    for (const r of rounds.filter((x) => x.status === 'open'))
      await supervisor.api.post(`${base}/${r.id}/count`);
    const chairId = (await chair.api.bodyMembers('villagersCommittee')).find(
      (m) => m.role === 'chair',
    )!.personId;
    const representative = demoLogin(server, 'representative');

    /** A round by the representatives: `target` rated 不称职 by every sheet, everyone else 称职. */
    async function round(targetPersonId: string | null, phoneRates: boolean): Promise<Round> {
      const made = await supervisor.api.post<Round>(base, {
        year,
        heldOn: today,
        evaluators: 'representatives',
      });
      const target = made.cadres.find((c) => c.personId === targetPersonId) ?? null;
      const { evaluators } = await supervisor.api.get<{ evaluators: Array<{ personId: string }> }>(
        `${base}/${made.round.id}/evaluators`,
      );
      let paper = evaluators.map((e) => e.personId);
      if (phoneRates) {
        // the representative rates on their phone; the others hand in paper sheets
        const phoneContext = await newContext(browser, server.baseURL, PHONE);
        contexts.push(phoneContext);
        const sheet = await phoneContext.newPage();
        await new SignInPage(sheet).goto();
        await new SignInPage(sheet).signInAs(representative.phone, representative.password);
        await sheet.goto(`/v/${villageId}/evaluations/${made.round.id}/sheet`);
        await sheet.getByTestId('sheet-form').waitFor();
        const rows = sheet.getByTestId('sheet-cadre');
        for (let i = 0; i < (await rows.count()); i++) {
          const name = await rows.nth(i).locator('.sheet-cadre-name').innerText();
          const rating = target && name === target.name ? 'incompetent' : 'competent';
          await rows.nth(i).getByTestId(`sheet-${rating}`).click();
        }
        await sheet.getByTestId('sheet-submit').click();
        await sheet.getByTestId('sheet-confirm').click();
        await sheet.getByTestId('sheet-done').waitFor();
        await screenshot(sheet, 'evaluation-sheet-phone');
        const handedIn = await supervisor.api.get<{
          evaluators: Array<{ personId: string; handedIn: boolean }>;
        }>(`${base}/${made.round.id}/evaluators`);
        paper = handedIn.evaluators.filter((e) => !e.handedIn).map((e) => e.personId);
      }
      await supervisor.api.post(`${base}/${made.round.id}/paper`, {
        personIds: paper,
        cadres: made.cadres.map((c) => ({
          membershipId: c.membershipId,
          competent: c.personId === targetPersonId ? 0 : paper.length,
          basicallyCompetent: 0,
          incompetent: c.personId === targetPersonId ? paper.length : 0,
        })),
      });
      return made;
    }

    // the first round picks a committee member who is not its chair: rated 不称职 once
    const probe = await round(null, false);
    const target = probe.cadres.find(
      (c) => c.bodyKind === 'villagersCommittee' && c.personId !== chairId,
    )!;
    await supervisor.api.post(`${base}/${probe.round.id}/count`);
    const first = await round(target.personId, false);
    await supervisor.api.post(`${base}/${first.round.id}/count`);
    await supervisor.api.post(`${base}/${first.round.id}/publish`, {});
    const afterFirst = await supervisor.api.get<Round>(`${base}/${first.round.id}`);
    expect(afterFirst.cadres.find((c) => c.personId === target.personId)?.endsOffice).toBe(false);

    // the second: a representative on the phone, the rest on paper; counted and published in the console
    const second = await round(target.personId, true);
    const page = supervisor.page;
    await page.goto(`/v/${villageId}/evaluations/${second.round.id}`);
    await page.getByTestId('round-count').click();
    await page.locator('.ant-popover:visible .ant-btn-primary').click();
    await page.getByTestId('cadre-ends-office').first().waitFor();
    await page.getByTestId('round-publish').click();
    await page.locator('.ant-popover:visible .ant-btn-primary').click();
    await page.getByTestId('cadre-office-ended').first().waitFor();
    await screenshot(page, 'evaluation-office-ended');
    const committee = await chair.api.bodyMembers('villagersCommittee');
    expect(committee.map((m) => m.personId)).not.toContain(target.personId);
    expect(pageErrors).toEqual([]);
  });
});
