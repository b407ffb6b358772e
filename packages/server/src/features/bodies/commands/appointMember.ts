import { randomUUID } from 'node:crypto';
import type { CalendarDate } from '@cunzhi/core/calendarDate';
import { closeRelation } from '@cunzhi/core/registry/kinship';
import { ruleInForce } from '@cunzhi/core/rules/citations';
import { finding, RuleRefusal } from '@cunzhi/core/rules/findings';
import type { Tx } from '../../../platform/db/database.ts';
import { loadKinNeighbourhood } from '../../registry/queries/kinGraph.ts';
import { servingMembers } from '../../rules/queries/composition.ts';
import { DomainError } from '@cunzhi/core/errors';
import { MEMBER_ROLES, type MemberRole } from '@cunzhi/core/bodies/bodyKinds';
import type { CommandContext } from '../../../platform/command.ts';
import { recordEvent } from '../../../platform/audit/record.ts';
import { dateField } from '../../../platform/fields.ts';
import { findPerson } from '../../registry/repository/persons.ts';
import { insertMembership, listMemberships, listTerms } from '../repository.ts';
import { requireBody } from './shared.ts';

/**
 * VCOL25-KIN-AVOID (2025 text Art. 8 para. 2): from 2026 a near relative of
 * a serving committee member may not be seated on the committee.
 */
async function refuseNearRelative(
  tx: Tx,
  villageId: string,
  person: { id: string; name: string },
  startsOn: CalendarDate,
): Promise<void> {
  if (!ruleInForce('VCOL25-KIN-AVOID', startsOn)) return;
  const serving = await servingMembers(tx, villageId, startsOn, { kinds: ['villagersCommittee'] });
  const others = serving.filter((m) => m.personId !== person.id);
  if (!others.length) return;
  const { graph } = await loadKinNeighbourhood(tx, villageId, [person.id]);
  const relative = others.find((m) => closeRelation(graph, person.id, m.personId) !== null);
  if (relative)
    throw new RuleRefusal(
      finding(startsOn, 'VCOL25-KIN-AVOID', 'committee_kin', {
        name: person.name,
        relative: relative.name,
      }),
    );
}

/** Seats a person of the village in a body for a term. */
export async function appointMember(
  cmd: CommandContext,
  input: { bodyId: string; termId: string; personId: string; role: string; startsOn: string },
) {
  const body = await requireBody(cmd.db, cmd.villageId, input.bodyId);
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
    if (body.kind === 'villagersCommittee')
      await refuseNearRelative(tx, cmd.villageId, person, startsOn);
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
      },
    );
    return { ...membership, endedOn: null };
  });
}
