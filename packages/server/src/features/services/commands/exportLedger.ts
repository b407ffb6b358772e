import { formatChineseDate, type CalendarDate } from '@cunzhi/core/calendarDate';
import type { CommandContext } from '../../../platform/command.ts';
import { appendAuditEvent } from '../../../platform/audit/appendAuditEvent.ts';
import { dateField } from '../../../platform/fields.ts';
import { writeLedgerWorkbook } from '../../finance/workbook.ts';
import { fieldError } from '../../matters/commands/shared.ts';
import { ledgerSheet } from '../ledger.ts';
import { ledgerRequests } from '../queries.ts';

/**
 * The 台账 of a period as an Excel file; the export goes on the village's chain (who took the
 * villagers' names out, for which period).
 */
export async function exportServiceLedger(
  cmd: CommandContext,
  village: { name: string },
  period: { from: string; to: string },
): Promise<{ name: string; bytes: Uint8Array }> {
  const from = dateField('from', period.from);
  const to = dateField('to', period.to);
  if (to < from) fieldError('to', 'date_order', { other: from });
  const rows = await ledgerRequests(cmd.db, cmd.villageId, from, to);
  const title = `${village.name}便民服务台账（${span(from, to)}）`;
  const bytes = await writeLedgerWorkbook([ledgerSheet(title, rows, cmd.clock.today())]);
  await cmd.db.transaction((tx) =>
    appendAuditEvent(tx, {
      chainId: cmd.villageId,
      actorAccountId: cmd.actorAccountId,
      action: 'services.ledgerExported',
      targetType: 'village',
      targetId: cmd.villageId,
      data: { from, to, requests: rows.length },
      occurredAt: cmd.clock.now(),
    }),
  );
  return { name: `${title}.xlsx`, bytes };
}

const span = (from: CalendarDate, to: CalendarDate) =>
  `${formatChineseDate(from)}至${formatChineseDate(to)}`;
