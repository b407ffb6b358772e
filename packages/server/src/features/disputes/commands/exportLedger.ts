import { formatChineseDate } from '@cunzhi/core/calendarDate';
import type { CommandContext } from '../../../platform/command.ts';
import { appendAuditEvent } from '../../../platform/audit/appendAuditEvent.ts';
import { dateField } from '../../../platform/fields.ts';
import { writeLedgerWorkbook } from '../../finance/workbook.ts';
import { fieldError } from '../../matters/commands/shared.ts';
import { LEDGER_COLUMNS, ledgerLine } from '../present.ts';
import { ledgerRows } from '../queries.ts';

/**
 * The mediation 台账 of a period (disputes registered in it, as they stand today) as an Excel
 * file; the export goes on the village's chain (the parties' names left the system).
 */
export async function exportDisputeLedger(
  cmd: CommandContext,
  village: { name: string },
  period: { from: string; to: string },
): Promise<{ name: string; bytes: Uint8Array }> {
  const from = dateField('from', period.from);
  const to = dateField('to', period.to);
  if (to < from) fieldError('to', 'date_order', { other: from });
  const rows = await ledgerRows(cmd.db, cmd.villageId, from, to);
  const title = `${village.name}人民调解台账（${formatChineseDate(from)}至${formatChineseDate(to)}）`;
  const bytes = await writeLedgerWorkbook([
    { name: '人民调解台账', title, columns: LEDGER_COLUMNS, rows: rows.map(ledgerLine) },
  ]);
  await cmd.db.transaction((tx) =>
    appendAuditEvent(tx, {
      chainId: cmd.villageId,
      actorAccountId: cmd.actorAccountId,
      action: 'dispute.ledgerExported',
      targetType: 'village',
      targetId: cmd.villageId,
      data: { from, to, disputes: rows.length },
      occurredAt: cmd.clock.now(),
    }),
  );
  return { name: `${title}.xlsx`, bytes };
}
