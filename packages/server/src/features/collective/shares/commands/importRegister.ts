import { createHash, randomUUID } from 'node:crypto';
import { calendarDate, calendarDateOf, type CalendarDate } from '@cunzhi/core/calendarDate';
import {
  checkShareRegister,
  type RegisterLine,
  type RegisterTotals,
} from '@cunzhi/core/collective/shares/register/shareRegisterSheet';
import { DomainError } from '@cunzhi/core/errors';
import type { CommandContext } from '../../../../platform/command.ts';
import { recordEvent } from '../../../../platform/audit/record.ts';
import {
  ImportRefused,
  startImportJob,
  type ReportProgress,
} from '../../../../platform/jobs/importJob.ts';
import { actingAccount } from '../../../matters/commands/shared.ts';
import type { RawRow } from '../../../roster/workbook.ts';
import { charterVersions, orgOf } from '../../repository.ts';
import {
  appendShareEntries,
  insertShareFile,
  quantifiedOn,
  shareFiles,
  sharePeople,
} from '../repository.ts';
import { lockedOrg, memberIdsOn, resolutionNumber, sharesResolution, termsOn } from './shared.ts';

/** The kind of import job (platform/jobs) and what a succeeded one made. */
export const SHARE_REGISTER_IMPORT = 'collectiveShareRegister';
export interface ShareRegisterImportResult {
  fileId: string;
  totals: RegisterTotals;
}

/** The day the collective law took effect: a register without a resolution must be older. */
const LAW_IN_FORCE = calendarDate('2025-05-01');

/** What the file's shares rest on, and from which day they count. */
interface Basis {
  effectiveOn: CalendarDate;
  resolutionId: string | null;
  resolution: string | null;
  reformReference: string | null;
}

export interface RegisterImportInput {
  fileName: string;
  bytes: Buffer;
  raw: RawRow[];
  /** The members' assembly's resolution adopting the register; or none, for the reform's register. */
  resolutionId?: string | undefined;
  /** The reform's resolution in words (没有本平台决议时), e.g. “2008年12月股份合作制改革成员大会决议”. */
  reformReference?: string | undefined;
}

/**
 * The basis: a members' assembly resolution on the platform (its day), or — for the register of
 * the earlier property-rights reform, whose members Art. 66 keeps without re-confirmation — the
 * reform's day recorded on the organisation, before the law took effect, with its resolution
 * named in words.
 */
async function basisOf(
  cmd: CommandContext,
  orgId: string,
  input: RegisterImportInput,
): Promise<Basis> {
  if (input.resolutionId) {
    const r = await sharesResolution(
      cmd.db,
      cmd.villageId,
      orgId,
      input.resolutionId,
      'resolutionId',
    );
    return {
      effectiveOn: r.adopted_on,
      resolutionId: r.id,
      resolution: resolutionNumber(r),
      reformReference: null,
    };
  }
  const org = await orgOf(cmd.db, cmd.villageId, orgId);
  if (!org) throw new DomainError('not_found', { what: 'collectiveOrg' });
  const reference = input.reformReference?.trim() ?? '';
  if (!org.reformedOn || !reference)
    throw new DomainError('validation_failed', {}, [
      { field: reference ? 'resolutionId' : 'reformReference', error: 'shares_reform_missing' },
    ]);
  if (org.reformedOn >= LAW_IN_FORCE)
    throw new DomainError('validation_failed', {}, [
      { field: 'resolutionId', error: 'shares_reform_date' },
    ]);
  if (reference.length > 200)
    throw new DomainError('validation_failed', {}, [
      { field: 'reformReference', error: 'field_too_long', params: { max: 200 } },
    ]);
  return {
    effectiveOn: org.reformedOn,
    resolutionId: null,
    resolution: null,
    reformReference: reference,
  };
}

/**
 * The share classes the file is weighed by: the charter in force on the shares' day; for the
 * reform's register, dated before the organisation's first charter took effect (the reform
 * quantifies, the founding meeting then adopts the charter), that first charter's.
 */
async function registerTerms(cmd: CommandContext, orgId: string, basis: Basis) {
  const first = (await charterVersions(cmd.db, cmd.villageId, orgId)).at(-1);
  if (basis.reformReference && first && first.effectiveFrom > basis.effectiveOn) return first.terms;
  return termsOn(cmd.db, cmd.villageId, orgId, basis.effectiveOn);
}

/**
 * Starts importing a 股东名册: a file already imported (same SHA-256), an organisation already
 * quantified, or a basis that does not hold is refused at once; otherwise the job is recorded and
 * its id returned while the rows are checked and written in the background — every line or none.
 */
export async function startShareRegisterImport(
  cmd: CommandContext,
  orgId: string,
  input: RegisterImportInput,
): Promise<{ importId: string; done: Promise<void> }> {
  actingAccount(cmd);
  const basis = await basisOf(cmd, orgId, input);
  const sha256 = createHash('sha256').update(input.bytes).digest('hex');
  const [earlier] = await shareFiles(cmd.db, cmd.villageId, orgId, { sha256 });
  if (earlier)
    throw new DomainError('shares_import_duplicate_file', {
      sha256: `${sha256.slice(0, 12)}…`,
      on: calendarDateOf(earlier.importedAt),
    });
  const quantified = await quantifiedOn(cmd.db, cmd.villageId, orgId);
  if (quantified) throw new DomainError('shares_already_quantified', { on: quantified });
  const terms = await registerTerms(cmd, orgId, basis);
  return startImportJob(
    cmd,
    { kind: SHARE_REGISTER_IMPORT, fileName: input.fileName, totalRows: input.raw.length },
    async (progress) => {
      const members = await memberIdsOn(cmd.db, cmd.villageId, orgId, basis.effectiveOn);
      const people = new Map(
        (await sharePeople(cmd.db, cmd.villageId))
          .filter((p) => p.residentIdNumber)
          .map((p) => [p.residentIdNumber!, { ...p, member: members.has(p.id) }]),
      );
      const checked = checkShareRegister(
        input.raw,
        { on: basis.effectiveOn, classes: terms.shareClasses, people },
        // checking is the first half of the work; writing is the second
        (n) => progress(Math.floor(n / 2)),
      );
      if (!checked.ok) {
        progress(input.raw.length);
        throw new ImportRefused(checked.problems);
      }
      return write(
        cmd,
        orgId,
        { fileName: input.fileName, sha256 },
        basis,
        checked,
        progress,
        input.raw.length,
      );
    },
  );
}

async function write(
  cmd: CommandContext,
  orgId: string,
  file: { fileName: string; sha256: string },
  basis: Basis,
  checked: { lines: RegisterLine[]; totals: RegisterTotals },
  progress: ReportProgress,
  rows: number,
): Promise<ShareRegisterImportResult> {
  const fileId = randomUUID();
  await cmd.db.transaction(async (tx) => {
    await lockedOrg(tx, cmd, orgId);
    // another import or quantification may have finished while this file was checked
    const quantified = await quantifiedOn(tx, cmd.villageId, orgId);
    if (quantified) throw new DomainError('shares_already_quantified', { on: quantified });
    const { totals } = checked;
    await insertShareFile(
      tx,
      cmd.villageId,
      {
        id: fileId,
        orgId,
        sha256: file.sha256,
        fileName: file.fileName,
        members: totals.members,
        households: totals.households,
        units: totals.units,
        effectiveOn: basis.effectiveOn,
        resolutionId: basis.resolutionId,
        reformReference: basis.reformReference,
      },
      cmd.actorAccountId,
      cmd.clock.now(),
    );
    await appendShareEntries(
      tx,
      cmd.villageId,
      checked.lines.flatMap((l) =>
        l.units.map((u) => ({
          id: randomUUID(),
          orgId,
          personId: l.personId,
          shareClass: u.shareClass,
          kind: 'imported' as const,
          units: u.units,
          effectiveOn: basis.effectiveOn,
          resolutionId: basis.resolutionId,
          fileId,
          counterpartPersonId: null,
          note: `第${l.rowNumber}行`,
        })),
      ),
      cmd.actorAccountId,
      cmd.clock.now(),
    );
    progress(rows);
    // the chain names the file by its SHA-256 (never its name) and what it added up to
    await recordEvent(
      cmd,
      tx,
      'collectiveShares.imported',
      { type: 'collectiveOrg', id: orgId },
      {
        fileId,
        sha256: file.sha256,
        effectiveOn: basis.effectiveOn,
        resolutionId: basis.resolutionId,
        resolution: basis.resolution,
        reformReference: basis.reformReference,
        ...totals,
      },
    );
  });
  return { fileId, totals: checked.totals };
}
