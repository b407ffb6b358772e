import type { Page } from 'playwright-core';

/** 修改密码, which a temporary password leads to before anything else. */
export class ChangePasswordPage {
  constructor(readonly page: Page) {}

  async waitForForced(): Promise<void> {
    await this.page.waitForURL(/\/change-password/);
    await this.page.getByTestId('must-change-password').waitFor();
  }

  /** Changes the password and waits to leave the page. */
  async change(current: string, next: string): Promise<void> {
    await this.page.getByTestId('password-current').fill(current);
    await this.page.getByTestId('password-new').fill(next);
    await this.page.getByTestId('password-repeat').fill(next);
    await this.page.getByTestId('password-submit').click();
    await this.page.waitForURL((url) => !url.pathname.startsWith('/change-password'));
  }
}
