import { parseCalendarDate, type CalendarDate } from '@cunzhi/core/calendarDate';
import { DomainError } from '@cunzhi/core/errors';
import { reversalOf } from '@cunzhi/core/finance/voucher';
import type { CommandContext } from '../../../platform/command.ts';
import { findVoucher } from '../repository.ts';
import { bookVoucherInTx } from './bookVoucher.ts';

/**
 * Corrects a booked voucher by a reversing entry (红字冲销) dated in an open month (today unless
 * said): the same lines with the amounts negated. The original stays as it was, in its month,
 * closed or not; the two name each other. A voucher is reversed once.
 */
export async function reverseVoucher(
  cmd: CommandContext,
  input: { voucherId: string; on?: string | undefined; reason: string },
): Promise<{ voucherId: string; number: string }> {
  const on: CalendarDate | null = input.on ? parseCalendarDate(input.on) : cmd.clock.today();
  if (!on) throw new DomainError('validation_failed', {}, [{ field: 'on', error: 'date_invalid' }]);
  if (input.reason.trim() === '')
    throw new DomainError('validation_failed', {}, [{ field: 'reason', error: 'field_required' }]);
  return cmd.db.transaction(async (tx) => {
    const original = await findVoucher(tx, cmd.villageId, input.voucherId, { forUpdate: true });
    if (!original) throw new DomainError('not_found', { what: 'voucher' });
    const reversal = reversalOf(original, on, input.reason);
    if ('refusal' in reversal) throw new DomainError(reversal.refusal);
    return bookVoucherInTx(tx, cmd, reversal.input);
  });
}
