import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { calendarDate, formatChineseDate } from '@cunzhi/core/calendarDate';
import { addDays, isRestDay } from '@cunzhi/core/rules/dayCount';
import { CHINA_HOLIDAYS } from '@cunzhi/core/rules/holidays';
import { launchBrowser } from './browser.ts';
import { startServer, type RunningServer } from './server.ts';
import { screenshot } from './artifacts.ts';
import { villageToday } from './demo.ts';
import { openDesk, screenshotOnFailure, type Desk } from './desk.ts';
import { DisputesPage } from './pages/DisputesPage.ts';

/**
 * Issue 13's flow (b), against a fresh server with the showcase community's demo data: the
 * mediation chair registers a neighbours' dispute (entered from paper, a month back), takes both
 * parties' consent, mediates, draws up the written agreement, has it signed, fingerprinted and
 * sealed and prints the 人民调解协议书; one party alone applying for judicial confirmation is
 * refused, so is the joint application dated the day after the last day, in Art. 33's words;
 * the joint one dated the last day is accepted and the court's ruling entered from its papers.
 */

const SERVER_START_MS = 240_000;

/**
 * The days of the story, counted back from today: the agreement takes effect on `effective` so
 * that its last day for confirmation (the 30th day after, a working day, so not moved) and the
 * day after it are both before today.
 */
function storyDays(today: string) {
  let last = addDays(calendarDate(today), -2);
  while (isRestDay(last, CHINA_HOLIDAYS)) last = addDays(last, -1);
  const effective = addDays(last, -30);
  return {
    received: addDays(effective, -6),
    recorded: addDays(effective, -4),
    reached: addDays(effective, -1),
    effective,
    last,
    dayAfter: addDays(last, 1),
  };
}

describe('a dispute mediated to a printed agreement, confirmed on a joint application on the last day', () => {
  let server: RunningServer;
  let browser: Browser;
  let mediator: Desk;
  let disputes: DisputesPage;
  const pageErrors: string[] = [];
  const days = storyDays(villageToday());
  const tag = String(Date.now() % 100000).padStart(5, '0');
  const SUBJECT = `院墙排水沟堵塞（${tag}）`;
  const [A, B] = ['赵德胜', '钱秀兰'] as const;

  beforeAll(async () => {
    server = await startServer({ env: { DEMO_BOOKS: 'false' } });
    browser = await launchBrowser();
    mediator = await openDesk(browser, server, 'mediator', pageErrors);
    disputes = new DisputesPage(mediator.page);
  }, SERVER_START_MS);

  afterEach((context) => screenshotOnFailure(context, { mediator: mediator?.page }));

  afterAll(async () => {
    await mediator?.context.close();
    await browser?.close();
    await server?.stop();
  }, 60_000);

  it('registers the dispute, takes consent, mediates and keeps a record', async () => {
    await disputes.open();
    await expect
      .poll(() => disputes.committee().innerText())
      .toContain('组成符合《人民调解法》第八条');
    await disputes.register({
      subject: SUBJECT,
      facts: `${A}家翻修院墙时填埋了排水沟，雨后${B}家院内积水，双方多次争吵。`,
      parties: [A, B],
      receivedOn: days.received,
    });
    for (const party of [A, B])
      await disputes.step('recordConsent', async (form) => {
        await disputes.tick(form, 'partyId', party);
        await disputes.date(form, 'on', days.received);
      });
    await disputes.step('accept', (form) => disputes.date(form, 'on', days.received));
    expect(await disputes.state().innerText()).toBe('调解中');
    await disputes.step('assignMediators', (form) => disputes.pick(form, 'mediators', '主任'));
    await disputes.step('keepRecord', async (form) => {
      await disputes.date(form, 'heldOn', days.recorded);
      await form.getByTestId('dispute-step-place').fill('社区调解室');
      await form.getByTestId('dispute-step-present').fill(`${A}、${B}、调解员`);
      await form
        .getByTestId('dispute-step-content')
        .fill('调解员到现场查看，排水沟确被填埋；双方同意疏通并加盖盖板。');
    });
    await expect.poll(() => mediator.page.getByTestId('dispute-record').count()).toBe(1);
  });

  it('draws up the written agreement; in effect once both parties, the mediator and the seal have marked it', async () => {
    await disputes.step('reachWritten', async (form) => {
      await form
        .getByTestId('dispute-step-terms')
        .fill(`一、${A}于十日内疏通排水沟并加盖盖板；\n二、${B}承担材料费的一半。`);
      await form.getByTestId('dispute-step-performance').fill('十日内履行，调解员回访。');
      await form.getByTestId('dispute-step-mediatorPersonId').locator('input').first().check();
      await disputes.date(form, 'reachedOn', days.reached);
    });
    expect(await disputes.state().innerText()).toBe('达成协议待签署');
    for (const [party, mark] of [
      [A, '签名'],
      [B, '按指印'],
    ] as const)
      await disputes.step('sign', async (form) => {
        await disputes.tick(form, 'partyId', party);
        await disputes.tick(form, 'mark', mark);
        await disputes.date(form, 'on', days.effective);
      });
    await disputes.step('sign', async (form) => {
      await disputes.tick(form, 'who', '调解员签名');
      await disputes.date(form, 'on', days.effective);
    });
    await expect
      .poll(() => mediator.page.getByTestId('dispute-agreement-missing').innerText())
      .toContain('人民调解委员会印章');
    await disputes.step('sign', async (form) => {
      await disputes.tick(form, 'who', '加盖委员会印章');
      await disputes.date(form, 'on', days.effective);
    });
    await expect.poll(() => disputes.state().innerText()).toBe('履行中');
    expect(await mediator.page.getByTestId('dispute-confirm-last-day').innerText()).toBe(
      formatChineseDate(days.last),
    );
  });

  it('prints the 人民调解协议书 with its number, the parties’ signature and fingerprint lines and the last day', async () => {
    await mediator.page.getByTestId('dispute-print').click();
    const sheet = mediator.page.getByTestId('agreement-print');
    await sheet.waitFor();
    expect(await sheet.getByTestId('print-title').innerText()).toBe('人民调解协议书');
    expect(await sheet.getByTestId('print-number').innerText()).toMatch(/^〔\d{4}〕第\d+号$/);
    expect(await sheet.getByTestId('print-confirm').innerText()).toContain(
      `即最迟于${formatChineseDate(days.last)}，共同向人民法院申请司法确认`,
    );
    const signs = await sheet.getByTestId('print-signs').innerText();
    for (const name of [A, B]) expect(signs).toContain(name);
    expect(signs).toContain('按指印处');
    await screenshot(mediator.page, 'disputes-agreement-print');
    await mediator.page.getByTestId('print-back').click();
    await mediator.page.getByTestId('dispute-page').waitFor();
  });

  it('refuses one party alone, and the day after the last day, in the words of Art. 33', async () => {
    const alone = await disputes.step(
      'applyConfirmation',
      async (form) => {
        await form.getByTestId('dispute-step-court').fill('本县人民法院');
        await form.getByTestId('dispute-step-applicants').getByText(A, { exact: true }).click();
        await disputes.date(form, 'appliedOn', days.last);
      },
      'refused',
    );
    expect(alone).toContain(
      `司法确认须由双方当事人共同申请，${B}未参加申请（《人民调解法》第三十三条）`,
    );
    const late = await disputes.step(
      'applyConfirmation',
      async (form) => {
        await form.getByTestId('dispute-step-applicants').getByText(B, { exact: true }).click();
        await disputes.date(form, 'appliedOn', days.dayAfter);
      },
      'refused',
    );
    expect(late).toContain('调解协议生效已逾30日，不能申请司法确认（《人民调解法》第三十三条）');
    await screenshot(mediator.page, 'disputes-confirmation-late');
  });

  it('accepts the joint application on the last day, and enters the court’s ruling', async () => {
    await disputes.step('applyConfirmation', (form) => disputes.date(form, 'appliedOn', days.last));
    const card = mediator.page.getByTestId('dispute-confirmation');
    await card.waitFor();
    expect(await card.innerText()).toContain(formatChineseDate(days.last));
    await disputes.step('recordCourt', async (form) => {
      await disputes.date(form, 'acceptedOn', days.dayAfter);
      await disputes.tick(form, 'ruling', '确认调解协议有效');
      await disputes.date(form, 'rulingOn', villageToday());
      await form
        .getByTestId('dispute-step-caseNumber')
        .fill(`（${villageToday().slice(0, 4)}）民特${tag}号`);
    });
    await expect
      .poll(() => mediator.page.getByTestId('dispute-ruling').innerText())
      .toBe('确认调解协议有效');
    const stages = await mediator.page.getByTestId('dispute-stages').innerText();
    expect(stages).toContain('人民调解');
    expect(stages).toContain('本县人民法院');
    await screenshot(mediator.page, 'disputes-confirmed');
    expect(pageErrors).toEqual([]);
  });
});
