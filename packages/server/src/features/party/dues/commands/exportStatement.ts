import { DomainError } from '@cunzhi/core/errors';
import type { Actor } from '@cunzhi/core/policies/actor';
import { can } from '@cunzhi/core/policies/village';
import { systemContext, type CommandContext } from '../../../../platform/command.ts';
import { recordEvent } from '../../../../platform/audit/record.ts';
import type { AppContext } from '../../../../platform/http/context.ts';
import { scopeOf, type VillageRow } from '../../../../platform/tenancy/repository.ts';
import { villagesOpenTo } from '../../../villages/queries.ts';
import { statementOf } from '../reads.ts';
import { statementWorkbook, townWorkbook } from '../workbook.ts';

/** The year's statement as a workbook; the village's chain records who took it out, for which year. */
export async function exportStatement(
  cmd: CommandContext,
  village: VillageRow,
  year: number,
): Promise<{ name: string; bytes: Buffer }> {
  const s = await statementOf(cmd.db, village, year, cmd.clock.today());
  const bytes = await statementWorkbook(s);
  await cmd.db.transaction((tx) =>
    recordEvent(
      cmd,
      tx,
      'partyDues.statementExported',
      { type: 'village', id: village.id },
      { year, asOf: s.asOf, members: s.totals.members },
    ),
  );
  return { name: `${village.name}${year}年度党费收缴情况统计表.xlsx`, bytes };
}

/**
 * The town Party committee's workbook of the year: every village it may read (its officials stand
 * for it), a row of totals each, then every member; each village's chain records the export.
 */
export async function exportTownStatement(
  ctx: AppContext,
  by: { actor: Actor; accountId: string },
  year: number,
): Promise<{ name: string; bytes: Buffer }> {
  const villages = (await villagesOpenTo(ctx, by.actor)).filter((v) =>
    can(by.actor, 'readPartyDues', scopeOf(v)),
  );
  if (villages.length === 0) throw new DomainError('forbidden');
  const today = ctx.clock.today();
  const statements = [];
  for (const v of villages) statements.push(await statementOf(ctx.db, v, year, today));
  const town = villages[0]!.town_name;
  const bytes = await townWorkbook(town, year, statements);
  for (const s of statements)
    await ctx.db.transaction((tx) =>
      recordEvent(
        systemContext(ctx, s.villageId, by.accountId),
        tx,
        'partyDues.statementExported',
        { type: 'village', id: s.villageId },
        { year, asOf: s.asOf, members: s.totals.members, town: true },
      ),
    );
  return { name: `${town}${year}年度党费收缴情况汇总表.xlsx`, bytes };
}
