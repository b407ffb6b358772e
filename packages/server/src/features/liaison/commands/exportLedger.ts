import type { CalendarDate } from '@cunzhi/core/calendarDate';
import { caseOverdue, effectiveState } from '@cunzhi/core/liaison/cases';
import type { CommandContext } from '../../../platform/command.ts';
import { fieldError } from '../../matters/commands/shared.ts';
import { writeLedgerWorkbook, type SheetSpec } from '../../finance/workbook.ts';
import { casesBetween, visitsBetween, type QueueRow, type VisitQueryRow } from '../queries.ts';
import { LEDGER_WORDS as W } from '../ledgerWords.ts';
import { recordEvent } from '../../../platform/audit/record.ts';

function caseSheet(title: string, rows: QueueRow[], today: CalendarDate): SheetSpec {
  return {
    name: '民情台账',
    title,
    columns: [
      { header: '编号', width: 8 },
      { header: '上报日期', width: 12 },
      { header: '来源', width: 10 },
      { header: '类别', width: 10 },
      { header: '紧急程度', width: 9 },
      { header: '事项', width: 30 },
      { header: '网格', width: 12 },
      { header: '承办层级', width: 12 },
      { header: '状态', width: 9 },
      { header: '应办结日期', width: 12 },
      { header: '逾期', width: 6 },
      { header: '反馈日期', width: 12 },
      { header: '评价', width: 10 },
    ],
    rows: rows.map((r) => {
      const state = effectiveState({ state: r.state, ratingDueOn: r.rating_due_on }, today);
      return [
        r.number,
        r.reported_on,
        W.source[r.source],
        W.category[r.category],
        W.urgency[r.urgency],
        r.subject,
        r.grid_name ?? '',
        W.level[r.level],
        W.state[state],
        r.due_on,
        caseOverdue({ state: r.state, dueOn: r.due_on }, today) ? '是' : '',
        r.answered_on ?? '',
        r.rating ? W.rating[r.rating] : state === 'unrated' ? '未评价' : '',
      ];
    }),
  };
}

function visitSheet(title: string, rows: VisitQueryRow[]): SheetSpec {
  return {
    name: '走访台账',
    title,
    columns: [
      { header: '走访日期', width: 12 },
      { header: '户号', width: 10 },
      { header: '户主', width: 10 },
      { header: '走访人', width: 10 },
      { header: '身份', width: 10 },
      { header: '走访情况', width: 40 },
      { header: '民情编号', width: 9 },
    ],
    rows: rows.map((v) => [
      v.visited_on,
      v.household_number,
      v.head_name ?? '',
      v.visitor_name,
      v.visitor_kind === 'partyMember' ? '联系党员' : '片长',
      v.note,
      v.case_number,
    ]),
  };
}

/**
 * The 台账 of 民情 and visits of a village for a period, as Excel (one sheet each); no line
 * names a reporter. The export itself is recorded on the chain.
 */
export async function exportLedger(
  cmd: CommandContext,
  village: { name: string },
  from: CalendarDate,
  to: CalendarDate,
): Promise<Uint8Array> {
  if (to < from) fieldError('to', 'date_order', { other: from });
  const [cases, visits] = await Promise.all([
    casesBetween(cmd.db, cmd.villageId, from, to),
    visitsBetween(cmd.db, cmd.villageId, from, to),
  ]);
  const period = `（${from}至${to}）`;
  const bytes = await writeLedgerWorkbook([
    caseSheet(`${village.name}民情台账${period}`, cases, cmd.clock.today()),
    visitSheet(`${village.name}党员联系户走访台账${period}`, visits),
  ]);
  await cmd.db.transaction((tx) =>
    recordEvent(
      cmd,
      tx,
      'liaison.ledgerExported',
      { type: 'liaisonVisit', id: cmd.villageId },
      {
        from,
        to,
        cases: cases.length,
        visits: visits.length,
      },
    ),
  );
  return bytes;
}
