import { DomainError, type FieldProblem } from '@cunzhi/core/errors';
import type { CommandContext } from '../../../platform/command.ts';
import { qualifiedSigners } from '../repository/demands.ts';
import { addSignatures, lockOpenDemand } from './shared.ts';

/** The clerk enters signatures collected on paper; all must qualify, or none is recorded. */
export async function recordPaperSignatures(
  cmd: CommandContext,
  input: { demandId: string; personIds: string[] },
) {
  const today = cmd.clock.today();
  return cmd.db.transaction(async (tx) => {
    const demand = await lockOpenDemand(tx, cmd.villageId, input.demandId);
    const ids = [...new Set(input.personIds)];
    const qualified = await qualifiedSigners(tx, cmd.villageId, demand.route, ids, today);
    const problems: FieldProblem[] = input.personIds.flatMap((id, i) =>
      qualified.has(id) ? [] : [{ field: `personIds.${i}`, error: 'field_invalid' as const }],
    );
    if (problems.length > 0) throw new DomainError('validation_failed', {}, problems);
    await addSignatures(
      cmd,
      tx,
      demand,
      ids.map((id) => ({ id, name: qualified.get(id) ?? '' })),
      'paper',
    );
  });
}
