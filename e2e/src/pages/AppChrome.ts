import type { Locator, Page } from 'playwright-core';
import type { BrowserGlobals } from './dom.ts';

/** The header every page shares: language switch, large-type switch, phone menu. */
export class AppChrome {
  constructor(readonly page: Page) {}

  async switchLanguage(lang: 'zh-CN' | 'en'): Promise<void> {
    await this.page
      .getByTestId('lang-switch')
      .getByText(lang === 'en' ? 'English' : '中文', { exact: true })
      .click();
    await this.page.waitForFunction(
      (l) => (globalThis as unknown as BrowserGlobals).document.documentElement.lang === l,
      lang,
    );
  }

  async setLargeType(on: boolean): Promise<void> {
    const toggle = this.page.getByTestId('large-type-switch');
    if ((await toggle.getAttribute('aria-checked')) !== String(on)) await toggle.click();
    await this.page.waitForFunction(
      (v) =>
        (globalThis as unknown as BrowserGlobals).document.body.classList.contains('large-type') ===
        v,
      on,
    );
  }

  /** Body text size in px. */
  async bodyFontSize(): Promise<number> {
    return this.page.evaluate(() => {
      const w = globalThis as unknown as BrowserGlobals;
      return parseFloat(w.getComputedStyle(w.document.body).fontSize);
    });
  }

  /** Computed font size of an element, in px. */
  static async fontSizeOf(locator: Locator): Promise<number> {
    return locator.evaluate((el) =>
      parseFloat((globalThis as unknown as BrowserGlobals).getComputedStyle(el).fontSize),
    );
  }

  async htmlLang(): Promise<string> {
    return this.page.evaluate(
      () => (globalThis as unknown as BrowserGlobals).document.documentElement.lang,
    );
  }

  /** Page width including anything that overflows sideways. */
  async scrollWidth(): Promise<number> {
    return this.page.evaluate(
      () => (globalThis as unknown as BrowserGlobals).document.documentElement.scrollWidth,
    );
  }

  async openNav(
    key: 'home' | 'households' | 'grids' | 'roster' | 'audit' | 'villages',
  ): Promise<void> {
    const link = this.page.getByTestId(`nav-${key}`);
    if (!(await link.isVisible())) await this.page.getByTestId('menu-button').click();
    await link.click();
  }

  async signOut(): Promise<void> {
    if (await this.page.getByTestId('account-menu').isVisible()) {
      await this.page.getByTestId('account-menu').click();
    } else {
      await this.page.getByTestId('menu-button').click();
    }
    await this.page.getByTestId('sign-out').click();
    await this.page.waitForURL(/\/sign-in/);
  }
}
