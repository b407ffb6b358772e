import type { Locator, Page } from 'playwright-core';
import { fillDate, pickOption, until } from './antd.ts';

/** 议题 list with the new-matter drawer. */
export class MattersPage {
  constructor(readonly page: Page) {}

  async goto(villageId: string): Promise<void> {
    await this.page.goto(`/v/${villageId}/matters`);
    await this.page.getByTestId('matters-page').waitFor();
  }

  /** From any page of the village, through the side menu (the app does not reload). */
  async open(): Promise<void> {
    await this.page.getByTestId('nav-matters').click();
    await this.page.getByTestId('matters-page').waitFor();
  }

  /** Opens a matter from the list by its title; returns its page. */
  async openMatter(title: string): Promise<MatterPage> {
    await this.page.getByTestId('matter-link').filter({ hasText: title }).first().click();
    const matter = new MatterPage(this.page);
    await matter.waitForLoad();
    return matter;
  }

  async openDrawer(): Promise<void> {
    if (await this.page.getByTestId('matter-drawer').isVisible()) return;
    await this.page.getByTestId('matter-new').click();
    await this.page.getByTestId('matter-drawer').waitFor();
  }

  /** Types an amount into the budget field and leaves it. */
  async typeBudget(text: string): Promise<void> {
    const field = this.page.getByTestId('matter-budget');
    await field.fill(text);
    await field.press('Tab');
  }

  /** The budget field's error, once the form shows one. */
  async budgetError(): Promise<string> {
    const item = this.page
      .locator('.ant-form-item')
      .filter({ has: this.page.getByTestId('matter-budget') });
    const error = item.locator('.ant-form-item-explain-error');
    await error.waitFor();
    return error.innerText();
  }

  /** The amount in capitals the form shows under a valid budget. */
  async budgetCapitals(): Promise<string> {
    const capitals = this.page.getByTestId('matter-budget-capitals');
    await capitals.waitFor();
    return capitals.innerText();
  }

  /**
   * 新建议题: title, description, the category picked by (part of) its name, and the
   * procedure; lands on the new matter's page and returns its id.
   */
  async create(input: {
    title: string;
    description?: string;
    budget?: string;
    category: string;
    workflow: string;
  }): Promise<string> {
    await this.openDrawer();
    const drawer = this.page.getByTestId('matter-drawer');
    await this.page.getByTestId('matter-title').fill(input.title);
    if (input.description)
      await this.page.getByTestId('matter-description').fill(input.description);
    if (input.budget) await this.typeBudget(input.budget);
    await pickOption(
      this.page,
      this.page.getByTestId('matter-category'),
      input.category,
      input.category,
    );
    await this.page.getByTestId('matter-routing-hint').waitFor();
    await this.page.getByTestId(`matter-workflow-${input.workflow}`).click();
    await this.page.getByTestId('matter-workflow-preview').waitFor();
    await drawer.getByTestId('form-submit').first().click();
    await this.page.waitForURL(/\/matters\/[0-9a-f-]{36}$/);
    const matter = new MatterPage(this.page);
    await matter.waitForLoad();
    return matter.matterId();
  }
}

export interface StepState {
  kind: string;
  done: boolean;
}

/** One matter: its procedure, the next step's form, the record, resolution and notices. */
export class MatterPage {
  constructor(readonly page: Page) {}

  async goto(villageId: string, matterId: string): Promise<void> {
    await this.page.goto(`/v/${villageId}/matters/${matterId}`);
    await this.waitForLoad();
  }

  async waitForLoad(): Promise<void> {
    await this.page.getByTestId('matter-steps').waitFor();
  }

  matterId(): string {
    const m = /\/matters\/([^/?#]+)/.exec(new URL(this.page.url()).pathname);
    if (!m?.[1]) throw new Error(`not on a matter page: ${this.page.url()}`);
    return m[1];
  }

  async title(): Promise<string> {
    return (await this.page.getByTestId('matter-title-text').innerText()).trim();
  }

  async status(): Promise<string | null> {
    return this.page
      .getByTestId('matter-page')
      .getByTestId('matter-status')
      .getAttribute('data-status');
  }

  /** Every step of the procedure in order, done or not. */
  async steps(): Promise<StepState[]> {
    return this.page.getByTestId('matter-step').evaluateAll((els) =>
      els.map((el) => ({
        kind: el.getAttribute('data-step-kind') ?? '',
        done: el.getAttribute('data-done') === 'true',
      })),
    );
  }

  /** The step titles as shown (村党组织提议, 村"两委"会议商议, …). */
  async stepTitles(): Promise<string[]> {
    return this.page.getByTestId('matter-step-title').allInnerTexts();
  }

  step(kind: string): Locator {
    return this.page.locator(`[data-testid="matter-step"][data-step-kind="${kind}"]`);
  }

  /** Waits until the page shows the step done. */
  async waitForStepDone(kind: string): Promise<void> {
    await until(async () => (await this.step(kind).getAttribute('data-done')) === 'true');
  }

  async nextStepKind(): Promise<string | null> {
    return this.page.getByTestId('matter-next').getAttribute('data-step-kind');
  }

  stepForm(): Locator {
    return this.page.getByTestId('step-form');
  }

  /**
   * Fills the next step's form (date, the council meeting of a consultation
   * picked by its title, a note, for notices title, body and days) and
   * submits it; returns the server's status.
   */
  async recordStep(input: {
    on?: string;
    meeting?: string;
    note?: string;
    notice?: { title?: string; body?: string; periodDays?: number };
  }): Promise<number> {
    const form = this.stepForm();
    await form.waitFor();
    if (input.on) await fillDate(this.page.getByTestId('step-on'), input.on);
    if (input.meeting)
      await pickOption(this.page, this.page.getByTestId('step-meeting'), input.meeting);
    if (input.notice?.title !== undefined)
      await this.page.getByTestId('notice-title').fill(input.notice.title);
    if (input.notice?.body !== undefined)
      await this.page.getByTestId('notice-body').fill(input.notice.body);
    if (input.notice?.periodDays !== undefined)
      await this.page.getByTestId('notice-period-days').fill(String(input.notice.periodDays));
    if (input.note !== undefined) await this.page.getByTestId('step-note').fill(input.note);
    const answered = this.page.waitForResponse(
      (r) => r.url().endsWith('/steps') && r.request().method() === 'POST',
    );
    await this.page.getByTestId('step-submit').click();
    return (await answered).status();
  }

  /**
   * "1+3": the consultation form's note of the earliest day the council may
   * meet on the topic; `warning` when the meeting picked met sooner.
   */
  async consultationEarliest(): Promise<{
    earliest: string | null;
    text: string;
    warning: boolean;
  }> {
    const alert = this.page.getByTestId('consultation-earliest');
    await alert.waitFor();
    return {
      earliest: await alert.getAttribute('data-earliest'),
      text: (await alert.innerText()).trim(),
      warning: (await alert.getAttribute('class'))?.includes('ant-alert-warning') ?? false,
    };
  }

  /** The rule refusal shown on the page: its rule id and text. */
  async refusal(): Promise<{ ruleId: string | null; text: string }> {
    const alert = this.page.getByTestId('rule-refused');
    await alert.waitFor();
    return {
      ruleId: await alert.getAttribute('data-rule-id'),
      text: (await alert.innerText()).trim(),
    };
  }

  /** The steps the record (the timeline under 办理记录) shows, in order. */
  async recordedSteps(): Promise<string[]> {
    return this.page
      .getByTestId('matter-record')
      .getByTestId('step-record')
      .evaluateAll((els) => els.map((el) => el.getAttribute('data-step-kind') ?? ''));
  }

  /** The text of one step in the record: date, meeting, motion, notice, note. */
  async recordedStepText(kind: string): Promise<string> {
    const record = this.page.locator(`[data-testid="step-record"][data-step-kind="${kind}"]`);
    await record.waitFor();
    return (await record.innerText()).trim();
  }

  /** The bodies the side card says may decide the matter today (meeting kinds). */
  async decidingBodies(): Promise<string[]> {
    return this.page
      .getByTestId('matter-deciding-body')
      .evaluateAll((els) => els.map((el) => el.getAttribute('data-kind') ?? ''));
  }

  async resolutionNumber(): Promise<string> {
    const card = this.page.getByTestId('matter-resolution');
    await card.waitFor();
    return (await card.locator('.resolution-number').innerText()).trim();
  }

  async resolutionDecision(): Promise<string> {
    const line = this.page.getByTestId('resolution-decision');
    await line.waitFor();
    return (await line.innerText()).trim();
  }

  async noticeTitles(): Promise<string[]> {
    return this.page.getByTestId('matter-notice').locator('a').allInnerTexts();
  }

  /** The printable resolution, opened from the resolution card (a new tab). */
  async openResolutionPrint(): Promise<Page> {
    const popup = this.page.context().waitForEvent('page');
    await this.page.getByTestId('resolution-print-link').click();
    const tab = await popup;
    await tab.getByTestId('resolution-print').waitFor();
    return tab;
  }
}
