import { randomInt, randomUUID } from 'node:crypto';
import { PHONE_CODE } from '@cunzhi/core/disclosure/phoneCodes';
import type { CommandContext } from '../../../platform/command.ts';
import type { SmsMessage } from '../../../platform/sms.ts';
import { isUuid } from '../../../platform/http/access.ts';
import { fieldError } from '../../matters/commands/shared.ts';
import { refuse } from '../../disclosure/commands/askQuestionByCode.ts';
import {
  codeHash,
  codeMatches,
  keyHash,
  refuseOverLimits,
} from '../../disclosure/commands/sendQuestionCode.ts';
import { findAskerByPhone, pruneQuestionCodes } from '../../disclosure/repository.ts';
import {
  findComplaintCode,
  insertComplaintCode,
  spendComplaintCode,
  tryComplaintCode,
} from '../repository.ts';
import { takeComplaint, type Receipt } from './intake.ts';

/**
 * Complaints on the public portal, without an account. With an SMS gateway a villager may
 * complain in their own name, proved by the one-time code of the portal's questions (the same
 * table, limits, hashing and tries: features/disclosure); without one, or by choice, anonymously.
 * The portal's complaints name no cadre (a villager picks those on the phone or tells a
 * member): the supervision committee classes them.
 */

const MINUTE_MS = 60_000;

export interface PortalComplaint {
  subject: string;
  body: string;
}

/** An anonymous complaint from the portal: nothing about who sent it is kept. */
export async function fileAnonymousPortalComplaint(
  cmd: CommandContext,
  input: PortalComplaint,
): Promise<Receipt> {
  return takeComplaint(
    cmd,
    {
      channel: 'portal',
      anonymous: true,
      complainant: null,
      ...input,
      concernsPersonIds: [],
      receivedOn: cmd.clock.today(),
    },
    null,
  );
}

function codeText(cmd: CommandContext, villageName: string, code: string): string {
  const minutes = PHONE_CODE.validMinutes;
  return cmd.locale === 'en'
    ? `${villageName} complaints station: your code to complain in your name is ${code}, valid for ${minutes} minutes. Not you? Ignore this message.`
    : `${villageName}投诉站：您正在实名投诉，验证码 ${code}，${minutes} 分钟内有效。如非本人操作，请忽略。`;
}

/**
 * Step one of a named complaint: a code to the number if a person of the village is registered
 * with it and the name; an unknown number gets a row too (never sent, never matching), so the
 * answer tells nothing (as sendQuestionCode).
 */
export async function sendComplaintCode(
  cmd: CommandContext,
  input: { name: string; phone: string; address: string; villageName: string },
  deliver: (message: SmsMessage) => void,
): Promise<{ codeId: string }> {
  const now = cmd.clock.now();
  const id = randomUUID();
  const code = String(randomInt(0, 10 ** PHONE_CODE.digits)).padStart(PHONE_CODE.digits, '0');
  const keys = {
    phoneHash: keyHash('phone', input.phone),
    addressHash: keyHash('address', input.address),
  };
  const personId = await cmd.db.transaction(async (tx) => {
    await refuseOverLimits(tx, keys, now);
    const personId = await findAskerByPhone(tx, cmd.villageId, input.phone, input.name);
    await insertComplaintCode(tx, cmd.villageId, {
      ...{ id, personId, ...keys, codeHash: codeHash(id, code), sentAt: now },
      expiresAt: new Date(now.getTime() + PHONE_CODE.validMinutes * MINUTE_MS),
    });
    await pruneQuestionCodes(tx, new Date(now.getTime() - PHONE_CODE.keptHours * 60 * MINUTE_MS));
    return personId;
  });
  if (personId) deliver({ phone: input.phone, text: codeText(cmd, input.villageName, code) });
  return { codeId: id };
}

/**
 * Step two: with the texted code, the complaint is recorded in the registered villager's name
 * (channel portal); the code is spent in the complaint's own transaction.
 */
export async function fileComplaintByCode(
  cmd: CommandContext,
  input: PortalComplaint & { codeId: string; code: string },
): Promise<Receipt> {
  const code = input.code.replace(/\s+/g, '');
  if (!new RegExp(`^\\d{${PHONE_CODE.digits}}$`).test(code))
    fieldError('code', 'phone_code_format', { digits: PHONE_CODE.digits });
  const now = cmd.clock.now();
  if (!isUuid(input.codeId)) refuse(null, now);
  const tried = await tryComplaintCode(
    cmd.db,
    cmd.villageId,
    input.codeId,
    now,
    PHONE_CODE.maxAttempts,
  );
  if (!tried) refuse(await findComplaintCode(cmd.db, cmd.villageId, input.codeId), now);
  const personId = tried.person_id;
  if (!personId || !codeMatches(input.codeId, code, tried.code_hash)) {
    const left = PHONE_CODE.maxAttempts - tried.attempts;
    if (left > 0) fieldError('code', 'phone_code_wrong', { left });
    fieldError('code', 'phone_code_exhausted', { max: PHONE_CODE.maxAttempts });
  }
  const intake = {
    channel: 'portal' as const,
    anonymous: false,
    complainant: { personId },
    subject: input.subject,
    body: input.body,
    concernsPersonIds: [],
    receivedOn: cmd.clock.today(),
  };
  return takeComplaint(cmd, intake, null, async (tx) => {
    if (!(await spendComplaintCode(tx, cmd.villageId, input.codeId, now)))
      fieldError('code', 'phone_code_used');
  });
}
