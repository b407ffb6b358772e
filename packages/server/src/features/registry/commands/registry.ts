import { randomUUID } from 'node:crypto';
import { DomainError, type FieldProblem } from '@cunzhi/core/errors';
import type { PersonDraft, PersonFields } from '@cunzhi/core/registry/validatePerson';
import type { AppContext } from '../../../platform/http/context.ts';
import { appendAuditEvent } from '../../../platform/audit/appendAuditEvent.ts';
import {
  findHousehold,
  gridExists,
  groupExists,
  householdNumberOwner,
  insertHouseholds,
  updateHouseholdRow,
} from '../repository/households.ts';
import {
  findPerson,
  insertPersons,
  personValues,
  updatePersonRow,
  type PersonRow,
} from '../repository/persons.ts';
import { changesBetween, checkPersonForHousehold } from './personChecks.ts';
import type { Queryable } from '../../../platform/db/database.ts';

interface Who {
  villageId: string;
  actorAccountId: string;
}

export interface HouseholdFields {
  number: string;
  villagerGroupId: string;
  gridId: string | null;
  address: string;
}

async function checkHouseholdFields(
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

/** 立户: a new household with its head, in one step (a household never exists without a head). */
export async function createHousehold(
  ctx: AppContext,
  who: Who,
  input: HouseholdFields & { head: PersonDraft },
) {
  const householdId = randomUUID();
  const personId = randomUUID();
  // check the household and its head together, so the form shows every problem at once
  const [headResult, householdResult] = await Promise.allSettled([
    checkPersonForHousehold(ctx.db, who.villageId, {
      draft: { ...input.head, relationToHead: 'head' },
      householdId,
      personId,
      today: ctx.clock.today(),
    }),
    checkHouseholdFields(ctx.db, who.villageId, input, null),
  ]);
  if (headResult.status === 'rejected' || householdResult.status === 'rejected') {
    const fieldsOf = (r: PromiseSettledResult<unknown>, prefix: string) =>
      r.status === 'rejected' && r.reason instanceof DomainError
        ? r.reason.fields.map((f) => ({ ...f, field: `${prefix}${f.field}` }))
        : [];
    const problems = [...fieldsOf(householdResult, ''), ...fieldsOf(headResult, 'head.')];
    if (problems.length > 0) throw new DomainError('validation_failed', {}, problems);
    throw headResult.status === 'rejected'
      ? headResult.reason
      : (householdResult as PromiseRejectedResult).reason;
  }
  const head = headResult.value;
  const household = {
    id: householdId,
    number: input.number,
    villagerGroupId: input.villagerGroupId,
    gridId: input.gridId,
    address: input.address,
  };
  await ctx.db.transaction(async (tx) => {
    await insertHouseholds(tx, who.villageId, [household]);
    await insertPersons(tx, [personValues(who.villageId, personId, householdId, head)]);
    const occurredAt = ctx.clock.now();
    await appendAuditEvent(tx, {
      chainId: who.villageId,
      actorAccountId: who.actorAccountId,
      action: 'household.created',
      targetType: 'household',
      targetId: householdId,
      data: household,
      occurredAt,
    });
    await appendAuditEvent(tx, {
      chainId: who.villageId,
      actorAccountId: who.actorAccountId,
      action: 'person.added',
      targetType: 'person',
      targetId: personId,
      data: { householdId, ...head },
      occurredAt,
    });
  });
  return { household, headPersonId: personId };
}

export async function updateHousehold(
  ctx: AppContext,
  who: Who,
  householdId: string,
  input: Partial<HouseholdFields> & { version: number },
) {
  const current = await findHousehold(ctx.db, who.villageId, householdId);
  if (!current) throw new DomainError('not_found', { what: 'household' });
  const before: HouseholdFields = {
    number: current.number,
    villagerGroupId: current.villager_group_id,
    gridId: current.grid_id,
    address: current.address,
  };
  const after: HouseholdFields = { ...before, ...definedOnly(input) };
  await checkHouseholdFields(ctx.db, who.villageId, after, householdId);
  const changes = changesBetween(before, after);
  await ctx.db.transaction(async (tx) => {
    if (!(await updateHouseholdRow(tx, who.villageId, householdId, input.version, after)))
      throw new DomainError('conflict_stale');
    await appendAuditEvent(tx, {
      chainId: who.villageId,
      actorAccountId: who.actorAccountId,
      action: 'household.updated',
      targetType: 'household',
      targetId: householdId,
      data: { changes },
      occurredAt: ctx.clock.now(),
    });
  });
  return { id: householdId, ...after, version: input.version + 1 };
}

export async function addPerson(
  ctx: AppContext,
  who: Who,
  householdId: string,
  draft: PersonDraft,
) {
  if (!(await findHousehold(ctx.db, who.villageId, householdId)))
    throw new DomainError('not_found', { what: 'household' });
  const personId = randomUUID();
  const person = await checkPersonForHousehold(ctx.db, who.villageId, {
    draft,
    householdId,
    personId,
    today: ctx.clock.today(),
  });
  await ctx.db.transaction(async (tx) => {
    await insertPersons(tx, [personValues(who.villageId, personId, householdId, person)]);
    await appendAuditEvent(tx, {
      chainId: who.villageId,
      actorAccountId: who.actorAccountId,
      action: 'person.added',
      targetType: 'person',
      targetId: personId,
      data: { householdId, ...person },
      occurredAt: ctx.clock.now(),
    });
  });
  return { id: personId, householdId, ...person, version: 1 };
}

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

/** Edits a person (or moves them to another household: 分户/迁户), with optimistic locking on `version`. */
export async function updatePerson(
  ctx: AppContext,
  who: Who,
  personId: string,
  input: PersonDraft & { version: number; householdId?: string },
) {
  const current = await findPerson(ctx.db, who.villageId, personId);
  if (!current) throw new DomainError('not_found', { what: 'person' });
  const householdId = input.householdId ?? current.household_id;
  if (
    householdId !== current.household_id &&
    !(await findHousehold(ctx.db, who.villageId, householdId))
  ) {
    throw new DomainError('validation_failed', {}, [
      { field: 'householdId', error: 'field_invalid' },
    ]);
  }
  const before = personFieldsOf(current);
  const { version, householdId: _moved, ...draft } = input;
  const after = await checkPersonForHousehold(ctx.db, who.villageId, {
    draft: { ...before, ...definedOnly(draft) },
    householdId,
    personId,
    today: ctx.clock.today(),
  });
  const changes = changesBetween(
    { ...before, householdId: current.household_id },
    { ...after, householdId },
  );
  await ctx.db.transaction(async (tx) => {
    if (!(await updatePersonRow(tx, who.villageId, personId, version, householdId, after)))
      throw new DomainError('conflict_stale');
    await appendAuditEvent(tx, {
      chainId: who.villageId,
      actorAccountId: who.actorAccountId,
      action: 'person.updated',
      targetType: 'person',
      targetId: personId,
      data: { changes },
      occurredAt: ctx.clock.now(),
    });
  });
  return { id: personId, householdId, ...after, version: version + 1 };
}

function definedOnly<T extends object>(o: T): Partial<T> {
  return Object.fromEntries(Object.entries(o).filter(([, v]) => v !== undefined)) as Partial<T>;
}
