import { DomainError } from '@cunzhi/core/errors';
import { actDate, type CommandContext } from '../../../platform/command.ts';
import { recordEvent } from '../../../platform/audit/record.ts';
import { fieldError } from '../../matters/commands/shared.ts';
import { findAudit, updateAuditPublished } from '../repository.ts';
import { lockUnpublishedAudit } from './shared.ts';

/**
 * 审计结果应当公布: the results are published (on the day given, not before the report).
 * A departure audit published on or after the successor committee took office is recorded
 * as it happened and shown as a finding, never refused.
 */
export async function publishAudit(
  cmd: CommandContext,
  input: { auditId: string; publishedOn?: string | undefined },
) {
  const publishedOn = actDate(cmd, 'publishedOn', input.publishedOn);
  return cmd.db.transaction(async (tx) => {
    const audit = await lockUnpublishedAudit(tx, cmd.villageId, input.auditId);
    if (audit.status !== 'reported' || !audit.reported_on)
      throw new DomainError('audit_not_reported');
    if (publishedOn < audit.reported_on)
      fieldError('publishedOn', 'date_order', { other: audit.reported_on });
    await updateAuditPublished(tx, cmd.villageId, audit.id, publishedOn);
    await recordEvent(
      cmd,
      tx,
      'responsibilityAudit.published',
      { type: 'responsibilityAudit', id: audit.id },
      { number: audit.number, kind: audit.kind, publishedOn },
    );
    return (await findAudit(tx, cmd.villageId, audit.id))!;
  });
}
