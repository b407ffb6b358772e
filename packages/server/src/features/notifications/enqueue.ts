import { randomUUID } from 'node:crypto';
import type { CalendarDate } from '@cunzhi/core/calendarDate';
import { DomainError } from '@cunzhi/core/errors';
import {
  inAppText,
  smsText,
  wechatTemplate,
  type NotifiedAct,
  type NotifyReason,
} from '@cunzhi/core/notifications/messages';
import { smsSegments } from '@cunzhi/core/notifications/sms';
import type { CommandContext } from '../../platform/command.ts';
import type { Tx } from '../../platform/db/database.ts';
import { insertMessages, type NewMessage } from '../../platform/outbox/repository.ts';
import { askerOf, insertForHouseholds, noticeHeader } from './repository.ts';

/**
 * The notice's page on the public portal. Absolute when the deployment says where it is served
 * (PUBLIC_ORIGIN); a deployment that sends SMS must set it, or the link is a bare path.
 */
function portalLink(cmd: CommandContext, villageCode: string, noticeId: string): string {
  return `${cmd.config.PUBLIC_ORIGIN ?? ''}/p/${encodeURIComponent(villageCode)}/n/${noticeId}`;
}

/** What every addressee of an act is sent: in-app (with the WeChat payload beside it) and SMS. */
function payloads(act: NotifiedAct) {
  const text = smsText(act);
  return {
    inApp: { ...inAppText(act), title: act.title, link: act.link, wechat: wechatTemplate(act) },
    sms: { text, segments: smsSegments(text).length },
  };
}

async function actOf(
  cmd: CommandContext,
  tx: Tx,
  noticeId: string,
  reason: NotifyReason,
  on?: CalendarDate,
): Promise<NotifiedAct & { runsUntil: CalendarDate | null }> {
  const header = await noticeHeader(tx, cmd.villageId, noticeId);
  if (!header) throw new DomainError('not_found', { what: 'notice' });
  return {
    runsUntil: header.runs_until,
    reason,
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
    noticeId: notice.id,
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
    reason: act.reason,
    noticeId: q.noticeId,
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
