/**
 * Receipts (原始凭证) kept with a voucher: photos and scans. What a file is, is read from its
 * first bytes, never from its name or the type the browser claims.
 */
export const RECEIPT_TYPES = ['image/jpeg', 'image/png', 'application/pdf'] as const;
export type ReceiptType = (typeof RECEIPT_TYPES)[number];

/** A phone photo is 2–6 MB; a multi-page scan in PDF stays below 10. */
export const MAX_RECEIPT_BYTES = 10 * 1024 * 1024;

const MAGIC: ReadonlyArray<readonly [ReceiptType, readonly number[]]> = [
  ['image/jpeg', [0xff, 0xd8, 0xff]],
  ['image/png', [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]],
  ['application/pdf', [0x25, 0x50, 0x44, 0x46, 0x2d]], // %PDF-
];

export function sniffReceiptType(bytes: Uint8Array): ReceiptType | null {
  for (const [type, magic] of MAGIC) if (magic.every((b, i) => bytes[i] === b)) return type;
  return null;
}

export function receiptProblem(
  bytes: Uint8Array,
): { error: 'finance_receipt_type' } | { error: 'finance_receipt_too_large' } | null {
  if (bytes.length > MAX_RECEIPT_BYTES) return { error: 'finance_receipt_too_large' };
  if (bytes.length === 0 || sniffReceiptType(bytes) === null)
    return { error: 'finance_receipt_type' };
  return null;
}
