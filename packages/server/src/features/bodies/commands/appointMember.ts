import { randomUUID } from 'node:crypto';
import { RuleRefusal } from '@cunzhi/core/rules/findings';
import { DomainError } from '@cunzhi/core/errors';
import { MEMBER_ROLES, type MemberRole } from '@cunzhi/core/bodies/bodyKinds';
import type { CommandContext } from '../../../platform/command.ts';
import { recordEvent } from '../../../platform/audit/record.ts';
import { dateField } from '../../../platform/fields.ts';
import { findPerson } from '../../registry/repository/persons.ts';
import { currentPostsOf, insertMembership, listMemberships, listTerms } from '../repository.ts';
import { collectiveOwnPostFinding } from '@cunzhi/core/collective/meetings/seating';
import { nearRelativeFinding } from './nearRelatives.ts';
import { refuseTownOnceCommitteeServes, requireBody } from './shared.ts';

/**
 * Seats a person of the village in a body for a term. A near relative the law keeps off the
 * body is refused, unless the clerk records why the registry's kinship does not hold
 * (`kinOverride`): the reason goes into the audit chain with the seating.
 */
export async function appointMember(
  cmd: CommandContext,
  input: {
    bodyId: string;
    termId: string;
    personId: string;
    role: string;
    startsOn: string;
    kinOverride?: { reason: string } | undefined;
  },
) {
  const body = await requireBody(cmd.db, cmd.villageId, input.bodyId);
  await refuseTownOnceCommitteeServes(cmd);
  if (!(MEMBER_ROLES as readonly string[]).includes(input.role)) {
    throw new DomainError('validation_failed', {}, [{ field: 'role', error: 'enum_invalid' }]);
  }
  const role = input.role as MemberRole;
  const startsOn = dateField('startsOn', input.startsOn);
  const person = await findPerson(cmd.db, cmd.villageId, input.personId);
  if (!person)
    throw new DomainError('validation_failed', {}, [{ field: 'personId', error: 'field_invalid' }]);
  const id = randomUUID();
  return cmd.db.transaction(async (tx) => {
    const term = (await listTerms(tx, cmd.villageId, input.bodyId)).find(
      (t) => t.id === input.termId,
    );
    if (!term)
      throw new DomainError('validation_failed', {}, [{ field: 'termId', error: 'field_invalid' }]);
    if (startsOn < term.starts_on || startsOn > term.ends_on) {
      throw new DomainError('validation_failed', {}, [
        { field: 'startsOn', error: 'date_order', params: { other: term.starts_on } },
      ]);
    }
    const already = (await listMemberships(tx, cmd.villageId, input.bodyId)).some(
      (m) => m.term_id === term.id && m.person_id === person.id && m.ended_on === null,
    );
    if (already) throw new DomainError('membership_overlap');
    const own = collectiveOwnPostFinding(
      body.kind,
      role,
      person.name,
      await currentPostsOf(tx, cmd.villageId, person.id, startsOn),
      startsOn,
    );
    if (own) throw new RuleRefusal(own);
    const kin = await nearRelativeFinding(tx, cmd.villageId, body.kind, person, startsOn);
    if (kin && !input.kinOverride) throw new RuleRefusal(kin);
    const membership = {
      id,
      bodyId: input.bodyId,
      termId: term.id,
      personId: person.id,
      role,
      startsOn,
    };
    await insertMembership(tx, cmd.villageId, membership);
    await recordEvent(
      cmd,
      tx,
      'membership.appointed',
      { type: 'body', id: input.bodyId },
      {
        membershipId: id,
        termId: term.id,
        personId: person.id,
        personName: person.name,
        role,
        startsOn,
        ...(kin && input.kinOverride
          ? { kinOverride: { ruleId: kin.ruleId, reason: input.kinOverride.reason } }
          : {}),
      },
    );
    return { ...membership, endedOn: null };
  });
}
