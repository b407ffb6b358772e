import { DomainError } from '@cunzhi/core/errors';
import type { CalendarDate } from '@cunzhi/core/calendarDate';
import type { CommandContext } from '../../../platform/command.ts';
import { recordEvent } from '../../../platform/audit/record.ts';
import { dateField } from '../../../platform/fields.ts';
import { loadVillageProfile } from '../../../platform/rules/villageProfile.ts';
import { deleteCharterOverride } from '../repository.ts';
import { requireAssemblyResolution, requireNotFuture } from './shared.ts';

/**
 * Repeals a charter clause: the rule goes back to the base profile's values.
 * The clause and its repeal stay on the audit chain; meetings and steps
 * already checked keep the profile version they stored.
 */
export async function repealCharterOverride(
  cmd: CommandContext,
  input: { ruleId: string; repealedOn: string; resolutionId?: string | undefined },
): Promise<{
  ruleId: string;
  repealedOn: CalendarDate;
  profile: { id: string; version: string };
}> {
  const repealedOn = dateField('repealedOn', input.repealedOn);
  requireNotFuture(cmd, 'repealedOn', repealedOn);
  if (input.resolutionId) await requireAssemblyResolution(cmd, input.resolutionId);
  return cmd.db.transaction(async (tx) => {
    const clause = await deleteCharterOverride(tx, cmd.villageId, input.ruleId);
    if (!clause) throw new DomainError('not_found', { what: 'charterOverride' });
    if (repealedOn < clause.adopted_on)
      throw new DomainError('validation_failed', {}, [
        { field: 'repealedOn', error: 'date_order', params: { other: clause.adopted_on } },
      ]);
    const { profile } = await loadVillageProfile(tx, cmd.villageId, cmd.clock.today());
    await recordEvent(
      cmd,
      tx,
      'charterOverride.repealed',
      { type: 'rule', id: input.ruleId },
      {
        params: clause.params,
        adoptedOn: clause.adopted_on,
        repealedOn,
        resolutionId: input.resolutionId ?? null,
        profileVersion: profile.version,
      },
    );
    return {
      ruleId: input.ruleId,
      repealedOn,
      profile: { id: profile.id, version: profile.version },
    };
  });
}
