import { createHash, randomUUID } from 'node:crypto';
import { calendarDateOf, formatChineseDate, type CalendarDate } from '@cunzhi/core/calendarDate';
import { DomainError } from '@cunzhi/core/errors';
import { awardEffectiveOn } from '@cunzhi/core/points/ledger';
import { publicityEndsOn } from '@cunzhi/core/points/awards';
import { unadoptedFinding, versionInForce } from '@cunzhi/core/points/scheme';
import { checkLedgerSheet, type LedgerLine } from '@cunzhi/core/points/import/ledgerSheet';
import { CHINA_HOLIDAYS } from '@cunzhi/core/rules/holidays';
import { RuleRefusal } from '@cunzhi/core/rules/findings';
import type { CommandContext } from '../../../../platform/command.ts';
import { recordEvent } from '../../../../platform/audit/record.ts';
import {
  ImportRefused,
  startImportJob,
  type ReportProgress,
} from '../../../../platform/jobs/importJob.ts';
import { actingAccount } from '../../../matters/commands/shared.ts';
import type { RawRow } from '../../../roster/workbook.ts';
import { appendEntries, findSchemes, lockAccount } from '../../repository.ts';
import { insertLedgerFile, ledgerFiles, ledgerHouseholds } from '../repository.ts';

/** The kind of import job (platform/jobs) and what a succeeded one made. */
export const LEDGER_IMPORT = 'pointsLedger';
export interface LedgerImportResult {
  fileId: string;
  lines: number;
}

/** Where an imported line comes from: the file, by its SHA-256. */
const SOURCE_KIND = 'ledgerFile';

interface Publicity {
  schemeId: string;
  startsOn: CalendarDate;
  endsOn: CalendarDate;
}

/**
 * The publicity the file's lines pass, by the scheme in force today: from today for the
 * scheme's days (core's day counting, across holidays). Without a scheme in force nothing is
 * imported: points exist only under a scheme the villagers adopted.
 */
async function publicityOf(cmd: CommandContext): Promise<Publicity> {
  const today = cmd.clock.today();
  const schemes = await findSchemes(cmd.db, cmd.villageId);
  const scheme = versionInForce(
    schemes.map((s) => ({ ...s, effectiveFrom: s.effective_from })),
    today,
  );
  if (!scheme) throw new RuleRefusal(unadoptedFinding(today));
  return {
    schemeId: scheme.id,
    startsOn: today,
    endsOn: publicityEndsOn(today, scheme.publicity_days, scheme.publicity_unit, CHINA_HOLIDAYS),
  };
}

/**
 * Starts importing a village's existing points ledger: a file already imported (same SHA-256)
 * or a village without a scheme in force is refused at once; otherwise the job is recorded and
 * its id returned while the rows are checked and written in the background — every line or
 * none, each problem by row, column and reason.
 */
export async function startLedgerImport(
  cmd: CommandContext,
  input: { fileName: string; bytes: Buffer; raw: RawRow[] },
): Promise<{ importId: string; done: Promise<void> }> {
  actingAccount(cmd);
  const sha256 = createHash('sha256').update(input.bytes).digest('hex');
  const [earlier] = await ledgerFiles(cmd.db, cmd.villageId, { sha256 });
  if (earlier)
    throw new DomainError('points_import_duplicate_file', {
      sha256: `${sha256.slice(0, 12)}…`,
      on: calendarDateOf(earlier.imported_at),
    });
  const publicity = await publicityOf(cmd);
  return startImportJob(
    cmd,
    { kind: LEDGER_IMPORT, fileName: input.fileName, totalRows: input.raw.length },
    (progress) => runImport(cmd, { ...input, sha256 }, publicity, progress),
  );
}

async function runImport(
  cmd: CommandContext,
  file: { fileName: string; sha256: string; raw: RawRow[] },
  publicity: Publicity,
  progress: ReportProgress,
): Promise<LedgerImportResult> {
  const households = await ledgerHouseholds(cmd.db, cmd.villageId);
  const checked = checkLedgerSheet(
    file.raw,
    {
      today: cmd.clock.today(),
      households: new Map(households.map((h) => [h.number, { id: h.id, headName: h.head_name }])),
    },
    // checking is the first half of the work; writing is the second
    (n) => progress(Math.floor(n / 2)),
  );
  if (!checked.ok) {
    progress(file.raw.length);
    throw new ImportRefused(checked.problems);
  }
  const fileId = randomUUID();
  await cmd.db.transaction(async (tx) => {
    const touched = [...new Set(checked.lines.map((l) => l.householdId))].sort();
    // the accounts in one order, as every ledger write takes them
    for (const householdId of touched) await lockAccount(tx, cmd.villageId, householdId);
    const pointsTotal = checked.lines.reduce((sum, l) => sum + l.points, 0);
    await insertLedgerFile(tx, cmd.villageId, {
      id: fileId,
      sha256: file.sha256,
      fileName: file.fileName,
      lines: checked.lines.length,
      pointsTotal,
      importedBy: actingAccount(cmd),
      importedAt: cmd.clock.now(),
      publicityStartsOn: publicity.startsOn,
      publicityEndsOn: publicity.endsOn,
    });
    await appendEntries(
      tx,
      checked.lines.map((l) => entryOf(cmd, l, file.sha256, publicity)),
    );
    progress(file.raw.length);
    // the chain names the file by its SHA-256 (never its name) and what it added
    await recordEvent(
      cmd,
      tx,
      'pointsLedger.imported',
      { type: 'pointsLedgerFile', id: fileId },
      {
        sha256: file.sha256,
        lines: checked.lines.length,
        households: touched.length,
        pointsTotal,
        publicityStartsOn: publicity.startsOn,
        publicityEndsOn: publicity.endsOn,
      },
    );
  });
  return { fileId, lines: checked.lines.length };
}

/** A line of the file as a ledger line: counted from the day after its publicity ends. */
function entryOf(cmd: CommandContext, l: LedgerLine, sha256: string, p: Publicity) {
  return {
    villageId: cmd.villageId,
    householdId: l.householdId,
    points: l.points,
    kind: 'imported' as const,
    effectiveOn: awardEffectiveOn(p.endsOn),
    schemeId: p.schemeId,
    publicityStartsOn: p.startsOn,
    publicityEndsOn: p.endsOn,
    sourceKind: SOURCE_KIND,
    sourceId: sha256,
    // the paper ledger's own day and words, as the villager will read them
    note: `${formatChineseDate(l.date)} ${l.reason}`,
    recordedBy: cmd.actorAccountId,
    recordedAt: cmd.clock.now(),
  };
}
