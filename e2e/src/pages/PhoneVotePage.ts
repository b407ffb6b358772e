import type { Page } from 'playwright-core';
import type { Choice } from './MeetingPage.ts';

/** The screens of the phone page, by test id. */
export type PhoneScreen =
  | 'me-checkin'
  | 'me-waiting'
  | 'me-vote'
  | 'me-confirm'
  | 'me-voted'
  | 'me-hands'
  | 'me-no-vote'
  | 'me-closed'
  | 'me-cancelled';

/**
 * The phone at the meeting (`/v/:villageId/meetings/:meetingId/me`, reached by
 * scanning the QR code): check in, wait, vote with a confirmation, voted.
 * The page refreshes itself every 3 seconds.
 */
export class PhoneVotePage {
  constructor(readonly page: Page) {}

  /** Opens the address of the QR code (as the phone's camera app would). */
  async scan(url: string): Promise<void> {
    await this.page.goto(url);
  }

  async waitForLoad(): Promise<void> {
    await this.page.getByTestId('me-page').waitFor();
  }

  /** Waits until the page shows `screen` (it polls the server). */
  async waitFor(screen: PhoneScreen, timeoutMs = 15_000): Promise<void> {
    await this.page.getByTestId(screen).waitFor({ timeout: timeoutMs });
  }

  async meetingTitle(): Promise<string> {
    return (await this.page.getByTestId('me-meeting-title').innerText()).trim();
  }

  /** 签到 with the code the QR link carries. */
  async checkIn(): Promise<void> {
    await this.waitFor('me-checkin');
    await this.page.getByTestId('me-checkin-submit').click();
    await this.waitFor('me-waiting');
  }

  async motionTitle(): Promise<string> {
    return (await this.page.getByTestId('me-motion-title').innerText()).trim();
  }

  /** Picks a choice; the confirmation screen follows. */
  async choose(choice: Choice): Promise<void> {
    await this.waitFor('me-vote');
    await this.page.getByTestId(`me-vote-${choice}`).click();
    await this.page.locator(`[data-testid="me-confirm"][data-choice="${choice}"]`).waitFor();
  }

  /** 确认投票; returns the server's status. */
  async confirm(): Promise<number> {
    const answered = this.page.waitForResponse(
      (r) => r.url().endsWith('/votes') && r.request().method() === 'POST',
    );
    await this.page.getByTestId('me-vote-confirm').click();
    return (await answered).status();
  }

  /** Chooses, confirms and waits for 已投票. */
  async vote(choice: Choice): Promise<void> {
    await this.choose(choice);
    const status = await this.confirm();
    if (status !== 201) throw new Error(`vote answered ${status}`);
    await this.waitFor('me-voted');
  }

  /** What 已投票 says this phone chose. */
  async myChoice(): Promise<string | null> {
    return this.page.getByTestId('me-my-choice').first().getAttribute('data-choice');
  }

  /** The refusal on the phone (您已经投过票了 has an alert of its own). */
  async errorText(): Promise<string> {
    const alert = this.page
      .getByTestId('already-voted')
      .or(this.page.getByTestId('me-error'))
      .first();
    await alert.waitFor();
    return (await alert.innerText()).trim();
  }
}
