import { fromYmd, type CalendarDate } from '@cunzhi/core/calendarDate';
import { daysInMonth } from '@cunzhi/core/calendarDate';
import type { ArchiveType } from '@cunzhi/core/archive/types';
import { periodKey } from '@cunzhi/core/finance/periods';
import { AUDIT_KIND_NAMES } from '@cunzhi/core/responsibilityAudits/items';
import { ymd } from '@cunzhi/core/calendarDate';
import type { Queryable } from '../../platform/db/database.ts';
import { archiveFindings } from './findings.ts';
import { resolutionNumberText, type VillageNaming } from '../matters/present.ts';
import { listAudits, type AuditRow } from '../responsibilityAudits/repository.ts';
import {
  archiveFileBytes,
  archiveItemsOfYear,
  findArchiveItem,
  type ArchiveFileRow,
} from './repository.ts';
import {
  archiveYears,
  closedMeetings,
  closedMonths,
  eventsOn,
  publishedReports,
  publishedStatements,
  resolutionsOfYear,
  type MeetingRecordRow,
  type ProofEventRow,
  type ReportRow,
  type ResolutionRecordRow,
  type StatementRow,
} from './queries.ts';

/** What an item's document in the export is made from. */
export type DocumentSource =
  | { kind: 'meeting'; row: MeetingRecordRow }
  | { kind: 'resolution'; row: ResolutionRecordRow; numberText: string }
  | { kind: 'month'; year: number; month: number; vouchers: number }
  | { kind: 'statement'; year: number; row: StatementRow }
  | { kind: 'audit'; row: AuditRow }
  | { kind: 'report'; row: ReportRow }
  | { kind: 'file'; row: ArchiveFileRow };

type LinkKind =
  | 'meeting'
  | 'resolution'
  | 'financePeriod'
  | 'financeStatement'
  | 'responsibilityAudit'
  | 'supervisionReport'
  | 'file';

/** One item of the index, with the chain targets whose events prove it. */
export interface IndexEntry {
  key: string;
  type: ArchiveType;
  title: string;
  date: CalendarDate;
  source: 'records' | 'manual';
  link: { kind: LinkKind; id: string };
  /** The chain events that put it on the record: target and the acts that count. */
  proof: Array<{ type: string; id: string; actions: readonly string[] | null }>;
  note: string;
  document: DocumentSource;
}

const monthEnd = (year: number, month: number) => fromYmd(year, month, daysInMonth(year, month));

function meetingEntries(rows: MeetingRecordRow[]): IndexEntry[] {
  return rows.map((row) => ({
    key: `meeting:${row.id}`,
    type: 'meetingRecords',
    title: row.title,
    date: row.meeting_on,
    source: 'records',
    link: { kind: 'meeting', id: row.id },
    proof: [
      { type: 'meeting', id: row.id, actions: ['meeting.closed', 'meeting.minutesRecorded'] },
    ],
    note: row.minutes.trim() === '' ? '会议纪要未记录 / no minutes recorded' : '',
    document: { kind: 'meeting', row },
  }));
}

function resolutionEntries(rows: ResolutionRecordRow[], village: VillageNaming): IndexEntry[] {
  return rows.map((row) => {
    const numberText = resolutionNumberText(village, row);
    return {
      key: `resolution:${row.id}`,
      type: 'resolutions',
      title: `${numberText} ${row.title}`,
      date: row.adopted_on,
      source: 'records',
      link: { kind: 'resolution', id: row.id },
      proof: [{ type: 'resolution', id: row.id, actions: ['resolution.adopted'] }],
      note: row.revoked_on ? `已于 ${row.revoked_on} 撤销 / revoked` : '',
      document: { kind: 'resolution', row, numberText },
    };
  });
}

async function bookEntries(db: Queryable, villageId: string, year: number) {
  const months = await closedMonths(db, villageId, year);
  const statements = await publishedStatements(db, villageId, year);
  const out: IndexEntry[] = months.map((m) => {
    const key = periodKey({ year, month: m.month });
    return {
      key: `financePeriod:${key}`,
      type: 'financeAccounts',
      title: `${year}年${m.month}月 集体财务账目（记账凭证 ${m.vouchers} 张，已结账）`,
      date: monthEnd(year, m.month),
      source: 'records',
      link: { kind: 'financePeriod', id: key },
      proof: [{ type: 'financePeriod', id: key, actions: ['financePeriod.closed'] }],
      note: '',
      document: { kind: 'month', year, month: m.month, vouchers: m.vouchers },
    };
  });
  for (const row of statements) {
    const key = periodKey({ year, month: row.month });
    out.push({
      key: `financeStatement:${key}`,
      type: 'financeStatements',
      title: `${year}年${row.month}月 财务收支公开`,
      date: row.published_on,
      source: 'records',
      link: { kind: 'financeStatement', id: key },
      proof: [
        { type: 'financeStatement', id: key, actions: ['financeStatement.reviewed'] },
        { type: 'notice', id: row.notice_id, actions: ['notice.published'] },
      ],
      note: '',
      document: { kind: 'statement', year, row },
    });
  }
  return out;
}

function auditEntries(rows: AuditRow[], year: number): IndexEntry[] {
  return rows
    .filter((a) => a.published_on !== null && a.published_on.startsWith(`${year}-`))
    .map((row) => ({
      key: `responsibilityAudit:${row.id}`,
      type: 'responsibilityAudits',
      title: `${AUDIT_KIND_NAMES[row.kind].zh}：${row.subject}`,
      date: row.published_on!,
      source: 'records',
      link: { kind: 'responsibilityAudit', id: row.id },
      proof: [{ type: 'responsibilityAudit', id: row.id, actions: null }],
      note: '',
      document: { kind: 'audit', row },
    }));
}

function reportEntries(rows: ReportRow[]): IndexEntry[] {
  return rows.map((row) => ({
    key: `supervisionReport:${row.id}`,
    type: 'supervisionReports',
    title: row.title,
    date: row.published_on,
    source: 'records',
    link: { kind: 'supervisionReport', id: row.id },
    proof: [{ type: 'supervisionReport', id: row.id, actions: null }],
    note: '',
    document: { kind: 'report', row },
  }));
}

function fileEntries(rows: ArchiveFileRow[]): IndexEntry[] {
  return rows.map((row) => ({
    key: `file:${row.id}`,
    type: row.type,
    title: row.title,
    date: row.document_on,
    source: 'manual',
    link: { kind: 'file', id: row.id },
    proof: [{ type: 'archiveItem', id: row.id, actions: ['archiveItem.filed'] }],
    note: row.note,
    document: { kind: 'file', row },
  }));
}

/** A year's archive: every item, by date, and whether supervision reports could be read. */
export async function yearIndex(
  db: Queryable,
  villageId: string,
  year: number,
  village: VillageNaming,
): Promise<{ entries: IndexEntry[]; reportsIndexed: boolean }> {
  const reports = await publishedReports(db, villageId, year);
  const entries = [
    ...meetingEntries(await closedMeetings(db, villageId, year)),
    ...resolutionEntries(await resolutionsOfYear(db, villageId, year), village),
    ...(await bookEntries(db, villageId, year)),
    ...auditEntries(await listAudits(db, villageId), year),
    ...reportEntries(reports ?? []),
    ...fileEntries(await archiveItemsOfYear(db, villageId, year)),
  ].sort((a, b) => (a.date === b.date ? a.key.localeCompare(b.key) : a.date < b.date ? -1 : 1));
  return { entries, reportsIndexed: reports !== null };
}

/** Each entry's proving events (the acts its proof names), by key. */
export async function proofsOf(
  db: Queryable,
  villageId: string,
  entries: readonly IndexEntry[],
): Promise<Map<string, ProofEventRow[]>> {
  const targets = entries.flatMap((e) => e.proof);
  const events = await eventsOn(db, villageId, targets);
  const out = new Map<string, ProofEventRow[]>();
  for (const e of entries) {
    const mine = events.filter((ev) =>
      e.proof.some(
        (p) =>
          p.type === ev.target_type &&
          p.id === ev.target_id &&
          (p.actions === null || p.actions.includes(ev.action)),
      ),
    );
    out.set(e.key, mine);
  }
  return out;
}

/** The archive page of a year: its index with each item's proof, the years, today's findings. */
export async function archivePage(
  { db }: { db: Queryable },
  village: VillageNaming & { id: string },
  year: number,
  today: CalendarDate,
) {
  const { entries, reportsIndexed } = await yearIndex(db, village.id, year, village);
  const proofs = await proofsOf(db, village.id, entries);
  const stored = await archiveYears(db, village.id);
  const years = [...new Set([ymd(today).year, year, ...stored])].sort((a, b) => b - a);
  const findings = await archiveFindings(db, village.id, today);
  return { year, years, entries, proofs, findings, reportsIndexed };
}

/** A document just filed, as the index shows it, with its proof. */
export async function filedEntry(
  { db }: { db: Queryable },
  village: VillageNaming & { id: string },
  row: ArchiveFileRow,
) {
  const [entry] = fileEntries([row]);
  const proofs = await proofsOf(db, village.id, [entry!]);
  return { entry: entry!, events: proofs.get(entry!.key) ?? [] };
}

/** A filed document's row and bytes, or null. */
export async function archiveFile({ db }: { db: Queryable }, villageId: string, itemId: string) {
  const item = await findArchiveItem(db, villageId, itemId);
  const bytes = item ? await archiveFileBytes(db, villageId, item.id) : null;
  return item && bytes ? { item, bytes } : null;
}
