import { sniffFileType } from '../files/fileTypes.ts';

/**
 * Receipts (原始凭证) kept with a voucher: photos and scans. What a file is, is read from its
 * first bytes, never from its name or the type the browser claims.
 */
export const RECEIPT_TYPES = ['image/jpeg', 'image/png', 'application/pdf'] as const;
export type ReceiptType = (typeof RECEIPT_TYPES)[number];

/** A phone photo is 2–6 MB; a multi-page scan in PDF stays below 10. */
export const MAX_RECEIPT_BYTES = 10 * 1024 * 1024;

export function sniffReceiptType(bytes: Uint8Array): ReceiptType | null {
  const type = sniffFileType(bytes);
  return (RECEIPT_TYPES as readonly string[]).includes(type ?? '') ? (type as ReceiptType) : null;
}

export function receiptProblem(
  bytes: Uint8Array,
): { error: 'finance_receipt_type' } | { error: 'finance_receipt_too_large' } | null {
  if (bytes.length > MAX_RECEIPT_BYTES) return { error: 'finance_receipt_too_large' };
  if (bytes.length === 0 || sniffReceiptType(bytes) === null)
    return { error: 'finance_receipt_type' };
  return null;
}
