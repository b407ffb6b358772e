import { formatChineseDate, type CalendarDate } from '../calendarDate.ts';

/** Why a household is told: a notice put up, a meeting convened, a villager's question answered. */
export const NOTIFY_REASONS = ['notice', 'meeting', 'answer'] as const;
export type NotifyReason = (typeof NOTIFY_REASONS)[number];

/** One act the village tells its households of, as every channel's text is made from it. */
export interface NotifiedAct {
  reason: NotifyReason;
  villageName: string;
  /** The notice's title (关于…的通知), or for an answer the title of the notice asked about. */
  title: string;
  /** The day it was published or answered. */
  on: CalendarDate;
  /** The public portal's page of the notice, where the whole text is. */
  link: string;
}

/** What the message says before the link, by reason. */
function lead(act: NotifiedAct): string {
  switch (act.reason) {
    case 'notice':
      return `${formatChineseDate(act.on)}公布：${act.title}`;
    case 'meeting':
      return `会议通知：${act.title}`;
    case 'answer':
      return `您对“${act.title}”的提问已于${formatChineseDate(act.on)}答复`;
  }
}

/**
 * The SMS text: the village's name in 【】 as a Chinese SMS signature is written (the carriers
 * require one), what happened, and the portal link for the whole text. Long titles make it
 * longer than one message; smsSegments cuts it.
 */
export function smsText(act: NotifiedAct): string {
  return `【${act.villageName}】${lead(act)}。详情：${act.link}`;
}

/** The in-app message (我的消息): a heading and a line, the link beside. */
export function inAppText(act: NotifiedAct): { heading: string; line: string } {
  const heading = { notice: '村务公开', meeting: '会议通知', answer: '提问答复' }[act.reason];
  return { heading, line: lead(act) };
}

/**
 * A WeChat official-account template message's body, ready for the account's own sender: the
 * template's fields (first, keyword1–2, remark) and the page to open. `touser` (the villager's
 * OpenID) and `template_id` belong to the village's account and are filled in by its sender.
 */
export function wechatTemplate(act: NotifiedAct) {
  return {
    url: act.link,
    data: {
      first: { value: `${act.villageName}：${inAppText(act).heading}` },
      keyword1: { value: act.title },
      keyword2: { value: formatChineseDate(act.on) },
      remark: { value: '点击查看全文；有疑问可在公开页提问。' },
    },
  };
}
