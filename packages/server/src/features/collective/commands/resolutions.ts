import {
  COLLECTIVE_POWER_NAMES,
  type CollectivePower,
} from '@cunzhi/core/collective/meetings/powers';
import { DomainError } from '@cunzhi/core/errors';
import { MEETING_KIND_INFO, type MeetingKind } from '@cunzhi/core/meetings/meetingKinds';
import type { Queryable } from '../../../platform/db/database.ts';
import { organisationResolutionOf, type OrgResolution } from '../repository.ts';

/**
 * The resolution an act of the organisation rests on: in force, of a valid meeting of THIS
 * organisation, made by one of its bodies named (its members' assembly confirms and adopts the
 * charter, Arts. 12 and 26; the council or the assembly consents to an exit, Art. 16), and — where
 * the act is one of Art. 26's powers — on a motion exercising that power (a budget's resolution
 * confirms nobody). Otherwise the field is refused naming what should have decided.
 */
export async function organisationResolution(
  db: Queryable,
  villageId: string,
  orgId: string,
  resolutionId: string,
  kinds: readonly MeetingKind[],
  field: string,
  power?: CollectivePower,
): Promise<OrgResolution> {
  const r = await organisationResolutionOf(db, villageId, resolutionId);
  const refuse = (error: 'collective_resolution_unfit' | 'collective_resolution_power') => {
    const meeting = kinds.map((k) => MEETING_KIND_INFO[k].zh).join('或');
    const params: Record<string, string> = power
      ? { meeting, power: COLLECTIVE_POWER_NAMES[power].zh }
      : { meeting };
    return new DomainError('validation_failed', {}, [{ field, error, params }]);
  };
  if (
    !r ||
    r.revokedOn ||
    r.meetingInvalidReason ||
    r.orgId !== orgId ||
    !kinds.includes(r.meetingKind)
  )
    throw refuse('collective_resolution_unfit');
  if (power && r.power !== power) throw refuse('collective_resolution_power');
  return r;
}
