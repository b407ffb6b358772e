import type { z } from 'zod';
import type * as contract from '@cunzhi/contract/supervision';
import { api } from '../../api/client.ts';
import type { InspectionAnswer } from './api.ts';

/** A finding's photo or document as the pages list it (name, type, size, SHA-256, address). */
export type EvidenceFile = z.output<typeof contract.EvidenceFileView>;

/** What the evidence input accepts; the server reads the type from the bytes all the same. */
export const EVIDENCE_ACCEPT = 'image/jpeg,image/png,application/pdf,.jpg,.jpeg,.png,.pdf';
export const MAX_EVIDENCE_FILES = 6;

export const isPhoto = (f: EvidenceFile) => f.mediaType !== 'application/pdf';

/** A SHA-256 as printed: four groups of the first sixteen digits, enough to compare by eye. */
export const shortHash = (sha256: string) => sha256.slice(0, 16).replace(/(.{4})(?=.)/g, '$1 ');

/**
 * Records a finding: with files, as the multipart form the server reads (one request, one
 * transaction, every hash in the finding's event); without, as the JSON route takes it.
 */
export function recordFinding(
  inspectionPath: string,
  values: { text: string; voucherNumbers?: string[] | undefined; evidence?: string | undefined },
  files: readonly File[],
): Promise<InspectionAnswer> {
  const evidence = values.evidence?.trim() || undefined;
  if (files.length === 0)
    return api<InspectionAnswer>(`${inspectionPath}/findings`, {
      method: 'POST',
      body: { ...values, evidence },
    });
  const body = new FormData();
  body.set('text', values.text);
  body.set('voucherNumbers', (values.voucherNumbers ?? []).join(','));
  if (evidence) body.set('evidence', evidence);
  for (const f of files) body.append('files', f, f.name);
  return api<InspectionAnswer>(`${inspectionPath}/findings/upload`, { method: 'POST', body });
}
