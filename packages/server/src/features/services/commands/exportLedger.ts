import { formatChineseDate, type CalendarDate } from '@cunzhi/core/calendarDate';
import { DomainError } from '@cunzhi/core/errors';
import type { Actor } from '@cunzhi/core/policies/actor';
import type { CommandContext } from '../../../platform/command.ts';
import type { AppContext } from '../../../platform/http/context.ts';
import { appendAuditEvent } from '../../../platform/audit/appendAuditEvent.ts';
import { dateField } from '../../../platform/fields.ts';
import { villagesOfStaff } from '../../disputes/queries.ts';
import { writeLedgerWorkbook } from '../../finance/workbook.ts';
import { fieldError } from '../../matters/commands/shared.ts';
import { ledgerSheet } from '../ledger.ts';
import { ledgerRequests } from '../queries.ts';

type Period = { from: CalendarDate; to: CalendarDate };

function periodOf(query: { from: string; to: string }): Period {
  const from = dateField('from', query.from);
  const to = dateField('to', query.to);
  if (to < from) fieldError('to', 'date_order', { other: from });
  return { from, to };
}

const span = (p: Period) => `${formatChineseDate(p.from)}至${formatChineseDate(p.to)}`;

/**
 * The 台账 of some villages for a period as an Excel file; each village's chain records the
 * export (who took its villagers' names out, for which period, how many).
 */
async function ledgerFile(
  ctx: AppContext,
  accountId: string | null,
  villageIds: readonly string[],
  period: Period,
  title: string,
  town: boolean,
): Promise<{ name: string; bytes: Uint8Array }> {
  const rows = await ledgerRequests(ctx.db, villageIds, period.from, period.to);
  const bytes = await writeLedgerWorkbook([ledgerSheet(title, rows, ctx.clock.today(), town)]);
  await ctx.db.transaction(async (tx) => {
    for (const villageId of villageIds)
      await appendAuditEvent(tx, {
        chainId: villageId,
        actorAccountId: accountId,
        action: 'services.ledgerExported',
        targetType: 'village',
        targetId: villageId,
        data: {
          ...period,
          requests: rows.filter((r) => r.village_id === villageId).length,
          ...(town ? { town: true } : {}),
        },
        occurredAt: ctx.clock.now(),
      });
  });
  return { name: `${title}.xlsx`, bytes };
}

/** The village's 台账 for a period. */
export async function exportServiceLedger(
  cmd: CommandContext,
  village: { name: string },
  query: { from: string; to: string },
): Promise<{ name: string; bytes: Uint8Array }> {
  const period = periodOf(query);
  const title = `${village.name}便民服务台账（${span(period)}）`;
  return ledgerFile(cmd, cmd.actorAccountId, [cmd.villageId], period, title, false);
}

/**
 * The town's combined 台账 (issue 13 item 10): every village of the towns (or the county) a
 * government official serves, a village column first.
 */
export async function exportTownServiceLedger(
  ctx: AppContext,
  by: { actor: Actor; accountId: string },
  query: { from: string; to: string },
): Promise<{ name: string; bytes: Uint8Array }> {
  const scopes = by.actor.staffScopes.filter((s) => s.unit === 'government');
  if (scopes.length === 0) throw new DomainError('forbidden');
  const period = periodOf(query);
  const villages = await villagesOfStaff(ctx, scopes);
  const title = `${villages[0]?.town_name ?? ''}便民服务台账（${span(period)}）`;
  return ledgerFile(
    ctx,
    by.accountId,
    villages.map((v) => v.id),
    period,
    title,
    true,
  );
}
