import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { launchBrowser, newContext, PHONE } from './browser.ts';
import { startServer, type RunningServer } from './server.ts';
import { screenshot } from './artifacts.ts';
import { demoLogin, villageToday } from './demo.ts';
import { openDesk, screenshotOnFailure, type Desk } from './desk.ts';
import { SignInPage } from './pages/SignInPage.ts';
import { ElectionPage, type RegistryPerson } from './pages/ElectionPage.ts';
import { until } from './pages/antd.ts';

/**
 * 选举, the first half (issue 12 items 2–5), through the console and a villager's phone against
 * a fresh server with the demo village: the committee chair opens an election and records the
 * election committee the assembly chose (a villager chairs it, with a reserve); the committee's
 * chair publishes it, publishes the draft rules and records their adoption by one of the
 * village's resolutions, builds the roll from the registry and publishes it 30 days before
 * polling; a representative's phone shows them registered with polling day in Chinese and
 * objects to the roll, and the committee decides the objection; the committee nominates, is
 * refused a list without more candidates than seats (the article in words), and publishes the
 * list in vote order.
 */

const SERVER_START_MS = 240_000;

interface Person extends RegistryPerson {
  age: number;
}

const addDays = (iso: string, n: number) =>
  new Date(Date.parse(`${iso}T00:00:00Z`) + n * 86_400_000).toISOString().slice(0, 10);
const zhDate = (iso: string) => {
  const [y, m, d] = iso.split('-').map(Number);
  return `${y}年${m}月${d}日`;
};

describe('an election from its committee to the candidate list, in the console and on a phone', () => {
  let server: RunningServer;
  let browser: Browser;
  let chair: Desk;
  let ec: Desk;
  let phone: BrowserContext | undefined;
  let phonePage: Page | undefined;
  let villageId: string;
  let electionId = '';
  const pageErrors: string[] = [];
  const today = villageToday();
  const pollingOn = addDays(today, 30);
  const tag = String(Date.now() % 100000).padStart(5, '0');
  const TITLE = `第十二届村民委员会换届选举（${tag}）`;
  let adults: Person[] = [];
  let committee: Person[] = [];

  /** The person an account belongs to (its home in the village). */
  async function personOf(desk: Desk): Promise<Person> {
    const me = (await (await desk.page.request.get('/api/me')).json()) as {
      home: { personId: string } | null;
    };
    if (!me.home) throw new Error('the account has no home in the village');
    return (await chair.api.get<{ person: Person }>(`/persons/${me.home.personId}`)).person;
  }

  beforeAll(async () => {
    server = await startServer({ env: { DEMO_BOOKS: 'false' } });
    browser = await launchBrowser();
    chair = await openDesk(browser, server, 'committeeChair', pageErrors);
    ec = await openDesk(browser, server, 'villager', pageErrors);
    villageId = chair.api.villageId;
    const page = await chair.api.get<{ items: Person[] }>('/persons?pageSize=100');
    adults = page.items.filter((p) => p.age >= 25 && p.age <= 65);
  }, SERVER_START_MS);

  afterEach((context) =>
    screenshotOnFailure(context, { chair: chair?.page, ec: ec?.page, phone: phonePage }),
  );

  afterAll(async () => {
    await phone?.close();
    for (const desk of [chair, ec]) await desk?.context.close();
    await browser?.close();
    await server?.stop();
  }, 60_000);

  it('opens an election and records the committee the assembly chose, in its ranking, with a reserve', async () => {
    const page = new ElectionPage(chair.page);
    await page.gotoList(villageId);
    // a post named twice is a field error beside the second, and nothing typed is lost
    const { duplicateError } = await page.create(TITLE, 2);
    expect(duplicateError).toContain('职位重复');
    electionId = page.electionId();
    expect(await page.stage()).toBe('new');
    // the committee's chair is the villager who signs in at the other desk; none of one household
    const first = await personOf(ec);
    const households = new Set([first.householdNumber]);
    committee = [first];
    for (const p of adults) {
      if (committee.length === 4) break;
      if (households.has(p.householdNumber)) continue;
      if (adults.filter((q) => q.name === p.name).length > 1) continue;
      households.add(p.householdNumber);
      committee.push(p);
    }
    const { items } = await chair.api.get<{ items: Array<{ adoptedOn: string }> }>('/resolutions');
    const chosenOn = items
      .map((r) => r.adoptedOn)
      .sort()
      .at(-1)!;
    await page.chooseCommittee(chosenOn, committee.slice(0, 3), committee.slice(3));
    await page.waitForStage('committeeChosen');
    const rows = chair.page.getByTestId('committee-member');
    expect(await rows.first().innerText()).toContain(first.name);
    expect(await rows.nth(3).getAttribute('data-status')).toBe('reserve');
    // publishing is the committee's own act: the organiser has no button for it
    expect(await chair.page.getByTestId('committee-publish').count()).toBe(0);
    await screenshot(chair.page, 'election-committee-chosen');
  });

  it('the committee publishes itself and the draft rules, and records their adoption by a resolution; the timetable follows', async () => {
    const { items } = await ec.api.get<{
      items: Array<{ id: string; numberText: string; title: string; adoptedOn: string }>;
    }>('/resolutions');
    const resolution = [...items].sort((a, b) => b.adoptedOn.localeCompare(a.adoptedOn))[0]!;
    const on = resolution.adoptedOn;
    const page = new ElectionPage(ec.page);
    await page.goto(villageId, electionId);
    await page.dated('committee-publish', on);
    await ec.page.getByTestId('committee-publish').waitFor({ state: 'detached' });
    // the page moves on to the next step's section
    await page.publishDraft('第一条 本村第十二届村民委员会换届选举依照本办法进行。', on, on);
    await page.adoptRules(`${resolution.numberText} ${resolution.title}`, pollingOn);
    expect(await page.timetable('pollingOn')).toBe(zhDate(pollingOn));
    // the roll is due 20 days before polling day, the list 5 days before
    expect(await page.timetable('voterRollBy')).toBe(zhDate(addDays(pollingOn, -20)));
    expect(await page.timetable('candidateListBy')).toBe(zhDate(addDays(pollingOn, -5)));
    await screenshot(ec.page, 'election-rules-adopted');
  });

  it('builds the roll from the registry and publishes it; ID numbers only to the committee', async () => {
    const page = new ElectionPage(ec.page);
    await page.tab('roll');
    await page.dated('roll-build');
    await until(async () => (await page.registered()) > 0);
    expect(await page.registered()).toBeGreaterThan(committee.length);
    await page.dated('roll-publish');
    await page.waitForStage('rollPublished');
    expect(await ec.page.getByTestId('roll-published').innerText()).toBe(zhDate(today));
    // the committee sees the ID numbers; the organiser, not on the committee, does not
    expect(await ec.page.getByTestId('roll-table').innerText()).toContain('身份证号');
    const asChair = new ElectionPage(chair.page);
    await asChair.goto(villageId, electionId);
    await asChair.tab('roll');
    await chair.page.getByTestId('roll-table').waitFor();
    expect(await chair.page.getByTestId('roll-table').innerText()).not.toContain('身份证号');
  });

  it("a representative's phone shows them on the roll, with polling day and the last day to object", async () => {
    phone = await newContext(browser, server.baseURL, PHONE);
    phonePage = await phone.newPage();
    phonePage.on('pageerror', (error) => pageErrors.push(`phone: ${error.message}`));
    const login = demoLogin(server, 'representative');
    await new SignInPage(phonePage).goto();
    await new SignInPage(phonePage).signInAs(login.phone, login.password);
    await phonePage.getByTestId('home-my-registration').click();
    const mine = phonePage.getByTestId('my-registration').filter({ hasText: TITLE });
    await mine.getByTestId('my-registration-status').getByText('已登记为选民').waitFor();
    expect(await mine.getByTestId('my-registration-polling').innerText()).toBe(zhDate(pollingOn));
    expect(await mine.getByTestId('my-registration-objections-by').innerText()).toMatch(
      /^\d{4}年\d{1,2}月\d{1,2}日$/,
    );
    await screenshot(phonePage, 'election-my-registration-phone');
    // within the five days the phone takes an objection; the committee must decide in three
    await mine.getByTestId('my-objection-open').click();
    await mine.getByTestId('my-objection-reason').fill('我家小组名称登记有误，请核实');
    await mine.getByTestId('my-objection-submit').click();
    expect(await mine.getByTestId('my-objection-sent').innerText()).toContain(zhDate(today));
  });

  it("the committee decides the villager's objection and publishes the decision", async () => {
    const page = new ElectionPage(ec.page);
    await page.goto(villageId, electionId);
    await page.tab('roll');
    const objection = ec.page.getByTestId('objections-roll').getByTestId('objection');
    await objection.getByTestId('objection-decide').click();
    await ec.page.getByTestId('objection-decide-form').getByText('申诉不成立').click();
    await ec.page.getByTestId('objection-decide-submit').click();
    const decided = ec.page.locator('[data-testid="objection"][data-decision="dismissed"]');
    await decided.waitFor();
    expect(await decided.innerText()).toContain(`申诉不成立 · ${zhDate(today)}`);
  });

  it('nominates; a list without more candidates than seats is refused citing the article; the list is published in vote order', async () => {
    const page = new ElectionPage(ec.page);
    await page.goto(villageId, electionId);
    await page.dated('nominations-open');
    await page.waitForStage('nominating');
    const { voters } = await ec.api.get<{ voters: Array<{ personId: string; name: string }> }>(
      `/elections/${electionId}/roll`,
    );
    const onRoll = new Set(voters.map((v) => v.personId));
    const taken = new Set(committee.map((p) => p.householdNumber));
    const nominees = adults
      .filter((p) => onRoll.has(p.id) && !taken.has(p.householdNumber))
      .filter((p) => voters.filter((v) => v.name === p.name).length === 1)
      .filter((p, i, all) => all.findIndex((q) => q.householdNumber === p.householdNumber) === i)
      .slice(0, 5);
    expect(nominees).toHaveLength(5);
    const [c1, c2, m1, m2, m3] = nominees as [Person, Person, Person, Person, Person];
    await page.nominate('主任', c1.name, 60);
    await page.nominate('主任', c2.name, 45);
    await page.nominate('委员', m1.name, 30);
    await page.nominate('委员', m2.name, 50);
    // two nominees for two members' seats is no 差额
    await page.tab('candidates');
    await page.dated('candidates-publish');
    const refused = page.refusal('candidates-publish');
    await refused.waitFor();
    expect(await refused.innerText()).toMatch(/第[一二三四五六七八九十]+条/);
    expect(await page.stage()).toBe('nominating');
    await page.tab('nominations');
    await page.nominate('委员', m3.name, 20);
    await page.tab('candidates');
    await page.dated('candidates-publish');
    await page.waitForStage('candidatesPublished');
    expect(await page.candidates('chair')).toEqual([c1.name, c2.name]);
    expect(await page.candidates('member')).toEqual([m2.name, m1.name, m3.name]);
    await screenshot(ec.page, 'election-candidates-published');
    expect(pageErrors).toEqual([]);
  });
});
