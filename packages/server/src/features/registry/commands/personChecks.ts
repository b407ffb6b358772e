import { DomainError, type FieldProblem } from '@cunzhi/core/errors';
import {
  validatePerson,
  type PersonDraft,
  type PersonFields,
} from '@cunzhi/core/registry/validatePerson';
import type { CalendarDate } from '@cunzhi/core/calendarDate';
import type { Queryable } from '../../../platform/db/database.ts';
import { householdHeadId, residentIdOwner } from '../repository/persons.ts';

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
