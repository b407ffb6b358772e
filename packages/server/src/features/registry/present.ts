import { ageOn, type CalendarDate } from '@cunzhi/core/calendarDate';
import type { CloseRelation } from '@cunzhi/core/registry/kinship';
import { HIDDEN_DATE, maskResidentId } from '@cunzhi/core/registry/residentIdNumber';
import type { AuditListRow } from '../../platform/audit/repository.ts';
import type { HouseholdListRow, HouseholdRow } from './repository/households.ts';
import type { KinMemberRow, PersonRow } from './repository/persons.ts';

type Changes = Record<string, { from: unknown; to: unknown }>;

/**
 * A person as the viewer may see them. Unless they may see this person's ID number in full, it
 * comes masked and the birth date not at all, only the age in years: the mask keeps too little to
 * be rebuilt from the age and gender (core `maskResidentId`), but with the birth date beside it,
 * any mask keeping the last characters would give the number back. Lists and household tables pass
 * `showIdNumber: false` for every viewer: a table serves with the masked number.
 */
export function presentPerson(p: PersonRow, today: CalendarDate, showIdNumber: boolean) {
  return {
    id: p.id,
    householdId: p.household_id,
    householdNumber: p.household_number,
    name: p.name,
    gender: p.gender,
    birthDate: showIdNumber ? p.birth_date : null,
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

/**
 * Masks ID numbers inside audit change records for viewers who may not see them, and hides birth
 * dates there as on the page (a recorded birth date beside the masked number would rebuild it).
 */
export function maskChanges(changes: Changes, showIdNumber: boolean): Changes {
  if (showIdNumber) return changes;
  const masked = { ...changes };
  const { residentIdNumber, birthDate } = changes;
  const idMask = (v: unknown) => (typeof v === 'string' ? maskResidentId(v) : v);
  const dateMask = (v: unknown) => (typeof v === 'string' && v ? HIDDEN_DATE : v);
  if (residentIdNumber)
    masked.residentIdNumber = {
      from: idMask(residentIdNumber.from),
      to: idMask(residentIdNumber.to),
    };
  if (birthDate) masked.birthDate = { from: dateMask(birthDate.from), to: dateMask(birthDate.to) };
  return masked;
}

export const presentHouseholdListItem = (h: HouseholdListRow) => ({
  id: h.id,
  number: h.number,
  headName: h.head_name,
  groupName: h.group_name,
  gridName: h.grid_name,
  address: h.address,
  memberCount: h.member_count,
});

export const presentHousehold = (h: HouseholdRow) => ({
  id: h.id,
  number: h.number,
  villagerGroupId: h.villager_group_id,
  gridId: h.grid_id,
  address: h.address,
  version: h.version,
});

/** One event of a person's history, with what it changed (masked as the page is). */
export function presentHistoryItem(e: AuditListRow, showIdNumber: boolean) {
  const data = (e.data ?? {}) as { changes?: Changes };
  return {
    seq: e.seq,
    action: e.action,
    actorName: e.actor_name,
    // the driver reads timestamptz as a Date; the API carries ISO 8601 text (as JSON.stringify wrote it)
    occurredAt: new Date(e.occurred_at).toISOString(),
    changes: data.changes ? maskChanges(data.changes, showIdNumber) : {},
  };
}

export const presentRelative = (r: { person: KinMemberRow; relation: CloseRelation }) => ({
  personId: r.person.id,
  name: r.person.name,
  householdId: r.person.household_id,
  relation: r.relation,
});
