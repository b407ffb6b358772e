import type { ApprovalStep } from '@cunzhi/core/spending/chain';
import type { CommandContext } from '../../../platform/command.ts';
import { signStep } from './signing.ts';

/** Refuses a request at the step the signer holds (with the reason, recorded): the request closes unpaid. */
export async function refuseStep(
  cmd: CommandContext,
  input: {
    requestId: string;
    step: ApprovalStep;
    on?: string | undefined;
    signerId?: string | undefined;
    reason: string;
  },
): Promise<void> {
  await signStep(cmd, { ...input, note: input.reason }, 'refused');
}
