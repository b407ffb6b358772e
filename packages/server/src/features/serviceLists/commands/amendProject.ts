import { DomainError } from '@cunzhi/core/errors';
import { PROJECT_MACHINE, type ProjectActor } from '@cunzhi/core/serviceLists/projects';
import type { CommandContext } from '../../../platform/command.ts';
import { recordEvent } from '../../../platform/audit/record.ts';
import { findProject, updateDesign, type ProjectRow } from '../repository.ts';
import { budgetFen, checkListed, type DesignInput } from './designProject.ts';

export type AmendInput = Omit<DesignInput, 'year' | 'quarter' | 'designedOn'>;

/**
 * The design changed by the committees while it is in the village's hands: before the joint
 * meeting reviews it, or after the town returned it with its reason (then revised for a new
 * review). Its needs and resources stay those of its own quarter's lists.
 */
export async function amendProject(
  cmd: CommandContext,
  input: { projectId: string; roles: ProjectActor[]; version: number; design: AmendInput },
): Promise<ProjectRow> {
  const { design } = input;
  const budget = budgetFen(design.budget);
  const needIds = [...new Set(design.needIds)];
  const resourceIds = [...new Set(design.resourceIds ?? [])];
  return cmd.db.transaction(async (tx) => {
    const p = await findProject(tx, cmd.villageId, input.projectId, { forUpdate: true });
    if (!p) throw new DomainError('not_found', { what: 'serviceProject' });
    PROJECT_MACHINE.step(p.state, 'amend', input.roles);
    if (p.version !== input.version) throw new DomainError('conflict_stale');
    await checkListed(tx, cmd.villageId, p.quarter_id, needIds, resourceIds);
    const amended = {
      title: design.title,
      designer_kind: design.designerKind,
      designer_name: design.designerName,
      need_ids: needIds,
      resource_ids: resourceIds,
      targets: design.targets,
      budget_fen: budget,
    };
    await updateDesign(tx, cmd.villageId, p.id, amended);
    await recordEvent(
      cmd,
      tx,
      'serviceProject.amended',
      { type: 'serviceProject', id: p.id },
      { state: p.state, ...amended },
    );
    return (await findProject(tx, cmd.villageId, p.id))!;
  });
}
