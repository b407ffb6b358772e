import { randomUUID } from 'node:crypto';
import type { NeedSource } from '@cunzhi/core/serviceLists/lists';
import type { Quarter } from '@cunzhi/core/serviceLists/quarters';
import type { CommandContext } from '../../../platform/command.ts';
import { recordEvent } from '../../../platform/audit/record.ts';
import { insertNeed, nextNumber } from '../repository.ts';
import { lockUnpublished, quarterTarget } from './shared.ts';

export interface NeedInput extends Quarter {
  source: NeedSource;
  sourceLabel?: string | undefined;
  recordCount?: number | undefined;
  summary: string;
}

/** A need on the quarter's list (需求清单), numbered in order; what it was counted from, never who. */
export async function addNeed(cmd: CommandContext, input: NeedInput): Promise<void> {
  await cmd.db.transaction(async (tx) => {
    const quarter = await lockUnpublished(tx, cmd, input);
    const need = {
      id: randomUUID(),
      number: await nextNumber(tx, 'service_need', cmd.villageId, quarter.id),
      source: input.source,
      source_label: input.sourceLabel ?? '',
      record_count: input.recordCount ?? 0,
      summary: input.summary,
      added_by: cmd.actorAccountId,
    };
    await insertNeed(tx, cmd.villageId, quarter.id, need);
    await recordEvent(cmd, tx, 'serviceLists.needAdded', quarterTarget(quarter), {
      needId: need.id,
      number: need.number,
      source: need.source,
      sourceLabel: need.source_label,
      recordCount: need.record_count,
      summary: need.summary,
    });
  });
}
