import { DomainError } from '@cunzhi/core/errors';
import type { CommandContext } from '../../../platform/command.ts';
import { recordEvent } from '../../../platform/audit/record.ts';
import { findMatter, setMatterStatus } from '../repository.ts';

/** Withdraws an open matter (撤回议题); a decided one must be revoked by a new matter instead. */
export async function withdrawMatter(
  cmd: CommandContext,
  input: { matterId: string; reason?: string | undefined },
): Promise<{ id: string; status: 'withdrawn' }> {
  return cmd.db.transaction(async (tx) => {
    const matter = await findMatter(tx, cmd.villageId, input.matterId, { forUpdate: true });
    if (!matter) throw new DomainError('not_found', { what: 'matter' });
    if (matter.status === 'withdrawn') throw new DomainError('matter_withdrawn');
    if (matter.status !== 'open') throw new DomainError('matter_not_open');
    await setMatterStatus(tx, cmd.villageId, matter.id, 'withdrawn');
    await recordEvent(
      cmd,
      tx,
      'matter.withdrawn',
      { type: 'matter', id: matter.id },
      { number: matter.number, reason: input.reason ?? '' },
    );
    return { id: matter.id, status: 'withdrawn' as const };
  });
}
