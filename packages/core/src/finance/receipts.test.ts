import { describe, expect, it } from 'vitest';
import { MAX_RECEIPT_BYTES, receiptProblem, sniffReceiptType } from './receipts.ts';

const bytes = (...b: number[]) => new Uint8Array([...b, 0, 0, 0, 0]);

describe('receipts are judged by their bytes', () => {
  it.each([
    [bytes(0xff, 0xd8, 0xff, 0xe0), 'image/jpeg'],
    [bytes(0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a), 'image/png'],
    [bytes(...Array.from('%PDF-1.7', (c) => c.charCodeAt(0))), 'application/pdf'],
    [bytes(0x50, 0x4b, 0x03, 0x04), null],
    [bytes(...Array.from('<html>', (c) => c.charCodeAt(0))), null],
    [bytes(0x47, 0x49, 0x46, 0x38), null],
  ])('%#: %s', (b, type) => {
    expect(sniffReceiptType(b)).toBe(type);
  });

  it('refuses an empty file and one over the limit', () => {
    expect(receiptProblem(new Uint8Array())).toEqual({ error: 'finance_receipt_type' });
    const big = new Uint8Array(MAX_RECEIPT_BYTES + 1);
    big.set([0xff, 0xd8, 0xff]);
    expect(receiptProblem(big)).toEqual({ error: 'finance_receipt_too_large' });
    expect(receiptProblem(big.subarray(0, MAX_RECEIPT_BYTES))).toBeNull();
  });
});
