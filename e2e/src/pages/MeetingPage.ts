import type { Locator, Page } from 'playwright-core';
import { MEETING_KIND_INFO, type MeetingKind } from '@cunzhi/core/meetings/meetingKinds';
import { confirmClick, fillDate, inputOf, openOptions, pickOption, until } from './antd.ts';

/** 会议: the list and the convene drawer. */
export class MeetingsPage {
  constructor(readonly page: Page) {}

  async goto(villageId: string): Promise<void> {
    await this.page.goto(`/v/${villageId}/meetings`);
    await this.page.getByTestId('meetings-page').waitFor();
  }

  /** From any page of the village, through the side menu (the app does not reload). */
  async open(): Promise<void> {
    await this.page.getByTestId('nav-meetings').click();
    await this.page.getByTestId('meetings-page').waitFor();
  }

  /** Opens a meeting's console from the list (the app does not reload). */
  async openMeeting(meetingId: string): Promise<MeetingPage> {
    await this.page.locator(`[data-testid="meeting-link"][href$="/meetings/${meetingId}"]`).click();
    const meeting = new MeetingPage(this.page);
    await meeting.waitForLoad();
    return meeting;
  }

  /** 召集会议: kind, title, date (notice today), place and agenda; lands on the console. */
  async convene(input: {
    kind: MeetingKind;
    title: string;
    meetingOn: string;
    place?: string;
    agenda?: string;
  }): Promise<string> {
    await this.page.getByTestId('meeting-convene').click();
    await this.page.getByTestId('convene-title').waitFor();
    await pickOption(
      this.page,
      this.page.getByTestId('convene-kind'),
      new RegExp(`^${escape(MEETING_KIND_INFO[input.kind].zh)}$`),
    );
    await this.page.getByTestId('convene-title').fill(input.title);
    await fillDate(this.page.getByTestId('convene-meeting-on'), input.meetingOn);
    if (input.place) await this.page.getByTestId('convene-place').fill(input.place);
    if (input.agenda) await this.page.getByTestId('convene-agenda').fill(input.agenda);
    const answered = this.page.waitForResponse(
      (r) => r.url().endsWith('/meetings') && r.request().method() === 'POST',
    );
    await this.page.getByTestId('convene-submit').click();
    const response = await answered;
    if (!response.ok()) throw new Error(`convening refused: ${await response.text()}`);
    await this.page.waitForURL(/\/meetings\/[0-9a-f-]{36}$/);
    const meeting = new MeetingPage(this.page);
    await meeting.waitForLoad();
    return meeting.meetingId();
  }
}

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

export type Choice = 'yes' | 'no' | 'abstain';

/** The meeting console (cadres and supervisors): agenda review, check-in, motions, quorum. */
export class MeetingPage {
  constructor(readonly page: Page) {}

  async goto(villageId: string, meetingId: string): Promise<void> {
    await this.page.goto(`/v/${villageId}/meetings/${meetingId}`);
    await this.waitForLoad();
  }

  async waitForLoad(): Promise<void> {
    await this.page.getByTestId('meeting-page').waitFor();
  }

  meetingId(): string {
    const m = /\/meetings\/([^/?#]+)/.exec(new URL(this.page.url()).pathname);
    if (!m?.[1]) throw new Error(`not on a meeting page: ${this.page.url()}`);
    return m[1];
  }

  async waitForStatus(status: string): Promise<void> {
    await this.page.locator(`[data-testid="meeting-page"][data-status="${status}"]`).waitFor();
  }

  /**
   * The supervision committee approves the agenda (议程审定) by its members' vote: at a
   * sitting (会议表决) with every serving member present and voting yes — the form's
   * defaults, recorded by the signed-in member — so the motion carries at once.
   */
  async approveAgenda(note?: string): Promise<void> {
    await this.page.getByTestId('agenda-outcome-approved').click();
    if (note) await this.page.getByTestId('agenda-review-note').fill(note);
    await this.page.getByTestId('sitting-mode-inPerson').click();
    const answered = this.page.waitForResponse(
      (r) => r.url().endsWith('/supervision/motions') && r.request().method() === 'POST',
    );
    await this.page.getByTestId('agenda-approve').click();
    const response = await answered;
    if (!response.ok()) throw new Error(`agenda review refused: ${await response.text()}`);
    await this.page.locator('[data-testid="agenda-review"][data-outcome="approved"]').waitFor();
  }

  /** 宣布开会. */
  async open(): Promise<void> {
    await confirmClick(this.page, this.page.getByTestId('meeting-open'), 'meeting-open-ok');
    await this.waitForStatus('open');
  }

  /** The check-in code shown beside the QR code. */
  async checkInCode(): Promise<string> {
    const code = this.page.getByTestId('checkin-code');
    await code.waitFor();
    // antd's copyable text carries the copy button's label along
    return (await code.evaluate((el) => el.firstChild?.textContent ?? '')).trim();
  }

  /** The address the check-in QR code carries. */
  async checkInUrl(): Promise<string> {
    const qr = this.page.getByTestId('checkin-qr');
    await qr.waitFor();
    return (await qr.getAttribute('data-url')) ?? '';
  }

  async waitForAttendance(count: number): Promise<void> {
    await this.page
      .locator(`[data-testid="attendance-count"][data-count="${count}"]`)
      .waitFor({ timeout: 15_000 });
  }

  /**
   * The clerk enters one signature from the paper sheet: searches the person
   * by name and picks the one from `householdNumber`; `capacity` is the label
   * of the capacity to record (/^列席（无表决权）$/ …), else 本人参加.
   */
  async clerkCheckIn(
    name: string,
    householdNumber: string,
    capacity?: string | RegExp,
  ): Promise<void> {
    const picker = this.page.getByTestId('checkin-person');
    await picker.click();
    const searched = this.page.waitForResponse(
      (r) => r.url().includes('/persons?') && new URL(r.url()).searchParams.get('q') === name,
    );
    await (await inputOf(picker)).fill(name);
    await searched;
    const option = openOptions(this.page).filter({ hasText: householdNumber }).first();
    await option.waitFor();
    await option.click();
    if (capacity) await pickOption(this.page, this.page.getByTestId('checkin-capacity'), capacity);
    const saved = this.page.waitForResponse(
      (r) => r.url().endsWith('/attendance') && r.request().method() === 'POST',
    );
    await this.page.getByTestId('checkin-submit').click();
    const response = await saved;
    if (!response.ok()) throw new Error(`clerk check-in refused: ${await response.text()}`);
  }

  /** One row of the attendance table: name, capacity (本人参加, 列席（无表决权）…), method. */
  attendanceRow(personId: string): Locator {
    return this.page.locator(`[data-testid="attendance-row"][data-person-id="${personId}"]`);
  }

  /** The quorum block: met or not, and what it says (还差 1 人达到法定人数 …). */
  async quorum(): Promise<{ met: boolean; text: string }> {
    const q = this.page.getByTestId('quorum-card').getByTestId('quorum');
    return { met: (await q.getAttribute('data-met')) === 'true', text: await q.innerText() };
  }

  /**
   * 添加表决事项: title, voting, and the matter it decides (picked by title).
   * Returns the drawer's refusal if the server refused, else null.
   */
  async addMotion(input: {
    title: string;
    body?: string;
    voting: 'showOfHands' | 'electronic' | 'secret';
    matterTitle?: string;
  }): Promise<{ ruleId: string | null; text: string } | null> {
    await this.page.getByTestId('motion-add').click();
    await this.page.getByTestId('motion-title-input').fill(input.title);
    if (input.body) await this.page.getByTestId('motion-body').fill(input.body);
    await this.page.getByTestId(`motion-voting-${input.voting}`).click();
    if (input.matterTitle)
      await pickOption(
        this.page,
        this.page.getByTestId('motion-matter'),
        input.matterTitle,
        input.matterTitle,
      );
    const answered = this.page.waitForResponse(
      (r) => r.url().endsWith('/motions') && r.request().method() === 'POST',
    );
    await this.page.getByTestId('motion-submit').click();
    const response = await answered;
    if (response.ok()) {
      await this.page.getByTestId('motion-drawer').waitFor({ state: 'hidden' });
      await this.motion(input.title).waitFor();
      return null;
    }
    const alert = this.page.getByTestId('motion-add-error');
    await alert.waitFor();
    return {
      ruleId: await alert.getAttribute('data-rule-id'),
      text: (await alert.innerText()).trim(),
    };
  }

  /** Closes the add-motion drawer without adding. */
  async cancelMotion(): Promise<void> {
    await this.page
      .getByTestId('motion-drawer')
      .getByRole('button', { name: /取\s*消/ })
      .click();
    await this.page.getByTestId('motion-drawer').waitFor({ state: 'hidden' });
  }

  motion(title: string): Locator {
    return this.page
      .getByTestId('motion')
      .filter({ has: this.page.getByTestId('motion-title').filter({ hasText: title }) });
  }

  async motionStatus(title: string): Promise<string | null> {
    return this.motion(title).getAttribute('data-status');
  }

  /** 开始表决; returns the refusal shown if the server refused. */
  async openMotion(title: string): Promise<{ ruleId: string | null; text: string } | null> {
    const answered = this.page.waitForResponse(
      (r) => /\/motions\/[^/]+\/open$/.test(r.url()) && r.request().method() === 'POST',
    );
    await this.motion(title).getByTestId('motion-open').click();
    const response = await answered;
    if (response.ok()) {
      await this.page
        .locator('[data-testid="motion"][data-status="open"]')
        .filter({ hasText: title })
        .waitFor();
      return null;
    }
    const alert = this.page.getByTestId('motion-error');
    await alert.waitFor();
    return {
      ruleId: await alert.getAttribute('data-rule-id'),
      text: (await alert.innerText()).trim(),
    };
  }

  /** Waits until the console (refreshed every 3 s) counts `count` ballots on an open motion. */
  async waitForBallots(title: string, count: number): Promise<void> {
    await this.motion(title)
      .locator(`[data-testid="ballots-cast"][data-count="${count}"]`)
      .waitFor({ timeout: 10_000 });
  }

  /** Show of hands: the counts the clerk took. */
  async enterHands(title: string, counts: Record<Choice, number>): Promise<void> {
    const motion = this.motion(title);
    for (const key of ['yes', 'no', 'abstain'] as const)
      await (await inputOf(motion.getByTestId(`hands-${key}`))).fill(String(counts[key]));
  }

  /** 结束表决 (with the counts entered for a show of hands); waits for the result. */
  async closeMotion(title: string): Promise<{ passed: boolean; text: string }> {
    const motion = this.motion(title);
    await until(async () => await motion.getByTestId('motion-close').isEnabled());
    await confirmClick(this.page, motion.getByTestId('motion-close'), 'motion-close-ok');
    const result = motion.getByTestId('motion-result');
    await result.waitFor();
    return {
      passed: (await result.getAttribute('data-passed')) === 'true',
      text: (await result.innerText()).trim(),
    };
  }

  /** Follows the link from a motion to the matter it decides (the app does not reload). */
  async openMatterOf(title: string): Promise<void> {
    await this.motion(title).locator('a[href*="/matters/"]').click();
    await this.page.getByTestId('matter-steps').waitFor();
  }

  /** The projector view, opened from the console (a new tab). */
  async openLive(): Promise<Page> {
    const popup = this.page.context().waitForEvent('page');
    await this.page.getByTestId('meeting-live-link').click();
    const live = await popup;
    await live.getByTestId('live-page').waitFor();
    return live;
  }
}
