import { randomUUID } from 'node:crypto';
import { DomainError } from '@cunzhi/core/errors';
import { quarterName, type Quarter } from '@cunzhi/core/serviceLists/quarters';
import type { CommandContext } from '../../../platform/command.ts';
import type { Tx } from '../../../platform/db/database.ts';
import { lockQuarter, type QuarterRow } from '../repository.ts';

/**
 * The quarter's row, locked, for changing its needs or resources: refused once the lists are
 * published (公示 freezes them; what comes later goes on the next quarter's).
 */
export async function lockUnpublished(
  tx: Tx,
  cmd: CommandContext,
  q: Quarter,
): Promise<QuarterRow> {
  const row = await lockQuarter(tx, cmd.villageId, q, randomUUID());
  if (row.published_on)
    throw new DomainError('service_lists_published', {
      quarter: quarterName(q, cmd.locale),
      on: row.published_on,
    });
  return row;
}

export const quarterTarget = (row: QuarterRow) => ({ type: 'serviceQuarter', id: row.id });
