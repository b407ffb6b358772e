import { randomUUID } from 'node:crypto';
import { DomainError } from '@cunzhi/core/errors';
import { belongsToCollective, type MatterCategory } from '@cunzhi/core/matters/categories';
import type { CalendarDate } from '@cunzhi/core/calendarDate';
import type { CommandContext } from '../../../platform/command.ts';
import { recordEvent } from '../../../platform/audit/record.ts';
import { dateField } from '../../../platform/fields.ts';
import { findResolution, insertAuthorisation } from '../repository.ts';
import { DELEGABLE_CATEGORIES } from '../workflow.ts';
import { actingAccount, fieldError } from './shared.ts';

/**
 * Records an authorisation (2018 text Art. 24 para. 2, 2025 text Art. 28 para. 2): a villagers' assembly
 * resolution lets the representatives' meeting decide listed matters for a period.
 */
export async function createAuthorisation(
  cmd: CommandContext,
  input: { resolutionId: string; categories: string[]; startsOn: string; endsOn: string },
): Promise<{
  id: string;
  resolutionId: string;
  categories: MatterCategory[];
  startsOn: CalendarDate;
  endsOn: CalendarDate;
  revokedOn: null;
}> {
  const startsOn = dateField('startsOn', input.startsOn);
  const endsOn = dateField('endsOn', input.endsOn);
  // from 2026 the collective's matters are no longer the assembly's to hand on
  const problems = input.categories
    .filter(
      (c) =>
        !(DELEGABLE_CATEGORIES as string[]).includes(c) ||
        belongsToCollective(c as MatterCategory, startsOn),
    )
    .map((c) => ({
      field: 'categories',
      error: 'category_not_delegable' as const,
      params: { category: c },
    }));
  if (problems.length) throw new DomainError('validation_failed', {}, problems);
  if (endsOn < startsOn) fieldError('endsOn', 'date_order', { other: startsOn });
  const resolution = await findResolution(cmd.db, cmd.villageId, input.resolutionId);
  if (!resolution) fieldError('resolutionId', 'field_invalid');
  if (resolution.meeting_kind !== 'villagersAssembly')
    fieldError('resolutionId', 'resolution_not_assembly');
  if (resolution.revoked_by !== null || resolution.meeting_invalid_reason !== null)
    fieldError('resolutionId', 'field_invalid');
  if (startsOn < resolution.adopted_on)
    fieldError('startsOn', 'date_order', { other: resolution.adopted_on });
  const categories = [...new Set(input.categories)] as MatterCategory[];
  const id = randomUUID();
  return cmd.db.transaction(async (tx) => {
    await insertAuthorisation(tx, cmd.villageId, {
      id,
      resolutionId: resolution.id,
      categories,
      startsOn,
      endsOn,
      createdBy: actingAccount(cmd),
    });
    await recordEvent(
      cmd,
      tx,
      'authorisation.created',
      { type: 'authorisation', id },
      { resolutionId: resolution.id, categories, startsOn, endsOn },
    );
    return { id, resolutionId: resolution.id, categories, startsOn, endsOn, revokedOn: null };
  });
}
