import { z } from 'zod';
import { MESSAGE_KINDS, NOTIFY_REASONS } from '@cunzhi/core/notifications/messages';
import { DateText, Instant, Uuid, VillageParams } from './common.ts';
import { route } from './route.ts';

/**
 * The notification outbox (docs/notifications.md): what every published notice, convened meeting,
 * answered question or complaint, service request moved on and near deadline sent each household — in-app, SMS, the WeChat template's payload and the
 * printed batch — and how each SMS fared. Phone numbers never appear here: only the gateway
 * gets them.
 */

const tag = 'notifications';
const V = '/api/villages/:villageId';

export const NotifyReason = z.enum(NOTIFY_REASONS);
export const MessageKind = z.enum(MESSAGE_KINDS);
export const DeliveryStatus = z.enum(['pending', 'sending', 'sent', 'failed', 'none']);
export const NoticeParams = VillageParams.extend({ noticeId: Uuid });

/** One notice's messages counted: households told in the app and by SMS, by how the SMS fared. */
export const NoticeDelivery = z.object({
  noticeId: Uuid,
  title: z.string(),
  publishedOn: DateText,
  households: z.number(),
  sms: z.object({ pending: z.number(), sent: z.number(), failed: z.number(), none: z.number() }),
});

/** One household's line: whom it was addressed to, where the printed copy goes, the SMS's fate. */
export const HouseholdDelivery = z.object({
  householdId: Uuid,
  householdNumber: z.string(),
  addressee: z.string(),
  address: z.string(),
  grid: z.string().nullable(),
  group: z.string(),
  reason: NotifyReason,
  sms: DeliveryStatus,
  attempts: z.number(),
  lastError: z.string().nullable(),
  sentAt: Instant.nullable(),
});

/** The texts as every channel carries them, once per notice. */
export const NoticeTexts = z.object({
  heading: z.string(),
  line: z.string(),
  link: z.string(),
  sms: z.object({
    text: z.string(),
    segments: z.array(z.object({ number: z.number(), total: z.number(), text: z.string() })),
  }),
  wechat: z.record(z.string(), z.unknown()),
});

export const listNoticeDeliveries = route({
  method: 'GET',
  url: `${V}/notifications/notices`,
  summary: '通知送达情况 / How each notice reached the households',
  tag,
  params: VillageParams,
  response: z.object({
    items: z.array(NoticeDelivery),
    retry: z.boolean(),
    /** 村委会联系电话: the texts to someone outside the registry say to call it; null: not set. */
    officePhone: z.string().nullable(),
  }),
});

/** A landline (028-83561234) or a mobile number: digits, with hyphens between. */
export const OfficePhone = z
  .string()
  .trim()
  .max(20)
  .regex(/^([0-9][0-9-]{5,18}[0-9])?$/);

export const setOfficePhone = route({
  method: 'PUT',
  url: `${V}/notifications/office-phone`,
  summary:
    '设置村委会联系电话（写入给未注册群众的短信） / Set the village office phone the texts give',
  tag,
  params: VillageParams,
  // empty clears it; optional in shape so that a caller without the right meets 403 before a 400
  body: z.object({ officePhone: OfficePhone.optional() }),
  response: z.object({ officePhone: z.string().nullable() }),
});

export const getNoticeDelivery = route({
  method: 'GET',
  url: `${V}/notifications/notices/:noticeId`,
  summary:
    '一份通知的逐户送达情况与各渠道文本 / One notice: each household, and the texts by channel',
  tag,
  params: NoticeParams,
  response: z.object({
    notice: NoticeDelivery,
    texts: NoticeTexts.nullable(),
    households: z.array(HouseholdDelivery),
    retry: z.boolean(),
  }),
});

export const retryNoticeDelivery = route({
  method: 'POST',
  url: `${V}/notifications/notices/:noticeId/retry`,
  summary: '重发失败的短信 / Send the failed SMS again',
  tag,
  params: NoticeParams,
  response: z.object({ requeued: z.number() }),
});

/**
 * A failed SMS that is not a notice's (a service request's, a complaint's, a petition's, a
 * meeting's or the voter roll's reminder): what it was about, never to whom nor its words.
 */
export const FailedMessage = z.object({
  id: Uuid,
  kind: MessageKind.nullable(),
  subject: z.enum(['serviceRequest', 'complaint', 'meeting', 'election', 'petition']),
  createdOn: DateText,
  attempts: z.number(),
  lastError: z.string().nullable(),
});

export const listFailedMessages = route({
  method: 'GET',
  url: `${V}/notifications/failed`,
  summary: '发送失败的其他短信 / The failed SMS that are not a notice’s',
  tag,
  params: VillageParams,
  response: z.object({ items: z.array(FailedMessage), retry: z.boolean() }),
});

export const MessageParams = VillageParams.extend({ messageId: Uuid });

export const retryMessage = route({
  method: 'POST',
  url: `${V}/notifications/messages/:messageId/retry`,
  summary: '重发一条失败的短信 / Send one failed SMS again',
  tag,
  params: MessageParams,
  response: z.object({ requeued: z.number() }),
});

/** A message in 我的消息. */
export const OwnMessage = z.object({
  id: Uuid,
  reason: NotifyReason,
  /** What exactly it tells (a service request finished, a meeting tomorrow…). */
  kind: MessageKind,
  heading: z.string(),
  line: z.string(),
  /** The record's page: in the app (a path, /v/…) for the villager's own records, else the portal's. */
  link: z.string(),
  /** The day it was sent, in the village's time zone. */
  on: DateText,
});

export const listOwnMessages = route({
  method: 'GET',
  url: `${V}/my-messages`,
  summary: '我的消息 / My messages',
  tag,
  params: VillageParams,
  response: z.object({ items: z.array(OwnMessage) }),
});
