import { DomainError, type ErrorId } from '@cunzhi/core/errors';
import type { CommandContext } from '../../../platform/command.ts';

/** Refuses the input, naming the field at fault. */
export function fieldError(
  field: string,
  error: ErrorId,
  params: Record<string, string | number> = {},
): never {
  throw new DomainError('validation_failed', {}, [{ field, error, params }]);
}

/** The account that acts: matters, steps and notices name who entered them. */
export function actingAccount(cmd: CommandContext): string {
  if (!cmd.actorAccountId) throw new Error('a matter command needs an acting account');
  return cmd.actorAccountId;
}
