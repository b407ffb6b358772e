import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { launchBrowser } from './browser.ts';
import { startServer, type RunningServer } from './server.ts';
import { screenshot } from './artifacts.ts';
import { villageToday } from './demo.ts';
import { openDesk, openStaffDesk, screenshotOnFailure, type Desk } from './desk.ts';
import { ElectionDayPage } from './pages/ElectionDayPage.ts';
import {
  addDays,
  freshAdults,
  personOf,
  supervisionElectionPollingToday,
  type Person,
} from './electionToday.ts';

/**
 * 选举日 (issue 12 items 6–10) in the console, on paper: the election committee publishes the
 * polling notice (a candidate as scrutineer is refused beside the tellers, citing the law),
 * publishes a mobile box that the town approves (the button is the town's), approves a
 * proxy, opens polling with its secret booth; two counters enter each ballot at their own
 * desks, one misreads ballot 2 and the count is refused naming it until corrected; the box's
 * tally sheet is signed; the count shows the result with the law's tests, the bulletin its ballots and
 * digest; the result is announced and the work handed over.
 *
 * The demo's showcase election polls nine days from today, and polling opens only on polling
 * day (the e2e server runs on the real clock), so this election is a fresh one through the
 * API (electionToday.ts): the supervision committee elected by the representatives, its first
 * half dated back so that polling day is today. The ballots handed out and all but the first
 * two ballots are entered through the API.
 */

const SERVER_START_MS = 240_000;

describe('polling day to handover in the console, on paper, with two counters', () => {
  let server: RunningServer;
  let browser: Browser;
  /** The villagers' committee's chair: organises the election and chairs its committee. */
  let ec: Desk;
  let counterA: Desk;
  let counterB: Desk;
  let villageId: string;
  let electionId = '';
  let E = '';
  const pageErrors: string[] = [];
  const today = villageToday();
  let tellers: Person[] = [];
  let candidates: Person[] = [];
  let voters: string[] = [];
  /** The voter the mobile box visits (the last on the roll whose name nobody else has). */
  let visited: { personId: string; name: string };
  /** A representative who gives their vote by proxy, and the one who holds it. */
  let principal: { personId: string; name: string };
  let holder: { personId: string; name: string };

  /** The voters who take their ballot at the central box. */
  const central = () => voters.filter((v) => v !== visited.personId);

  beforeAll(async () => {
    server = await startServer({ env: { DEMO_BOOKS: 'false' } });
    browser = await launchBrowser();
    [ec, counterA, counterB] = (await Promise.all(
      (['committeeChair', 'representative', 'councilMember'] as const).map((role) =>
        openDesk(browser, server, role, pageErrors),
      ),
    )) as [Desk, Desk, Desk];
    villageId = ec.api.villageId;
    const [chairOfEc, a, b] = (await Promise.all(
      [ec, counterA, counterB].map((d) => personOf(d, ec.api)),
    )) as [Person, Person, Person];
    const [m1, m2, ...three] = (await freshAdults(ec.api, [chairOfEc, a, b], 5)) as [
      Person,
      Person,
      Person,
      Person,
      Person,
    ];
    candidates = three;
    tellers = [chairOfEc, a, b, m1];
    electionId = await supervisionElectionPollingToday(
      ec.api,
      today,
      [chairOfEc, m1, m2],
      candidates,
    );
    E = `/elections/${electionId}`;
    const roll = (
      await ec.api.get<{ voters: Array<{ personId: string; name: string }> }>(`${E}/roll`)
    ).voters;
    voters = roll.map((v) => v.personId);
    const standing = new Set(candidates.map((c) => c.id));
    const unique = roll.filter(
      (v) => !standing.has(v.personId) && roll.filter((w) => w.name === v.name).length === 1,
    );
    [principal, holder] = unique as [typeof visited, typeof visited];
    visited = unique.at(-1)!;
  }, SERVER_START_MS);

  afterEach((context) =>
    screenshotOnFailure(context, { ec: ec?.page, a: counterA?.page, b: counterB?.page }),
  );

  afterAll(async () => {
    for (const desk of [ec, counterA, counterB]) await desk?.context.close();
    await browser?.close();
    await server?.stop();
  }, 60_000);

  it('publishes the polling notice five days ahead: a candidate as scrutineer is refused beside that row, citing the law', async () => {
    const page = new ElectionDayPage(ec.page);
    await page.goto(villageId, electionId);
    // the list is published: the page opens on the polling tab
    await ec.page.getByTestId('election-polling').waitFor();
    await page.fillNotice(addDays(today, -5), '村委会二楼会议室', [
      tellers[0]!,
      tellers[1]!,
      tellers[2]!,
      candidates[0]!,
    ]);
    await page.publishNotice();
    // the refusal stands beside the scrutineer's row, the only one of the role it names
    const refused = ec.page
      .getByTestId('polling-teller-row')
      .nth(3)
      .locator('.ant-form-item-explain-error');
    await refused.waitFor();
    expect(await refused.innerText()).toContain(`${candidates[0]!.name} 不得担任监票人`);
    expect(await refused.innerText()).toMatch(/第[一二三四五六七八九十]+条/);
    await page.teller(3, tellers[3]!);
    await page.publishNotice();
    await ec.page.getByTestId('polling-round').waitFor();
    expect(await ec.page.getByTestId('polling-teller').count()).toBe(4);
    const notice = await ec.page.getByTestId('polling-notice-on').innerText();
    expect(notice).toMatch(/^\d{4}年\d{1,2}月\d{1,2}日$/);
    await screenshot(ec.page, 'election-day-notice');
  });

  it('publishes a mobile box with its voter and three scrutineers; only the town has the button to approve it', async () => {
    const page = new ElectionDayPage(ec.page);
    await page.recordMobileBox('m1', addDays(today, -4), visited.name, tellers.slice(1));
    const row = ec.page.locator('[data-testid="mobile-box"][data-box="m1"]');
    expect(await row.getAttribute('data-approved')).toBe('false');
    expect(await row.getByTestId('mobile-box-approve').count()).toBe(0);
    const town = await openStaffDesk(browser, server, villageId, pageErrors);
    try {
      const asTown = new ElectionDayPage(town.page);
      await asTown.goto(villageId, electionId);
      await town.page
        .locator('[data-testid="mobile-box"][data-box="m1"]')
        .getByTestId('mobile-box-approve')
        .click();
      await town.page
        .locator('[data-testid="mobile-box"][data-box="m1"][data-approved="true"]')
        .waitFor();
    } finally {
      await town.context.close();
    }
  });

  it('lodges a proxy three days ahead and approves and publishes it', async () => {
    const page = new ElectionDayPage(ec.page);
    await page.lodgeProxy(principal.name, holder.name, addDays(today, -4));
    await page.approveProxies(addDays(today, -4));
    expect(await ec.page.getByTestId('proxy').innerText()).toContain(holder.name);
  });

  it('opens polling with the secret booth; the ballots handed out show in the live figures', async () => {
    const page = new ElectionDayPage(ec.page);
    await page.openPolling('会议室东侧屏风后写票处');
    await ec.api.post(`${E}/ballots/issue`, {
      box: 'central',
      // the principal's ballot goes to the holder of the approved, published proxy
      issued: central().map((personId) => ({
        personId,
        proxyHolderId: personId === principal.personId ? holder.personId : null,
      })),
    });
    await ec.api.post(`${E}/ballots/issue`, {
      box: 'm1',
      issued: [{ personId: visited.personId }],
    });
    await ec.page.getByTestId('polling-reload').click();
    await ec.page
      .getByTestId('polling-voted')
      .getByText(String(voters.length), { exact: true })
      .waitFor();
  });

  it('two counters enter the ballots apart; a misread ballot blocks the count, named, until corrected; the box is reconciled and counted', async () => {
    const [c1, c2, c3] = candidates.map((c) => c.name) as [string, string, string];
    const pageA = new ElectionDayPage(counterA.page);
    const pageB = new ElectionDayPage(counterB.page);
    await pageA.goto(villageId, electionId);
    await pageB.goto(villageId, electionId);
    await pageA.enterBallot(1, [c1, c2]);
    await pageA.enterBallot(2, [c1, c2]);
    await pageB.enterBallot(1, [c1, c2]);
    await pageB.enterBallot(2, [c1, c3]);
    // the rest of the box through the API, alike at both desks: c1 on every ballot, c2 on two of three
    const [i1, i2, i3] = candidates.map((c) => c.id) as [string, string, string];
    const rest = central()
      .slice(2)
      .map((_, i) => ({
        number: i + 3,
        marks: { member: (i + 3) % 3 === 0 ? [i1, i3] : [i1, i2] },
      }));
    const m1 = [{ number: 1, marks: { member: [i1, i2] } }];
    for (const desk of [counterA, counterB]) {
      await desk.api.post(`${E}/ballots/paper`, { box: 'central', entries: rest });
      await desk.api.post(`${E}/ballots/paper`, { box: 'm1', entries: m1 });
    }
    await ec.api.post(`${E}/tally-sheets`, {
      box: 'm1',
      returned: 1,
      signedBy: [tellers[1]!.id, tellers[2]!.id],
    });
    await screenshot(counterB.page, 'election-day-paper-entry');

    const page = new ElectionDayPage(ec.page);
    await page.signTally(central().length, [tellers[1]!.name, tellers[2]!.name]);
    await page.tab('result');
    await page.dated('result-count');
    const refused = page.refusal('result-count');
    await refused.waitFor();
    expect(await refused.innerText()).toContain('第 2 张');
    await pageB.enterBallot(2, [c1, c2]);
    await page.dated('result-count');
    await page.waitForStage('counted');
    const round = ec.page.locator('[data-testid="round-result"][data-round="1"]');
    expect(await round.getByTestId('round-valid').getAttribute('data-valid')).toBe('true');
    expect((await page.elected(1, 'member')).sort()).toEqual([c1, c2].sort());
    const tests = await round.getByTestId('round-tests').innerText();
    expect(tests).toContain('过半数');
    expect(tests).toMatch(/《[^》]+》第[一二三四五六七八九十]+条/);
    await round.getByTestId('bulletin-open').click();
    await round.getByTestId('bulletin-count').getByText(String(voters.length)).waitFor();
    expect(await round.getByTestId('bulletin-digest').innerText()).toMatch(/^[0-9a-f]{64}/);
    expect(await round.getByTestId('bulletin-ballot').count()).toBe(Math.min(20, voters.length));
    await screenshot(ec.page, 'election-day-result');
  });

  it('announces the result and hands over; the timeline shows each step with its day', async () => {
    const page = new ElectionDayPage(ec.page);
    await page.dated('result-certify');
    await page.waitForStage('certified');
    await ec.page.getByTestId('result-seated').waitFor();
    expect(await ec.page.getByTestId('result-seated-person').count()).toBe(2);
    await page.dated('result-handover');
    await page.waitForStage('handedOver');
    const step = (key: string) =>
      ec.page.locator(`[data-testid="election-step"][data-step="${key}"]`);
    const [y, m, d] = today.split('-').map(Number);
    // the result is read again after the act: each step shows its day once it is in
    for (const key of ['polling', 'result', 'certified', 'handover'])
      await step(key).getByText(`${y}年${m}月${d}日`, { exact: true }).waitFor();
    await screenshot(ec.page, 'election-day-handed-over');
    expect(pageErrors).toEqual([]);
  });
});
