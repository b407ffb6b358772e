import type { ComplaintClass, ComplaintHandler } from '@cunzhi/core/complaints/complaints';
import { normalizeName, normalizePhone } from '@cunzhi/core/disclosure/phoneCodes';
import type { CommandContext } from '../../../platform/command.ts';
import { dateField } from '../../../platform/fields.ts';
import { actingAccount, fieldError } from '../../matters/commands/shared.ts';
import { personExists } from '../repository.ts';
import { takeComplaint, type Intake, type Receipt } from './intake.ts';

export interface RecordedComplaint {
  channel: 'member' | 'paper';
  anonymous: boolean;
  complainantPersonId?: string | undefined;
  complainantName?: string | undefined;
  complainantPhone?: string | undefined;
  subject: string;
  body: string;
  concernsPersonIds?: string[] | undefined;
  class?: ComplaintClass | undefined;
  handler?: ComplaintHandler | undefined;
  receivedOn?: string | undefined;
}

/** Who complained, as the member entered them: nobody (anonymous), a registered villager, or a name and number. */
async function complainantOf(
  cmd: CommandContext,
  input: RecordedComplaint,
): Promise<Intake['complainant']> {
  const name = normalizeName(input.complainantName ?? '');
  const phoneText = input.complainantPhone?.trim() ?? '';
  if (input.anonymous) {
    if (input.complainantPersonId || name || phoneText)
      fieldError('anonymous', 'complaint_anonymous_identity');
    return null;
  }
  if (input.complainantPersonId) {
    if (!(await personExists(cmd.db, cmd.villageId, input.complainantPersonId)))
      fieldError('complainantPersonId', 'not_found', { what: 'person' });
    return { personId: input.complainantPersonId };
  }
  if (!name) fieldError('complainantName', 'complaint_identity_required');
  const phone = phoneText ? normalizePhone(phoneText) : null;
  if (phoneText && !phone) fieldError('complainantPhone', 'phone_invalid');
  return { name, phone };
}

/**
 * A supervision member records a complaint received in person or on paper (seed 002: 对收集到的
 * 信访、投诉事件 …), and may class and hand it on at once; the 查询码 in the answer is for the
 * complainant, written on their receipt.
 */
export async function recordComplaint(
  cmd: CommandContext,
  input: RecordedComplaint,
): Promise<Receipt> {
  const today = cmd.clock.today();
  const receivedOn = input.receivedOn ? dateField('receivedOn', input.receivedOn) : today;
  if (receivedOn > today) fieldError('receivedOn', 'date_in_future');
  const complainant = await complainantOf(cmd, input);
  return takeComplaint(
    cmd,
    {
      channel: input.channel,
      anonymous: input.anonymous,
      complainant,
      subject: input.subject,
      body: input.body,
      concernsPersonIds: input.concernsPersonIds ?? [],
      class: input.class,
      handler: input.handler,
      receivedOn,
    },
    actingAccount(cmd),
  );
}
