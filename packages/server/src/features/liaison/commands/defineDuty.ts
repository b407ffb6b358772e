import { randomUUID } from 'node:crypto';
import type { DutyCadence } from '@cunzhi/core/liaison/duties';
import type { CommandContext } from '../../../platform/command.ts';
import { insertDuty } from '../repository.ts';
import { recordEvent } from '../../../platform/audit/record.ts';

/** Adds an item to the village's 片长 duty list (numbered in order; due from today). */
export async function defineDuty(
  cmd: CommandContext,
  input: { category: string; title: string; cadence: DutyCadence; example?: boolean | undefined },
): Promise<{ id: string; number: number }> {
  const id = randomUUID();
  return cmd.db.transaction(async (tx) => {
    const since = cmd.clock.today();
    const example = input.example ?? false;
    const number = await insertDuty(tx, cmd.villageId, { id, ...input, example, since });
    await recordEvent(
      cmd,
      tx,
      'liaisonDuty.defined',
      { type: 'liaisonDuty', id },
      {
        number,
        category: input.category,
        title: input.title,
        cadence: input.cadence,
        example,
      },
    );
    return { id, number };
  });
}
