import { DomainError } from '@cunzhi/core/errors';
import type { CalendarDate } from '@cunzhi/core/calendarDate';
import type { CommandContext } from '../../../platform/command.ts';
import { recordEvent } from '../../../platform/audit/record.ts';
import { dateField } from '../../../platform/fields.ts';
import { listAuthorisations, setAuthorisationRevoked } from '../repository.ts';
import { fieldError } from './shared.ts';

/** Ends an authorisation from a date (the assembly takes the matters back). */
export async function revokeAuthorisation(
  cmd: CommandContext,
  input: { authorisationId: string; revokedOn?: string | undefined },
): Promise<{ id: string; revokedOn: CalendarDate }> {
  const revokedOn = input.revokedOn ? dateField('revokedOn', input.revokedOn) : cmd.clock.today();
  return cmd.db.transaction(async (tx) => {
    const a = (await listAuthorisations(tx, cmd.villageId)).find(
      (x) => x.id === input.authorisationId,
    );
    if (!a) throw new DomainError('not_found', { what: 'authorisation' });
    if (a.revoked_on !== null) throw new DomainError('conflict_stale');
    if (revokedOn < a.starts_on) fieldError('revokedOn', 'date_order', { other: a.starts_on });
    await setAuthorisationRevoked(tx, cmd.villageId, a.id, revokedOn);
    await recordEvent(
      cmd,
      tx,
      'authorisation.revoked',
      { type: 'authorisation', id: a.id },
      { revokedOn },
    );
    return { id: a.id, revokedOn };
  });
}
