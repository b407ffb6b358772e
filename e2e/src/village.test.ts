import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { launchBrowser, newContext, PHONE } from './browser.ts';
import { startServer, type DemoLogin, type RunningServer } from './server.ts';
import { compareByNumber } from '@cunzhi/core/chineseNumber';
import { screenshot } from './artifacts.ts';
import { pickOption } from './pages/antd.ts';
import { demoLogin } from './demo.ts';
import { badRoster, goodRoster, residentId, rosterXlsx, villageRosterXlsx } from './roster.ts';
import { AppChrome } from './pages/AppChrome.ts';
import { SignInPage } from './pages/SignInPage.ts';
import { VillageHomePage } from './pages/VillageHomePage.ts';
import { HouseholdsPage } from './pages/HouseholdsPage.ts';
import { RosterImportPage } from './pages/RosterImportPage.ts';

/**
 * The main flows of the staff console against the real server with demo data:
 * sign in as the villagers' committee chair, the village page, finding a
 * household, importing a roster (with errors, then clean), the audit chain,
 * English, large type and a phone.
 */
describe('village console (committee chair)', () => {
  let server: RunningServer;
  let browser: Browser;
  let context: BrowserContext;
  let page: Page;
  let chair: DemoLogin;
  let villager: DemoLogin;
  let villageId: string;
  const tag = String(Date.now() % 100000);
  const consoleErrors: string[] = [];

  beforeAll(async () => {
    // without the demo's year of books: its ~1,500 bookings would fill the audit log's first
    // page this test reads for the decisions' acts (the ledger has its own flow)
    server = await startServer({ env: { DEMO_BOOKS: 'false' } });
    chair = demoLogin(server, 'committeeChair');
    villager = demoLogin(server, 'villager');
    browser = await launchBrowser();
    context = await newContext(browser, server.baseURL);
    page = await context.newPage();
    page.on('pageerror', (error) => consoleErrors.push(error.message));
  });

  afterAll(async () => {
    await context?.close();
    await browser?.close();
    await server?.stop();
  });

  it('refuses a wrong password with the server’s Chinese message, then signs in', async () => {
    const signIn = new SignInPage(page);
    await signIn.goto();
    await signIn.signIn(chair.phone, 'wrong-password-1');
    expect(await signIn.errorText()).toContain('手机号或密码不正确');

    await signIn.signInAs(chair.phone, chair.password);
    const home = new VillageHomePage(page);
    await home.waitForLoad();
    villageId = home.villageId();
    expect(page.url()).toContain(`/v/${villageId}`);
  });

  it('shows the village: stats and who is who by power', async () => {
    const home = new VillageHomePage(page);
    expect(await home.villageName()).toMatch(/[村区]/);
    expect(await home.stat('population')).toBeGreaterThan(0);
    expect(await home.stat('households')).toBeGreaterThan(0);
    expect(await home.powerSections()).toEqual(
      expect.arrayContaining(['power-lead', 'power-decide', 'power-execute', 'power-supervise']),
    );
    expect(await home.bodyCards().count()).toBeGreaterThan(3);
    expect(await page.getByText('村民委员会').first().isVisible()).toBe(true);
    // the chair may appoint members
    expect(await page.getByTestId('body-appoint').count()).toBeGreaterThan(0);
    await screenshot(page, 'village-home-zh');
  });

  it('finds a household by a member’s name', async () => {
    const name = (await new VillageHomePage(page).memberNames())[0];
    expect(name).toMatch(/^[\u4e00-\u9fff]{2,4}$/);
    const households = new HouseholdsPage(page);
    await new AppChrome(page).openNav('households');
    await page.getByTestId('households-search').waitFor();
    await households.search(name!);
    expect(await households.rows().count()).toBeGreaterThan(0);
    await households.openRow(0);
    expect(await households.memberNames()).toContain(name);
    // a household table serves with masked ID numbers, even for the chair who keeps the register
    expect(await page.getByTestId('resident-id').first().getAttribute('data-masked')).toBe('true');
    await screenshot(page, 'household-zh');
  });

  it('lists a person’s close relatives and records a tie across households', async () => {
    const loaded = page.waitForResponse((r) => r.url().endsWith('/relatives') && r.ok());
    await page.getByTestId('household-members').getByTestId('person-link').first().click();
    const card = page.getByTestId('person-relatives');
    await loaded;
    // the person's own page gives the chair the number in full
    expect(
      await page.getByTestId('person-page').getByTestId('resident-id').getAttribute('data-masked'),
    ).toBe('false');
    // the household's own members are close relatives already (spouse, children, …)
    await expect
      .poll(() => card.getByTestId('relative').count(), { timeout: 10_000 })
      .toBeGreaterThan(0);
    await card.getByTestId('relatives-add').click();
    // a sibling tie has no age condition, so any search hit will do
    await page.getByTestId('relatives-kind').click();
    await page.locator('.ant-select-dropdown:visible .ant-select-item-option').nth(3).click();
    // let the kind list close, so the next visible list is the person search's
    await expect.poll(() => page.locator('.ant-select-dropdown:visible').count()).toBe(0);
    const picker = page.getByTestId('relatives-person');
    await picker.click();
    const searched = page.waitForResponse(
      (r) => r.url().includes('/persons?') && new URL(r.url()).searchParams.get('q') === '张',
    );
    await picker.locator('input').fill('张');
    await searched;
    const option = page.locator('.ant-select-dropdown:visible .ant-select-item-option').first();
    await option.waitFor();
    const siblingName = (await option.innerText()).split('（')[0]!.trim();
    await option.click();
    const saved = page.waitForResponse(
      (r) => r.url().endsWith('/kin-ties') && r.request().method() === 'POST',
    );
    await page.getByTestId('relatives-save').click();
    expect((await saved).status()).toBe(201);
    // the list reloads with the new sibling (who may bring their own household's relatives along)
    await expect
      .poll(async () => (await card.getByTestId('relative').allInnerTexts()).join(' | '), {
        timeout: 10_000,
      })
      .toMatch(new RegExp(`${siblingName}\\s*兄弟姐妹`));
    await screenshot(page, 'person-relatives-zh');
  });

  it('validates the ID number and phone as they are typed', async () => {
    await new HouseholdsPage(page).goto(villageId);
    await page.getByTestId('household-add').click();
    const idInput = page.getByTestId('head-residentIdNumber');
    await idInput.fill('33022619900101123'); // 17 characters
    await page.getByText('身份证号码应为 18 位').first().waitFor();
    const valid = residentId('1990-01-01', 123, 'male');
    await idInput.fill(valid.slice(0, 17) + (valid[17] === '0' ? '1' : '0'));
    await page.getByText('身份证号码校验位不正确').first().waitFor();
    await idInput.fill(valid);
    await page.getByText('身份证号码校验位不正确').first().waitFor({ state: 'detached' });
    // a valid number fills the empty birth date and gender
    expect(await page.getByTestId('head-birthDate').inputValue()).toBe('1990年1月1日');
    await page.getByTestId('head-phone').fill('1234');
    await page.getByText('手机号码应为 11 位').first().waitFor();
    await screenshot(page, 'household-form-validation');
    await page
      .getByRole('button', { name: '取 消' })
      .or(page.getByRole('button', { name: '取消' }))
      .first()
      .click();
  });

  it('refuses a roster with errors and lists them; imports a clean one', async () => {
    const roster = new RosterImportPage(page);
    await roster.goto(villageId);
    await roster.upload({ name: '错误花名册.xlsx', buffer: await rosterXlsx(badRoster(tag)) });
    const failed = await roster.waitForOutcome();
    expect(failed.status).toBe('failed');
    expect(failed.errors.length).toBeGreaterThanOrEqual(3);
    expect(failed.summary).toBe(`花名册有 ${failed.errors.length} 处错误，未导入任何数据`);
    expect(new Set(failed.errors.map((e) => e.row))).toEqual(new Set(['2', '3', '4']));
    expect(failed.errors.some((e) => e.column === '身份证号码')).toBe(true);
    expect(failed.errors.some((e) => e.column === '姓名')).toBe(true);
    await screenshot(page, 'roster-errors-zh');

    await roster.startOver();
    await roster.upload({ name: '花名册.xlsx', buffer: await rosterXlsx(goodRoster(tag)) });
    const done = await roster.waitForOutcome();
    expect(done.status).toBe('succeeded');
    expect(done.summary).toBe('导入 2 户 3 人，0 条错误');
    await screenshot(page, 'roster-ok-zh');

    // a roster as the village keeps it: a title row, its own words, and 民族, mapped once on screen
    await roster.startOver();
    await roster.upload({ name: '村里的花名册.xlsx', buffer: await villageRosterXlsx(tag) });
    expect(await roster.waitForMapping()).toEqual(['民族']);
    await screenshot(page, 'roster-mapping-zh');
    await roster.mapColumn('民族', '不导入');
    await roster.saveMapping();
    const own = await roster.waitForOutcome();
    expect(own.status).toBe('succeeded');
    expect(own.summary).toBe('导入 1 户 1 人，0 条错误');

    const households = new HouseholdsPage(page);
    await households.goto(villageId);
    await households.search(`何秀${tag}`);
    expect(await households.rows().count()).toBe(1);
    expect(await households.headNames()).toEqual([`郑春${tag}`]);
  });

  it('verifies the audit chain', async () => {
    await page.goto(`/v/${villageId}/audit`);
    await page.getByTestId('audit-row').first().waitFor();
    await page.getByTestId('audit-verify').click();
    const verdict = page.getByTestId('audit-verdict');
    await verdict.waitFor();
    expect(await verdict.getAttribute('data-ok')).toBe('true');
    expect(await verdict.innerText()).toContain('校验通过');
  });

  it('reads the audit log: acts in Chinese, objects by title with a link, the true times', async () => {
    for (const action of await page.getByTestId('audit-action').allInnerTexts())
      expect(action).not.toMatch(/^[a-zA-Z]+\.[a-zA-Z]+$/);
    // the latest acts of every kind come first; the meetings' are under their own filter
    await pickOption(page, page.getByTestId('audit-kind'), '会议与表决');
    await page.getByText('召集会议').first().waitFor();
    const actions = await page.getByTestId('audit-action').allInnerTexts();
    expect(actions.length).toBeGreaterThan(10);
    expect(actions).toContain('召集会议');
    // the objects by name or title, linked to their pages, never a raw type:id
    const targets = page.locator('a[data-testid="audit-target"]');
    expect(await targets.count()).toBeGreaterThan(5);
    const meeting = page
      .locator('a[data-testid="audit-target"][data-target-type="meeting"]')
      .first();
    expect(await meeting.innerText()).toMatch(/^会议 \S/);
    expect(await meeting.getAttribute('href')).toMatch(
      new RegExp(`/v/${villageId}/meetings/[0-9a-f-]{36}$`),
    );
    expect(await page.getByTestId('audit-list').innerText()).not.toMatch(
      /\b(meeting|matter|person):[0-9a-f-]{8}/,
    );
    // acts happen through the day, not all at 10:00 (the demo's clock used to stand still)
    const times = (await page.getByTestId('audit-time').allInnerTexts()).map((t) => t.slice(-5));
    expect(new Set(times).size).toBeGreaterThan(5);
    expect(times.filter((t) => t === '10:00').length).toBeLessThan(times.length / 4);
    await screenshot(page, 'audit-log');
    await meeting.click();
    await page.waitForURL(/\/meetings\/[0-9a-f-]{36}$/);
  });

  it('shows every rule as the law and a sentence a clerk reads, with no rule codes', async () => {
    await page.goto(`/v/${villageId}/rules`);
    await page.getByTestId('rule-row').first().waitFor();
    const text = await page.getByTestId('rules-page').innerText();
    for (const bad of ['条号待核', '种子文档', '不符合时', 'seed'])
      expect(text, bad).not.toContain(bad);
    expect(text).not.toMatch(/(^|\D)0 [天日]/); // "提前通知 0 天"; 10 天 is fine
    // rule ids like VCOL-26-QUORUM, SIYI-ORDER, PARTY-3H1K only in tooltips
    expect(text).not.toMatch(/\b[A-Z][A-Z0-9]*(-[A-Z0-9]+)+\b/);
    expect(text).toContain('《中华人民共和国村民委员会组织法》第三十条第二款');
    expect(text).toContain('不需要，当日通知即可');
  });

  it('lists the grids with their chiefs, every demo grid within 30–50 households', async () => {
    await new AppChrome(page).openNav('grids');
    await page.getByTestId('grid-row').first().waitFor();
    const sizes = await page
      .getByTestId('grid-size')
      .evaluateAll((tags) => tags.map((el) => el.getAttribute('data-size')));
    expect(sizes.length).toBeGreaterThan(10);
    expect(new Set(sizes)).toEqual(new Set(['ok']));
    // counted order: 第一, 第二 … 第十, 第十一, not the text order that puts 第十一 before 第二
    const names = await page
      .getByTestId('grid-row')
      .evaluateAll((rows) => rows.map((row) => row.querySelector('td')?.textContent?.trim() ?? ''));
    expect(names).toEqual([...names].sort(compareByNumber));
    expect(names.indexOf('第二网格')).toBeLessThan(names.indexOf('第十一网格'));
  });

  it('switches to English, and the server answers in English too', async () => {
    const chrome = new AppChrome(page);
    const home = new VillageHomePage(page);
    await home.goto(villageId);
    await chrome.switchLanguage('en');
    await page.getByText('Who is who').waitFor();
    expect(await page.getByTestId('nav-households').innerText()).toBe('Registry');
    expect(await page.getByText('Lead', { exact: true }).count()).toBeGreaterThan(0);
    await screenshot(page, 'village-home-en');

    // a refusal from the server, localised by the cunzhi_lang cookie
    await page.goto(`/v/${villageId}/households/00000000-0000-4000-8000-000000000000`);
    const alert = page.getByTestId('error-alert');
    await alert.waitFor();
    expect(await alert.innerText()).toMatch(/^No such/);

    await page.reload();
    await page.getByTestId('error-alert').waitFor();
    expect(await new AppChrome(page).htmlLang()).toBe('en');
    await chrome.switchLanguage('zh-CN');
  });

  it('large-type mode makes body text at least 18 px and is remembered', async () => {
    const chrome = new AppChrome(page);
    const home = new VillageHomePage(page);
    await home.goto(villageId);
    expect(await chrome.bodyFontSize()).toBeLessThan(18);
    await chrome.setLargeType(true);
    expect(await chrome.bodyFontSize()).toBeGreaterThanOrEqual(18);
    const memberSize = await AppChrome.fontSizeOf(page.locator('.member-name').first());
    expect(memberSize).toBeGreaterThanOrEqual(18);
    await page.reload();
    await home.waitForLoad();
    expect(await chrome.bodyFontSize()).toBeGreaterThanOrEqual(18);
    await screenshot(page, 'village-home-large-type');
    await chrome.setLargeType(false);
  });

  it('works on a phone: drawer menu and household cards', async () => {
    const phone = await newContext(browser, server.baseURL, PHONE);
    try {
      const p = await phone.newPage();
      await new SignInPage(p).goto();
      await screenshot(p, 'phone-sign-in');
      await new SignInPage(p).signInAs(chair.phone, chair.password);
      const home = new VillageHomePage(p);
      await home.waitForLoad();
      expect(await p.locator('.shell-sider').count()).toBe(0);
      expect(await p.getByTestId('menu-button').isVisible()).toBe(true);
      const width = await new AppChrome(p).scrollWidth();
      expect(width).toBeLessThanOrEqual(390);
      await screenshot(p, 'phone-village-home');

      await new AppChrome(p).openNav('households');
      const households = new HouseholdsPage(p);
      await households.rows().first().waitFor();
      expect(await p.locator('table').count()).toBe(0);
      expect(await p.locator('.data-card[data-testid="household-row"]').count()).toBeGreaterThan(0);
      await screenshot(p, 'phone-households');

      await new AppChrome(p).signOut();
      await p.goto(`/v/${villageId}`);
      await p.waitForURL(/\/sign-in\?next=/);
    } finally {
      await phone.close();
    }
  });

  it('the town official: no 任命成员 / 开启新一届 where the committee serves, and the roster only with masked ID numbers', async () => {
    const town = demoLogin(server, 'townOfficial');
    const other = await newContext(browser, server.baseURL);
    try {
      const p = await other.newPage();
      p.on('pageerror', (error) => consoleErrors.push(error.message));
      await new SignInPage(p).goto();
      await new SignInPage(p).signInAs(town.phone, town.password);
      await p.goto(`/v/${villageId}`);
      const home = new VillageHomePage(p);
      await home.waitForLoad();
      expect(await home.bodyCards().count()).toBeGreaterThan(3);
      expect(await p.getByTestId('body-appoint').count()).toBe(0);
      expect(await p.getByTestId('body-new-term').count()).toBe(0);
      await p.goto(`/v/${villageId}/roster`);
      await p.getByTestId('roster-download').waitFor();
      expect(await p.getByTestId('roster-download-full').count()).toBe(0);
    } finally {
      await other.close();
    }
  });

  it('a villager sees their village without the registry; a reset password must be changed', async () => {
    const other = await newContext(browser, server.baseURL);
    try {
      const v = await other.newPage();
      v.on('pageerror', (error) => consoleErrors.push(error.message));
      await new SignInPage(v).goto();
      await new SignInPage(v).signInAs(villager.phone, villager.password);
      const home = new VillageHomePage(v);
      await home.waitForLoad();
      expect(home.villageId()).toBe(villageId);
      expect(await v.getByTestId('nav-households').count()).toBe(0);
      expect(await v.getByTestId('body-appoint').count()).toBe(0);
      // pages the villager may not open are neither offered nor shown empty with 您没有权限
      expect(await v.getByTestId('nav-audit').count()).toBe(0);
      for (const path of ['audit', 'households', 'roster']) {
        await v.goto(`/v/${villageId}/${path}`);
        await v.waitForURL(new RegExp(`/v/${villageId}$`));
        await home.waitForLoad();
        expect(await v.locator('body').innerText()).not.toContain('没有权限');
      }
      const name = (await v.getByTestId('account-menu').innerText()).trim();
      await screenshot(v, 'villager-home');

      // the chair resets the villager's password at the service station
      const households = new HouseholdsPage(page);
      await households.goto(villageId);
      await households.search(villager.phone); // names repeat in a village of thousands; the phone does not
      expect(await households.rows().count()).toBe(1);
      await households.openRow(0);
      await page
        .getByTestId('household-members')
        .getByTestId('person-link')
        .getByText(name, { exact: true })
        .click();
      await page.getByTestId('person-reset-password').click();
      await page.getByTestId('reset-password-ok').click();
      const temporary = (await page.getByTestId('temporary-password').innerText()).trim();
      expect(temporary).toMatch(/^[a-z0-9]{8}$/);
      await screenshot(page, 'reset-password');
      // the chair has read the password out: close its dialog by its button (Escape closes it
      // only once the dialog has taken the focus, which depends on the machine's speed)
      await page.locator('.ant-modal-confirm-btns button').click();
      await page.locator('.ant-modal-wrap').waitFor({ state: 'hidden' });

      // the villager's session has ended: the next page load goes to sign-in
      await v.reload();
      await v.waitForURL(/\/sign-in/);
      // mistyped five times, sign-in is paused; the chair lifts the lock at the service station
      for (let i = 0; i < 5; i++) {
        const answered = v.waitForResponse((r) => r.url().endsWith('/api/auth/sign-in'));
        await new SignInPage(v).signIn(villager.phone, 'mistyped-1');
        await answered;
      }
      expect(await new SignInPage(v).errorText()).toContain('暂停登录');
      await page.getByTestId('person-unlock-sign-in').click();
      await page.getByTestId('unlock-sign-in-ok').click();
      await page.locator('.ant-message').getByText('已解除').waitFor();
      await new SignInPage(v).signIn(villager.phone, temporary);
      await v.waitForURL(/\/change-password/);
      await v.getByTestId('must-change-password').waitFor();
      await v.getByTestId('password-current').fill(temporary);
      await v.getByTestId('password-new').fill('short');
      await v
        .locator('.ant-form-item-explain-error')
        .getByText('至少 8 位，须包含字母和数字')
        .waitFor();
      await v.getByTestId('password-new').fill('newpass2026');
      await v.getByTestId('password-repeat').fill('newpass2026');
      await v.getByTestId('password-submit').click();
      await home.waitForLoad();
      expect(home.villageId()).toBe(villageId);
    } finally {
      await other.close();
    }
  });

  it('raised no uncaught errors in the page', () => {
    expect(consoleErrors).toEqual([]);
  });
});
