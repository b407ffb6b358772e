import type { Page } from 'playwright-core';
import type { BrowserGlobals } from './dom.ts';

export class HouseholdsPage {
  constructor(readonly page: Page) {}

  async goto(villageId: string): Promise<void> {
    await this.page.goto(`/v/${villageId}/households`);
    await this.page.getByTestId('households-search').waitFor();
  }

  rows() {
    return this.page.getByTestId('household-row');
  }

  /** Types into the search box and waits for the list to answer for that query. */
  async search(q: string): Promise<void> {
    const box = this.page.getByTestId('households-search').locator('input');
    await box.fill(q);
    const answered = this.page.waitForResponse(
      (r) =>
        r.url().includes('/households?') && new URL(r.url()).searchParams.get('q') === q && r.ok(),
    );
    await box.press('Enter');
    await answered;
    await this.page.waitForFunction(
      () => !(globalThis as unknown as BrowserGlobals).document.querySelector('.ant-spin-spinning'),
    );
  }

  async headNames(): Promise<string[]> {
    return this.page.getByTestId('household-head').allInnerTexts();
  }

  async openRow(index = 0): Promise<void> {
    await this.rows().nth(index).getByTestId('household-link').click();
    await this.page.getByTestId('household-page').waitFor();
  }

  async memberNames(): Promise<string[]> {
    return this.page.getByTestId('household-members').getByTestId('person-link').allInnerTexts();
  }
}
