import { randomUUID } from 'node:crypto';
import { MATTER_CATEGORIES, type MatterCategory } from '@cunzhi/core/matters/categories';
import { collectiveMatterFinding, villagersBodiesDecide } from '@cunzhi/core/matters/routing';
import { RuleRefusal } from '@cunzhi/core/rules/findings';
import {
  WORKFLOW_IDS,
  workflowFinding,
  workflowsFor,
  type WorkflowId,
} from '@cunzhi/core/matters/workflows';
import { parseYuan, toYuanText } from '@cunzhi/core/money';
import type { CommandContext } from '../../../platform/command.ts';
import type { Tx } from '../../../platform/db/database.ts';
import { recordEvent } from '../../../platform/audit/record.ts';
import { findResolution, insertMatter } from '../repository.ts';
import { actingAccount, fieldError } from './shared.ts';
import { hasCollectiveOrganisation } from '../facts.ts';

export interface MatterInput {
  title: string;
  description?: string | undefined;
  /** as typed: `450,000`, `¥1,680.32`; empty for none */
  budget?: string | undefined;
  category: string;
  workflow?: string | undefined;
  revokesResolutionId?: string | undefined;
}

/** Proposes a matter (议题): its category decides who may decide it and which procedures it may follow. */
export async function createMatter(
  cmd: CommandContext,
  input: MatterInput,
): Promise<{ id: string; number: number }> {
  return cmd.db.transaction((tx) => openMatter(cmd, tx, input));
}

/**
 * The matter's checks and its writing inside a transaction the caller holds: another
 * capability's command that opens a matter as part of its own act (积分换项目's award opens a
 * public-welfare matter in each winning village) passes the same checks.
 */
export async function openMatter(
  cmd: CommandContext,
  tx: Tx,
  input: MatterInput,
): Promise<{ id: string; number: number }> {
  const budget = parseYuan(input.budget ?? '');
  if ('problem' in budget) fieldError('budget', budget.problem);
  if (!(MATTER_CATEGORIES as readonly string[]).includes(input.category))
    fieldError('category', 'enum_invalid');
  const category = input.category as MatterCategory;
  // from 2026 the villagers' bodies no longer decide the collective's property and members'
  // rights, unless the village has no organisation and its committee acts for it (Art. 64)
  const today = cmd.clock.today();
  if (!villagersBodiesDecide(category, today, await hasCollectiveOrganisation(tx, cmd.villageId)))
    throw new RuleRefusal(collectiveMatterFinding(category, null, today));
  const workflow = input.workflow ?? workflowsFor(category)[0];
  if (!workflow || !(WORKFLOW_IDS as readonly string[]).includes(workflow))
    fieldError('workflow', 'enum_invalid');
  // a procedure that exists but is not this category's is refused in law, not as a bad value
  const wrongWorkflow = workflowFinding(category, workflow as WorkflowId, today);
  if (wrongWorkflow) throw new RuleRefusal(wrongWorkflow);
  if (category === 'revokeDecision' && !input.revokesResolutionId)
    fieldError('revokesResolutionId', 'field_required');
  if (category !== 'revokeDecision' && input.revokesResolutionId)
    fieldError('revokesResolutionId', 'field_invalid');
  if (input.revokesResolutionId) {
    const target = await findResolution(tx, cmd.villageId, input.revokesResolutionId);
    if (!target || target.revoked_by !== null) fieldError('revokesResolutionId', 'field_invalid');
  }
  const id = randomUUID();
  const number = await insertMatter(tx, cmd.villageId, {
    id,
    title: input.title,
    description: input.description ?? '',
    budget: budget.fen,
    category,
    workflow: workflow as WorkflowId,
    revokesResolutionId: input.revokesResolutionId ?? null,
    createdBy: actingAccount(cmd),
  });
  await recordEvent(
    cmd,
    tx,
    'matter.created',
    { type: 'matter', id },
    {
      number,
      title: input.title,
      budget: budget.fen === null ? null : toYuanText(budget.fen),
      category,
      workflow,
      revokesResolutionId: input.revokesResolutionId ?? null,
    },
  );
  return { id, number };
}
