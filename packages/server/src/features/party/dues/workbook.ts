import { formatChineseDate, type CalendarDate } from '@cunzhi/core/calendarDate';
import { writeLedgerWorkbook, yuanCell, type SheetSpec } from '../../finance/workbook.ts';
import type { statementOf } from './reads.ts';

type Statement = Awaited<ReturnType<typeof statementOf>>;

const LAPSED = '连续六个月未交，待支部处理';
const money = (header: string) => ({ header, width: 14, money: true });

/** The totals' columns, shared by a village's totals row and the town's row per village. */
const TOTAL_COLUMNS = [
  { header: '应交月数', width: 10 },
  money('应交金额（元）'),
  money('实交金额（元）'),
  { header: '欠交月数', width: 10 },
  money('欠交金额（元）'),
  { header: '基数未核定月数', width: 14 },
];

function totalCells(t: Statement['totals']) {
  return [
    t.monthsOwed,
    yuanCell(t.dueFen),
    yuanCell(t.paidFen),
    t.arrearsMonths,
    yuanCell(t.arrearsFen),
    t.noBasisMonths,
  ];
}

/** One row per member (with the village's name on the town's sheet), the totals in bold. */
function memberSheet(
  title: string,
  statements: readonly Statement[],
  byVillage: boolean,
): SheetSpec {
  const rows = statements.flatMap((s) =>
    s.rows.map((r) => [
      ...(byVillage ? [s.villageName] : []),
      r.name,
      ...totalCells({ ...r, members: 1, lapsed: r.lapsed ? 1 : 0 }),
      r.unpaidRun,
      [
        r.leftOn ? `${formatChineseDate(r.leftOn as CalendarDate)}离开本组织` : '',
        r.lapsed ? LAPSED : '',
      ]
        .filter(Boolean)
        .join('；'),
    ]),
  );
  const numbered = rows.map((r, i) => [i + 1, ...r]);
  return {
    name: '党员明细',
    title,
    columns: [
      { header: '序号', width: 6 },
      ...(byVillage ? [{ header: '村（社区）', width: 14 }] : []),
      { header: '姓名', width: 12 },
      ...TOTAL_COLUMNS,
      { header: '连续未交月数', width: 12 },
      { header: '备注', width: 24 },
    ],
    rows:
      byVillage || statements.length !== 1 ? numbered : [...numbered, totalsRow(statements[0]!)],
    ...(byVillage ? {} : { boldRows: new Set([numbered.length]) }),
  };
}

function totalsRow(s: Statement) {
  const t = s.totals;
  return [
    null,
    `合计（${t.members}人）`,
    ...totalCells(t),
    null,
    t.lapsed > 0 ? `${t.lapsed}人连续六个月未交` : '',
  ];
}

const asOf = (s: Statement) => `截至${formatChineseDate(s.asOf)}`;

/** A village's statement: one row per member, a totals row in bold, amounts in yuan. No incomes. */
export function statementWorkbook(s: Statement): Promise<Buffer> {
  const title = `${s.townName}${s.villageName} ${s.year}年度党费收缴情况统计表（${asOf(s)}）`;
  return writeLedgerWorkbook([memberSheet(title, [s], false)]);
}

/** The town's: a row per village with its totals, then every member with their village. */
export function townWorkbook(town: string, year: number, statements: readonly Statement[]) {
  const when = statements[0] ? `（${asOf(statements[0])}）` : '';
  const summary: SheetSpec = {
    name: '各村汇总',
    title: `${town} ${year}年度党费收缴情况汇总表${when}`,
    columns: [
      { header: '村（社区）', width: 14 },
      { header: '党员人数', width: 10 },
      ...TOTAL_COLUMNS,
      { header: '连续六个月未交人数', width: 18 },
    ],
    rows: statements.map((s) => [
      s.villageName,
      s.totals.members,
      ...totalCells(s.totals),
      s.totals.lapsed,
    ]),
  };
  return writeLedgerWorkbook([
    summary,
    memberSheet(`${town} ${year}年度党费收缴情况明细${when}`, statements, true),
  ]);
}
