import { randomUUID } from 'node:crypto';
import type { CalendarDate } from '@cunzhi/core/calendarDate';
import { DomainError } from '@cunzhi/core/errors';
import {
  inAppText,
  reasonOf,
  smsText,
  wechatTemplate,
  type MessageKind,
  type NotifiedAct,
} from '@cunzhi/core/notifications/messages';
import { smsSegments } from '@cunzhi/core/notifications/sms';
import type { CommandContext } from '../../platform/command.ts';
import type { Tx } from '../../platform/db/database.ts';
import { insertMessages, type NewMessage } from '../../platform/outbox/repository.ts';
import {
  askerOf,
  insertForHouseholds,
  noticeHeader,
  personReach,
  villageNames,
} from './repository.ts';

/** Where the deployment is served (PUBLIC_ORIGIN): an SMS's link is absolute only when it is set. */
export type OriginConfig = { config: { PUBLIC_ORIGIN?: string | undefined } };

/**
 * The notice's page on the public portal. Absolute when the deployment says where it is served
 * (PUBLIC_ORIGIN); a deployment that sends SMS must set it, or the link is a bare path.
 */
export function portalLink(cmd: OriginConfig, villageCode: string, noticeId: string): string {
  return `${cmd.config.PUBLIC_ORIGIN ?? ''}/p/${encodeURIComponent(villageCode)}/n/${noticeId}`;
}

/**
 * What every addressee of an act is sent: in-app (with the WeChat payload beside it) and SMS.
 * The in-app link is `inAppLink` when the record opens inside the app (the villager's own pages),
 * else the SMS's.
 */
export function payloads(act: NotifiedAct, inAppLink: string = act.link) {
  const text = smsText(act);
  return {
    inApp: {
      ...inAppText(act),
      kind: act.kind,
      title: act.title,
      link: inAppLink,
      wechat: wechatTemplate(act),
    },
    // the kind beside the text: what a message is about is read without parsing its words
    sms: { kind: act.kind, text, segments: smsSegments(text).length },
  };
}

async function actOf(
  cmd: CommandContext,
  tx: Tx,
  noticeId: string,
  kind: MessageKind,
  on?: CalendarDate,
): Promise<NotifiedAct & { runsUntil: CalendarDate | null }> {
  const header = await noticeHeader(tx, cmd.villageId, noticeId);
  if (!header) throw new DomainError('not_found', { what: 'notice' });
  return {
    runsUntil: header.runs_until,
    kind,
    villageName: header.village_name,
    title: header.title,
    on: on ?? header.published_on,
    link: portalLink(cmd, header.village_code, noticeId),
  };
}

/**
 * Tells every household (of one villager group, for its meeting) of a notice just published, in
 * the publishing command's transaction: the notice and its messages commit together or not at all.
 * A notice entered after it stopped mattering (its publicity period over, its meeting held: a
 * paper posting recorded late) tells no one: a text about it now would only be noise.
 */
export async function notifyHouseholds(
  cmd: CommandContext,
  tx: Tx,
  notice: { id: string; reason: 'notice' | 'meeting'; groupId?: string | null },
): Promise<number> {
  const act = await actOf(cmd, tx, notice.id, notice.reason);
  if (act.runsUntil && act.runsUntil < cmd.clock.today()) return 0;
  return insertForHouseholds(tx, cmd.villageId, {
    reason: notice.reason,
    cause: notice.id,
    about: { noticeId: notice.id },
    groupId: notice.groupId ?? null,
    ...payloads(act),
  });
}

/** Tells the villager who asked that the answer is given, in the answering command's transaction. */
export async function notifyAsker(
  cmd: CommandContext,
  tx: Tx,
  q: { id: string; noticeId: string; askerPersonId: string; answeredOn: CalendarDate },
): Promise<void> {
  const act = await actOf(cmd, tx, q.noticeId, 'answer', q.answeredOn);
  const asker = await askerOf(tx, cmd.villageId, q.askerPersonId);
  if (!asker) return;
  const { inApp, sms } = payloads(act);
  const base = {
    reason: reasonOf(act.kind),
    about: { noticeId: q.noticeId },
    causeId: q.id,
    householdId: asker.household_id,
    personId: asker.person_id,
  };
  const messages: NewMessage[] = [
    { ...base, id: randomUUID(), channel: 'inApp', recipient: null, payload: inApp },
  ];
  if (asker.phone)
    messages.push({
      ...base,
      id: randomUUID(),
      channel: 'sms',
      recipient: asker.phone,
      payload: sms,
    });
  await insertMessages(tx, cmd.villageId, messages);
}

/** A message to one villager about their own record (a service request, a complaint). */
export interface PersonalMessage {
  kind: MessageKind;
  about: NewMessage['about'];
  /** What caused it (the step, the answer): one message per cause and channel. */
  causeId: string;
  /** The registered villager it is for; none for someone outside the registry. */
  personId: string | null;
  /** The number given with the record (the requester's, the complainant's), if any. */
  phone: string | null;
  /** The item's name (a service); never a complaint's subject nor a petition's. */
  title: string;
  on: CalendarDate;
  /** A petition's day of receipt, which names it in the text. */
  filedOn?: CalendarDate;
  /**
   * The villager's page in the app where the record is (/v/<village>/my-services); none when the
   * record has no page for them (a petition: the letters are its written answers).
   */
  path: string | null;
  /**
   * For someone outside the registry (no account to sign in with), the portal's page where they
   * follow it instead, under /p/<village code> (the complaints station's 查询码 form).
   */
  portalPath?: string;
}

/**
 * Tells one villager of their own record, in the acting command's transaction: in-app to a
 * registered villager (read by them alone, not their household), and an SMS to the number given
 * with the record, else to their own. Never to another member's number: a complaint is no
 * business of the household's. Someone with neither is told nothing here (the station tells
 * them as it always did). Answers how many messages were written (none when already sent).
 */
export async function notifyPerson(
  cmd: Pick<CommandContext, 'villageId'> & OriginConfig,
  tx: Tx,
  m: PersonalMessage,
): Promise<number> {
  const village = await villageNames(tx, cmd.villageId);
  const reach = m.personId ? await personReach(tx, cmd.villageId, m.personId) : null;
  const phone = m.phone?.trim() || reach?.phone || null;
  // someone outside the registry has no account: never a link to a sign-in they cannot make,
  // but the portal's page they follow the record on (the 查询码 on their receipt), else the words
  // say to ask at the village office
  const portal = m.portalPath ? `/p/${encodeURIComponent(village.code)}${m.portalPath}` : null;
  const path = reach ? m.path : portal;
  const act: NotifiedAct = {
    kind: m.kind,
    villageName: village.name,
    title: m.title,
    on: m.on,
    link: path ? `${cmd.config.PUBLIC_ORIGIN ?? ''}${path}` : '',
    ...(reach ? {} : { outsider: true, officePhone: village.office_phone }),
    ...(m.filedOn ? { filedOn: m.filedOn } : {}),
  };
  const { inApp, sms } = payloads(act, m.path ?? '');
  const base = {
    reason: reasonOf(m.kind),
    about: m.about,
    causeId: m.causeId,
    householdId: reach?.household_id ?? null,
    personId: reach?.person_id ?? null,
  };
  const messages: NewMessage[] = [];
  if (reach)
    messages.push({ ...base, id: randomUUID(), channel: 'inApp', recipient: null, payload: inApp });
  if (phone)
    messages.push({ ...base, id: randomUUID(), channel: 'sms', recipient: phone, payload: sms });
  return insertMessages(tx, cmd.villageId, messages);
}
