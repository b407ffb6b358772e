import { formatChineseDate } from '@cunzhi/core/calendarDate';
import { formatYuan, type Fen } from '@cunzhi/core/money';
import type { CommandContext } from '../../../../platform/command.ts';
import type { VillageRow } from '../../../../platform/tenancy/repository.ts';
import { publishAffairsNotice } from '../../../disclosure/commands/publishAffairsNotice.ts';
import { statementOf } from '../reads.ts';

export interface DuesNoticeInput {
  year: number;
  withNames: boolean;
  publishedOn?: string | undefined;
}

const yuan = (fen: number) => formatYuan(BigInt(fen) as Fen);

/**
 * 党务公开 of the dues (党费收缴情况): the branch publishes the year's totals, and each member's
 * paid and owed if it chooses, as a Party affairs notice on the villagers' board and the portal —
 * through the disclosure calendar's own command, so the same publishers (the Party organisation's
 * seats), posting period and audit apply. Never the basis or anyone's income.
 */
export async function publishDuesNotice(
  cmd: CommandContext,
  village: VillageRow,
  input: DuesNoticeInput,
): Promise<{ id: string; periodEndsOn: string }> {
  const s = await statementOf(cmd.db, village, input.year, cmd.clock.today());
  const t = s.totals;
  const lines = [
    `截至${formatChineseDate(s.asOf)}，本村党组织共有党员${t.members}名，${input.year}年应交党费${yuan(t.dueFen)}，实交${yuan(t.paidFen)}；` +
      (t.arrearsMonths > 0
        ? `尚欠交${t.arrearsMonths}个月次，计${yuan(t.arrearsFen)}。`
        : '无欠交。'),
  ];
  if (input.withNames)
    for (const r of s.rows)
      lines.push(
        `${r.name}：应交${yuan(r.dueFen)}，实交${yuan(r.paidFen)}` +
          (r.arrearsMonths > 0 ? `，欠交${r.arrearsMonths}个月` : '') +
          '。',
      );
  lines.push('党费收缴情况接受党员和群众监督，如有疑问请向村党组织反映。');
  const notice = await publishAffairsNotice(cmd, {
    kind: 'partyAffairs',
    title: `${input.year}年度党费收缴情况公开`,
    body: lines.join('\n'),
    publishedOn: input.publishedOn ?? cmd.clock.today(),
  });
  return { id: notice.id, periodEndsOn: notice.periodEndsOn };
}
