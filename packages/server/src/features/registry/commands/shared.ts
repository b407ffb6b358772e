import { DomainError, type FieldProblem } from '@cunzhi/core/errors';
import {
  validatePerson,
  type PersonDraft,
  type PersonFields,
} from '@cunzhi/core/registry/validatePerson';
import type { CalendarDate } from '@cunzhi/core/calendarDate';
import type { CommandContext } from '../../../platform/command.ts';
import type { Queryable, Tx } from '../../../platform/db/database.ts';
import { recordEvent } from '../../../platform/audit/record.ts';
import {
  householdHeadId,
  insertPersons,
  personValues,
  residentIdOwner,
  type PersonRow,
} from '../repository/persons.ts';
import { gridExists, groupExists, householdNumberOwner } from '../repository/households.ts';

/** The fields of a household a cadre writes (its id and version aside). */
export interface HouseholdFields {
  number: string;
  villagerGroupId: string;
  gridId: string | null;
  address: string;
}

/** Field checks from core, then the checks that need the register: unique ID number, one head per household. */
export async function checkPersonForHousehold(
  db: Queryable,
  villageId: string,
  input: { draft: PersonDraft; householdId: string; personId: string | null; today: CalendarDate },
): Promise<PersonFields> {
  const checked = validatePerson(input.draft, input.today);
  if (!checked.ok) throw new DomainError('validation_failed', {}, checked.problems);
  const p = checked.value;
  const problems: FieldProblem[] = [];
  if (p.residentIdNumber) {
    const owner = await residentIdOwner(db, villageId, p.residentIdNumber);
    if (owner && owner !== input.personId)
      problems.push({ field: 'residentIdNumber', error: 'resident_id_taken' });
  }
  const head = await householdHeadId(db, villageId, input.householdId);
  const becomesSecondHead = p.relationToHead === 'head' && head !== null && head !== input.personId;
  const headLeaves = p.relationToHead !== 'head' && head !== null && head === input.personId;
  if (becomesSecondHead || headLeaves)
    problems.push({ field: 'relationToHead', error: 'household_head_required' });
  if (problems.length > 0) throw new DomainError('validation_failed', {}, problems);
  return p;
}

/** The checks of a household that need the register: a free number, a group and grid of this village. */
export async function checkHouseholdFields(
  db: Queryable,
  villageId: string,
  h: HouseholdFields,
  householdId: string | null,
): Promise<void> {
  const problems: FieldProblem[] = [];
  const owner = await householdNumberOwner(db, villageId, h.number);
  if (owner && owner !== householdId)
    problems.push({ field: 'number', error: 'household_number_taken' });
  if (!(await groupExists(db, villageId, h.villagerGroupId)))
    problems.push({ field: 'villagerGroupId', error: 'field_invalid' });
  if (h.gridId && !(await gridExists(db, villageId, h.gridId)))
    problems.push({ field: 'gridId', error: 'field_invalid' });
  if (problems.length > 0) throw new DomainError('validation_failed', {}, problems);
}

/** What changed between two versions of a record, for the audit event and the history screen. */
export function changesBetween<T extends object>(
  before: T,
  after: T,
): Record<string, { from: unknown; to: unknown }> {
  const changes: Record<string, { from: unknown; to: unknown }> = {};
  for (const key of Object.keys(after) as (keyof T & string)[]) {
    if (before[key] !== after[key])
      changes[key] = { from: before[key] ?? null, to: after[key] ?? null };
  }
  return changes;
}

/** A stored person as core's fields, the base an edit is laid over. */
export function personFieldsOf(row: PersonRow): PersonFields {
  return {
    name: row.name,
    gender: row.gender,
    birthDate: row.birth_date as PersonFields['birthDate'],
    residentIdNumber: row.resident_id_number,
    phone: row.phone,
    relationToHead: row.relation_to_head,
    residenceStatus: row.residence_status,
    residenceSince: row.residence_since as PersonFields['residenceSince'],
    partyMember: row.party_member,
    partyJoinedOn: row.party_joined_on as PersonFields['partyJoinedOn'],
  };
}

/** A partial edit without its absent fields, so spreading it keeps the stored values. */
export function definedOnly<T extends object>(o: T): Partial<T> {
  return Object.fromEntries(Object.entries(o).filter(([, v]) => v !== undefined)) as Partial<T>;
}

/** Writes a checked new person into a household and records it (a household's head, or a member added later). */
export async function writeNewPerson(
  cmd: CommandContext,
  tx: Tx,
  p: { id: string; householdId: string; fields: PersonFields },
): Promise<void> {
  await insertPersons(tx, [personValues(cmd.villageId, p.id, p.householdId, p.fields)]);
  await recordEvent(
    cmd,
    tx,
    'person.added',
    { type: 'person', id: p.id },
    { householdId: p.householdId, ...p.fields },
  );
}
