import { DomainError } from '@cunzhi/core/errors';
import type { CommandContext } from '../../../platform/command.ts';
import { findResolution } from '../../matters/repository.ts';

/** The charter is the assembly's: a clause is adopted or repealed by one of its resolutions. */
export async function requireAssemblyResolution(
  cmd: CommandContext,
  resolutionId: string,
): Promise<void> {
  const r = await findResolution(cmd.db, cmd.villageId, resolutionId);
  if (!r || r.meeting_kind !== 'villagersAssembly')
    throw new DomainError('validation_failed', {}, [
      { field: 'resolutionId', error: 'resolution_not_assembly' },
    ]);
}

/** A date a clause takes effect: one that has come. */
export function requireNotFuture(cmd: CommandContext, field: string, on: string): void {
  if (on > cmd.clock.today())
    throw new DomainError('validation_failed', {}, [{ field, error: 'date_in_future' }]);
}
