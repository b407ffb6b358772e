import type { CalendarDate } from '@cunzhi/core/calendarDate';
import { caseVisible, type LiaisonReader } from '@cunzhi/core/liaison/access';
import { caseOverdue, effectiveState } from '@cunzhi/core/liaison/cases';
import { DomainError } from '@cunzhi/core/errors';
import type { Actor } from '@cunzhi/core/policies/actor';
import { systemContext, type CommandContext } from '../../../platform/command.ts';
import type { AppContext } from '../../../platform/http/context.ts';
import { villagesOfStaff } from '../../disputes/queries.ts';
import { fieldError } from '../../matters/commands/shared.ts';
import { writeLedgerWorkbook, type SheetSpec } from '../../finance/workbook.ts';
import { casesBetween, visitsBetween, type QueueRow, type VisitQueryRow } from '../queries.ts';
import { LEDGER_WORDS as W } from '../ledgerWords.ts';
import { recordEvent } from '../../../platform/audit/record.ts';
import { factsOf } from './stepCase.ts';

type Named<T> = T & { village_name: string };
const VILLAGE_COLUMN = { header: '村（社区）', width: 12 };

function caseSheet(
  title: string,
  rows: Array<Named<QueueRow>>,
  today: CalendarDate,
  byVillage: boolean,
): SheetSpec {
  return {
    name: '民情台账',
    title,
    columns: [
      ...(byVillage ? [VILLAGE_COLUMN] : []),
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
        ...(byVillage ? [r.village_name] : []),
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

function visitSheet(
  title: string,
  rows: Array<Named<VisitQueryRow>>,
  byVillage: boolean,
): SheetSpec {
  return {
    name: '走访台账',
    title,
    columns: [
      ...(byVillage ? [VILLAGE_COLUMN] : []),
      { header: '走访日期', width: 12 },
      { header: '户号', width: 10 },
      { header: '户主', width: 10 },
      { header: '走访人', width: 10 },
      { header: '身份', width: 10 },
      { header: '走访情况', width: 40 },
      { header: '民情编号', width: 9 },
    ],
    rows: rows.map((v) => [
      ...(byVillage ? [v.village_name] : []),
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
 * names a reporter, and it lists only the cases its reader may see in the queue — a case about
 * cadres stays with the supervision committee, in the sheet as on the screen. The export itself
 * is recorded on the chain.
 */
export async function exportLedger(
  cmd: CommandContext,
  village: { name: string },
  period: { from: CalendarDate; to: CalendarDate },
  reader: LiaisonReader,
): Promise<Uint8Array> {
  const { from, to } = period;
  if (to < from) fieldError('to', 'date_order', { other: from });
  const [all, visits] = await Promise.all([
    casesBetween(cmd.db, [cmd.villageId], from, to),
    visitsBetween(cmd.db, [cmd.villageId], from, to),
  ]);
  const cases = all.filter((r) => caseVisible(reader, factsOf(r)));
  const span = `（${from}至${to}）`;
  const bytes = await writeLedgerWorkbook([
    caseSheet(`${village.name}民情台账${span}`, cases, cmd.clock.today(), false),
    visitSheet(`${village.name}党员联系户走访台账${span}`, visits, false),
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

/**
 * The town's combined 台账 of 民情 and visits (issue 13 item 10): every village of the towns (or
 * the county) a government official serves, a village column first; the town sees every case
 * (core/liaison/access), and no line names a reporter. Each village's chain records the export.
 */
export async function exportTownLedger(
  ctx: AppContext,
  by: { actor: Actor; accountId: string },
  period: { from: CalendarDate; to: CalendarDate },
): Promise<{ name: string; bytes: Uint8Array }> {
  const { from, to } = period;
  const scopes = by.actor.staffScopes.filter((s) => s.unit === 'government');
  if (scopes.length === 0) throw new DomainError('forbidden');
  if (to < from) fieldError('to', 'date_order', { other: from });
  const villages = await villagesOfStaff(ctx, scopes);
  const ids = villages.map((v) => v.id);
  const [cases, visits] = await Promise.all([
    casesBetween(ctx.db, ids, from, to),
    visitsBetween(ctx.db, ids, from, to),
  ]);
  const town = villages[0]?.town_name ?? '';
  const span = `（${from}至${to}）`;
  const bytes = await writeLedgerWorkbook([
    caseSheet(`${town}民情台账${span}`, cases, ctx.clock.today(), true),
    visitSheet(`${town}党员联系户走访台账${span}`, visits, true),
  ]);
  // on each village's chain: the town's export, with the whole sheet's counts
  for (const id of ids)
    await ctx.db.transaction((tx) =>
      recordEvent(
        systemContext(ctx, id, by.accountId),
        tx,
        'liaison.ledgerExported',
        { type: 'liaisonVisit', id },
        { from, to, town: true, cases: cases.length, visits: visits.length },
      ),
    );
  return { name: `${town}民情和走访台账-${from}至${to}.xlsx`, bytes };
}
