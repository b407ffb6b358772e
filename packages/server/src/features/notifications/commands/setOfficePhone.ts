import { DomainError } from '@cunzhi/core/errors';
import type { CommandContext } from '../../../platform/command.ts';
import { recordEvent } from '../../../platform/audit/record.ts';
import { setOfficePhone as writeOfficePhone } from '../repository.ts';

/**
 * The two committees record the village office's phone (村委会联系电话), which the texts to someone
 * outside the registry give as where to ask; an empty one clears it. Audited as village.officePhoneSet
 * with the number before and after (an office's, not a person's). Setting the same number again
 * records nothing.
 */
export async function setOfficePhone(
  cmd: CommandContext,
  input: { officePhone?: string | undefined },
): Promise<{ officePhone: string | null }> {
  if (input.officePhone === undefined)
    throw new DomainError('validation_failed', {}, [
      { field: 'officePhone', error: 'field_required' },
    ]);
  const phone = input.officePhone || null;
  return cmd.db.transaction(async (tx) => {
    const { before } = await writeOfficePhone(tx, cmd.villageId, phone);
    if (before !== phone)
      await recordEvent(
        cmd,
        tx,
        'village.officePhoneSet',
        { type: 'village', id: cmd.villageId },
        { before, after: phone },
      );
    return { officePhone: phone };
  });
}
