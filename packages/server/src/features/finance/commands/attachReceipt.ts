import { createHash, randomUUID } from 'node:crypto';
import { DomainError } from '@cunzhi/core/errors';
import { MAX_RECEIPT_BYTES, receiptProblem, sniffReceiptType } from '@cunzhi/core/finance/receipts';
import type { CommandContext } from '../../../platform/command.ts';
import { recordEvent } from '../../../platform/audit/record.ts';
import { findVoucher, insertReceipt } from '../repository.ts';

/**
 * Keeps a receipt (原始凭证: a photo or a PDF) with a voucher: its type read from its bytes,
 * its size checked, its SHA-256 on the audit chain, the bytes in the database. A receipt may be
 * added to a voucher of a closed month: it changes no figure, and the chain records when.
 */
export async function attachReceipt(
  cmd: CommandContext,
  input: { voucherId: string; fileName: string; bytes: Buffer },
): Promise<{ id: string; sha256: string; mediaType: string; sizeBytes: number }> {
  const problem = receiptProblem(input.bytes);
  if (problem)
    throw new DomainError(problem.error, { maxMb: MAX_RECEIPT_BYTES / 1024 / 1024 }, [
      { field: 'file', error: problem.error, params: { maxMb: MAX_RECEIPT_BYTES / 1024 / 1024 } },
    ]);
  const mediaType = sniffReceiptType(input.bytes) ?? 'application/octet-stream';
  const sha256 = createHash('sha256').update(input.bytes).digest('hex');
  const fileName = (input.fileName.trim() || 'receipt').slice(0, 200);
  return cmd.db.transaction(async (tx) => {
    const voucher = await findVoucher(tx, cmd.villageId, input.voucherId);
    if (!voucher) throw new DomainError('not_found', { what: 'voucher' });
    const id = randomUUID();
    await insertReceipt(tx, cmd.villageId, {
      id,
      voucherId: voucher.id,
      fileName,
      mediaType,
      sizeBytes: input.bytes.length,
      sha256,
      bytes: input.bytes,
      by: cmd.actorAccountId,
      at: cmd.clock.now(),
    });
    await recordEvent(
      cmd,
      tx,
      'receipt.attached',
      { type: 'voucher', id: voucher.id },
      {
        receiptId: id,
        voucher: voucher.number,
        fileName,
        mediaType,
        sizeBytes: input.bytes.length,
        sha256,
      },
    );
    return { id, sha256, mediaType, sizeBytes: input.bytes.length };
  });
}
