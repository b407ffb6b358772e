import { createHash, randomInt, randomUUID, timingSafeEqual } from 'node:crypto';
import { PHONE_CODE, sendPause, type RecentSends } from '@cunzhi/core/disclosure/phoneCodes';
import { DomainError } from '@cunzhi/core/errors';
import type { CommandContext } from '../../../platform/command.ts';
import type { Tx } from '../../../platform/db/database.ts';
import type { SmsMessage } from '../../../platform/sms.ts';
import {
  findAskerByPhone,
  insertQuestionCode,
  lockCodeSends,
  pruneQuestionCodes,
  recentCodeSends,
} from '../repository.ts';
import { askableNotice, refuseOutsidePeriod } from './askQuestion.ts';

export interface CodeRequest {
  noticeId: string;
  /** As registered: the name tells apart the members of a household who share one number. */
  name: string;
  /** A mobile number in its stored form (normalizePhone). */
  phone: string;
  /** The client's address, for the per-address limit. */
  address: string;
  /** The village's name, which the text message names. */
  villageName: string;
}

const MINUTE_MS = 60_000;

/**
 * A number or an address as the sending limits keep it: a hash, so the table of codes holds
 * neither in clear. (It hides them from a glance, not from someone who tries every number.)
 */
export const keyHash = (kind: 'phone' | 'address', value: string) =>
  createHash('sha256').update(`cunzhi question code ${kind}\0${value}`).digest('hex');

/** A code as stored: hashed with its row's id, so equal codes of two rows differ. */
export const codeHash = (codeId: string, code: string) =>
  createHash('sha256').update(`${codeId}\0${code}`).digest('hex');

/** Compares a code with the stored hash in constant time. */
export function codeMatches(codeId: string, code: string, storedHash: string): boolean {
  const given = Buffer.from(codeHash(codeId, code), 'hex');
  const stored = Buffer.from(storedHash, 'hex');
  return given.length === stored.length && timingSafeEqual(given, stored);
}

const sends = (s: { count: number; oldest: Date | null }): RecentSends => ({
  count: s.count,
  oldestMs: s.oldest?.getTime() ?? null,
});

function codeText(cmd: CommandContext, villageName: string, code: string): string {
  const minutes = PHONE_CODE.validMinutes;
  return cmd.locale === 'en'
    ? `${villageName} notice board: your code to ask a question on a notice is ${code}, valid for ${minutes} minutes. Not you? Ignore this message.`
    : `${villageName}公开栏：您正在对公告提出质询或异议，验证码 ${code}，${minutes} 分钟内有效。如非本人操作，请忽略。`;
}

/**
 * Serialises the code requests of one number and refuses one over the sending limits. Every
 * one-time code of the portal counts here (a question's, a complaint's: features/complaints).
 */
export async function refuseOverLimits(
  tx: Tx,
  keys: { phoneHash: string; addressHash: string },
  now: Date,
): Promise<void> {
  await lockCodeSends(tx, keys.phoneHash);
  const since = new Date(now.getTime() - PHONE_CODE.windowMinutes * MINUTE_MS);
  const recent = await recentCodeSends(tx, keys, since);
  const pause = sendPause(
    { phone: sends(recent.phone), address: sends(recent.address) },
    now.getTime(),
  );
  if (pause !== null) throw new DomainError('phone_code_rate_limited', { minutes: pause });
}

/**
 * Step one of asking by phone (a villager without an account, on the public portal): a 6-digit
 * code for a notice within its publicity period, texted to the number if a person of the village
 * is registered with that number and name. The answer never tells whether they are: an unknown
 * number gets a code row too (whose code is never sent and can never match), so it meets the
 * same answers, limits and tries, and costs the same statements. The text is handed to `deliver`,
 * which sends it once the answer has gone out (the gateway's round trip would otherwise show in
 * the answer's time). Limits: PHONE_CODE.perPhone codes per number, perAddress per address an hour.
 */
export async function sendQuestionCode(
  cmd: CommandContext,
  input: CodeRequest,
  deliver: (message: SmsMessage) => void,
): Promise<{ codeId: string }> {
  const notice = await askableNotice(cmd, input.noticeId);
  const now = cmd.clock.now();
  const id = randomUUID();
  const code = String(randomInt(0, 10 ** PHONE_CODE.digits)).padStart(PHONE_CODE.digits, '0');
  const keys = {
    phoneHash: keyHash('phone', input.phone),
    addressHash: keyHash('address', input.address),
  };
  const personId = await cmd.db.transaction(async (tx) => {
    await refuseOutsidePeriod(tx, cmd, notice, cmd.clock.today());
    await refuseOverLimits(tx, keys, now);
    const personId = await findAskerByPhone(tx, cmd.villageId, input.phone, input.name);
    await insertQuestionCode(tx, cmd.villageId, {
      ...{ id, noticeId: notice.id, personId, ...keys, codeHash: codeHash(id, code) },
      sentAt: now,
      expiresAt: new Date(now.getTime() + PHONE_CODE.validMinutes * MINUTE_MS),
    });
    await pruneQuestionCodes(tx, new Date(now.getTime() - PHONE_CODE.keptHours * 60 * MINUTE_MS));
    return personId;
  });
  if (personId) deliver({ phone: input.phone, text: codeText(cmd, input.villageName, code) });
  return { codeId: id };
}
