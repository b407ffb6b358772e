import type { CalendarDate } from '@cunzhi/core/calendarDate';
import { petitionOverdue, type PetitionStatus } from '@cunzhi/core/petitions/petitions';
import { PETITIONS_NOUNS } from '@cunzhi/core/petitions/errors';
import type { SheetSpec } from '../finance/workbook.ts';
import type { PetitionListRow } from './queries.ts';

const FORMS = { visit: '来访', groupVisit: '集体访', letter: '来信', phone: '来电' } as const;
const OPINIONS = { support: '支持', explain: '解释说明', decline: '不予支持' } as const;

const stateName = (s: PetitionStatus) => PETITIONS_NOUNS[`petitionState.${s}`].zh;

/**
 * 信访事项登记台账: one row per petition received in the period. The petitioner's name is in the
 * sheet only for a handler of every row (`names`); otherwise the column reads 已隐去.
 */
export function petitionSheet(
  title: string,
  rows: readonly PetitionListRow[],
  today: CalendarDate,
  names: (row: PetitionListRow) => boolean,
  withVillage = false,
): SheetSpec {
  const village = withVillage ? [{ header: '村（社区）', width: 14 }] : [];
  return {
    name: '信访事项台账',
    title,
    columns: [
      ...village,
      { header: '登记号', width: 8 },
      { header: '登记日期', width: 12 },
      { header: '形式', width: 8 },
      { header: '人数', width: 6 },
      { header: '信访人', width: 12 },
      { header: '事项', width: 30 },
      { header: '承办部门', width: 16 },
      { header: '状态', width: 10 },
      { header: '受理日期', width: 12 },
      { header: '办理期限', width: 12 },
      { header: '延期天数', width: 8 },
      { header: '处理意见', width: 10 },
      { header: '答复日期', width: 12 },
      { header: '当前期限', width: 12 },
      { header: '是否逾期', width: 8 },
    ],
    rows: rows.map((r) => [
      ...(withVillage ? [r.village_name] : []),
      r.number,
      r.received_on,
      FORMS[r.form],
      r.participants,
      names(r) ? r.first_name : '已隐去',
      r.subject,
      r.department,
      stateName(r.status),
      r.accepted_on,
      r.handle_due_on,
      r.extended_days || null,
      r.opinion ? OPINIONS[r.opinion] : null,
      r.answered_on,
      r.due_on,
      petitionOverdue({ status: r.status, dueOn: r.due_on }, today) ? '逾期' : '',
    ]),
  };
}
