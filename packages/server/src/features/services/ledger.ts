import { formatChineseDate, type CalendarDate } from '@cunzhi/core/calendarDate';
import { CHINA_HOLIDAYS } from '@cunzhi/core/rules/holidays';
import { requestEscalation } from '@cunzhi/core/services/requests';
import type { SheetSpec } from '../finance/workbook.ts';
import { receiptNumber } from './present.ts';
import type { RequestRow } from './repository.ts';

const STATES: Record<RequestRow['state'], string> = {
  ordered: '已点单',
  accepted: '已受理',
  awaitingMaterials: '待补正',
  processing: '办理中',
  agency: '代办中',
  completed: '已办结',
  rated: '已评价',
  refused: '不予受理',
  withdrawn: '已撤回',
};
const RATINGS = { satisfied: '满意', basicallySatisfied: '基本满意', dissatisfied: '不满意' };
const CHANNELS = { phone: '手机点单', counter: '窗口代点' };

const day = (d: CalendarDate | null) => (d ? formatChineseDate(d) : '');

/** Whether it was done late: closed after its due day, or still running past it today. */
function lateness(r: RequestRow, today: CalendarDate): string {
  if (!r.due_on) return '';
  if (r.state === 'completed' || r.state === 'rated')
    return r.closed_on && r.closed_on > r.due_on ? '逾期办结' : '按时办结';
  if (!r.ladder) return '';
  return requestEscalation({ state: r.state, dueOn: r.due_on }, today, r.ladder, CHINA_HOLIDAYS)
    .overdue
    ? '已逾期'
    : '';
}

/**
 * The station's 台账 for a period (requests ordered in it), one row each in number order, with
 * a count by state and by rating under it; a town's sheet has every village's, the village
 * first. The requester's phone number is not in it.
 */
export function ledgerSheet(
  title: string,
  rows: ReadonlyArray<RequestRow & { village_name?: string }>,
  today: CalendarDate,
  withVillage = false,
): SheetSpec {
  const sheet = villageSheet(title, rows, today);
  if (!withVillage) return sheet;
  // a town's sheet: the village first on every row (blank on the totals)
  return {
    ...sheet,
    columns: [{ header: '村（社区）', width: 14 }, ...sheet.columns],
    rows: sheet.rows.map((r, i) => [rows[i]?.village_name ?? '', ...r]),
  };
}

function villageSheet(title: string, rows: readonly RequestRow[], today: CalendarDate): SheetSpec {
  const body = rows.map((r) => [
    receiptNumber(r.year, r.number),
    day(r.ordered_on),
    r.requester_name,
    `${r.window_number}号窗口 ${r.window_name}`,
    r.item_name,
    CHANNELS[r.channel],
    STATES[r.state],
    r.first_contact_name ?? '',
    day(r.accepted_on),
    day(r.due_on),
    day(r.closed_on),
    lateness(r, today),
    r.town_referral_id ? (r.department_name ?? '') : '',
    r.rating ? RATINGS[r.rating] : '',
  ]);
  const count = (f: (r: RequestRow) => boolean) => rows.filter(f).length;
  const totals = [
    [`合计 ${rows.length} 件`, '', '', '', '', '', '', '', '', '', '', '', '', ''],
    [
      `办结 ${count((r) => r.state === 'completed' || r.state === 'rated')} 件，不予受理 ${count((r) => r.state === 'refused')} 件，撤回 ${count((r) => r.state === 'withdrawn')} 件，在办 ${count((r) => !r.closed_on)} 件`,
    ],
    [
      `评价：满意 ${count((r) => r.rating === 'satisfied')} 件，基本满意 ${count((r) => r.rating === 'basicallySatisfied')} 件，不满意 ${count((r) => r.rating === 'dissatisfied')} 件`,
    ],
  ];
  return {
    name: '便民服务台账',
    title,
    columns: [
      { header: '编号', width: 14 },
      { header: '点单日期', width: 16 },
      { header: '申请人', width: 10 },
      { header: '窗口', width: 16 },
      { header: '服务事项', width: 24 },
      { header: '渠道', width: 10 },
      { header: '状态', width: 10 },
      { header: '首问责任人', width: 10 },
      { header: '受理日期', width: 16 },
      { header: '承诺办结日期', width: 16 },
      { header: '办结日期', width: 16 },
      { header: '时限', width: 10 },
      { header: '代办部门', width: 14 },
      { header: '评价', width: 10 },
    ],
    rows: [...body, ...totals],
    boldRows: new Set([body.length, body.length + 1, body.length + 2]),
  };
}
