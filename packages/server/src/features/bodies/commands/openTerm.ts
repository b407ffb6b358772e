import { randomUUID } from 'node:crypto';
import { DomainError } from '@cunzhi/core/errors';
import type { CommandContext } from '../../../platform/command.ts';
import { recordEvent } from '../../../platform/audit/record.ts';
import { dateField } from '../../../platform/fields.ts';
import { insertTerm, listTerms } from '../repository.ts';
import { refuseTownOnceCommitteeServes, requireBody } from './shared.ts';

/** Opens a new term of a body (换届). Terms of one body may not overlap. */
export async function openTerm(
  cmd: CommandContext,
  input: { bodyId: string; startsOn: string; endsOn: string },
) {
  await requireBody(cmd.db, cmd.villageId, input.bodyId);
  await refuseTownOnceCommitteeServes(cmd);
  const startsOn = dateField('startsOn', input.startsOn);
  const endsOn = dateField('endsOn', input.endsOn);
  if (endsOn <= startsOn)
    throw new DomainError('validation_failed', {}, [{ field: 'endsOn', error: 'term_invalid' }]);
  const id = randomUUID();
  return cmd.db.transaction(async (tx) => {
    const overlapping = (await listTerms(tx, cmd.villageId, input.bodyId)).find(
      (t) => t.starts_on <= endsOn && startsOn <= t.ends_on,
    );
    if (overlapping) {
      throw new DomainError('validation_failed', {}, [
        { field: 'startsOn', error: 'date_order', params: { other: overlapping.ends_on } },
      ]);
    }
    await insertTerm(tx, cmd.villageId, { id, bodyId: input.bodyId, startsOn, endsOn });
    await recordEvent(
      cmd,
      tx,
      'bodyTerm.opened',
      { type: 'body', id: input.bodyId },
      { termId: id, startsOn, endsOn },
    );
    return { id, bodyId: input.bodyId, startsOn, endsOn };
  });
}
