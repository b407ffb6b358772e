import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { launchBrowser, newContext, PHONE } from './browser.ts';
import { startServer, type RunningServer } from './server.ts';
import { screenshot } from './artifacts.ts';
import { demoLogin, villageToday } from './demo.ts';
import { openDesk, screenshotOnFailure, type Desk } from './desk.ts';
import type { BodyView, PersonView } from './api.ts';
import { SignInPage } from './pages/SignInPage.ts';
import { fillDate, inputOf, pickOption, until } from './pages/antd.ts';

/**
 * 罢免与补选 (issue 12 item 12) through the console and the phone, against a fresh server with
 * the demo village: the committee chair opens a recall against a seated member of the
 * villagers' committee; a representative signs from the phone; the clerk enters the paper list
 * (one signer through the form, the rest through the API), is refused the request one short of
 * a fifth of the voters (the article in words) and makes it at the fifth; the member's reply,
 * the vote's day and its result (turnout and yes each just over half) end the seat; a
 * by-election for the rest of the term is opened and its candidates published. Then an
 * election of the supervision committee by the representatives is set up through the API to
 * polling day with electronic ballots, and the representative votes on the phone: a screen per
 * post, the receipt 已投票, and a second ballot refused with the server's words.
 */

const SERVER_START_MS = 240_000;

interface Person extends PersonView {
  age: number;
}
interface Threshold {
  voters: number;
  signers: number;
  votersRequired: number;
}

const addDays = (iso: string, n: number) =>
  new Date(Date.parse(`${iso}T00:00:00Z`) + n * 86_400_000).toISOString().slice(0, 10);
const zhDate = (iso: string) => {
  const [y, m, d] = iso.split('-').map(Number);
  return `${y}年${m}月${d}日`;
};

describe('a recall from its signatures to the seat ended, a by-election, and a ballot on the phone', () => {
  let server: RunningServer;
  let browser: Browser;
  let chair: Desk;
  let phone: BrowserContext | undefined;
  let phonePage: Page | undefined;
  let villageId: string;
  const pageErrors: string[] = [];
  const today = villageToday();
  let adults: Person[] = [];
  /** The voters of the last published roll (the demo election's). */
  let voters: Array<{ personId: string; name: string }> = [];
  let target: { personId: string; name: string };
  let recallId = '';
  let representative = '';

  const personOf = async (page: Page) => {
    const me = (await (await page.request.get('/api/me')).json()) as {
      home: { personId: string } | null;
    };
    return me.home!.personId;
  };
  /** Adults on the roll whose name is theirs alone (a pick by name finds them). */
  const uniqueVoters = () =>
    adults.filter(
      (p) =>
        voters.some((v) => v.personId === p.id) &&
        adults.filter((q) => q.name === p.name).length === 1,
    );

  beforeAll(async () => {
    server = await startServer({ env: { DEMO_BOOKS: 'false' } });
    browser = await launchBrowser();
    chair = await openDesk(browser, server, 'committeeChair', pageErrors);
    villageId = chair.api.villageId;
    for (let page = 1; ; page++) {
      const answer = await chair.api.get<{ items: Person[]; total: number }>(
        `/persons?pageSize=100&page=${page}`,
      );
      adults.push(...answer.items);
      if (adults.length >= answer.total || answer.items.length === 0) break;
    }
    adults = adults.filter((p) => p.age >= 20 && p.age <= 70);
    const { elections } = await chair.api.get<{
      elections: Array<{ id: string; stage: string }>;
    }>('/elections');
    const withRoll = elections.find(
      (e) => !['new', 'committeeChosen', 'rulesAdopted'].includes(e.stage),
    )!;
    voters = (
      await chair.api.get<{ voters: Array<{ personId: string; name: string }> }>(
        `/elections/${withRoll.id}/roll`,
      )
    ).voters;
    phone = await newContext(browser, server.baseURL, PHONE);
    phonePage = await phone.newPage();
    phonePage.on('pageerror', (error) => pageErrors.push(`phone: ${error.message}`));
    const login = demoLogin(server, 'representative');
    await new SignInPage(phonePage).goto();
    await new SignInPage(phonePage).signInAs(login.phone, login.password);
    await phonePage.getByTestId('home-my-recalls').waitFor();
    representative = await personOf(phonePage);
  }, SERVER_START_MS);

  afterEach((context) => screenshotOnFailure(context, { chair: chair?.page, phone: phonePage }));

  afterAll(async () => {
    await phone?.close();
    await chair?.context.close();
    await browser?.close();
    await server?.stop();
  }, 60_000);

  const threshold = async () =>
    (await chair.api.get<{ threshold: Threshold }>(`/recalls/${recallId}`)).threshold;

  it('opens a recall against a seated member; the page counts 已征集 0 人 / 需要 a fifth of the voters', async () => {
    const chairPerson = await personOf(chair.page);
    const { bodies } = await chair.api.get<{ bodies: BodyView[] }>('');
    const committee = bodies.find((b) => b.kind === 'villagersCommittee')!;
    const member = committee.members.find(
      (m) =>
        m.role === 'member' &&
        m.personId !== chairPerson &&
        committee.members.filter((n) => n.name === m.name).length === 1,
    )!;
    target = { personId: member.personId, name: member.name };
    await chair.page.goto(`/v/${villageId}/recalls`);
    await chair.page.getByTestId('recall-new').click();
    await pickOption(chair.page, chair.page.getByTestId('recall-member'), target.name, target.name);
    await chair.page.getByTestId('recall-reasons').fill('长期不履行职责，村务公开多次拖延。');
    await chair.page.getByTestId('form-submit').click();
    await chair.page.getByTestId('recall-page').waitFor();
    recallId = chair.page.url().split('/').at(-1)!;
    const th = await threshold();
    expect(th.voters).toBe(voters.length);
    expect(th.votersRequired).toBe(Math.ceil(voters.length / 5));
    expect(await chair.page.getByTestId('recall-threshold-voters').innerText()).toContain(
      `已征集 0 人 / 需要 ${th.votersRequired} 人`,
    );
  });

  it('a representative signs from the phone in their own name, once; the phone shows the count, never the names', async () => {
    const page = phonePage!;
    await page.getByTestId('home-my-recalls').click();
    const card = page.getByTestId('my-recall').filter({ hasText: target.name });
    await card.getByTestId('my-recall-sign').click();
    await card.getByTestId('my-recall-confirm-yes').click();
    await card.getByTestId('my-recall-signed').waitFor();
    expect(await card.getByTestId('my-recall-signed').innerText()).toContain(zhDate(today));
    await screenshot(page, 'recall-signed-phone');
    const seen = await (
      await page.request.get(`/api/villages/${villageId}/recalls/${recallId}`)
    ).json();
    expect(seen.signatures).toMatchObject({ count: 1, list: null });
    // a villager may open a request from the phone too: the member and the reasons are needed
    const { bodies } = await chair.api.get<{ bodies: BodyView[] }>('');
    const other = bodies
      .find((b) => b.kind === 'villageAffairsSupervisionCommittee')!
      .members.find((m) => m.role === 'chair')!;
    await page.getByTestId('my-recall-open').click();
    const form = page.getByTestId('my-recall-open-form');
    await page.getByTestId('my-recall-open-submit').click();
    expect(await form.innerText()).toContain('请选择要求罢免的成员');
    await form.getByText(`${other.name}（村务监督委员会`).click();
    await page.getByTestId('my-recall-reasons-input').fill('监督不力，对村务公开拖延不予过问。');
    await page.getByTestId('my-recall-open-submit').click();
    const opened = page.getByTestId('my-recall').filter({ hasText: other.name });
    expect(await opened.getByTestId('my-recall-count').innerText()).toMatch(
      /^已联名 0 人 \/ 需要 \d+ 人$/,
    );
  });

  it('enters the paper list; one short of a fifth the request is refused citing the article, at a fifth it is made', async () => {
    const page = chair.page;
    // the organiser does not sign: the list is the villagers'
    const signed = new Set([representative, target.personId, await personOf(page)]);
    const byForm = uniqueVoters().find((p) => !signed.has(p.id))!;
    signed.add(byForm.id);
    await page.reload();
    await pickOption(
      page,
      page.getByTestId('recall-paper-persons'),
      `${byForm.name}（第 ${byForm.householdNumber} 户`,
      byForm.name,
    );
    await page.getByTestId('recall-paper-submit').click();
    await page.getByTestId('recall-signers').getByText(byForm.name).waitFor();
    // the rest of the sheet through the API, leaving the list one short (n − 1)
    const before = await threshold();
    const missing = before.votersRequired - before.signers;
    const rest = voters.filter((v) => !signed.has(v.personId)).slice(0, missing);
    if (missing > 1)
      await chair.api.post(`/recalls/${recallId}/signatures`, {
        personIds: rest.slice(0, missing - 1).map((v) => v.personId),
      });
    await page.reload();
    await page.getByTestId('recall-submit-submit').click();
    const refused = page.getByTestId('recall-submit-refused');
    await refused.waitFor();
    expect(await refused.innerText()).toMatch(/村民委员会组织法.*第十[六九]条/s);
    // n: the last signature reaches a fifth
    await chair.api.post(`/recalls/${recallId}/signatures`, {
      personIds: [rest.at(-1)!.personId],
    });
    await page.reload();
    const voterBasis = page.getByTestId('recall-threshold-voters');
    expect(await voterBasis.getAttribute('data-met')).toBe('true');
    expect(await voterBasis.innerText()).toContain(
      `已征集 ${before.votersRequired} 人 / 需要 ${before.votersRequired} 人`,
    );
    await page.getByTestId('recall-submit-submit').click();
    await page.locator('[data-testid="recall-page"][data-stage="requested"]').waitFor();
    // the 30 days, then the township's 60, in Chinese dates as the server counts them
    const { deadlines } = await chair.api.get<{
      deadlines: { voteBy: string; townshipBy: string };
    }>(`/recalls/${recallId}`);
    expect(await page.getByTestId('recall-deadlines').innerText()).toBe(
      `村民选举委员会应于${zhDate(deadlines.voteBy)}前组织投票；逾期未组织的，由乡镇于${zhDate(deadlines.townshipBy)}前组织。`,
    );
    await screenshot(page, 'recall-requested');
  });

  it('records the reply, the vote today and its result just over half on both counts: recalled, the seat ends', async () => {
    const page = chair.page;
    await page.getByTestId('recall-reply-text').fill('本人对所列事项有不同意见，请村民公断。');
    await page.getByTestId('recall-reply-submit').click();
    await page.getByTestId('recall-reply-shown').waitFor();
    await fillDate(page.getByTestId('recall-schedule-on'), today);
    await page.getByTestId('recall-schedule-submit').click();
    await until(async () => (await page.getByTestId('recall-vote-on').count()) === 1);
    expect(await page.getByTestId('recall-vote-on').innerText()).toBe(zhDate(today));
    const registered = voters.length;
    const voted = Math.floor(registered / 2) + 1;
    const yes = Math.floor(voted / 2) + 1;
    await (await inputOf(page.getByTestId('recall-result-registered'))).fill(String(registered));
    await (await inputOf(page.getByTestId('recall-result-voted'))).fill(String(voted));
    await (await inputOf(page.getByTestId('recall-result-yes'))).fill(String(yes));
    await page.getByTestId('recall-result-submit').click();
    const outcome = page.getByTestId('recall-result-outcome');
    await outcome.waitFor();
    expect(await outcome.innerText()).toContain(`罢免通过：${target.name}`);
    expect(await page.getByTestId('recall-result-turnout').getAttribute('data-met')).toBe('true');
    expect(await page.getByTestId('recall-result-approval').getAttribute('data-met')).toBe('true');
    expect(await page.getByTestId('recall-vote').innerText()).toContain(
      '须有登记参加选举的村民过半数投票，并须经投票的村民过半数通过',
    );
    await screenshot(page, 'recall-voted');
    const { bodies } = await chair.api.get<{
      bodies: Array<BodyView & { departed: Array<{ personId: string; endReason: string }> }>;
    }>('');
    const committee = bodies.find((b) => b.kind === 'villagersCommittee')!;
    expect(committee.members.map((m) => m.personId)).not.toContain(target.personId);
    expect(committee.departed).toContainEqual(
      expect.objectContaining({ personId: target.personId, endReason: 'recall' }),
    );
  });

  it('opens a by-election of the vacant seat for the rest of the term and publishes two candidates', async () => {
    const page = chair.page;
    await page.goto(`/v/${villageId}/recalls`);
    expect(await page.getByTestId('offices-departed').innerText()).toContain(target.name);
    await page.getByTestId('by-election-new').click();
    await page.getByTestId('by-election-body').getByText('村民委员会', { exact: true }).click();
    await fillDate(page.getByTestId('by-election-polling-on'), addDays(today, 10));
    await page.getByTestId('form-submit').click();
    await page.getByTestId('by-election-page').waitFor();
    expect(await page.getByTestId('by-election-stage').getAttribute('data-stage')).toBe('vacant');
    const [a, b] = uniqueVoters().filter(
      (p) => p.id !== target.personId && p.id !== representative,
    );
    for (const p of [a!, b!])
      await pickOption(
        page,
        page.getByTestId('by-election-candidates-member'),
        `${p.name}（第 ${p.householdNumber} 户`,
        p.name,
      );
    await page.getByTestId('by-election-candidates-submit').click();
    await page
      .locator('[data-testid="by-election-stage"][data-stage="candidatesPublished"]')
      .waitFor();
    const listed = await page.getByTestId('by-election-candidates').innerText();
    expect(listed).toContain(a!.name);
    expect(listed).toContain(b!.name);
    await screenshot(page, 'by-election-candidates');
  });

  it("ends a supervisor's office by death ten days ago, and a by-election at the representatives' meeting fills the seat today: counted, certified, seated to the term's end", async () => {
    const page = chair.page;
    const { bodies } = await chair.api.get<{ bodies: BodyView[] }>('');
    const supervision = bodies.find((b) => b.kind === 'villageAffairsSupervisionCommittee')!;
    const gone = supervision.members.find(
      (m) =>
        m.role === 'member' && supervision.members.filter((n) => n.name === m.name).length === 1,
    )!;
    await page.goto(`/v/${villageId}/recalls`);
    await page.getByTestId('office-end').click();
    await pickOption(
      page,
      page.getByTestId('office-member'),
      `${gone.name}（村务监督委员会`,
      gone.name,
    );
    await page.getByTestId('office-reason').getByText('死亡').click();
    await fillDate(page.getByTestId('office-on'), addDays(today, -10));
    await page.getByTestId('form-submit').click();
    expect(await page.getByTestId('office-ended').innerText()).toContain(
      `${gone.name}的职务自${zhDate(addDays(today, -10))}终止`,
    );
    await until(async () =>
      (await page.getByTestId('offices-departed').innerText()).includes(gone.name),
    );
    await screenshot(page, 'recalls-list');
    // the by-election, entered from the paper records: opened nine days ago, polling today
    await page.getByTestId('by-election-new').click();
    await page.getByTestId('by-election-body').getByText('村务监督委员会', { exact: true }).click();
    await fillDate(page.getByTestId('by-election-polling-on'), today);
    await fillDate(page.getByTestId('by-election-on'), addDays(today, -9));
    await page.getByTestId('form-submit').click();
    await page.getByTestId('by-election-page').waitFor();
    // supervisors: no member of the villagers' committee, nor of their households
    const committee = new Set(
      bodies.find((b) => b.kind === 'villagersCommittee')!.members.map((m) => m.personId),
    );
    const taken = new Set(adults.filter((p) => committee.has(p.id)).map((p) => p.householdNumber));
    const [c, d] = uniqueVoters().filter(
      (p) => !taken.has(p.householdNumber) && p.id !== representative,
    );
    for (const p of [c!, d!])
      await pickOption(
        page,
        page.getByTestId('by-election-candidates-member'),
        `${p.name}（第 ${p.householdNumber} 户`,
        p.name,
      );
    await fillDate(page.getByTestId('by-election-candidates-on'), addDays(today, -5));
    await page.getByTestId('by-election-candidates-submit').click();
    await page.getByTestId('by-election-count-form').waitFor();
    // the tally sheet: every representative serving today present; all but one for the first
    const members = bodies.find((b) => b.kind === 'representativesMeeting')!.members.length;
    const fill = async (testId: string, n: number) =>
      (await inputOf(page.getByTestId(testId))).fill(String(n));
    await fill('by-election-count-members', members);
    await fill('by-election-count-voted', members);
    await fill('by-election-count-ballots', members);
    await fill(`by-election-votes-${c!.id}`, members - 1);
    await fill(`by-election-votes-${d!.id}`, 1);
    await page.getByTestId('by-election-count-submit').click();
    await page.locator('[data-testid="by-election-round"][data-valid="true"]').waitFor();
    await page.getByTestId('by-election-certify-submit').click();
    await page.locator('[data-testid="by-election-stage"][data-stage="certified"]').waitFor();
    expect(await page.getByTestId('by-election-seated').innerText()).toContain(c!.name);
    await screenshot(page, 'by-election-certified');
    const after = await chair.api.get<{
      bodies: Array<BodyView & { term: { endsOn: string } | null }>;
    }>('');
    const seated = after.bodies.find((b) => b.kind === 'villageAffairsSupervisionCommittee')!;
    expect(seated.members.map((m) => m.personId)).toContain(c!.id);
    expect(await page.getByTestId('by-election-page').innerText()).toContain(
      `任期至 ${zhDate(seated.term!.endsOn)}`,
    );
  });

  it('a representative votes on the phone in an election by the representatives: a screen per post, the receipt, no second ballot', async () => {
    const ec = await openDesk(browser, server, 'villager', pageErrors);
    try {
      const ecPerson = await personOf(ec.page);
      const { items } = await ec.api.get<{ items: Array<{ id: string; adoptedOn: string }> }>(
        '/resolutions',
      );
      const resolution = items
        .filter((r) => r.adoptedOn <= addDays(today, -6))
        .sort((x, y) => y.adoptedOn.localeCompare(x.adoptedOn))[0]!;
      const d0 = resolution.adoptedOn;
      // nobody from a household of the villagers' committee (near relatives may not stand or tell)
      const { bodies } = await chair.api.get<{ bodies: BodyView[] }>('');
      const committee = new Set(
        bodies.find((b) => b.kind === 'villagersCommittee')!.members.map((m) => m.personId),
      );
      const taken = new Set(
        adults
          .filter((p) => committee.has(p.id) || p.id === ecPerson || p.id === representative)
          .map((p) => p.householdNumber),
      );
      const free: Person[] = [];
      for (const p of adults)
        if (!taken.has(p.householdNumber)) {
          taken.add(p.householdNumber);
          free.push(p);
        }
      const [m1, m2, c1, c2, t1, t2, t3] = free as [
        Person,
        Person,
        Person,
        Person,
        Person,
        Person,
        Person,
      ];
      const created = await chair.api.post<{ election: { id: string } }>('/elections', {
        title: '村务监督委员会委员补充选举（代表会议）',
        body: 'supervisionCommittee',
        electorate: 'representatives',
        organiser: 'villagersCommittee',
        posts: [{ id: 'member', name: { zh: '委员', en: 'Member' }, seats: 1 }],
      });
      const E = `/elections/${created.election.id}`;
      await chair.api.post(`${E}/committee`, {
        chosenBy: 'representativesMeeting',
        chosenOn: d0,
        members: [
          { personId: ecPerson, seat: 'chair' },
          { personId: m1.id, seat: 'member' },
          { personId: m2.id, seat: 'member' },
        ],
      });
      await ec.api.post(`${E}/rules/draft`, { text: '选举办法', on: d0, commentsUntil: d0 });
      await ec.api.post(`${E}/rules/adopt`, { resolutionId: resolution.id, electionDay: today });
      await ec.api.post(`${E}/voters/from-registry`, { on: d0 });
      await ec.api.post(`${E}/roll/publish`, { on: d0 });
      await ec.api.post(`${E}/nominations/open`, { on: d0 });
      for (const [i, c] of [c1, c2].entries())
        await ec.api.post(`${E}/nominations`, {
          postId: 'member',
          personId: c.id,
          route: 'villagers',
          votes: 20 - i,
          on: d0,
        });
      await ec.api.post(`${E}/candidates/publish`, { on: addDays(today, -5) });
      await ec.api.post(`${E}/polling-notice`, {
        on: addDays(today, -5),
        place: '村委会二楼会议室',
        method: 'electronic',
        tellers: [
          { personId: t1.id, role: 'caller' },
          { personId: t2.id, role: 'counter' },
          { personId: t3.id, role: 'scrutineer' },
        ],
      });
      await ec.api.post(`${E}/polling/open`, { booth: '会议室东侧屏风后' });

      // the phone: my registration shows polling day and place, and the way to vote
      const page = phonePage!;
      await page.goto(`/v/${villageId}/my-registration`);
      const mine = page.getByTestId('my-registration').filter({ hasText: '代表会议' });
      expect(await mine.getByTestId('my-registration-place').innerText()).toBe('村委会二楼会议室');
      expect(await mine.getByTestId('my-registration-polling').innerText()).toBe(zhDate(today));
      // a second tab opened before voting, to try a second ballot from it afterwards
      const again = await phone!.newPage();
      await again.goto(`/v/${villageId}/elections/${created.election.id}/ballot`);
      await mine.getByTestId('my-registration-vote').click();
      const post = page.getByTestId('ballot-post');
      await post.waitFor();
      expect(await post.innerText()).toContain('应选 1 名');
      const boxes = post.getByTestId('ballot-candidate');
      await boxes.nth(0).check();
      // one seat: the other candidate cannot be ticked as well
      expect(await boxes.nth(1).isDisabled()).toBe(true);
      await page.getByTestId('ballot-next').click();
      expect(await page.getByTestId('ballot-review-post').innerText()).toBe(c1.name);
      await page.getByTestId('ballot-cast').click();
      const receipt = page.getByTestId('ballot-receipt');
      await receipt.waitFor();
      expect(await receipt.innerText()).toContain('已投票');
      expect(await receipt.innerText()).not.toContain(c1.name);
      expect(await page.getByTestId('ballot-election').innerText()).toContain('代表会议');
      await screenshot(page, 'ballot-receipt-phone');
      // the tab loaded before: its ballot is refused with the server's words
      await again.getByTestId('ballot-candidate').nth(1).check();
      await again.getByTestId('ballot-next').click();
      await again.getByTestId('ballot-cast').click();
      const refused = again.getByTestId('ballot-refused');
      await refused.waitFor();
      expect(await refused.innerText()).toContain('已领取本轮选票');
      await again.close();
      await page.goto(`/v/${villageId}/my-registration`);
      await mine.getByTestId('my-registration-voted').waitFor();
      const rounds = await (await page.request.get(`/api/villages/${villageId}${E}/rounds`)).json();
      expect(rounds.rounds[0]).toMatchObject({ voted: 1, mine: { onRoll: true, voted: true } });
    } finally {
      await ec.context.close();
    }
    expect(pageErrors).toEqual([]);
  });
});
