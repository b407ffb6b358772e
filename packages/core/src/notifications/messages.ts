import { formatChineseDate, type CalendarDate } from '../calendarDate.ts';

/**
 * Why a household is told (the outbox's reason): a notice put up, a meeting convened, a
 * villager's question or complaint answered, a service request moved on, a deadline near, a
 * petition (信访) moved on or past its time.
 */
export const NOTIFY_REASONS = [
  'notice',
  'meeting',
  'answer',
  'service',
  'deadline',
  'petition',
] as const;
export type NotifyReason = (typeof NOTIFY_REASONS)[number];

/**
 * A petition's (信访): to its petitioner, each step theirs to know and its time gone by; to the
 * officials handling it, its last day near or gone.
 */
const PETITION_KINDS = [
  'petitionForwarded',
  'petitionAccepted',
  'petitionNotAccepted',
  'petitionAnswered',
  'petitionOverdue',
  'petitionDueSoon',
  'petitionPastDue',
] as const;

/** What exactly the message tells: each kind has its own words (a reason has one or more kinds). */
export const MESSAGE_KINDS = [
  'notice',
  'meeting',
  'answer',
  'serviceCompleted',
  'serviceRefused',
  'serviceMaterials',
  'complaintAnswered',
  'meetingTomorrow',
  'rollObjectionsEnd',
  'noticeObjectionsEnd',
  ...PETITION_KINDS,
] as const;
export type MessageKind = (typeof MESSAGE_KINDS)[number];

const REASON_OF: Record<MessageKind, NotifyReason> = {
  notice: 'notice',
  meeting: 'meeting',
  answer: 'answer',
  serviceCompleted: 'service',
  serviceRefused: 'service',
  serviceMaterials: 'service',
  complaintAnswered: 'answer',
  meetingTomorrow: 'deadline',
  rollObjectionsEnd: 'deadline',
  noticeObjectionsEnd: 'deadline',
  petitionForwarded: 'petition',
  petitionAccepted: 'petition',
  petitionNotAccepted: 'petition',
  petitionAnswered: 'petition',
  petitionOverdue: 'petition',
  petitionDueSoon: 'petition',
  petitionPastDue: 'petition',
};

/** The outbox reason a kind of message is filed under. */
export function reasonOf(kind: MessageKind): NotifyReason {
  return REASON_OF[kind];
}

/**
 * Kinds addressed to one person and read by them alone (a service request, an answer to their own
 * question or complaint, their petition), not by their whole household.
 */
export function isPersonal(kind: MessageKind): boolean {
  return ['answer', 'service', 'petition'].includes(REASON_OF[kind]);
}

/**
 * Kinds whose subject is confidential (a complaint to the supervision committee, a petition): no
 * text names the matter, only that something happened to it and when.
 */
const PRIVATE: ReadonlySet<MessageKind> = new Set(['complaintAnswered', ...PETITION_KINDS]);

/** One act the village tells its households of, as every channel's text is made from it. */
export interface NotifiedAct {
  kind: MessageKind;
  villageName: string;
  /**
   * The notice's title (关于…的通知; for an answer, the notice asked about), the service item's
   * name, or the meeting notice's title. Never shown for a complaint: its texts say only that
   * an answer is there.
   */
  title: string;
  /**
   * The day it happened (published, answered, finished); for a deadline, the day it falls on
   * (the meeting's day, the last day for objections).
   */
  on: CalendarDate;
  /**
   * The page where the whole of it is: the notice's on the portal, or the villager's own page;
   * empty when there is none the reader can open (someone outside the registry has no account; a
   * petition has no page for its petitioner): the text then says where to ask instead.
   */
  link: string;
  /** The reader has no account to sign in with (outside the registry): told where to ask instead. */
  outsider?: boolean;
  /** The village office's phone, where such a reader asks (none recorded: at the office itself). */
  officePhone?: string | null;
  /** A petition's: the day it was received (the petitioner knows their petition by it). */
  filedOn?: CalendarDate;
}

/** Where the reader finds what the text leaves out: in the app, or by asking the village office. */
function whereToRead(act: NotifiedAct, what: string): string {
  if (!act.outsider) return `请登录查看${what}`;
  return `${askTheOffice(act)}${what}`;
}

/** 请致电村委会<number>询问 when the village recorded its office's phone, else 请到村委会询问. */
function askTheOffice(act: NotifiedAct): string {
  return act.officePhone ? `请致电村委会${act.officePhone}询问` : '请到村委会询问';
}

/** A petition's words: which petition (by the day it came in), never what it is about. */
function petitionLead(act: NotifiedAct, on: string): string {
  const yours = `您${act.filedOn ? `于${formatChineseDate(act.filedOn)}` : ''}提出的信访事项`;
  switch (act.kind) {
    case 'petitionForwarded':
      return `${yours}已转送乡镇信访工作机构`;
    case 'petitionAccepted':
      return `${yours}已于${on}受理，书面告知将送达您`;
    case 'petitionNotAccepted':
      return `${yours}不予受理，书面告知将送达您`;
    case 'petitionAnswered':
      return `${yours}已于${on}作出书面意见，将送达您`;
    case 'petitionOverdue':
      return `${yours}办理期限已于${on}届满，可向村委会或乡镇信访工作机构询问`;
    // to the official handling it: the register's number, never the petitioner or the matter
    case 'petitionDueSoon':
      return `提醒：信访事项${act.title}的办理期限至${on}，请按时办理`;
    default:
      return `信访事项${act.title}已超过办理期限（${on}），请尽快办理`;
  }
}

/** What the message says before the link, by kind. */
function lead(act: NotifiedAct): string {
  const on = formatChineseDate(act.on);
  switch (act.kind) {
    case 'notice':
      return `${on}公布：${act.title}`;
    case 'meeting':
      return `会议通知：${act.title}`;
    case 'answer':
      return `您对“${act.title}”的提问已于${on}答复`;
    case 'serviceCompleted':
      return `您申请代办的“${act.title}”已于${on}办结`;
    case 'serviceRefused':
      return `您申请代办的“${act.title}”未能办理，${whereToRead(act, '原因')}`;
    case 'serviceMaterials':
      return `您申请代办的“${act.title}”需补充材料，${whereToRead(act, '清单')}`;
    // private: the words say nothing of what was complained of, nor of the answer; someone
    // without an account follows it with the 查询码 on their receipt, at the portal's link
    case 'complaintAnswered':
      return `您的监督投诉已有答复，${act.outsider ? '请凭查询码查看' : '请登录查看'}`;
    case 'meetingTomorrow':
      return `提醒：明天（${on}）开会，${act.title}`;
    case 'rollObjectionsEnd':
      return `提醒：对选民名单有异议的，请于${on}前提出申诉`;
    case 'noticeObjectionsEnd':
      return `提醒：“${act.title}”公示至${on}，有异议请于当日前提出`;
    default:
      return petitionLead(act, on);
  }
}

/** What the in-app list and the WeChat message call each kind. */
const HEADINGS: Record<MessageKind, string> = {
  notice: '村务公开',
  meeting: '会议通知',
  answer: '提问答复',
  serviceCompleted: '代办办结',
  serviceRefused: '代办未办理',
  serviceMaterials: '代办补充材料',
  complaintAnswered: '投诉答复',
  meetingTomorrow: '开会提醒',
  rollObjectionsEnd: '选民名单申诉截止提醒',
  noticeObjectionsEnd: '公示期截止提醒',
  petitionForwarded: '信访转送',
  petitionAccepted: '信访受理',
  petitionNotAccepted: '信访不予受理',
  petitionAnswered: '信访答复',
  petitionOverdue: '信访超期',
  petitionDueSoon: '信访到期提醒',
  petitionPastDue: '信访超期提醒',
};

/**
 * The SMS text: the village's name in 【】 as a Chinese SMS signature is written (the carriers
 * require one), what happened, and the link for the whole text when there is one the reader can
 * open. Long titles make it longer than one message; smsSegments cuts it.
 */
export function smsText(act: NotifiedAct): string {
  return `【${act.villageName}】${lead(act)}${act.link ? `。详情：${act.link}` : ''}`;
}

/** The in-app message (我的消息): a heading and a line, the link beside. */
export function inAppText(act: NotifiedAct): { heading: string; line: string } {
  return { heading: HEADINGS[act.kind], line: lead(act) };
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
      keyword1: { value: PRIVATE.has(act.kind) ? HEADINGS[act.kind] : act.title },
      keyword2: { value: formatChineseDate(act.on) },
      remark: {
        value:
          act.kind === 'notice' || act.kind === 'meeting'
            ? '点击查看全文；有疑问可在公开页提问。'
            : act.link
              ? '点击登录查看详情。'
              : `详情${askTheOffice(act)}。`,
      },
    },
  };
}
