import { createHash, randomUUID } from 'node:crypto';
import { DomainError } from '@cunzhi/core/errors';
import { sniffFileType } from '@cunzhi/core/files/fileTypes';
import { isStorableText } from '@cunzhi/core/storableText';
import {
  EVIDENCE_TYPE_NAMES,
  MAX_EVIDENCE_BYTES,
  MAX_EVIDENCE_FILES,
  evidenceProblem,
} from '@cunzhi/core/supervision/evidence';
import type { CommandContext } from '../../../platform/command.ts';
import type { Tx } from '../../../platform/db/database.ts';
import { recordEvent } from '../../../platform/audit/record.ts';
import { insertEvidence, insertFinding, vouchersByNumber } from '../repository.ts';
import { actDate, fieldError, requireInspection, requireMember } from './shared.ts';

/** A photo or document as attached to a finding: its name and bytes. */
export interface EvidenceUpload {
  name: string;
  bytes: Uint8Array;
}

/** A checked file, ready to keep: its type read from its bytes, its SHA-256. */
interface CheckedFile {
  id: string;
  name: string;
  mediaType: string;
  sizeBytes: number;
  sha256: string;
  bytes: Uint8Array;
}

/**
 * Every file is checked before anything is written: the type from its bytes (JPG, PNG or
 * PDF; HEIC refused with how to send a JPG), the size, how many. The HTTP form's reader
 * refuses the same first; this is the command's own guard for every other caller.
 */
function checkFiles(files: readonly EvidenceUpload[]): CheckedFile[] {
  if (files.length > MAX_EVIDENCE_FILES)
    fieldError('files', 'file_too_many', { max: MAX_EVIDENCE_FILES });
  return files.map((f) => {
    const problem = evidenceProblem(f.bytes);
    if (problem)
      fieldError('files', problem, {
        maxMb: MAX_EVIDENCE_BYTES / 1024 / 1024,
        types: EVIDENCE_TYPE_NAMES,
      });
    const name = f.name.trim();
    return {
      id: randomUUID(),
      name: name && isStorableText(name) ? name.slice(0, 200) : 'file',
      mediaType: sniffFileType(f.bytes)!,
      sizeBytes: f.bytes.length,
      sha256: createHash('sha256').update(f.bytes).digest('hex'),
      bytes: f.bytes,
    };
  });
}

async function keepFiles(
  tx: Tx,
  cmd: CommandContext,
  at: { inspectionId: string; findingId: string },
  files: readonly CheckedFile[],
): Promise<void> {
  for (const [position, f] of files.entries())
    await insertEvidence(tx, cmd.villageId, {
      ...at,
      id: f.id,
      position,
      fileName: f.name,
      mediaType: f.mediaType,
      sizeBytes: f.sizeBytes,
      sha256: f.sha256,
      bytes: f.bytes,
    });
}

/**
 * A member records what the inspection found, with its evidence: the ledger
 * vouchers it concerns (by the numbers printed on them, so the finding links
 * to the books), the documents or photos looked at, described, and the photos
 * and documents themselves. Each file's SHA-256 goes on the audit chain in the
 * finding's event, so a copy shown later can be checked against what was taken.
 */
export async function recordFinding(
  cmd: CommandContext,
  input: {
    inspectionId: string;
    text: string;
    voucherNumbers?: string[] | undefined;
    evidence?: string | undefined;
    on?: string | undefined;
    files?: readonly EvidenceUpload[] | undefined;
    memberId?: string;
  },
): Promise<{ id: string; files: Array<{ id: string; sha256: string }> }> {
  const on = actDate(cmd, 'on', input.on);
  const files = checkFiles(input.files ?? []);
  const { personId } = await requireMember(cmd.db, cmd, on, input.memberId);
  // 记-2026-11-003 as printed, or 2026-11-003 as stored
  const numbers = [...new Set((input.voucherNumbers ?? []).map((n) => n.replace(/^记-?/, '')))];
  const vouchers = await vouchersByNumber(cmd.db, cmd.villageId, numbers);
  const missing = numbers.filter((n) => !vouchers.some((v) => v.number === n));
  if (missing.length > 0)
    fieldError('voucherNumbers', 'voucher_unknown', { numbers: missing.join('、') });
  const id = randomUUID();
  return cmd.db.transaction(async (tx) => {
    const inspection = await requireInspection(tx, cmd, input.inspectionId, { forUpdate: true });
    if (inspection.status !== 'open') throw new DomainError('inspection_concluded');
    const voucherIds = vouchers.map((v) => v.id);
    const evidence = input.evidence?.trim() ?? '';
    await insertFinding(tx, cmd.villageId, {
      id,
      inspectionId: inspection.id,
      text: input.text,
      voucherIds,
      evidence,
      recordedBy: personId,
      on,
    });
    await keepFiles(tx, cmd, { inspectionId: inspection.id, findingId: id }, files);
    // the hash, never the bytes, on the chain
    const fileFacts = files.map((f) => ({
      evidenceId: f.id,
      fileName: f.name,
      mediaType: f.mediaType,
      sizeBytes: f.sizeBytes,
      sha256: f.sha256,
    }));
    await recordEvent(
      cmd,
      tx,
      'supervision.findingRecorded',
      { type: 'supervisionInspection', id: inspection.id },
      { findingId: id, text: input.text, voucherIds, evidence, on, files: fileFacts },
    );
    return { id, files: files.map((f) => ({ id: f.id, sha256: f.sha256 })) };
  });
}
