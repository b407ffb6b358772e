import { randomUUID } from 'node:crypto';
import { DomainError } from '@cunzhi/core/errors';
import { workflowsFor, type WorkflowId } from '@cunzhi/core/matters/workflows';
import { formatYuan, fromYuanText, toYuanText } from '@cunzhi/core/money';
import type { CommandContext } from '../../../platform/command.ts';
import { recordEvent } from '../../../platform/audit/record.ts';
import { insertMatter } from '../../matters/repository.ts';
import { setHoldReferred } from '../repository.ts';
import { actDate, actingAccount, requireHold, requireInForce, requireRequest } from './shared.ts';

/**
 * Asks the representatives' meeting to consent to the hold (seed 002: 提请居民代表
 * 大会同意): opens a matter of the representatives' tier (较重大事务) through the
 * matters machinery, which then follows its own procedure to a resolution;
 * that resolution is what releases the hold. The procedure is the referrer's choice among
 * those of that tier (seed 002's community used "1+3"); 四议两公开 when none is named.
 */
export async function referHoldToRepresentatives(
  cmd: CommandContext,
  input: { holdId: string; on?: string | undefined; workflow?: WorkflowId | undefined },
): Promise<{ matterId: string; number: number }> {
  const on = actDate(cmd, 'on', input.on);
  const category = 'majorMatter' as const;
  const allowed = workflowsFor(category);
  const workflow = input.workflow ?? allowed[0]!;
  if (!allowed.includes(workflow))
    throw new DomainError('validation_failed', {}, [{ field: 'workflow', error: 'field_invalid' }]);
  const matterId = randomUUID();
  return cmd.db.transaction(async (tx) => {
    const hold = await requireHold(tx, cmd, input.holdId, { forUpdate: true });
    requireInForce(hold);
    if (hold.referred_matter_id) throw new DomainError('hold_referred');
    const request = await requireRequest(tx, cmd, hold.request_id);
    const amount = fromYuanText(request.amount);
    const title = `暂停支付${request.payee}${formatYuan(amount)}（${request.purpose}）`.slice(
      0,
      200,
    );
    const description = `村务监督委员会于${hold.decided_on ?? on}决定暂停支付第${request.number}号支出申请，提请村民代表会议同意。理由：${hold.reason}`;
    const number = await insertMatter(tx, cmd.villageId, {
      id: matterId,
      title,
      description,
      budget: amount,
      category,
      workflow,
      revokesResolutionId: null,
      createdBy: actingAccount(cmd),
    });
    await recordEvent(
      cmd,
      tx,
      'matter.created',
      { type: 'matter', id: matterId },
      {
        number,
        title,
        budget: toYuanText(amount),
        category,
        workflow,
        revokesResolutionId: null,
        spendingHoldId: hold.id,
      },
    );
    await setHoldReferred(tx, cmd.villageId, hold.id, matterId, on);
    await recordEvent(
      cmd,
      tx,
      'spending.holdReferred',
      { type: 'spendingHold', id: hold.id },
      { matterId, matterNumber: number, on },
    );
    return { matterId, number };
  });
}
