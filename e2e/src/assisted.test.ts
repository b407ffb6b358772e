import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { launchBrowser, newContext, PHONE } from './browser.ts';
import { startServer, type RunningServer } from './server.ts';
import { openDesk, screenshotOnFailure, type Desk } from './desk.ts';
import { pickOption } from './pages/antd.ts';
import { ChangePasswordPage } from './pages/ChangePasswordPage.ts';
import { SignInPage } from './pages/SignInPage.ts';
import type { PersonView } from './api.ts';

/**
 * 代办 (issue 16 item 5), against a fresh server with the showcase community's demo data, whose
 * residents' meeting is taking check-ins today: the committee chair records an elderly resident's
 * consent, uploads the photo of the signed form, and checks her in; the attendance list and the
 * reconciliation report name the chair as the agent; the resident, signing in on her phone for
 * the first time (the station opened her account), finds the check-in under 代办记录; then asks a
 * member of her household, on the phone, to let her act for them: the code goes by SMS (a gateway
 * this test stands up) to their registered phone, she types it, and the consent is listed.
 */

const SERVER_START_MS = 240_000;
const MEETING = '社区居民会议：审议居民公约修订';
const NEW_PASSWORD = 'Daiban-2026!';
/** A photo of the signed form: a PNG signature is all the store reads. */
const FORM_PNG = Buffer.concat([
  Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
  Buffer.alloc(64, 7),
]);

describe('a cadre checks an elderly villager in with her consent; she sees it on her phone', () => {
  let server: RunningServer;
  let browser: Browser;
  let chair: Desk;
  let elderPhone: Page | undefined;
  let villageId: string;
  let meetingId: string;
  let elder: PersonView;
  /** A member of her household with a mobile number in the register. */
  let mate: PersonView;
  /** The SMS gateway: each text the server sends, as posted. */
  let gateway: Server;
  const texts: Array<{ phone: string; text: string }> = [];
  const pageErrors: string[] = [];

  beforeAll(async () => {
    gateway = createServer((req, res) => {
      let body = '';
      req.on('data', (chunk: Buffer) => (body += chunk.toString('utf8')));
      req.on('end', () => {
        texts.push(JSON.parse(body) as { phone: string; text: string });
        res.end('{}');
      });
    });
    await new Promise<void>((resolve) => gateway.listen(0, '127.0.0.1', resolve));
    const port = (gateway.address() as AddressInfo).port;
    server = await startServer({
      env: { DEMO_BOOKS: 'false', SMS_GATEWAY_URL: `http://127.0.0.1:${port}/sms` },
    });
    browser = await launchBrowser();
    chair = await openDesk(browser, server, 'committeeChair', pageErrors);
    villageId = chair.api.villageId;
    const meetings = await chair.api.get<{ items: Array<{ id: string; title: string }> }>(
      '/meetings',
    );
    meetingId = meetings.items.find((m) => m.title === MEETING)!.id;
    // the eldest resident (of a page) with a mobile number in the register, not checked in yet
    const present = new Set(
      (await chair.api.meeting(meetingId)).attendance.map((a: { personId: string }) => a.personId),
    );
    const people = await chair.api.get<{ items: Array<PersonView & { age: number }> }>(
      '/persons?residenceStatus=resident&pageSize=100',
    );
    // …with a household member who has a mobile number too (she asks them for a consent)
    const mateOf = (p: PersonView) =>
      people.items.find((m) => m.householdNumber === p.householdNumber && m.id !== p.id && m.phone);
    elder = people.items
      // not a demo account's holder (their numbers are 1380000xxxx): her account is opened below
      .filter((p) => p.phone && !p.phone.startsWith('1380000') && !present.has(p.id) && mateOf(p))
      .sort((a, b) => b.age - a.age)[0]!;
    mate = mateOf(elder)!;
  }, SERVER_START_MS);

  afterEach((context) => screenshotOnFailure(context, { chair: chair?.page, elderPhone }));

  afterAll(async () => {
    await chair?.context.close();
    await elderPhone?.context().close();
    await browser?.close();
    await server?.stop();
    await new Promise((resolve) => gateway?.close(resolve));
  }, 60_000);

  it('the chair records her paper consent and uploads the photo of the signed form', async () => {
    const page = chair.page;
    await page.goto(`/v/${villageId}/assistance`);
    await page.getByTestId('assistance-page').waitFor();
    await page.getByTestId('consent-new').click();
    await pickOption(page, page.getByTestId('person-select'), elder.name, elder.name);
    await page.getByTestId('consent-ends-on').fill('2027-06-30');
    await page.getByTestId('consent-save').click();
    await page.getByTestId('attachments-input').setInputFiles({
      name: '授权书.png',
      mimeType: 'image/png',
      buffer: FORM_PNG,
    });
    await page.getByTestId('attachments-send').click();
    // sent and listed: the consent holds from now
    await page.getByTestId('attachments-list').locator('li').first().waitFor();
    await page.getByTestId('consent-done').click();
    const row = page.getByTestId('consents-table').locator('tr', { hasText: elder.name }).first();
    await row.getByText('有效').waitFor();
    expect(await row.innerText()).toContain('会议签到');
  });

  it('the chair checks her in; the attendance list and the reconciliation name the agent', async () => {
    const page = chair.page;
    await pickOption(page, page.getByTestId('checkin-person'), elder.name);
    await pickOption(page, page.getByTestId('checkin-meeting'), MEETING);
    await page.getByTestId('checkin-assisted').click();
    expect(await page.getByTestId('checkin-done').innerText()).toContain(elder.name);

    await page.goto(`/v/${villageId}/meetings/${meetingId}`);
    const attendee = page.locator(`[data-testid="attendance-row"][data-person-id="${elder.id}"]`);
    expect(await attendee.getByTestId('attendance-assisted').innerText()).toContain('代办');

    await page.goto(`/v/${villageId}/meetings/${meetingId}/reconciliation`);
    const online = page.getByTestId('reconciliation-onlineOnly');
    await online.waitFor();
    expect(await online.innerText()).toContain(elder.name);
  });

  it('the elder signs in on her phone and finds the check-in under 代办记录', async () => {
    const account = await chair.api.openAccount(elder.id);
    const context = await newContext(browser, server.baseURL, PHONE);
    elderPhone = await context.newPage();
    elderPhone.on('pageerror', (e) => pageErrors.push(`elder: ${e.message}`));
    const signIn = new SignInPage(elderPhone);
    await signIn.goto();
    await signIn.signIn(account.phone, account.temporaryPassword);
    const change = new ChangePasswordPage(elderPhone);
    await change.waitForForced();
    await change.change(account.temporaryPassword, NEW_PASSWORD);
    await elderPhone.goto(`/v/${villageId}/my-assistance`);
    const act = elderPhone.getByTestId('act-for-me').filter({ hasText: MEETING });
    await act.waitFor();
    expect(await act.innerText()).toContain('会议签到');
    expect(await elderPhone.getByTestId('my-consent').first().innerText()).toContain('本村村干部');
    expect(pageErrors).toEqual([]);
  });

  it('on her phone she asks a household member for a consent; the code goes to their phone and she types it in', async () => {
    const phone = elderPhone!;
    const ask = phone.getByTestId('ask-consent');
    await ask.getByText(mate.name, { exact: true }).click();
    await phone.getByTestId('ask-consent-act-serviceOrder').check();
    await phone.getByTestId('ask-consent-ends-on').fill('2027-03-31');
    await phone.getByTestId('ask-consent-send').click();
    await phone.getByTestId('ask-consent-sent').waitFor();
    // the gateway is called once the answer has gone out
    await expect.poll(() => texts.length, { timeout: 10_000 }).toBeGreaterThan(0);
    const sms = texts.at(-1)!;
    expect(sms.phone).toBe(mate.phone);
    expect(sms.text).toContain(`由${elder.name}代您办理会议签到、服务点单，至2027年3月31日`);
    const code = /验证码 (\d{6})/.exec(sms.text)![1]!;
    await phone.getByTestId('ask-consent-code').fill(code);
    await phone.getByTestId('ask-consent-confirm').click();
    const given = phone.getByTestId('my-consent').filter({ hasText: mate.name });
    await given.waitFor();
    expect(await given.innerText()).toContain('服务点单');
    expect(pageErrors).toEqual([]);
  });
});
