import { DomainError } from '@cunzhi/core/errors';
import { caseRoles, caseVisible, type LiaisonReader } from '@cunzhi/core/liaison/access';
import { effectiveState, LIAISON_MACHINE } from '@cunzhi/core/liaison/cases';
import type { AppContext } from '../../platform/http/context.ts';
import { factsOf } from './commands/stepCase.ts';
import { caseNumber, caseReporter, caseSteps, departmentName, queueRow } from './queries.ts';
import { presentDetail } from './present.ts';

/**
 * A case as this reader sees it in the console, with the steps they may take now; 404 when it
 * is not theirs to see (a case about them, about cadres for a cadre, another grid's). The
 * reporter is named only to those who hold the case or were handed it, and never when anonymous.
 */
export async function caseDetail(
  ctx: AppContext,
  villageId: string,
  reader: LiaisonReader,
  caseId: string,
) {
  const row = await queueRow(ctx.db, villageId, caseId);
  if (!row || !caseVisible(reader, factsOf(row)))
    throw new DomainError('not_found', { what: 'liaisonCase' });
  const today = ctx.clock.today();
  const roles = caseRoles(reader, factsOf(row)).filter((r) => r !== 'reporter');
  const state = effectiveState({ state: row.state, ratingDueOn: row.rating_due_on }, today);
  return presentDetail(row, today, {
    steps: await caseSteps(ctx.db, villageId, caseId),
    reporter: roles.length > 0 && !row.anonymous ? await caseReporter(ctx.db, row) : null,
    department: row.routed_department_id
      ? await departmentName(ctx.db, row.routed_department_id)
      : null,
    mergedInto: row.merged_into ? await caseNumber(ctx.db, villageId, row.merged_into) : null,
    can: LIAISON_MACHINE.actionsFor(state, roles),
  });
}
