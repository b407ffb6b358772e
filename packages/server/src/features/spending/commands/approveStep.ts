import type { ApprovalStep } from '@cunzhi/core/spending/chain';
import type { CommandContext } from '../../../platform/command.ts';
import { signStep } from './signing.ts';

/** Approves the next step of a request's chain (审核, 主任审批, 监委会审核, the town's check), by its seat. */
export async function approveStep(
  cmd: CommandContext,
  input: {
    requestId: string;
    step: ApprovalStep;
    on?: string | undefined;
    signerId?: string | undefined;
    note?: string | undefined;
  },
): Promise<void> {
  await signStep(cmd, { ...input, note: input.note ?? '' }, 'approved');
}
