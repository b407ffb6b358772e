import type { Locator, Page } from 'playwright-core';
import { confirmClick, fillDate, inputOf, until } from './antd.ts';

/** 议事规则: the profile's numbers, the charter clauses that changed them, and the drawer to edit one. */
export class RulesPage {
  constructor(readonly page: Page) {}

  async goto(villageId: string): Promise<void> {
    await this.page.goto(`/v/${villageId}/rules`);
    await this.page.getByTestId('rules-list').waitFor();
  }

  row(ruleId: string): Locator {
    return this.page.locator(`tr[data-row-key="${ruleId}"]`);
  }

  /** The value shown for one parameter of a rule, e.g. `10 日`. */
  async paramText(ruleId: string, param: string): Promise<string> {
    return this.row(ruleId).locator(`[data-param="${param}"] .rule-param-value`).innerText();
  }

  /** Waits until the list, reloaded after a save, shows `text` in the parameter's value. */
  async waitForParam(ruleId: string, param: string, text: string): Promise<void> {
    await until(async () => (await this.paramText(ruleId, param)).includes(text));
  }

  async isOverridden(ruleId: string): Promise<boolean> {
    return (await this.row(ruleId).getByTestId('rule-overridden').count()) > 0;
  }

  drawer(): Locator {
    return this.page.getByTestId('rule-drawer');
  }

  async openEditor(ruleId: string): Promise<void> {
    await this.row(ruleId).getByTestId('rule-edit').click();
    await this.drawer().waitFor();
  }

  /** Sets a whole-number parameter and the adoption date, then saves; returns the server's status. */
  async adopt(param: string, value: number, adoptedOn: string): Promise<number> {
    const input = await inputOf(this.page.getByTestId(`rule-param-${param}`));
    await input.fill(String(value));
    await fillDate(this.page.getByTestId('rule-adopted-on'), adoptedOn);
    const answered = this.page.waitForResponse(
      (r) => r.url().includes('/rules/overrides/') && r.request().method() === 'PUT',
    );
    await this.drawer().getByTestId('form-submit').first().click();
    return (await answered).status();
  }

  /** Repeals the clause from the open drawer on `repealedOn`; returns the server's status. */
  async repeal(repealedOn: string): Promise<number> {
    await fillDate(this.page.getByTestId('rule-repealed-on'), repealedOn);
    const answered = this.page.waitForResponse((r) => r.url().endsWith('/repeal'));
    await confirmClick(this.page, this.page.getByTestId('rule-repeal-button'), 'rule-repeal-ok');
    return (await answered).status();
  }
}
