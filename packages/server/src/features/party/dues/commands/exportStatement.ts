import type { CommandContext } from '../../../../platform/command.ts';
import { recordEvent } from '../../../../platform/audit/record.ts';
import type { VillageRow } from '../../../../platform/tenancy/repository.ts';
import { statementOf } from '../reads.ts';
import { statementWorkbook } from '../workbook.ts';

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
