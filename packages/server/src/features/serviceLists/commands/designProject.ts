import { randomUUID } from 'node:crypto';
import { DomainError } from '@cunzhi/core/errors';
import { parseYuan } from '@cunzhi/core/money';
import type { DesignerKind } from '@cunzhi/core/serviceLists/lists';
import { checkDesignRefs } from '@cunzhi/core/serviceLists/projects';
import { quarterName, type Quarter } from '@cunzhi/core/serviceLists/quarters';
import { actDate, type CommandContext } from '../../../platform/command.ts';
import type { Tx } from '../../../platform/db/database.ts';
import { recordEvent } from '../../../platform/audit/record.ts';
import { fieldError } from '../../matters/commands/shared.ts';
import {
  findProject,
  insertProject,
  listNeeds,
  listResources,
  lockQuarter,
  nextNumber,
} from '../repository.ts';

export interface DesignInput extends Quarter {
  title: string;
  designerKind: DesignerKind;
  designerName: string;
  needIds: string[];
  resourceIds?: string[] | undefined;
  targets: string;
  budget: string;
  designedOn?: string | undefined;
}

export function budgetFen(typed: string): string {
  const parsed = parseYuan(typed);
  if ('problem' in parsed) fieldError('budget', parsed.problem);
  if (parsed.fen === null) fieldError('budget', 'field_required');
  return parsed.fen.toString();
}

/** The needs and resources a design names are on its own quarter's lists. */
export async function checkListed(
  tx: Tx,
  villageId: string,
  quarterId: string,
  needIds: readonly string[],
  resourceIds: readonly string[],
): Promise<void> {
  const [needs, resources] = await Promise.all([
    listNeeds(tx, villageId, quarterId),
    listResources(tx, villageId, quarterId),
  ]);
  checkDesignRefs(needIds, resourceIds, {
    needs: new Set(needs.map((n) => n.id)),
    resources: new Set(resources.map((r) => r.id)),
  });
}

/**
 * A group or social organisation's design, recorded by the committees (seed 004: 群众组织和社会
 * 组织根据村民需求和可借助资源设计服务项目): it serves needs of the quarter's published list and
 * draws on its resources, with targets and a budget; numbered on the projects list (项目清单).
 */
export async function designProject(cmd: CommandContext, input: DesignInput) {
  const designedOn = actDate(cmd, 'designedOn', input.designedOn);
  const budget = budgetFen(input.budget);
  const resourceIds = [...new Set(input.resourceIds ?? [])];
  const needIds = [...new Set(input.needIds)];
  return cmd.db.transaction(async (tx) => {
    const quarter = await lockQuarter(tx, cmd.villageId, input, randomUUID());
    if (!quarter.published_on)
      throw new DomainError('service_lists_not_published', {
        quarter: quarterName(input, cmd.locale),
      });
    if (designedOn < quarter.published_on)
      fieldError('designedOn', 'date_order', { other: quarter.published_on });
    await checkListed(tx, cmd.villageId, quarter.id, needIds, resourceIds);
    const project = {
      id: randomUUID(),
      quarter_id: quarter.id,
      number: await nextNumber(tx, 'service_project', cmd.villageId, quarter.id),
      title: input.title,
      designer_kind: input.designerKind,
      designer_name: input.designerName,
      need_ids: needIds,
      resource_ids: resourceIds,
      targets: input.targets,
      budget_fen: budget,
      designed_on: designedOn,
    };
    await insertProject(tx, cmd.villageId, project);
    await recordEvent(
      cmd,
      tx,
      'serviceProject.designed',
      { type: 'serviceProject', id: project.id },
      {
        year: input.year,
        quarter: input.quarter,
        number: project.number,
        title: project.title,
        designerKind: project.designer_kind,
        designerName: project.designer_name,
        needIds,
        resourceIds,
        targets: project.targets,
        budgetFen: budget,
        designedOn,
      },
    );
    return (await findProject(tx, cmd.villageId, project.id))!;
  });
}
