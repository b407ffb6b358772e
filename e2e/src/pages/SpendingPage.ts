import type { Locator, Page } from 'playwright-core';
import { fillDate, pickOption } from './antd.ts';

/** A refusal as the page shows it: the rule's id (data only) and the words on screen. */
export interface Refusal {
  ruleId: string | null;
  text: string;
}

async function refusalIn(page: Page): Promise<Refusal> {
  const alert = page.getByTestId('spending-refused').filter({ visible: true }).first();
  await alert.waitFor();
  return {
    ruleId: await alert.getAttribute('data-rule-id'),
    text: (await alert.innerText()).trim(),
  };
}

/** 支出审批: the list of spending requests and the drawer that hands one in. */
export class SpendingPage {
  constructor(readonly page: Page) {}

  async goto(villageId: string): Promise<void> {
    await this.page.goto(`/v/${villageId}/spending`);
    await this.page.getByTestId('spending-page').waitFor();
  }

  /**
   * 提出支出申请: purpose, payee, the amount as typed, the resolution relied on (picked by part
   * of its title), the day it was handed in and the agreed day of payment. Returns the new
   * request's id, or the refusal the drawer shows (the drawer stays open).
   */
  async handIn(input: {
    purpose: string;
    payee: string;
    amount: string;
    resolution?: string;
    on?: string;
    scheduledOn?: string;
  }): Promise<{ requestId: string } | { refused: Refusal }> {
    const drawer = this.page.getByTestId('spending-new-drawer');
    if (!(await drawer.isVisible())) {
      await this.page.getByTestId('spending-new').click();
      await drawer.waitFor();
    }
    await this.page.getByTestId('spending-purpose').fill(input.purpose);
    await this.page.getByTestId('spending-payee').fill(input.payee);
    await this.page.getByTestId('spending-amount').fill(input.amount);
    if (input.resolution)
      await pickOption(this.page, this.page.getByTestId('spending-resolution'), input.resolution);
    if (input.on) await fillDate(this.page.getByTestId('spending-on'), input.on);
    if (input.scheduledOn)
      await fillDate(this.page.getByTestId('spending-scheduled'), input.scheduledOn);
    const answer = this.page.waitForResponse(
      (r) => r.request().method() === 'POST' && /\/spending$/.test(new URL(r.url()).pathname),
    );
    await drawer.getByTestId('form-submit').click();
    if ((await answer).ok()) {
      await this.page.getByTestId('spending-request-page').waitFor();
      const m = /\/spending\/([0-9a-f-]{36})/.exec(this.page.url());
      return { requestId: m![1]! };
    }
    return { refused: await refusalIn(this.page) };
  }

  /** The amount the drawer shows in capitals under a valid amount. */
  async capitals(): Promise<string> {
    const item = this.page
      .locator('.ant-form-item')
      .filter({ has: this.page.getByTestId('spending-amount') });
    return (await item.locator('.ant-form-item-extra').innerText()).trim();
  }
}

/** One spending request: the chain signed step by step, the payment, the supervision holds. */
export class SpendingRequestPage {
  constructor(readonly page: Page) {}

  async goto(villageId: string, requestId: string): Promise<void> {
    await this.page.goto(`/v/${villageId}/spending/${requestId}`);
    await this.page.getByTestId('spending-request-page').waitFor();
  }

  /** The day the next act is recorded for (补录 from the paper voucher). */
  async actOn(isoDate: string): Promise<void> {
    await fillDate(this.page.getByTestId('spending-act-on'), isoDate);
  }

  /** The chain's step titles with what each says (signed by whom and when, or whose seat). */
  async chain(): Promise<string[]> {
    return this.page.locator('.ant-steps-item').allInnerTexts();
  }

  /** Waits until step `index` (from 0) says `text`: the page redraws after the act's answer. */
  async stepSays(index: number, text: string): Promise<void> {
    await this.page.locator('.ant-steps-item').nth(index).getByText(text).waitFor();
  }

  /** Sends an act and waits for its answer; the HTTP status. */
  private async send(button: Locator, path: RegExp): Promise<number> {
    const answer = this.page.waitForResponse(
      (r) => r.request().method() === 'POST' && path.test(new URL(r.url()).pathname),
    );
    await button.click();
    return (await answer).status();
  }

  /** 签署同意 on the step the reader's seat signs next. */
  async approve(): Promise<number> {
    return this.send(this.page.getByTestId('spending-approve'), /\/steps\/\w+\/approve$/);
  }

  async pay(): Promise<number> {
    return this.send(this.page.getByTestId('spending-pay'), /\/payment$/);
  }

  async refusal(): Promise<Refusal> {
    return refusalIn(this.page);
  }

  /**
   * 提出暂停支付建议 with the reason and the co-signing members (联名), picked by name, put to
   * the committee's members on their phones (网上表决: the proposer's own vote is yes).
   */
  /**
   * 暂缓支付 proposed with co-signers and voted at the committee's sitting on `heldOn`: every
   * member present but `absent`, each voting yes but `against` (the sitting form's defaults).
   */
  async proposeHold(h: {
    reason: string;
    coProposers: string[];
    heldOn: string;
    absent: string[];
    against: string[];
  }): Promise<number> {
    await this.page.getByTestId('spending-hold-reason').fill(h.reason);
    const select = this.page.getByTestId('spending-hold-co-proposers');
    for (const name of h.coProposers) await pickOption(this.page, select, name);
    const form = this.page.getByTestId('spending-hold-form');
    await fillDate(form.getByTestId('sitting-held-on'), h.heldOn);
    for (const id of h.absent) await form.getByTestId(`sitting-member-present-${id}`).click();
    for (const id of h.against) await form.getByTestId(`sitting-vote-${id}-no`).click();
    return this.send(form.getByTestId('spending-hold-propose'), /\/supervision\/motions$/);
  }

  hold(): Locator {
    return this.page.getByTestId('spending-hold').first();
  }

  /** The hold's motion (the committee's vote on it) as its card shows it. */
  holdMotion(): Locator {
    return this.hold().getByTestId('motion-card').first();
  }

  /** 提请村民代表会议. */
  async refer(): Promise<number> {
    return this.send(this.hold().getByTestId('spending-hold-refer'), /\/refer$/);
  }

  /** 记录检查验收 with its conclusion. */
  async inspect(note: string): Promise<number> {
    await this.hold().getByPlaceholder('记录检查验收').fill(note);
    return this.send(this.hold().getByTestId('spending-hold-inspect'), /\/inspection$/);
  }

  /** 解除暂停支付 on the representatives' resolution, picked by part of its title. */
  async release(resolution: string): Promise<number> {
    await pickOption(this.page, this.hold().getByTestId('spending-hold-resolution'), resolution);
    return this.send(this.hold().getByTestId('spending-hold-release'), /\/release$/);
  }

  /** Waits until the hold's card says `status` (it redraws after the act's answer). */
  async holdStatusBecomes(status: string): Promise<void> {
    await this.hold()
      .locator('.ant-card-head .ant-tag')
      .getByText(status, { exact: true })
      .waitFor();
  }

  /** Waits until the hold's card mentions `text`. */
  async holdSays(text: string): Promise<void> {
    await this.hold().getByText(text).first().waitFor();
  }
}
