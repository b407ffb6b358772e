import { randomUUID } from 'node:crypto';
import { DomainError } from '@cunzhi/core/errors';
import { checkAdmission, versionInForce } from '@cunzhi/core/workAdmission/admission';
import { sendingTowns } from '@cunzhi/core/workAdmission/staff';
import type { SendBody } from '@cunzhi/contract/workAdmission';
import type { z } from 'zod';
import { recordEvent } from '../../../platform/audit/record.ts';
import { dateField } from '../../../platform/fields.ts';
import { insertTask, itemsOf, versionsOf, villagesByIds } from '../repository.ts';
import { notBeforeToday, type StaffAct } from './staffAct.ts';

const fieldError = (field: string, error: 'admission_village_not_yours') => {
  throw new DomainError('validation_failed', {}, [{ field, error }]);
};

/**
 * A town sends a task (department, content, legal basis, deadline, the list item it relies on)
 * to villages of that town. It is checked against the county's version in force today — an
 * assistance item is admissible, a self-governance item returned, a burden-reduction item or none
 * refused — and lands in each village with that verdict, for its committee to record its
 * decision. One row and one audit event per village, in one transaction.
 */
export async function sendTask(act: StaffAct, input: z.output<typeof SendBody>) {
  const towns = sendingTowns(act.actor);
  if (towns.length === 0) throw new DomainError('forbidden');
  const today = act.clock.today();
  const deadline = dateField('deadline', input.deadline);
  notBeforeToday('deadline', deadline, today);
  const ids = [...new Set(input.villageIds)];
  const villages = await villagesByIds(act.db, ids);
  const townId = villages[0]?.town_id;
  // one town sends one batch: every village of it, and the official serves its government
  if (
    !townId ||
    villages.length !== ids.length ||
    !towns.includes(townId) ||
    villages.some((v) => v.town_id !== townId)
  )
    return fieldError('villageIds', 'admission_village_not_yours');
  const countyId = villages[0]!.county_id;
  const versions = await versionsOf(act.db, [countyId]);
  const version = versionInForce(
    versions.map((v) => ({ ...v, effectiveOn: v.effective_on })),
    today,
  );
  if (!version) throw new DomainError('admission_no_lists');
  let item = null;
  if (input.listItemId) {
    item = (await itemsOf(act.db, [version.id])).find((i) => i.id === input.listItemId) ?? null;
    if (!item)
      throw new DomainError('validation_failed', {}, [
        {
          field: 'listItemId',
          error: 'admission_item_not_in_force',
          params: { version: version.number },
        },
      ]);
  }
  const check = checkAdmission(item);
  const batchId = randomUUID();
  await act.db.transaction(async (tx) => {
    for (const village of villages) {
      const id = randomUUID();
      await insertTask(tx, {
        id,
        villageId: village.id,
        batchId,
        townId,
        department: input.department,
        content: input.content,
        legalBasis: input.legalBasis,
        deadline,
        versionId: version.id,
        listItemId: item?.id ?? null,
        verdict: check.verdict,
        sentOn: today,
        sentAt: act.clock.now(),
        sentBy: act.accountId,
      });
      await recordEvent(
        { villageId: village.id, actorAccountId: act.accountId, clock: act.clock },
        tx,
        'workTask.sent',
        { type: 'workTask', id },
        {
          batchId,
          department: input.department,
          deadline,
          version: version.number,
          item: item && { list: item.list, seq: item.seq },
          verdict: check.verdict,
        },
      );
    }
  });
  return { batchId, sent: villages.length, ...check };
}
