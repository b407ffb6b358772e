import { formatChineseDate } from '@cunzhi/core/calendarDate';
import { writeLedgerWorkbook, yuanCell, type SheetSpec } from '../../finance/workbook.ts';
import type { statementOf } from './reads.ts';

type Statement = Awaited<ReturnType<typeof statementOf>>;

/**
 * The year's dues statement as the town's workbook: one row per member, a totals row in bold,
 * amounts in yuan so the town's clerk can add villages up. No incomes: the standard only.
 */
export function statementWorkbook(s: Statement): Promise<Buffer> {
  const sheet: SheetSpec = {
    name: `${s.year}年党费`,
    title: `${s.townName}${s.villageName} ${s.year}年度党费收缴情况统计表（截至${formatChineseDate(s.asOf)}）`,
    columns: [
      { header: '序号', width: 6 },
      { header: '姓名', width: 12 },
      { header: '应交月数', width: 10 },
      { header: '应交金额（元）', width: 14, money: true },
      { header: '实交金额（元）', width: 14, money: true },
      { header: '欠交月数', width: 10 },
      { header: '欠交金额（元）', width: 14, money: true },
      { header: '基数未核定月数', width: 14 },
      { header: '连续未交月数', width: 12 },
      { header: '备注', width: 24 },
    ],
    rows: [
      ...s.rows.map((r, i) => [
        i + 1,
        r.name,
        r.monthsOwed,
        yuanCell(r.dueFen),
        yuanCell(r.paidFen),
        r.arrearsMonths,
        yuanCell(r.arrearsFen),
        r.noBasisMonths,
        r.unpaidRun,
        r.lapsed ? '连续六个月未交，待支部处理' : '',
      ]),
      [
        null,
        `合计（${s.totals.members}人）`,
        s.totals.monthsOwed,
        yuanCell(s.totals.dueFen),
        yuanCell(s.totals.paidFen),
        s.totals.arrearsMonths,
        yuanCell(s.totals.arrearsFen),
        s.totals.noBasisMonths,
        null,
        s.totals.lapsed > 0 ? `${s.totals.lapsed}人连续六个月未交` : '',
      ],
    ],
    boldRows: new Set([s.rows.length]),
  };
  return writeLedgerWorkbook([sheet]);
}
