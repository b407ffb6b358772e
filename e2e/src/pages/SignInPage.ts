import type { Page } from 'playwright-core';

export class SignInPage {
  constructor(readonly page: Page) {}

  async goto(): Promise<void> {
    await this.page.goto('/sign-in');
    await this.page.getByTestId('signin-phone').waitFor();
  }

  async signIn(phone: string, password: string): Promise<void> {
    await this.page.getByTestId('signin-phone').fill(phone);
    await this.page.getByTestId('signin-password').fill(password);
    await this.page.getByTestId('signin-submit').click();
  }

  /** Signs in and waits to leave the sign-in page. */
  async signInAs(phone: string, password: string): Promise<void> {
    await this.signIn(phone, password);
    await this.page.waitForURL((url) => !url.pathname.startsWith('/sign-in'));
  }

  async errorText(): Promise<string> {
    const alert = this.page.getByTestId('signin-error');
    await alert.waitFor();
    return (await alert.innerText()).trim();
  }
}
