import { randomUUID } from 'node:crypto';
import { parseYuan } from '@cunzhi/core/money';
import { hasAmount, type ResourceKind } from '@cunzhi/core/serviceLists/lists';
import type { Quarter } from '@cunzhi/core/serviceLists/quarters';
import type { CommandContext } from '../../../platform/command.ts';
import { recordEvent } from '../../../platform/audit/record.ts';
import { fieldError } from '../../matters/commands/shared.ts';
import { insertResource, nextNumber } from '../repository.ts';
import { lockUnpublished, quarterTarget } from './shared.ts';

export interface ResourceInput extends Quarter {
  kind: ResourceKind;
  name: string;
  detail?: string | undefined;
  amount?: string | undefined;
}

/** Fen as text for a fund or donation (required), null for people and venues (refused if given). */
function amountOf(kind: ResourceKind, typed: string | undefined): string | null {
  const parsed = parseYuan(typed ?? '');
  if ('problem' in parsed) fieldError('amount', parsed.problem);
  if (hasAmount(kind) !== (parsed.fen !== null)) fieldError('amount', 'service_resource_amount');
  return parsed.fen === null ? null : parsed.fen.toString();
}

/** A resource on the quarter's list (资源清单): people, a venue, funds or a donor. */
export async function addResource(cmd: CommandContext, input: ResourceInput): Promise<void> {
  const amountFen = amountOf(input.kind, input.amount);
  await cmd.db.transaction(async (tx) => {
    const quarter = await lockUnpublished(tx, cmd, input);
    const resource = {
      id: randomUUID(),
      number: await nextNumber(tx, 'service_resource', cmd.villageId, quarter.id),
      kind: input.kind,
      name: input.name,
      detail: input.detail ?? '',
      amount_fen: amountFen,
      added_by: cmd.actorAccountId,
    };
    await insertResource(tx, cmd.villageId, quarter.id, resource);
    await recordEvent(cmd, tx, 'serviceLists.resourceAdded', quarterTarget(quarter), {
      resourceId: resource.id,
      number: resource.number,
      kind: resource.kind,
      name: resource.name,
      amountFen,
    });
  });
}
