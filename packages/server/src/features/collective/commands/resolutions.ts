import { DomainError } from '@cunzhi/core/errors';
import { MEETING_KIND_INFO, type MeetingKind } from '@cunzhi/core/meetings/meetingKinds';
import type { Queryable } from '../../../platform/db/database.ts';
import { organisationResolutionOf, type OrgResolution } from '../repository.ts';

/**
 * The resolution an act of the organisation rests on: in force, of a valid meeting of THIS
 * organisation, and made by one of its bodies named (its members' assembly confirms and adopts
 * the charter, Arts. 12 and 26; the council or the assembly consents to an exit, Art. 16).
 * Otherwise the field is refused naming the body that should have decided.
 */
export async function organisationResolution(
  db: Queryable,
  villageId: string,
  orgId: string,
  resolutionId: string,
  kinds: readonly MeetingKind[],
  field: string,
): Promise<OrgResolution> {
  const r = await organisationResolutionOf(db, villageId, resolutionId);
  if (
    !r ||
    r.revokedOn ||
    r.meetingInvalidReason ||
    r.orgId !== orgId ||
    !kinds.includes(r.meetingKind)
  )
    throw new DomainError('validation_failed', {}, [
      {
        field,
        error: 'collective_resolution_unfit',
        params: { meeting: kinds.map((k) => MEETING_KIND_INFO[k].zh).join('或') },
      },
    ]);
  return r;
}
