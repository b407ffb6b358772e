import type { Locator, Page } from 'playwright-core';
import { expect } from 'vitest';
import { fillDate, inputOf, pickOption, until } from './antd.ts';

/**
 * The supervision committee's console (村务监督) as its members and the cadres use it. Each
 * act waits for the page to redraw with its answer before the test reads it.
 */
export class SupervisionPage {
  constructor(readonly page: Page) {}

  async goto(villageId: string, tab?: string): Promise<void> {
    await this.page.goto(`/v/${villageId}/supervision${tab ? `?tab=${tab}` : ''}`);
    await this.page.getByTestId('supervision-page').waitFor();
  }

  async tab(name: string): Promise<void> {
    await this.page.getByTestId(`supervision-tab-${name}`).click();
  }

  /**
   * 开展检查 of last month's books (the drawer's default month), the first `assigned` members
   * assigned; returns the new inspection's id (its page opens).
   */
  async openInspection(o: { title: string; assigned: number }): Promise<string> {
    await this.tab('inspections');
    await this.page.getByTestId('inspection-new').click();
    await this.page.getByTestId('inspection-form-title').fill(o.title);
    // the first members of the list, taken with the keyboard (the list animates under a click,
    // and its search matches ids, not names); the list is closed by leaving for the title
    const assigned = this.page.getByTestId('inspection-form-assigned');
    await (await inputOf(assigned)).click();
    await this.page.locator('.ant-select-dropdown:visible').waitFor();
    for (let i = 0; i < o.assigned; i++) {
      if (i > 0) await this.page.keyboard.press('ArrowDown');
      await this.page.keyboard.press('Enter');
    }
    await until(
      async () => (await assigned.locator('.ant-select-selection-item').count()) === o.assigned,
    );
    await this.page.getByTestId('inspection-form-title').click();
    await this.page.getByTestId('inspection-form').getByTestId('form-submit').click();
    await this.page.getByTestId('inspection-page').waitFor();
    const id = /inspections\/([0-9a-f-]{36})/.exec(this.page.url())?.[1];
    if (!id) throw new Error(`no inspection id in ${this.page.url()}`);
    return id;
  }

  /** 起草报告 (a 财务监督报告); its page opens. */
  async draftReport(o: { title: string; body: string }): Promise<void> {
    await this.tab('reports');
    await this.page.getByTestId('report-new').click();
    await pickOption(this.page, this.page.getByTestId('report-form-kind'), '财务监督报告');
    await this.page.getByTestId('report-form-title').fill(o.title);
    await this.page.getByTestId('report-form-body').fill(o.body);
    await this.page.getByTestId('report-form').getByTestId('form-submit').click();
    await this.page.locator('[data-testid="report-page"][data-status="draft"]').waitFor();
  }

  private correction(): Locator {
    return this.page.getByTestId('correction-row').first();
  }

  /** The body ordered reports the (first) correction done. */
  async answerCorrection(answer: string): Promise<void> {
    await this.correction().getByTestId('correction-answer').click();
    await this.page.getByTestId('correction-answer-input').fill(answer);
    await this.page.getByTestId('correction-answer-submit').click();
    await this.page.locator('[data-testid="correction-row"][data-state="done"]').first().waitFor();
  }

  async verifyCorrection(): Promise<void> {
    await this.page
      .locator('[data-testid="correction-row"][data-state="done"]')
      .first()
      .getByTestId('correction-verify')
      .click();
    await this.page
      .locator('[data-testid="correction-row"][data-state="verified"]')
      .first()
      .waitFor();
  }
}

/** One inspection: who took part, what was found, and the committee's conclusion. */
export class InspectionPage {
  constructor(readonly page: Page) {}

  /** Of the committee's `members`, ticks exactly `present` as having taken part, and saves. */
  async recordAttendance(members: readonly string[], present: readonly string[]): Promise<void> {
    for (const id of members) {
      const box = await inputOf(this.page.getByTestId(`inspection-attendance-${id}`));
      await box.setChecked(present.includes(id));
    }
    const saved = this.page.waitForResponse(
      (r) => r.url().endsWith('/attendance') && r.request().method() === 'PUT',
    );
    await this.page.getByTestId('inspection-attendance-save').click();
    expect((await saved).status()).toBe(200);
    await this.page
      .getByTestId('inspection-attendance')
      .getByText(`${present.length} / ${members.length}`)
      .waitFor();
  }

  /** The warning that too few members took part (empty when none). */
  async attendanceWarning(): Promise<string> {
    const alert = this.page.getByTestId('inspection-attendance-finding');
    return (await alert.count()) ? alert.innerText() : '';
  }

  async recordFinding(f: {
    text: string;
    vouchers: string[];
    evidence: string;
    /** A photo taken at the inspection, chosen with the form's file picker. */
    photo?: { name: string; mimeType: string; buffer: Buffer };
  }): Promise<void> {
    const rows = await this.page.getByTestId('finding-row').count();
    await this.page.getByTestId('finding-text').fill(f.text);
    if (f.photo) await this.page.locator('.ant-upload input[type=file]').setInputFiles(f.photo);
    const vouchers = this.page.getByTestId('finding-vouchers');
    for (const v of f.vouchers) {
      await vouchers.click();
      await this.page.keyboard.type(v);
      await this.page.keyboard.press('Enter');
    }
    await this.page.getByTestId('finding-evidence').fill(f.evidence);
    await this.page.getByTestId('finding-submit').click();
    await this.page.getByTestId('finding-row').nth(rows).waitFor();
  }

  /** The finding's photos as shown: each thumbnail's width once loaded (0 when it did not load). */
  async findingPhotoWidths(): Promise<number[]> {
    const photos = this.page.getByTestId('finding-evidence-file').locator('img');
    await photos.first().waitFor();
    // -1 while an image is still loading
    const widths = () =>
      photos.evaluateAll((imgs) =>
        imgs.map((el) => {
          const img = el as unknown as { complete: boolean; naturalWidth: number };
          return img.complete ? img.naturalWidth : -1;
        }),
      );
    for (let tries = 0; tries < 50; tries++) {
      const now = await widths();
      if (now.every((w) => w >= 0)) return now;
      await this.page.waitForTimeout(100);
    }
    return widths();
  }

  async findingVouchers(): Promise<string> {
    return this.page.getByTestId('finding-voucher').first().innerText();
  }

  /**
   * 责成办理 to the residents' committee, due in `dueInDays`, voted at a sitting where every
   * member is present and in favour (the sitting form's default).
   */
  async concludeWithCorrection(o: { what: string; dueOn: string }): Promise<void> {
    await this.page.getByTestId('conclusion-outcome-correction').click();
    await this.page.getByTestId('conclusion-correction-what').fill(o.what);
    await fillDate(this.page.getByTestId('conclusion-correction-due-on'), o.dueOn);
    await this.page.getByTestId('conclusion-submit').click();
  }

  async waitForStatus(status: string): Promise<void> {
    await this.page.locator(`[data-testid="inspection-page"][data-status="${status}"]`).waitFor();
  }
}

/** One report: put to the vote, its motion, print. */
export class ReportPage {
  constructor(readonly page: Page) {}

  reportId(): string {
    const id = /reports\/([0-9a-f-]{36})/.exec(this.page.url())?.[1];
    if (!id) throw new Error(`no report id in ${this.page.url()}`);
    return id;
  }

  /** 网上表决: members vote on their phones until the form's default day (three days on). */
  async putToRemoteVote(): Promise<void> {
    await this.page.getByTestId('sitting-mode-remote').click();
    await this.page.getByTestId('report-submit-vote').click();
    await this.page.locator('[data-testid="report-page"][data-status="voting"]').waitFor();
  }

  async waitForStatus(status: string): Promise<void> {
    await this.page.reload();
    await this.page.locator(`[data-testid="report-page"][data-status="${status}"]`).waitFor();
  }
}
