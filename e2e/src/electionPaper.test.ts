import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { launchBrowser } from './browser.ts';
import { startServer, type RunningServer } from './server.ts';
import { screenshot } from './artifacts.ts';
import { villageToday } from './demo.ts';
import { openDesk, screenshotOnFailure, type Desk } from './desk.ts';
import { PrintView } from './pages/NoticesPage.ts';
import { pickOption } from './pages/antd.ts';

/**
 * 选举, the second half on paper and on the projector, against the demo's showcase election
 * (seeded to its published candidate list, polling nine days ahead): the election committee's
 * chair (the Party secretary) publishes the polling notice with its tellers and a mobile box
 * through the API, then opens each paper: the polling notice, the proxies, the ballots (two
 * copies, each one A4 page, alike, no number), the tally sheets (one a box), the voters by
 * household (no ID numbers), and the result, certificates and handover list, which say they
 * are not yet due; and the projector at 1920×1080 and 1280×720. The demo's election polls in
 * nine days (polling opens only on its day, on the real clock), so the counted papers come
 * from a fresh supervision election by the representatives through the API, dated back so
 * that polling is today (as electionDay.test.ts does): polled on paper, entered by two
 * counters, counted and certified; its result notice, certificates, handover list and the
 * projector's bars. The ballot reconciliation: the approved proxy offered on the entry form, a
 * line of the printed roll entered by mistake withdrawn with its reason.
 */

const SERVER_START_MS = 240_000;

const addDays = (iso: string, n: number) =>
  new Date(Date.parse(`${iso}T00:00:00Z`) + n * 86_400_000).toISOString().slice(0, 10);

interface Detail {
  election: { id: string; title: string; stage: string };
  posts: Array<{
    id: string;
    seats: number;
    nominees: Array<{ personId: string; status: string }>;
  }>;
  roll: { registered: number };
}
interface Person {
  id: string;
  name: string;
  age: number;
  householdNumber: string;
}
interface Voter {
  personId: string;
  name: string;
  householdNumber: string;
  residentIdNumber: string | null;
}

describe('an election’s papers and projector', () => {
  let server: RunningServer;
  let browser: Browser;
  let ec: Desk;
  let page: Page;
  let electionId = '';
  let detail: Detail;
  let proxy = { principal: '', holder: '' };
  const pageErrors: string[] = [];

  beforeAll(async () => {
    server = await startServer({ env: { DEMO_BOOKS: 'false' } });
    browser = await launchBrowser();
    ec = await openDesk(browser, server, 'partySecretary', pageErrors);
    page = ec.page;
    const { elections } = await ec.api.get<{ elections: Array<{ id: string; stage: string }> }>(
      '/elections',
    );
    electionId = elections.find((e) => e.stage === 'candidatesPublished')!.id;
    detail = await ec.api.get<Detail>(`/elections/${electionId}`);
    // tellers and scrutineers: voters from households with no candidate (no near relative of one)
    const candidates = new Set(
      detail.posts.flatMap((p) =>
        p.nominees.filter((n) => n.status === 'candidate').map((n) => n.personId),
      ),
    );
    const { voters } = await ec.api.get<{ voters: Voter[] }>(`/elections/${electionId}/roll`);
    const kin = new Set(
      voters.filter((v) => candidates.has(v.personId)).map((v) => v.householdNumber),
    );
    const free = voters.filter((v) => !kin.has(v.householdNumber));
    const [caller, counter, s1, s2, s3, s4] = free;
    await ec.api.post(`/elections/${electionId}/polling-notice`, {
      place: '社区党群服务中心二楼大会议室',
      ...{ opensAt: '08:00', closesAt: '12:30', booth: '大会议室东侧隔间' },
      method: 'paper',
      tellers: [
        { personId: caller!.personId, role: 'caller' },
        { personId: counter!.personId, role: 'counter' },
        { personId: s1!.personId, role: 'scrutineer' },
      ],
    });
    // a proxy between spouses (浙江: near relatives only), neither a teller's nor a candidate's
    const onRoll = new Set(free.map((v) => v.personId));
    const { items } = await ec.api.get<{ items: Array<Person & { relationToHead: string }> }>(
      '/persons?pageSize=100',
    );
    const head = items.find(
      (p) =>
        p.relationToHead === 'head' &&
        onRoll.has(p.id) &&
        ![caller, counter, s1, s2, s3, s4].some((x) => x!.householdNumber === p.householdNumber) &&
        items.some(
          (q) =>
            q.householdNumber === p.householdNumber &&
            q.relationToHead === 'spouse' &&
            onRoll.has(q.id),
        ),
    )!;
    const spouse = items.find(
      (q) => q.householdNumber === head.householdNumber && q.relationToHead === 'spouse',
    )!;
    proxy = { principal: spouse.name, holder: head.name };
    await ec.api.post(`/elections/${electionId}/proxies`, {
      principalId: spouse.id,
      holderId: head.id,
      written: true,
    });
    await ec.api.post(`/elections/${electionId}/proxies/approve`, { principalIds: [spouse.id] });
    await ec.api.post(`/elections/${electionId}/mobile-boxes`, {
      box: 'm1',
      voters: free.slice(-2).map((v) => v.personId),
      scrutineers: [s2!.personId, s3!.personId, s4!.personId],
    });
  }, SERVER_START_MS);

  afterEach((context) => screenshotOnFailure(context, { ec: page }));

  afterAll(async () => {
    await ec?.context.close();
    await browser?.close();
    await server?.stop();
  });

  const open = async (paper: string, query = '') => {
    await page.goto(`/v/${ec.api.villageId}/elections/${electionId}/print/${paper}${query}`);
    // the voters' list and a ballot per voter draw thousands of rows: time on a busy machine
    await page.getByTestId(`election-print-${paper}`).waitFor({ timeout: 60_000 });
  };
  const print = () => new PrintView(page);

  it('prints the polling notice (day, place, tellers by role, the mobile box with its scrutineers) and the proxies on one A4 page each', async () => {
    await open('polling');
    await page.getByTestId('print-fingerprint').waitFor();
    expect(await print().text('print-title')).toBe('关于投票选举有关事项的公告');
    expect(await print().text('print-number')).toMatch(/〔\d{4}〕第5号/);
    expect(await print().text('print-polling-day')).toMatch(
      /投票时间：\d{4}年\d{1,2}月\d{1,2}日8时开始，12时30分截止。/,
    );
    const tellers = await print().text('print-tellers');
    expect(tellers).toContain('唱票人');
    expect(tellers).toContain('监票人');
    expect(await print().text('print-boxes')).toContain('流动票箱（m1）');
    expect(await print().text('print-body')).toContain('社区党群服务中心二楼大会议室');
    // a community's notice reads 居民 where a village's reads 村民
    expect(await print().text('print-kind')).toContain('居民选举委员会');
    await screenshot(page, 'election-paper-polling');
    expect(await print().a4Pages()).toBe(1);
    expect(await print().text('print-polling-proxies')).toContain('委托投票共1件');
    // the footer carries the audit event that published the notice
    expect(await print().text('print-fingerprint')).toMatch(/[0-9a-f]{64}/);
    await open('proxies');
    expect(await print().text('print-title')).toBe('委托投票公告');
    expect(await print().text('print-number')).toMatch(/〔\d{4}〕第6号/);
    const proxies = await print().text('print-proxies');
    expect(proxies).toContain(`${proxy.principal}\t${proxy.holder}`);
    expect(await print().text('print-fingerprint')).toMatch(/[0-9a-f]{64}/);
    expect(await print().a4Pages()).toBe(1);
  });

  it('offers the approved proxy on the ballot reconciliation’s entry form: the holder signs the roll for the principal', async () => {
    await page.goto(`/v/${ec.api.villageId}/elections/${electionId}/rounds/1/reconciliation`);
    const form = page.getByTestId('roll-signs-form');
    await form.waitFor();
    const option = `${proxy.principal}（由${proxy.holder}代签）`;
    await pickOption(page, page.getByTestId('roll-signs-proxies'), option);
    expect(await page.getByTestId('roll-signs-proxies').innerText()).toContain(option);
  });

  it('prints ballots, each alike on one A4 page: seats stated, candidates with boxes, write-in places, the rules, and no number', async () => {
    await open('ballot', '?copies=2');
    const ballots = page.getByTestId('ballot');
    expect(await ballots.count()).toBe(2);
    const [first, second] = await ballots.allInnerTexts();
    expect(first).toBe(second);
    expect(first).toContain('主任（应选1名）');
    expect(first).toContain('委员（应选3名）');
    expect(first).toContain('另选人');
    expect(first).toContain('多于应选名额的，该职位的选票无效');
    expect(first).not.toMatch(/No\.|编号|第\s*\d+\s*张/);
    await expect(page.getByTestId('ballot-post').count()).resolves.toBe(2 * detail.posts.length);
    await expect(page.getByTestId('print-qr').count()).resolves.toBe(0);
    await screenshot(page, 'election-paper-ballot');
    expect(await print().a4Pages()).toBe(2);
    // by default one for each registered voter
    await open('ballot');
    await expect(page.getByTestId('ballot').count()).resolves.toBe(detail.roll.registered);
  });

  it('prints a tally sheet per box with the tellers to sign, and the voters by household without ID numbers', async () => {
    await open('tally');
    const sheets = page.getByTestId('tally-sheet');
    expect(await sheets.count()).toBe(2);
    expect(await sheets.nth(1).innerText()).toContain('流动票箱（m1）');
    expect(await sheets.first().innerText()).toContain('计票人');
    await screenshot(page, 'election-paper-tally');
    expect(await print().a4Pages()).toBe(2);
    await open('voters');
    const list = await page.getByTestId('voter-list').innerText();
    expect(list).toContain('户号');
    expect(list).toContain('领票签名');
    expect(list).not.toMatch(/\d{17}[\dX]/);
  });

  it('shows the result, certificates and handover list as not yet due before any count', async () => {
    await open('result');
    expect(await print().text('print-title')).toBe('选举结果公告');
    expect(await print().text('print-body')).toContain('尚未计票');
    await expect(page.getByTestId('print-unpublished').count()).resolves.toBe(1);
    await open('certificate');
    await expect(page.getByTestId('certificate').count()).resolves.toBe(0);
    await page.getByTestId('print-unpublished').waitFor();
    await open('handover');
    expect(await page.getByTestId('handover').innerText()).toContain('工作移交清单');
    expect(await print().a4Pages()).toBe(1);
  });

  it('projects the announced round in big type at 1920×1080 and 1280×720, votes hidden until the count', async () => {
    // the polling tab offers the committee's papers in a menu and the projector to everyone
    await page.goto(`/v/${ec.api.villageId}/elections/${electionId}`);
    await page.getByTestId('election-papers').hover();
    const ballots = page.getByTestId('election-print-ballot');
    await ballots.waitFor();
    expect(await ballots.getAttribute('href')).toBe(
      `/v/${ec.api.villageId}/elections/${electionId}/print/ballot`,
    );
    await page.getByTestId('election-live-link').click();
    await page.getByTestId('election-live').waitFor();
    for (const [width, height] of [
      [1920, 1080],
      [1280, 720],
    ] as const) {
      await page.setViewportSize({ width, height });
      await page.goto(`/v/${ec.api.villageId}/elections/${electionId}/live`);
      const live = page.getByTestId('election-live');
      await live.waitFor();
      expect(await live.getAttribute('data-state')).toBe('announced');
      expect(await page.getByTestId('live-turnout').innerText()).toContain(
        `参加投票 0 / 登记选民 ${detail.roll.registered.toLocaleString('zh-CN')}`,
      );
      await expect(page.getByTestId('live-post').count()).resolves.toBe(detail.posts.length);
      // the whole face on one screen, no scrolling
      const scrollHeight = await page.evaluate(
        () =>
          (globalThis as unknown as { document: { body: { scrollHeight: number } } }).document.body
            .scrollHeight,
      );
      expect(scrollHeight).toBeLessThanOrEqual(height);
      await screenshot(page, `election-live-${width}`);
    }
    expect(pageErrors).toEqual([]);
  });
  it('prints a counted and certified election: the result with turnout and votes against the bar, a certificate a page, the handover list; the projector shows the bars', async () => {
    const today = villageToday();
    const [counterA, counterB] = (await Promise.all(
      (['representative', 'councilMember'] as const).map((role) =>
        openDesk(browser, server, role, pageErrors),
      ),
    )) as [Desk, Desk];
    try {
      const personOf = async (desk: Desk) => {
        const me = (await (await desk.page.request.get('/api/me')).json()) as {
          home: { personId: string };
        };
        return (await ec.api.get<{ person: Person }>(`/persons/${me.home.personId}`)).person;
      };
      const [me, a, b] = (await Promise.all([ec, counterA, counterB].map(personOf))) as [
        Person,
        Person,
        Person,
      ];
      const { items } = await ec.api.get<{ items: Person[] }>('/persons?pageSize=100');
      // candidates and the committee's two others: households nobody else in the story is
      // from, none a villagers' committee member's (a supervisor may be neither nor their kin)
      const vc = new Set((await ec.api.bodyMembers('villagersCommittee')).map((m) => m.personId));
      const taken = new Set([me, a, b].map((p) => p.householdNumber));
      for (const p of items) if (vc.has(p.id)) taken.add(p.householdNumber);
      const fresh: Person[] = [];
      for (const p of items.filter((x) => x.age >= 25 && x.age <= 65)) {
        if (fresh.length === 5) break;
        if (taken.has(p.householdNumber)) continue;
        taken.add(p.householdNumber);
        fresh.push(p);
      }
      const [m1, m2, ...candidates] = fresh as [Person, Person, Person, Person, Person];
      const { items: resolutions } = await ec.api.get<{
        items: Array<{ id: string; adoptedOn: string }>;
      }>('/resolutions');
      const rules = resolutions
        .filter((r) => r.adoptedOn <= addDays(today, -30))
        .sort((x, y) => y.adoptedOn.localeCompare(x.adoptedOn))[0]!;
      const created = await ec.api.post<{ election: { id: string } }>('/elections', {
        title: '村务监督委员会选举',
        body: 'supervisionCommittee',
        electorate: 'representatives',
        organiser: 'villagersCommittee',
        posts: [{ id: 'member', name: { zh: '委员', en: 'Member' }, seats: 2 }],
      });
      const id = created.election.id;
      const E = `/elections/${id}`;
      const d0 = rules.adoptedOn;
      const rollOn = addDays(today, -25);
      const [i1, i2, i3] = candidates.map((c) => c.id) as [string, string, string];
      const steps: Array<[string, object]> = [
        [
          'committee',
          {
            chosenBy: 'representativesMeeting',
            chosenOn: d0,
            members: [
              { personId: me.id, seat: 'chair' },
              { personId: m1.id, seat: 'member' },
              { personId: m2.id, seat: 'member' },
            ],
          },
        ],
        ['committee/publish', { on: d0 }],
        ['rules/draft', { text: '村务监督委员会选举办法', on: d0, commentsUntil: d0 }],
        ['rules/adopt', { resolutionId: rules.id, electionDay: today }],
        ['voters/from-registry', { on: rollOn }],
        ['roll/publish', { on: rollOn }],
        ['nominations/open', { on: rollOn }],
        ...candidates.map((c, i): [string, object] => [
          'nominations',
          { postId: 'member', personId: c.id, route: 'villagers', votes: 30 - i, on: rollOn },
        ]),
        ['candidates/publish', { on: addDays(today, -10) }],
        [
          'polling-notice',
          {
            on: addDays(today, -5),
            place: '村委会二楼会议室',
            method: 'paper',
            tellers: [
              { personId: me.id, role: 'caller' },
              { personId: a.id, role: 'counter' },
              { personId: b.id, role: 'counter' },
              { personId: m1.id, role: 'scrutineer' },
            ],
          },
        ],
        ['polling/open', { booth: '会议室东侧写票处' }],
      ];
      for (const [step, body] of steps) await ec.api.post(`${E}/${step}`, body);
      const { voters } = await ec.api.get<{ voters: Voter[] }>(`${E}/roll`);
      await ec.api.post(`${E}/ballots/issue`, {
        issued: voters.map((v) => ({ personId: v.personId })),
      });
      // every ballot names c1; two in three c2, the rest c3
      const entries = voters.map((_, i) => ({
        number: i + 1,
        marks: { member: i % 3 === 2 ? [i1, i3] : [i1, i2] },
      }));
      for (const desk of [counterA, counterB])
        await desk.api.post(`${E}/ballots/paper`, { entries });
      await ec.api.post(`${E}/tally-sheets`, { returned: voters.length, signedBy: [a.id, b.id] });
      await ec.api.post(`${E}/count`);
      await ec.api.post(`${E}/result/certify`);

      // the printed roll's signatures entered from the paper; one entered by mistake is
      // withdrawn on the reconciliation page with the reason, struck through and kept
      const R = `${E}/rounds/1`;
      const [v1, v2] = voters as [Voter, Voter];
      await ec.api.post(`${R}/roll-signs`, {
        signed: [v1, v2].map((v) => ({ personId: v.personId })),
      });
      await page.goto(`/v/${ec.api.villageId}/elections/${id}/rounds/1/reconciliation`);
      await page.getByTestId('roll-signs').waitFor();
      await page.getByTestId(`roll-sign-withdraw-${v2.personId}`).click();
      await page.getByTestId(`roll-sign-reason-${v2.personId}`).fill('录入时看错了行');
      await page.getByTestId(`roll-sign-confirm-${v2.personId}`).click();
      const line = page.getByTestId(`roll-sign-${v2.personId}`);
      await expect.poll(() => line.innerText()).toContain('已撤回');
      expect(await line.innerText()).toContain('理由：录入时看错了行');
      expect(await line.getAttribute('class')).toContain('roll-sign-withdrawn');
      expect(await page.getByTestId(`roll-sign-${v1.personId}`).innerText()).not.toContain(
        '已撤回',
      );
      await screenshot(page, 'election-reconciliation-withdrawn');

      const paper = async (kind: string) => {
        await page.goto(`/v/${ec.api.villageId}/elections/${id}/print/${kind}`);
        await page.getByTestId(`election-print-${kind}`).waitFor();
      };
      await paper('result');
      await page.getByTestId('print-seated').waitFor();
      expect(await print().text('print-number')).toMatch(/〔\d{4}〕第7号/);
      expect(await print().text('print-turnout')).toContain(
        `参加投票${voters.length}人，超过半数 ✔，选举有效`,
      );
      const post = await print().text('print-result-post');
      expect(post).toContain('委员：应选2名');
      expect(post).toContain(`${candidates[0].name}\t${voters.length} ✔\t当选`);
      expect(await print().text('print-seated')).toContain(candidates[1].name);
      // the paper carries the certifying audit event's fingerprint
      expect(await print().text('print-fingerprint')).toMatch(/[0-9a-f]{64}/);
      await screenshot(page, 'election-paper-result');
      expect(await print().a4Pages()).toBe(1);
      await paper('certificate');
      expect(await page.getByTestId('certificate').count()).toBe(2);
      expect(await page.getByTestId('certificate').first().innerText()).toMatch(
        /当选为.+村务监督委员会委员/,
      );
      expect(await print().a4Pages()).toBe(2);
      await paper('handover');
      expect(await page.getByTestId('print-unpublished').count()).toBe(0);
      expect(await page.getByTestId('handover').innerText()).toContain(candidates[0].name);
      expect(await print().a4Pages()).toBe(1);

      await page.setViewportSize({ width: 1920, height: 1080 });
      await page.goto(`/v/${ec.api.villageId}/elections/${id}/live`);
      await page.locator('[data-testid="election-live"][data-state="counted"]').waitFor();
      // those who elect here are the representatives (a community's: 居民代表)
      expect(await page.getByTestId('live-turnout').innerText()).toContain(
        `参加投票 ${voters.length} / 居民代表 ${voters.length}`,
      );
      const first = page.getByTestId('live-candidate').first();
      expect(await first.getAttribute('data-votes')).toBe(String(voters.length));
      expect(await first.innerText()).toContain(
        `得票 ${voters.length} / 参加投票 ${voters.length}，过半数 ✔`,
      );
      await screenshot(page, 'election-live-counted');
    } finally {
      await counterA.context.close();
      await counterB.context.close();
    }
  });
});
