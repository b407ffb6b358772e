import type { Locator, Page } from 'playwright-core';
import { fillDate, inputOf, openOptions, pickOption, until } from './antd.ts';
import type { RegistryPerson } from './ElectionPage.ts';

/**
 * 选举日 in the console: the 投票 tab (the polling notice with its tellers, polling opened,
 * a counter's entry of each paper ballot, a box's tally sheet) and the 计票与结果 tab (the
 * count, the result, the bulletin, certification, handover). Each act waits for the page to
 * redraw with the server's answer before the test reads it.
 */
export class ElectionDayPage {
  constructor(readonly page: Page) {}

  async goto(villageId: string, electionId: string): Promise<void> {
    await this.page.goto(`/v/${villageId}/elections/${electionId}`);
    await this.page.getByTestId('election-page').waitFor();
  }

  async tab(name: 'polling' | 'result'): Promise<void> {
    await this.page.getByTestId(`election-tab-${name}`).click();
    await this.page.getByTestId(`election-${name}`).waitFor();
  }

  async waitForStage(stage: string): Promise<void> {
    await this.page.locator(`[data-testid="election-page"][data-stage="${stage}"]`).waitFor();
  }

  /** Fills the polling notice: its day, place and the tellers in the form's rows (唱、计、计、监). */
  async fillNotice(on: string, place: string, tellers: readonly RegistryPerson[]): Promise<void> {
    const form = this.page.getByTestId('polling-notice');
    await fillDate(form.getByTestId('polling-notice-on-input'), on);
    await form.getByTestId('polling-notice-place').fill(place);
    for (const [i, p] of tellers.entries()) await this.teller(i, p);
  }

  /** The person in the notice's `i`th teller row, found in the registry by name and household. */
  async teller(i: number, p: RegistryPerson): Promise<void> {
    await pickOption(
      this.page,
      this.page.getByTestId(`polling-teller-${i}`),
      `${p.name}（第 ${p.householdNumber} 户`,
      p.name,
    );
  }

  async publishNotice(): Promise<void> {
    await this.page.getByTestId('polling-notice-submit').click();
  }

  /** A mobile box published on `on`: the voter it visits (from the roll) and its scrutineers. */
  async recordMobileBox(
    box: string,
    on: string,
    voter: string,
    scrutineers: readonly RegistryPerson[],
  ): Promise<void> {
    const form = this.page.getByTestId('mobile-box-record');
    await form.locator('summary').click();
    await form.getByTestId('mobile-box-name').fill(box);
    await this.pickMany(form.getByTestId('mobile-box-voters'), [
      { option: `${voter}（`, search: voter },
    ]);
    await this.pickMany(
      form.getByTestId('mobile-box-scrutineers'),
      scrutineers.map((p) => ({ option: `${p.name}（第 ${p.householdNumber} 户`, search: p.name })),
    );
    await fillDate(form.getByTestId('mobile-box-on'), on);
    await form.getByTestId('mobile-box-record-submit').click();
    await this.page.locator(`[data-testid="mobile-box"][data-box="${box}"]`).waitFor();
  }

  /** A written proxy lodged on `on`: principal and holder picked from the roll by name. */
  async lodgeProxy(principal: string, holder: string, on: string): Promise<void> {
    const form = this.page.getByTestId('proxy-lodge');
    await form.locator('summary').click();
    await pickOption(this.page, form.getByTestId('proxy-principal'), `${principal}（`, principal);
    await pickOption(this.page, form.getByTestId('proxy-holder'), `${holder}（`, holder);
    await fillDate(form.getByTestId('proxy-on'), on);
    await form.getByTestId('proxy-lodge-submit').click();
    await this.page.locator('[data-testid="proxy"][data-approved="false"]').waitFor();
  }

  /** Every proxy awaiting approval ticked, approved and published on `on`. */
  async approveProxies(on: string): Promise<void> {
    const pending = this.page.locator('[data-testid="proxy"][data-approved="false"]');
    for (let i = 0; i < (await pending.count()); i++)
      await pending.nth(i).locator('input[type="checkbox"]').check();
    const form = this.page.getByTestId('proxy-approve');
    await fillDate(form.getByTestId('proxy-approve-on'), on);
    await form.getByTestId('proxy-approve-submit').click();
    await until(async () => (await pending.count()) === 0);
  }

  /** 开始投票 with the secret booth on record (today). */
  async openPolling(booth: string): Promise<void> {
    const form = this.page.getByTestId('polling-open');
    await form.locator('summary').click();
    await form.getByTestId('polling-open-booth').fill(booth);
    await form.getByTestId('polling-open-submit').click();
    await this.waitForStage('polling');
  }

  /** A counter enters ballot `number` of the central box, ticking the named candidates. */
  async enterBallot(number: number, names: readonly string[]): Promise<void> {
    const card = this.page.getByTestId('paper-entry');
    await (await inputOf(card.getByTestId('paper-number'))).fill(String(number));
    const post = card.locator('[data-testid="paper-post"][data-post="member"]');
    for (const name of names) await post.getByText(name, { exact: true }).click();
    await card.getByTestId('paper-submit').click();
    await card.locator(`[data-testid="paper-entered-ballot"][data-number="${number}"]`).waitFor();
    // the form is cleared for the next ballot once the answer is in
    await until(async () => (await post.locator('input:checked').count()) === 0);
  }

  /** The central box's tally sheet: the ballots taken out, signed by the tellers named. */
  async signTally(returned: number, signers: readonly string[]): Promise<void> {
    const form = this.page.getByTestId('tally-sign');
    await form.locator('summary').click();
    await (await inputOf(form.getByTestId('tally-returned'))).fill(String(returned));
    await this.pickMany(
      form.getByTestId('tally-signers'),
      signers.map((name) => ({ option: name, search: name })),
    );
    await form.getByTestId('tally-sign-submit').click();
    await this.page.locator('[data-testid="tally-sheet"][data-box="central"]').waitFor();
  }

  /**
   * Several options of a multiple select, searched one after another: the list stays open
   * between picks and is closed at the end; the select then shows one tag per pick.
   */
  private async pickMany(
    select: Locator,
    picks: ReadonlyArray<{ option: string; search: string }>,
  ): Promise<void> {
    await select.click();
    for (const { option, search } of picks) {
      await (await inputOf(select)).fill(search);
      await openOptions(this.page).filter({ hasText: option }).first().click();
    }
    await this.page.keyboard.press('Escape');
    await until(
      async () => (await select.locator('.ant-select-selection-item').count()) === picks.length,
    );
  }

  /** A step of the result tab that takes only its day (`result-count`, `result-certify` …). */
  async dated(testId: string): Promise<void> {
    await this.page.getByTestId(`${testId}-submit`).click();
  }

  refusal(testId: string): Locator {
    return this.page.getByTestId(`${testId}-refused`);
  }

  /** The names of a counted round's candidates marked elected on a post. */
  async elected(round: number, postId: string): Promise<string[]> {
    const rows = this.page
      .locator(`[data-testid="round-result"][data-round="${round}"]`)
      .locator(`[data-testid="round-post"][data-post="${postId}"]`)
      .locator('[data-testid="round-candidate"][data-elected="true"]');
    const names: string[] = [];
    for (let i = 0; i < (await rows.count()); i++)
      names.push((await rows.nth(i).locator('td').first().innerText()).trim());
    return names;
  }
}
