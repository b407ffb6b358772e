import { formatChineseDate, type CalendarDate } from '@cunzhi/core/calendarDate';
import { DomainError } from '@cunzhi/core/errors';
import type { Actor } from '@cunzhi/core/policies/actor';
import type { CommandContext } from '../../../platform/command.ts';
import type { AppContext } from '../../../platform/http/context.ts';
import { appendAuditEvent } from '../../../platform/audit/appendAuditEvent.ts';
import { dateField } from '../../../platform/fields.ts';
import { writeLedgerWorkbook } from '../../finance/workbook.ts';
import { fieldError } from '../../matters/commands/shared.ts';
import { ledgerSheet } from '../present.ts';
import { ledgerRows, villagesOfStaff } from '../queries.ts';

function periodOf(query: { from: string; to: string }): { from: CalendarDate; to: CalendarDate } {
  const from = dateField('from', query.from);
  const to = dateField('to', query.to);
  if (to < from) fieldError('to', 'date_order', { other: from });
  return { from, to };
}

const span = (p: { from: CalendarDate; to: CalendarDate }) =>
  `${formatChineseDate(p.from)}至${formatChineseDate(p.to)}`;

/**
 * Writes the sheet and records the export on each village's chain whose disputes it holds (the
 * parties' names left the system): `dispute.ledgerExported`.
 */
async function ledgerFile(
  ctx: AppContext,
  accountId: string | null,
  villageIds: readonly string[],
  period: { from: CalendarDate; to: CalendarDate },
  title: (firstVillage: string) => string,
  combined: boolean,
): Promise<{ name: string; bytes: Uint8Array }> {
  const rows = await ledgerRows(ctx.db, villageIds, period.from, period.to);
  const name = title(rows[0]?.village_name ?? '');
  const bytes = await writeLedgerWorkbook([ledgerSheet(name, rows, combined)]);
  const chains = combined ? [...new Set(rows.map((r) => r.village_id))] : villageIds;
  await ctx.db.transaction(async (tx) => {
    for (const villageId of chains)
      await appendAuditEvent(tx, {
        chainId: villageId,
        actorAccountId: accountId,
        action: 'dispute.ledgerExported',
        targetType: 'village',
        targetId: villageId,
        data: {
          ...period,
          disputes: rows.filter((r) => r.village_id === villageId).length,
          combined,
        },
        occurredAt: ctx.clock.now(),
      });
  });
  return { name: `${name}.xlsx`, bytes };
}

/** The village's mediation 台账 of a period (disputes registered in it, as they stand today). */
export async function exportDisputeLedger(
  cmd: CommandContext,
  village: { name: string },
  query: { from: string; to: string },
): Promise<{ name: string; bytes: Uint8Array }> {
  const period = periodOf(query);
  return ledgerFile(
    cmd,
    cmd.actorAccountId,
    [cmd.villageId],
    period,
    () => `${village.name}人民调解台账（${span(period)}）`,
    false,
  );
}

/**
 * The town's combined 台账 (issue 13 item 10): every village of the towns (or the county) a
 * government official serves, a village column first.
 */
export async function exportTownDisputeLedger(
  ctx: AppContext,
  by: { actor: Actor; accountId: string },
  query: { from: string; to: string },
): Promise<{ name: string; bytes: Uint8Array }> {
  const scopes = by.actor.staffScopes.filter((s) => s.unit === 'government');
  if (scopes.length === 0) throw new DomainError('forbidden');
  const period = periodOf(query);
  const villages = await villagesOfStaff(ctx, scopes);
  const town = villages[0]?.town_name ?? '';
  return ledgerFile(
    ctx,
    by.accountId,
    villages.map((v) => v.id),
    period,
    () => `${town}人民调解台账（${span(period)}）`,
    true,
  );
}
