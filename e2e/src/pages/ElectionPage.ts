import type { Locator, Page } from 'playwright-core';
import { fillDate, inputOf, pickOption, until } from './antd.ts';

/** A person as the console's person search shows them: `name（第 N 户，…）`. */
export interface RegistryPerson {
  id: string;
  name: string;
  householdNumber: string;
}

/**
 * 选举 in the console: the list with 新建选举, and one election's page with a section per step.
 * Each act waits for the page to redraw with the server's answer before the test reads it.
 */
export class ElectionPage {
  constructor(readonly page: Page) {}

  async gotoList(villageId: string): Promise<void> {
    await this.page.goto(`/v/${villageId}/elections`);
    await this.page.getByTestId('elections-page').waitFor();
  }

  async goto(villageId: string, electionId: string): Promise<void> {
    await this.page.goto(`/v/${villageId}/elections/${electionId}`);
    await this.page.getByTestId('election-page').waitFor();
  }

  /**
   * 新建选举 with a chair and `members` seats; returns the new election's id (its page opens).
   * First sent with a second 委员 post: the server's field error must stand beside that post,
   * with everything typed still there; the post is then removed and the form sent again.
   */
  async create(title: string, members: number): Promise<{ duplicateError: string }> {
    await this.page.getByTestId('elections-new').click();
    const drawer = this.page.getByTestId('election-new-drawer');
    await drawer.getByTestId('election-title').fill(title);
    await (await inputOf(drawer.getByTestId('election-post-seats').nth(1))).fill(String(members));
    await drawer.getByTestId('election-post-add').click();
    const third = drawer.getByTestId('election-post').nth(2);
    await pickOption(this.page, third.getByTestId('election-post-kind'), '委员');
    await drawer.getByTestId('form-submit').click();
    const error = third.locator('.ant-form-item-explain-error');
    await error.waitFor();
    const duplicateError = (await error.innerText()).trim();
    if ((await drawer.getByTestId('election-title').inputValue()) !== title)
      throw new Error('the title was lost on the error');
    await third.getByTestId('election-post-remove').click();
    await drawer.getByTestId('form-submit').click();
    await this.page.getByTestId('election-page').waitFor();
    return { duplicateError };
  }

  /** The election open now (its page's address). */
  electionId(): string {
    return /\/elections\/([^/?#]+)/.exec(new URL(this.page.url()).pathname)![1]!;
  }

  stage(): Promise<string | null> {
    return this.page.getByTestId('election-page').getAttribute('data-stage');
  }

  async waitForStage(stage: string): Promise<void> {
    await this.page.locator(`[data-testid="election-page"][data-stage="${stage}"]`).waitFor();
  }

  async tab(name: string): Promise<void> {
    await this.page.getByTestId(`election-tab-${name}`).click();
  }

  /** The committee chosen on `on`: the members in ranking order (the first the chair), then reserves. */
  async chooseCommittee(
    on: string,
    members: readonly RegistryPerson[],
    reserves: readonly RegistryPerson[],
  ): Promise<void> {
    const form = this.page.getByTestId('committee-choose');
    await fillDate(form.getByTestId('committee-chosen-on'), on);
    for (const [i, p] of members.entries()) await this.pickPerson(`committee-member-${i}`, p);
    for (const [i, p] of reserves.entries()) {
      await form.getByTestId('committee-add-reserve').click();
      await this.pickPerson(`committee-reserve-${i}`, p);
    }
    await form.getByTestId('committee-choose-submit').click();
    await until(
      async () =>
        (await this.page.getByTestId('committee-member').count()) ===
        members.length + reserves.length,
    );
  }

  private async pickPerson(testId: string, p: RegistryPerson): Promise<void> {
    await pickOption(
      this.page,
      this.page.getByTestId(testId),
      `${p.name}（第 ${p.householdNumber} 户`,
      p.name,
    );
  }

  /** A step that takes only its day (`committee-publish`, `roll-publish` …), dated `on` or today. */
  async dated(testId: string, on?: string): Promise<void> {
    const act = this.page.getByTestId(testId);
    if (on) await fillDate(act.getByTestId(`${testId}-on`), on);
    await act.getByTestId(`${testId}-submit`).click();
  }

  /** The refusal a step got, as shown (the server's words and the article). */
  refusal(testId: string): Locator {
    return this.page.getByTestId(`${testId}-refused`);
  }

  async publishDraft(text: string, on: string, commentsUntil: string): Promise<void> {
    const form = this.page.getByTestId('rules-draft');
    await form.getByTestId('rules-draft-input').fill(text);
    await fillDate(form.getByTestId('rules-draft-on'), on);
    await fillDate(form.getByTestId('rules-comments-until'), commentsUntil);
    await form.getByTestId('rules-draft-submit').click();
    await this.page.getByTestId('rules-draft-text').waitFor();
  }

  /** The rules adopted by the resolution shown as `resolution`, polling on `electionDay`. */
  async adoptRules(resolution: string, electionDay: string): Promise<void> {
    const form = this.page.getByTestId('rules-adopt');
    await pickOption(this.page, form.getByTestId('rules-resolution-select'), resolution);
    await fillDate(form.getByTestId('rules-election-day'), electionDay);
    await form.getByTestId('rules-adopt-submit').click();
    await this.waitForStage('rulesAdopted');
  }

  async timetable(key: string): Promise<string> {
    return (await this.page.getByTestId(`timetable-${key}`).innerText()).trim();
  }

  async registered(): Promise<number> {
    return Number((await this.page.getByTestId('roll-registered').innerText()).replace(/\D/g, ''));
  }

  /** One nomination by the voters with its votes, the nominee picked from the roll by name. */
  async nominate(post: string, name: string, votes: number): Promise<void> {
    const form = this.page.getByTestId('nominate');
    const before = await this.page.getByTestId('nominee').count();
    await pickOption(this.page, form.getByTestId('nominate-post'), post);
    await pickOption(this.page, form.getByTestId('nominate-person'), `${name}（`, name);
    await (await inputOf(form.getByTestId('nominate-votes'))).fill(String(votes));
    await form.getByTestId('nominate-submit').click();
    await until(async () => (await this.page.getByTestId('nominee').count()) === before + 1);
  }

  /** The published list of a post: the candidates' names in list order. */
  async candidates(postId: string): Promise<string[]> {
    const rows = this.page
      .locator(`[data-testid="candidate-post"][data-post="${postId}"]`)
      .locator('[data-testid="candidate"][data-status="candidate"]');
    const names: string[] = [];
    for (let i = 0; i < (await rows.count()); i++)
      names.push((await rows.nth(i).locator('td').nth(1).innerText()).trim());
    return names;
  }
}
