import type { Page } from 'playwright-core';
import { confirmClick } from './antd.ts';

/** 财务: the journal, the months and their closing, the monthly statement with its review. */
export class FinancePage {
  constructor(readonly page: Page) {}

  async goto(villageId: string, tab: 'journal' | 'statement' | 'periods'): Promise<void> {
    await this.page.goto(`/v/${villageId}/finance${tab === 'journal' ? '' : `?tab=${tab}`}`);
    await this.page.getByTestId('finance-page').waitFor();
  }

  /** 结账 of a month (`2026-11`) by the town's agency accountant. */
  async closePeriod(period: string): Promise<void> {
    const answer = this.page.waitForResponse((r) => r.url().endsWith(`/periods/${period}/close`));
    await confirmClick(
      this.page,
      this.page.getByTestId(`finance-close-${period}`),
      'finance-close-ok',
    );
    const response = await answer;
    if (!response.ok())
      throw new Error(`closing ${period}: ${response.status()} ${await response.text()}`);
    await this.page.getByTestId(`finance-close-${period}`).waitFor({ state: 'detached' });
  }

  /** The statement of the month on screen (the tab opens on last month). */
  async statementText(): Promise<string> {
    const statement = this.page.getByTestId('finance-statement');
    await statement.waitFor();
    return statement.innerText();
  }

  /** 监督委员会审核: passed, with the committee's opinion. */
  async review(opinion: string): Promise<void> {
    await this.page.getByTestId('finance-review-opinion').fill(opinion);
    await this.page.getByTestId('finance-review-submit').click();
    await this.page.getByTestId('finance-review').locator('.ant-alert-success').waitFor();
  }

  /** 公布: returns the id of the finance notice published. */
  async publish(): Promise<string> {
    await confirmClick(this.page, this.page.getByTestId('finance-publish'), 'finance-publish-ok');
    const link = this.page.getByTestId('finance-notice-link');
    await link.waitFor();
    const href = (await link.getAttribute('href')) ?? '';
    return /\/notices\/([^/?#]+)/.exec(href)![1]!;
  }
}
