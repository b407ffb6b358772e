import { DomainError } from '@cunzhi/core/errors';
import type { CommandContext } from '../../../platform/command.ts';
import { takeComplaint, type Receipt } from './intake.ts';

/**
 * A villager complains from their phone, in their own name or anonymously. One naming a cadre
 * goes straight to the town discipline commission; the rest waits for the supervision committee
 * to class it. An anonymous complaint keeps no link to the account: the villager follows it
 * with its 查询码 only (it will not be in "my complaints").
 */
export async function fileOwnComplaint(
  cmd: CommandContext,
  input: {
    anonymous: boolean;
    subject: string;
    body: string;
    concernsPersonIds?: string[] | undefined;
  },
): Promise<Receipt> {
  if (!cmd.personId) throw new DomainError('forbidden');
  return takeComplaint(
    cmd,
    {
      channel: 'phone',
      anonymous: input.anonymous,
      complainant: input.anonymous ? null : { personId: cmd.personId },
      subject: input.subject,
      body: input.body,
      concernsPersonIds: input.concernsPersonIds ?? [],
      receivedOn: cmd.clock.today(),
    },
    // an anonymous complaint names no account either, or the entry would say who it was
    input.anonymous ? null : cmd.actorAccountId,
  );
}
