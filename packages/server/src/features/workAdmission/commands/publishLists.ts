import { randomUUID } from 'node:crypto';
import { DomainError } from '@cunzhi/core/errors';
import {
  ADMISSION_LISTS,
  checkNewVersion,
  type AdmissionList,
} from '@cunzhi/core/workAdmission/admission';
import { publishingCounties } from '@cunzhi/core/workAdmission/staff';
import type { PublishBody } from '@cunzhi/contract/workAdmission';
import type { z } from 'zod';
import { appendAuditEvent } from '../../../platform/audit/appendAuditEvent.ts';
import { dateField } from '../../../platform/fields.ts';
import { insertVersion, lockVersions } from '../repository.ts';
import { notBeforeToday, type StaffAct } from './staffAct.ts';

/**
 * The county government publishes a new version of its three lists (三张清单): numbered next,
 * taking effect on a later day than the last (never before today: a list does not reach back
 * over tasks already checked), each list's items numbered in the order given. Versions are
 * never edited. Recorded on the county's audit chain, in one transaction.
 */
export async function publishLists(
  act: StaffAct,
  input: z.output<typeof PublishBody>,
): Promise<{ versionId: string; countyId: string }> {
  const counties = publishingCounties(act.actor);
  if (counties.length === 0) throw new DomainError('forbidden');
  const countyId = input.countyId ?? (counties.length === 1 ? counties[0] : undefined);
  if (!countyId)
    throw new DomainError('validation_failed', {}, [
      { field: 'countyId', error: 'field_required' },
    ]);
  if (!counties.includes(countyId)) throw new DomainError('forbidden');
  const effectiveOn = dateField('effectiveOn', input.effectiveOn);
  notBeforeToday('effectiveOn', effectiveOn, act.clock.today());
  const items = {} as Record<AdmissionList, string[]>;
  for (const list of ADMISSION_LISTS) items[list] = input[list].filter((t) => t.length > 0);
  const id = randomUUID();
  await act.db.transaction(async (tx) => {
    const versions = await lockVersions(tx, countyId);
    const latest = versions.at(-1) ?? null;
    checkNewVersion({ effectiveOn, items }, latest?.effective_on ?? null);
    const number = (latest?.number ?? 0) + 1;
    const now = act.clock.now();
    await insertVersion(
      tx,
      {
        id,
        county_id: countyId,
        number,
        title: input.title,
        document_no: input.documentNo || null,
        effective_on: effectiveOn,
        published_at: now,
        published_by: act.accountId,
      },
      ADMISSION_LISTS.flatMap((list) =>
        items[list].map((text, i) => ({ id: randomUUID(), list, seq: i + 1, text })),
      ),
    );
    await appendAuditEvent(tx, {
      chainId: countyId,
      actorAccountId: act.accountId,
      action: 'admissionLists.published',
      targetType: 'admissionListVersion',
      targetId: id,
      data: {
        number,
        title: input.title,
        effectiveOn,
        counts: Object.fromEntries(ADMISSION_LISTS.map((l) => [l, items[l].length])),
      },
      occurredAt: now,
    });
  });
  return { versionId: id, countyId };
}
