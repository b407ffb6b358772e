import type { Page } from 'playwright-core';

/** The projector (`…/meetings/:meetingId/live`): quorum, the vote under way, the result. It polls every 2 s. */
export class LivePage {
  constructor(readonly page: Page) {}

  async goto(villageId: string, meetingId: string): Promise<void> {
    await this.page.goto(`/v/${villageId}/meetings/${meetingId}/live`);
    await this.page.getByTestId('live-page').waitFor();
  }

  async quorum(): Promise<{ met: boolean; text: string }> {
    const q = this.page.getByTestId('quorum');
    return { met: (await q.getAttribute('data-met')) === 'true', text: await q.innerText() };
  }

  async waitForQuorum(met: boolean, timeoutMs = 10_000): Promise<void> {
    await this.page
      .locator(`[data-testid="quorum"][data-met="${met}"]`)
      .waitFor({ timeout: timeoutMs });
  }

  async quorumVerdict(): Promise<string> {
    return (await this.page.getByTestId('quorum-verdict').innerText()).trim();
  }

  async waitForBallots(count: number, timeoutMs = 10_000): Promise<void> {
    await this.page
      .locator(`[data-testid="live-ballots"][data-count="${count}"]`)
      .waitFor({ timeout: timeoutMs });
  }

  /** The result of the last closed motion: passed, tally, decision and rule. */
  async result(timeoutMs = 10_000): Promise<{
    passed: boolean;
    tally: { yes: number; no: number; abstain: number };
    text: string;
  }> {
    const result = this.page.getByTestId('live-result');
    await result.waitFor({ timeout: timeoutMs });
    const count = async (key: string) =>
      Number(await result.getByTestId(`tally-${key}`).getAttribute('data-count'));
    return {
      passed: (await result.getAttribute('data-passed')) === 'true',
      tally: { yes: await count('yes'), no: await count('no'), abstain: await count('abstain') },
      text: (await result.innerText()).trim(),
    };
  }
}
