import type { Page } from 'playwright-core';
import { pickOption } from './antd.ts';

export interface ImportOutcome {
  status: 'succeeded' | 'failed';
  summary: string;
  errors: { row: string; column: string; message: string }[];
}

export class RosterImportPage {
  constructor(readonly page: Page) {}

  async goto(villageId: string): Promise<void> {
    await this.page.goto(`/v/${villageId}/roster`);
    await this.page.getByTestId('roster-import').waitFor();
  }

  /** Puts the file into the upload input; the page uploads it and starts polling. */
  async upload(file: { name: string; buffer: Buffer }): Promise<void> {
    // the test id sits on the (hidden) file input itself
    await this.page.getByTestId('roster-upload').setInputFiles({
      name: file.name,
      mimeType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
      buffer: file.buffer,
    });
  }

  progress() {
    return this.page.getByTestId('roster-progress');
  }

  async waitForOutcome(timeoutMs = 60_000): Promise<ImportOutcome> {
    const result = this.page.getByTestId('roster-result');
    await result.waitFor({ timeout: timeoutMs });
    const status = (await result.getAttribute('data-status')) as ImportOutcome['status'];
    const summary = (await result.locator('.ant-alert-title').innerText()).trim();
    const errors: ImportOutcome['errors'] = [];
    if (status === 'failed') {
      for (const row of await this.page
        .getByTestId('roster-errors')
        .locator('tbody tr.ant-table-row')
        .all()) {
        const cells = await row.locator('td').allInnerTexts();
        errors.push({ row: cells[0] ?? '', column: cells[1] ?? '', message: cells[2] ?? '' });
      }
    }
    return { status, summary, errors };
  }

  /** Waits for the mapping step; returns the headers marked 未识别. */
  async waitForMapping(timeoutMs = 30_000): Promise<string[]> {
    const mapping = this.page.getByTestId('roster-mapping');
    await mapping.waitFor({ timeout: timeoutMs });
    const unknown: string[] = [];
    for (const row of await mapping.locator('tbody tr.ant-table-row').all()) {
      const cells = await row.locator('td').allInnerTexts();
      if ((cells[3] ?? '').includes('未识别')) unknown.push((cells[1] ?? '').trim());
    }
    return unknown;
  }

  /** Chooses the field (by its label, e.g. 不导入) of the column with this header. */
  async mapColumn(header: string, label: string): Promise<void> {
    const row = this.page
      .getByTestId('roster-mapping')
      .locator('tbody tr.ant-table-row')
      .filter({ has: this.page.locator('td', { hasText: new RegExp(`^${header}$`) }) });
    await pickOption(this.page, row.locator('.ant-select').first(), label);
  }

  /** Saves the choices for the village; the page checks the file again and imports it. */
  async saveMapping(): Promise<void> {
    await this.page.getByTestId('roster-mapping-save').click();
  }

  async startOver(): Promise<void> {
    await this.page.getByTestId('roster-again').click();
    await this.page.getByTestId('roster-upload').waitFor({ state: 'attached' });
  }
}
