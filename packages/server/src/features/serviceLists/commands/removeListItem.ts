import { DomainError } from '@cunzhi/core/errors';
import type { CommandContext } from '../../../platform/command.ts';
import { recordEvent } from '../../../platform/audit/record.ts';
import { deleteListItem, findListItem } from '../repository.ts';
import { lockUnpublished, quarterTarget } from './shared.ts';

const TABLES = {
  need: { table: 'service_need', what: 'serviceNeed', event: 'serviceLists.needRemoved' },
  resource: {
    table: 'service_resource',
    what: 'serviceResource',
    event: 'serviceLists.resourceRemoved',
  },
} as const;

/** A need or resource entered by mistake, taken off its list before the lists are published. */
export async function removeListItem(
  cmd: CommandContext,
  input: { list: keyof typeof TABLES; id: string },
): Promise<{ year: number; quarter: number }> {
  const { table, what, event } = TABLES[input.list];
  return cmd.db.transaction(async (tx) => {
    const item = await findListItem(tx, table, cmd.villageId, input.id);
    if (!item) throw new DomainError('not_found', { what });
    const quarter = await lockUnpublished(tx, cmd, item);
    await deleteListItem(tx, table, cmd.villageId, item.id);
    await recordEvent(cmd, tx, event, quarterTarget(quarter), { id: item.id });
    return { year: item.year, quarter: item.quarter };
  });
}
