import { ageOn, type CalendarDate } from '@cunzhi/core/calendarDate';
import { maskResidentId } from '@cunzhi/core/registry/residentIdNumber';
import type { PersonRow } from './repository/persons.ts';

/** A person as the viewer may see them: the ID number masked unless they may see it in full. */
export function presentPerson(p: PersonRow, today: CalendarDate, showIdNumber: boolean) {
  return {
    id: p.id,
    householdId: p.household_id,
    householdNumber: p.household_number,
    name: p.name,
    gender: p.gender,
    birthDate: p.birth_date,
    age: ageOn(p.birth_date as CalendarDate, today),
    residentIdNumber:
      p.resident_id_number && !showIdNumber
        ? maskResidentId(p.resident_id_number)
        : p.resident_id_number,
    residentIdMasked: Boolean(p.resident_id_number) && !showIdNumber,
    phone: p.phone,
    relationToHead: p.relation_to_head,
    residenceStatus: p.residence_status,
    residenceSince: p.residence_since,
    partyMember: p.party_member,
    partyJoinedOn: p.party_joined_on,
    version: p.version,
  };
}

/** Masks ID numbers inside audit change records for viewers who may not see them. */
export function maskChanges(
  changes: Record<string, { from: unknown; to: unknown }>,
  showIdNumber: boolean,
) {
  if (showIdNumber || !changes.residentIdNumber) return changes;
  const mask = (v: unknown) => (typeof v === 'string' ? maskResidentId(v) : v);
  return {
    ...changes,
    residentIdNumber: {
      from: mask(changes.residentIdNumber.from),
      to: mask(changes.residentIdNumber.to),
    },
  };
}
