import { DomainError, type FieldProblem } from '@cunzhi/core/errors';
import type { CommandContext } from '../../../platform/command.ts';
import { qualifiedSigners } from '../../meetings/repository/demands.ts';
import { addAuditSignatures, lockOpenAuditDemand } from './shared.ts';

/** Signatures collected on paper, entered by a supervisor or the town: all qualify, or none is recorded. */
export async function recordAuditPaperSignatures(
  cmd: CommandContext,
  input: { demandId: string; personIds: string[] },
) {
  const today = cmd.clock.today();
  return cmd.db.transaction(async (tx) => {
    const demand = await lockOpenAuditDemand(tx, cmd.villageId, input.demandId);
    const ids = [...new Set(input.personIds)];
    const qualified = await qualifiedSigners(tx, cmd.villageId, 'villagers', ids, today);
    const problems: FieldProblem[] = input.personIds.flatMap((id, i) =>
      qualified.has(id) ? [] : [{ field: `personIds.${i}`, error: 'field_invalid' as const }],
    );
    if (problems.length > 0) throw new DomainError('validation_failed', {}, problems);
    const signers = ids.map((id) => ({ id, name: qualified.get(id) ?? '' }));
    await addAuditSignatures(cmd, tx, demand, signers, 'paper');
  });
}
