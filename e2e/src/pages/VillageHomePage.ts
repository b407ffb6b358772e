import type { Page } from 'playwright-core';

export class VillageHomePage {
  constructor(readonly page: Page) {}

  /** The village id from the current URL `/v/:villageId…`. */
  villageId(): string {
    const m = /\/v\/([^/?#]+)/.exec(new URL(this.page.url()).pathname);
    if (!m?.[1]) throw new Error(`not on a village page: ${this.page.url()}`);
    return m[1];
  }

  async goto(villageId: string): Promise<void> {
    await this.page.goto(`/v/${villageId}`);
    await this.waitForLoad();
  }

  /** From any page of the village, through the side menu (the app does not reload). */
  async open(): Promise<void> {
    await this.page.getByTestId('nav-home').click();
    await this.waitForLoad();
  }

  async waitForLoad(): Promise<void> {
    await this.page.getByTestId('village-header').waitFor();
  }

  async villageName(): Promise<string> {
    return (await this.page.getByTestId('village-header').locator('h1').innerText()).trim();
  }

  async stat(
    key:
      'households' | 'population' | 'adults' | 'partyMembers' | 'migrantsOut' | 'groups' | 'grids',
  ): Promise<number> {
    const text = await this.page
      .getByTestId(`stat-${key}`)
      .locator('.ant-statistic-content')
      .innerText();
    return Number(text.replace(/[^\d]/g, ''));
  }

  bodyCards() {
    return this.page.getByTestId('body-card');
  }

  async memberNames(): Promise<string[]> {
    return this.page.locator('[data-testid="body-member"] .member-name').allInnerTexts();
  }

  async powerSections(): Promise<string[]> {
    return this.page
      .locator('section.power')
      .evaluateAll((els) => els.map((e) => e.getAttribute('data-testid') ?? ''));
  }
}
