import { randomUUID } from 'node:crypto';
import { DomainError } from '@cunzhi/core/errors';
import { CHINA_HOLIDAYS } from '@cunzhi/core/rules/holidays';
import { periodEnd } from '@cunzhi/core/rules/dayCount';
import { auditNoticeText } from '@cunzhi/core/responsibilityAudits/notice';
import { actDate, type CommandContext } from '../../../platform/command.ts';
import { recordEvent } from '../../../platform/audit/record.ts';
import { findVillage } from '../../../platform/tenancy/repository.ts';
import { DEFAULT_NOTICE_DAYS } from '../../matters/commands/recordManualStep.ts';
import { actingAccount, fieldError } from '../../matters/commands/shared.ts';
import { objectionsContact } from '../../matters/facts.ts';
import { insertNotice } from '../../matters/repository.ts';
import { findAudit, updateAuditPublished } from '../repository.ts';
import { lockUnpublishedAudit } from './shared.ts';
import { notifyHouseholds } from '../../notifications/enqueue.ts';

/**
 * 审计结果应当公布: the results are published (on the day given, not before the report) as a
 * notice of their own kind on the board and the portal, for the village's usual week.
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
    const full = (await findAudit(tx, cmd.villageId, audit.id))!;
    const village = await findVillage(tx, cmd.villageId);
    const { title, body } = auditNoticeText(
      {
        number: full.number,
        kind: full.kind,
        subject: full.subject,
        persons: full.persons,
        periodFrom: full.period_from,
        periodTo: full.period_to,
        items: full.items,
        auditorName: full.auditor_name,
        reportedOn: audit.reported_on,
        conclusion: full.conclusion,
        amounts: full.amounts,
      },
      village?.kind ?? 'village',
    );
    const noticeId = randomUUID();
    const periodEndsOn = periodEnd(publishedOn, DEFAULT_NOTICE_DAYS, CHINA_HOLIDAYS);
    await insertNotice(tx, cmd.villageId, {
      id: noticeId,
      kind: 'auditResult',
      title,
      body,
      publishedOn,
      periodEndsOn,
      matterId: null,
      resolutionId: null,
      meetingId: null,
      publishedBy: actingAccount(cmd),
      contact: await objectionsContact(tx, cmd.villageId, publishedOn),
    });
    await notifyHouseholds(cmd, tx, { id: noticeId, reason: 'notice' });
    await updateAuditPublished(tx, cmd.villageId, audit.id, publishedOn, noticeId);
    await recordEvent(
      cmd,
      tx,
      'notice.published',
      { type: 'notice', id: noticeId },
      { kind: 'auditResult', title, publishedOn, periodEndsOn, auditId: audit.id },
    );
    await recordEvent(
      cmd,
      tx,
      'responsibilityAudit.published',
      { type: 'responsibilityAudit', id: audit.id },
      { number: audit.number, kind: audit.kind, publishedOn, noticeId },
    );
    return (await findAudit(tx, cmd.villageId, audit.id))!;
  });
}
