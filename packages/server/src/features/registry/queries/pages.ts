import { readAtChainVersion } from '../../../platform/audit/chainVersioned.ts';
import { DomainError } from '@cunzhi/core/errors';
import type { Actor, VillageScope } from '@cunzhi/core/policies/actor';
import { can, canReadHousehold } from '@cunzhi/core/policies/village';
import type { Queryable } from '../../../platform/db/database.ts';
import type { AppContext } from '../../../platform/http/context.ts';
import { auditEventsFor } from '../../../platform/audit/repository.ts';
import { findHousehold, searchHouseholds } from '../repository/households.ts';
import {
  findPerson,
  listHouseholdMembers,
  searchPersons,
  type PersonRow,
} from '../repository/persons.ts';
import { closeRelationBetween, closeRelativesOf } from './kinGraph.ts';

/** Who reads, and in which village: what a page may show depends on both. */
export interface Reader {
  actor: Actor;
  scope: VillageScope;
}

/** Whether the reader sees ID numbers in full (others see them masked). */
export const mayViewIds = (r: Reader): boolean => can(r.actor, 'viewResidentIdNumbers', r.scope);

interface Paging {
  q: string | null;
  page: number;
  pageSize: number;
}
const pageWindow = (p: Paging) => ({
  q: p.q,
  limit: p.pageSize,
  offset: (p.page - 1) * p.pageSize,
});

/**
 * The household list: number or any member's name, phone or ID number contains q — the ID number
 * only for readers who may see ID numbers, so that a search cannot confirm a guessed number.
 */
export function householdList(
  ctx: AppContext,
  reader: Reader,
  s: Paging & { groupId?: string; gridId?: string },
) {
  const villageId = reader.scope.villageId;
  const filter = {
    ...pageWindow(s),
    matchIds: mayViewIds(reader),
    groupId: s.groupId ?? null,
    gridId: s.gridId ?? null,
  };
  const search = () => searchHouseholds(ctx.db, villageId, filter);
  // the list's pages are read again and again, a search typed once: only pages are kept until
  // the village's chain moves (platform/audit/chainVersioned.ts)
  if (filter.q) return search();
  const key = `households ${ctx.clock.today()} ${JSON.stringify(filter)}`;
  return readAtChainVersion(ctx.db, villageId, key, search);
}

/**
 * The person list, filtered by residence and party membership; q matches ID numbers only for
 * readers who may see them. A list serves with masked numbers, so its rows come masked to all.
 */
export async function personList(
  ctx: AppContext,
  reader: Reader,
  s: Paging & { residenceStatus?: string; partyMember?: 'true' | 'false' },
) {
  return searchPersons(ctx.db, reader.scope.villageId, {
    ...pageWindow(s),
    matchIds: mayViewIds(reader),
    residenceStatus: s.residenceStatus ?? null,
    partyMember: s.partyMember === undefined ? null : s.partyMember === 'true',
  });
}

/**
 * A household's page: the registry readers, or a villager for their own household. Its members
 * table shows ID numbers masked to everyone; a member's own page shows the number in full to
 * those who may see it (and to the household's own members).
 */
export async function householdPage(ctx: AppContext, reader: Reader, householdId: string) {
  return readableHousehold(ctx.db, reader, householdId);
}

async function readableHousehold(db: Queryable, reader: Reader, householdId: string) {
  const villageId = reader.scope.villageId;
  // independent reads, sent together
  const [household, members] = await Promise.all([
    findHousehold(db, villageId, householdId),
    listHouseholdMembers(db, villageId, householdId),
  ]);
  if (!household) throw new DomainError('not_found', { what: 'household' });
  const memberIds = members.map((m) => m.id);
  if (!canReadHousehold(reader.actor, reader.scope, { id: householdId, memberIds }))
    throw new DomainError('forbidden');
  const own = reader.actor.home !== null && memberIds.includes(reader.actor.home.personId);
  return { household, members, showIds: mayViewIds(reader) || own };
}

/** A person's page, readable as their household is. */
export async function personPage(
  ctx: AppContext,
  reader: Reader,
  personId: string,
): Promise<{ person: PersonRow; showIds: boolean }> {
  const person = await personOf(ctx.db, reader.scope.villageId, personId);
  const { showIds } = await readableHousehold(ctx.db, reader, person.household_id);
  return { person, showIds };
}

/** A person as stored now (after an edit), shown as the reader may see them. */
export async function personNow(ctx: AppContext, reader: Reader, personId: string) {
  const person = await personOf(ctx.db, reader.scope.villageId, personId);
  return { person, showIds: mayViewIds(reader) };
}

/** The audit events on a person, for the history card. */
export async function personHistory(ctx: AppContext, reader: Reader, personId: string) {
  const { person, showIds } = await personPage(ctx, reader, personId);
  const events = await auditEventsFor(ctx.db, reader.scope.villageId, 'person', person.id);
  return { events, showIds };
}

/** A person's close relatives, nearest first. */
export async function personRelatives(ctx: AppContext, reader: Reader, personId: string) {
  const { person } = await personPage(ctx, reader, personId);
  return closeRelativesOf(ctx.db, reader.scope.villageId, person.id);
}

/** How two persons of the village are close relatives, or null. */
export function closeRelation(ctx: AppContext, villageId: string, a: string, b: string) {
  return closeRelationBetween(ctx.db, villageId, a, b);
}

async function personOf(db: Queryable, villageId: string, personId: string): Promise<PersonRow> {
  const person = await findPerson(db, villageId, personId);
  if (!person) throw new DomainError('not_found', { what: 'person' });
  return person;
}
