import { randomUUID } from 'node:crypto';
import { DomainError } from '@cunzhi/core/errors';
import { MEMBER_ROLES, type MemberRole } from '@cunzhi/core/bodies/bodyKinds';
import type { AppContext } from '../../../platform/http/context.ts';
import { appendAuditEvent } from '../../../platform/audit/appendAuditEvent.ts';
import {
  endMembershipRow,
  findBody,
  insertMembership,
  insertTerm,
  listMemberships,
  listTerms,
} from '../repository.ts';
import { findPerson } from '../../registry/repository/persons.ts';
import { dateField } from '../../../platform/fields.ts';

interface Who {
  villageId: string;
  actorAccountId: string;
}

async function requireBody(ctx: AppContext, villageId: string, bodyId: string) {
  const body = await findBody(ctx.db, villageId, bodyId);
  if (!body) throw new DomainError('not_found', { what: 'body' });
  return body;
}

/** Opens a new term of a body (换届). Terms of one body may not overlap. */
export async function openTerm(
  ctx: AppContext,
  who: Who,
  input: { bodyId: string; startsOn: string; endsOn: string },
) {
  await requireBody(ctx, who.villageId, input.bodyId);
  const startsOn = dateField('startsOn', input.startsOn);
  const endsOn = dateField('endsOn', input.endsOn);
  if (endsOn <= startsOn)
    throw new DomainError('validation_failed', {}, [{ field: 'endsOn', error: 'term_invalid' }]);
  const id = randomUUID();
  return ctx.db.transaction(async (tx) => {
    const overlapping = (await listTerms(tx, who.villageId, input.bodyId)).find(
      (t) => t.starts_on <= endsOn && startsOn <= t.ends_on,
    );
    if (overlapping) {
      throw new DomainError('validation_failed', {}, [
        { field: 'startsOn', error: 'date_order', params: { other: overlapping.ends_on } },
      ]);
    }
    await insertTerm(tx, who.villageId, { id, bodyId: input.bodyId, startsOn, endsOn });
    await appendAuditEvent(tx, {
      chainId: who.villageId,
      actorAccountId: who.actorAccountId,
      action: 'bodyTerm.opened',
      targetType: 'body',
      targetId: input.bodyId,
      data: { termId: id, startsOn, endsOn },
      occurredAt: ctx.clock.now(),
    });
    return { id, bodyId: input.bodyId, startsOn, endsOn };
  });
}

/** Seats a person of the village in a body for a term. */
export async function appointMember(
  ctx: AppContext,
  who: Who,
  input: { bodyId: string; termId: string; personId: string; role: string; startsOn: string },
) {
  await requireBody(ctx, who.villageId, input.bodyId);
  if (!(MEMBER_ROLES as readonly string[]).includes(input.role)) {
    throw new DomainError('validation_failed', {}, [{ field: 'role', error: 'enum_invalid' }]);
  }
  const role = input.role as MemberRole;
  const startsOn = dateField('startsOn', input.startsOn);
  const person = await findPerson(ctx.db, who.villageId, input.personId);
  if (!person)
    throw new DomainError('validation_failed', {}, [{ field: 'personId', error: 'field_invalid' }]);
  const id = randomUUID();
  return ctx.db.transaction(async (tx) => {
    const term = (await listTerms(tx, who.villageId, input.bodyId)).find(
      (t) => t.id === input.termId,
    );
    if (!term)
      throw new DomainError('validation_failed', {}, [{ field: 'termId', error: 'field_invalid' }]);
    if (startsOn < term.starts_on || startsOn > term.ends_on) {
      throw new DomainError('validation_failed', {}, [
        { field: 'startsOn', error: 'date_order', params: { other: term.starts_on } },
      ]);
    }
    const already = (await listMemberships(tx, who.villageId, input.bodyId)).some(
      (m) => m.term_id === term.id && m.person_id === person.id && m.ended_on === null,
    );
    if (already) throw new DomainError('membership_overlap');
    await insertMembership(tx, who.villageId, {
      id,
      bodyId: input.bodyId,
      termId: term.id,
      personId: person.id,
      role,
      startsOn,
    });
    await appendAuditEvent(tx, {
      chainId: who.villageId,
      actorAccountId: who.actorAccountId,
      action: 'membership.appointed',
      targetType: 'body',
      targetId: input.bodyId,
      data: {
        membershipId: id,
        termId: term.id,
        personId: person.id,
        personName: person.name,
        role,
        startsOn,
      },
      occurredAt: ctx.clock.now(),
    });
    return {
      id,
      bodyId: input.bodyId,
      termId: term.id,
      personId: person.id,
      role,
      startsOn,
      endedOn: null,
    };
  });
}

/** Records that a member left the body (resignation, recall, death) on a date. */
export async function endMembership(
  ctx: AppContext,
  who: Who,
  input: { bodyId: string; membershipId: string; endedOn: string },
) {
  const endedOn = dateField('endedOn', input.endedOn);
  return ctx.db.transaction(async (tx) => {
    const m = (await listMemberships(tx, who.villageId, input.bodyId)).find(
      (x) => x.id === input.membershipId,
    );
    if (!m) throw new DomainError('not_found', { what: 'membership' });
    if (m.ended_on !== null) throw new DomainError('conflict_stale');
    if (endedOn < m.starts_on) {
      throw new DomainError('validation_failed', {}, [
        { field: 'endedOn', error: 'date_order', params: { other: m.starts_on } },
      ]);
    }
    await endMembershipRow(tx, who.villageId, m.id, endedOn);
    await appendAuditEvent(tx, {
      chainId: who.villageId,
      actorAccountId: who.actorAccountId,
      action: 'membership.ended',
      targetType: 'body',
      targetId: input.bodyId,
      data: { membershipId: m.id, personId: m.person_id, personName: m.person_name, endedOn },
      occurredAt: ctx.clock.now(),
    });
    return { id: m.id, endedOn };
  });
}
