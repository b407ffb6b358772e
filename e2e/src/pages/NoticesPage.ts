import type { Page } from 'playwright-core';

/** 公开栏: notices (with their publicity period) and resolutions. */
export class NoticesPage {
  constructor(readonly page: Page) {}

  async goto(villageId: string): Promise<void> {
    await this.page.goto(`/v/${villageId}/notices`);
    await this.page.getByTestId('notices-page').waitFor();
    await this.page.getByTestId('notice-link').first().waitFor();
  }

  async noticeTitles(): Promise<string[]> {
    return this.page.getByTestId('notice-link').allInnerTexts();
  }

  /** Opens a notice by its title; returns its id. */
  async openNotice(title: string): Promise<string> {
    await this.page.getByTestId('notice-link').filter({ hasText: title }).first().click();
    await this.page.getByTestId('notice-paper').waitFor();
    const m = /\/notices\/([^/?#]+)/.exec(new URL(this.page.url()).pathname);
    if (!m?.[1]) throw new Error(`not on a notice page: ${this.page.url()}`);
    return m[1];
  }
}

/** The A4 sheets: a notice for the 公示栏 and a printed resolution. */
export class PrintView {
  constructor(readonly page: Page) {}

  async gotoNotice(villageId: string, noticeId: string): Promise<void> {
    await this.page.goto(`/v/${villageId}/notices/${noticeId}/print`);
    await this.waitFor('notice-print');
  }

  async gotoResolution(villageId: string, resolutionId: string): Promise<void> {
    await this.page.goto(`/v/${villageId}/resolutions/${resolutionId}/print`);
    await this.waitFor('resolution-print');
  }

  async waitFor(kind: 'notice-print' | 'resolution-print'): Promise<void> {
    await this.page.getByTestId(kind).waitFor();
    await this.page.getByTestId('print-title').waitFor();
    // the QR code and the fingerprint are the last to arrive
    await this.page.getByTestId('print-fingerprint').waitFor();
  }

  async text(testId: string): Promise<string> {
    return (await this.page.getByTestId(testId).innerText()).trim();
  }

  /** Prints the page as Chromium prints it on A4 and counts the PDF's pages. */
  async a4Pages(): Promise<number> {
    const pdf = (await this.page.pdf({ format: 'A4', printBackground: true })).toString('latin1');
    return pdf.match(/\/Type\s*\/Page(?![a-zA-Z])/g)?.length ?? 0;
  }
}
