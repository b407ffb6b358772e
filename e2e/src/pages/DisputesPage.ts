import type { Locator, Page } from 'playwright-core';
import { fillDate, pickOption, until } from './antd.ts';

/**
 * 人民调解 as a mediator works it in the console: the register, a dispute's page and its steps
 * (each a small form in a modal), the printed 调解协议书. Each act waits for the page to redraw.
 */
export class DisputesPage {
  constructor(readonly page: Page) {}

  /** From any village page, through the side menu. */
  async open(): Promise<void> {
    await this.page.getByTestId('nav-disputes').click();
    await this.page.getByTestId('disputes-page').waitFor();
  }

  committee(): Locator {
    return this.page.getByTestId('disputes-committee');
  }

  /** 登记纠纷 between two people from outside the register; the dispute's page opens. */
  async register(o: {
    subject: string;
    facts: string;
    parties: [string, string];
    receivedOn: string;
  }): Promise<string> {
    await this.page.getByTestId('dispute-register').click();
    const drawer = this.page.getByTestId('dispute-register-drawer');
    await drawer.getByTestId('dispute-subject').fill(o.subject);
    await drawer.getByTestId('dispute-facts').fill(o.facts);
    await drawer.getByTestId('dispute-party-0-name').fill(o.parties[0]);
    await drawer.getByTestId('dispute-party-1-name').fill(o.parties[1]);
    await fillDate(drawer.getByTestId('dispute-received-on'), o.receivedOn);
    await drawer.getByTestId('form-submit').click();
    await this.page.getByTestId('dispute-page').waitFor();
    const id = /disputes\/([0-9a-f-]{36})/.exec(this.page.url())?.[1];
    if (!id) throw new Error(`no dispute id in ${this.page.url()}`);
    return id;
  }

  state(): Locator {
    return this.page.getByTestId('dispute-page').getByTestId('dispute-state');
  }

  /**
   * Opens a step's form, lets `fill` fill it, submits; waits for the modal to close unless the
   * server is expected to refuse (then returns the refusal's text, the modal left open).
   */
  async step(
    action: string,
    fill: (form: Locator) => Promise<void>,
    expect: 'done' | 'refused' = 'done',
  ): Promise<string> {
    const modal = this.page.locator('.ant-modal:visible');
    if ((await modal.count()) === 0)
      await this.page.getByTestId(`dispute-action-${action}`).click();
    const form = this.page.getByTestId('dispute-step-form');
    await form.waitFor();
    await fill(form);
    // a refusal shown before (the modal left open) is replaced by the next answer's
    const alert = this.page.locator('.ant-modal:visible').getByTestId('error-alert');
    const before = (await alert.count()) ? await alert.innerText() : '';
    await this.page.getByTestId('dispute-step-submit').click();
    if (expect === 'refused') {
      let text = '';
      await until(async () => {
        text = (await alert.count()) ? (await alert.innerText()).trim() : '';
        return text !== '' && text !== before.trim();
      });
      return text;
    }
    await form.waitFor({ state: 'detached' });
    return '';
  }

  /** Ticks a radio or checkbox of the form by its label. */
  async tick(form: Locator, field: string, label: string): Promise<void> {
    await form.getByTestId(`dispute-step-${field}`).getByText(label, { exact: true }).click();
  }

  async date(form: Locator, field: string, iso: string): Promise<void> {
    await fillDate(form.getByTestId(`dispute-step-${field}`), iso);
  }

  async pick(form: Locator, field: string, option: string): Promise<void> {
    await pickOption(this.page, form.getByTestId(`dispute-step-${field}`), option);
  }
}
