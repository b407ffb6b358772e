import { DomainError } from '@cunzhi/core/errors';
import { closeProblem, periodKey, periodText, type Period } from '@cunzhi/core/finance/periods';
import type { CommandContext } from '../../../platform/command.ts';
import { recordEvent } from '../../../platform/audit/record.ts';
import {
  closeEarlierMonths,
  earlierOpenPeriod,
  lockPeriod,
  markPeriodClosed,
  storeMonthBalances,
} from '../repository.ts';

/**
 * Closes a month (结账): the town's agency accountant (村账乡代管) ends it once it is over and
 * every earlier month holding vouchers is closed. From then on nothing is booked in it or in
 * any earlier month; a booking racing the closing waits for the month's lock and is then
 * refused. The month's cumulative balances are stored as it closes, for the statements.
 */
export async function closePeriod(
  cmd: CommandContext,
  period: Period,
): Promise<{ period: string; closed: true; vouchers: number }> {
  return cmd.db.transaction(async (tx) => {
    const row = await lockPeriod(tx, cmd.villageId, period);
    const problem = closeProblem(period, cmd.clock.today(), {
      closed: row.closed,
      earlierOpenWithVouchers: await earlierOpenPeriod(tx, cmd.villageId, period),
    });
    if (problem) throw new DomainError(problem.error, 'params' in problem ? problem.params : {});
    const now = cmd.clock.now();
    const empty = await closeEarlierMonths(tx, cmd.villageId, period, cmd.actorAccountId, now);
    await markPeriodClosed(tx, cmd.villageId, period, cmd.actorAccountId, now);
    await storeMonthBalances(tx, cmd.villageId, period);
    await recordEvent(
      cmd,
      tx,
      'financePeriod.closed',
      { type: 'financePeriod', id: periodKey(period) },
      {
        period: periodText(period),
        vouchers: row.last_number,
        ...(empty.length > 0 ? { emptyMonthsClosed: empty.map(periodText) } : {}),
      },
    );
    return { period: periodKey(period), closed: true as const, vouchers: row.last_number };
  });
}
