import { DomainError } from '@cunzhi/core/errors';
import { quarterName, quarterStart, type Quarter } from '@cunzhi/core/serviceLists/quarters';
import { actDate, type CommandContext } from '../../../platform/command.ts';
import { recordEvent } from '../../../platform/audit/record.ts';
import { listNeeds, listResources, setPublished } from '../repository.ts';
import { lockUnpublished, quarterTarget } from './shared.ts';

/**
 * 公示: the quarter's needs and resources lists are published and frozen (the projects list
 * follows the projects designed for them). Not before the quarter begins, never with no need on
 * it. The event holds both lists whole, so the A4 on the board can be checked against it.
 */
export async function publishLists(
  cmd: CommandContext,
  input: Quarter & { publishedOn?: string | undefined },
): Promise<void> {
  const on = actDate(cmd, 'publishedOn', input.publishedOn);
  const name = quarterName(input, cmd.locale);
  if (on < quarterStart(input)) throw new DomainError('service_lists_future', { quarter: name });
  await cmd.db.transaction(async (tx) => {
    const quarter = await lockUnpublished(tx, cmd, input);
    const needs = await listNeeds(tx, cmd.villageId, quarter.id);
    if (needs.length === 0) throw new DomainError('service_lists_empty');
    const resources = await listResources(tx, cmd.villageId, quarter.id);
    await setPublished(tx, cmd.villageId, quarter.id, on, cmd.actorAccountId);
    await recordEvent(cmd, tx, 'serviceLists.published', quarterTarget(quarter), {
      year: input.year,
      quarter: input.quarter,
      publishedOn: on,
      needs: needs.map((n) => ({ number: n.number, source: n.source, summary: n.summary })),
      resources: resources.map((r) => ({
        number: r.number,
        kind: r.kind,
        name: r.name,
        amountFen: r.amount_fen,
      })),
    });
  });
}
