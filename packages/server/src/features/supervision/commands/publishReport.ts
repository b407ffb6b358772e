import { randomUUID } from 'node:crypto';
import type { CalendarDate } from '@cunzhi/core/calendarDate';
import { CHINA_HOLIDAYS } from '@cunzhi/core/rules/holidays';
import { periodEnd } from '@cunzhi/core/rules/dayCount';
import type { CommandContext } from '../../../platform/command.ts';
import type { Tx } from '../../../platform/db/database.ts';
import { recordEvent } from '../../../platform/audit/record.ts';
import { DEFAULT_NOTICE_DAYS } from '../../matters/commands/recordManualStep.ts';
import { objectionsContact } from '../../matters/facts.ts';
import { insertNotice } from '../../matters/repository.ts';
import { setReportNotice, setReportStatus } from '../repository.ts';
import { actingAccount, requireReport } from './shared.ts';
import { notifyHouseholds } from '../../notifications/enqueue.ts';

/**
 * The committee's vote carried: the report is published (发布监督报告) as a
 * notice of its own kind, on the board and the portal for the village's usual
 * week, issued by the supervision committee, with whom to ask.
 */
export async function publishReport(
  tx: Tx,
  cmd: CommandContext,
  reportId: string,
  motionId: string,
  on: CalendarDate,
): Promise<void> {
  const report = await requireReport(tx, cmd, reportId);
  const noticeId = randomUUID();
  const periodEndsOn = periodEnd(on, DEFAULT_NOTICE_DAYS, CHINA_HOLIDAYS);
  await insertNotice(tx, cmd.villageId, {
    id: noticeId,
    kind: 'supervisionReport',
    title: report.title,
    body: report.body,
    publishedOn: on,
    periodEndsOn,
    matterId: null,
    resolutionId: null,
    meetingId: null,
    publishedBy: actingAccount(cmd),
    contact: await objectionsContact(tx, cmd.villageId, on),
  });
  await notifyHouseholds(cmd, tx, { id: noticeId, reason: 'notice' });
  await setReportStatus(tx, cmd.villageId, report.id, 'published', on);
  await setReportNotice(tx, cmd.villageId, report.id, noticeId);
  await recordEvent(
    cmd,
    tx,
    'notice.published',
    { type: 'notice', id: noticeId },
    { kind: 'supervisionReport', title: report.title, publishedOn: on, periodEndsOn, reportId },
  );
  await recordEvent(
    cmd,
    tx,
    'supervision.reportPublished',
    { type: 'supervisionReport', id: report.id },
    { on, motionId, noticeId },
  );
}
