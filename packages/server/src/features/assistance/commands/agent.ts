import { bestRefusal, type AssistedAct } from '@cunzhi/core/assistance/consent';
import { DomainError } from '@cunzhi/core/errors';
import { randomUUID } from 'node:crypto';
import type { CommandContext } from '../../../platform/command.ts';
import type { Queryable, Tx } from '../../../platform/db/database.ts';
import { findPerson } from '../../registry/repository/persons.ts';
import { insertAssistedAct, listConsents, sameHousehold, type ConsentRow } from '../repository.ts';

/**
 * Who acts for a villager: an account, its own person (a villager's) and whether it acts as one
 * of the village's cadres (the route tells, from the policy table: assistVillagers).
 */
export interface Agent {
  accountId: string;
  personId: string | null;
  asCadre: boolean;
}

export function agentOf(cmd: CommandContext, asCadre: boolean): Agent {
  if (!cmd.actorAccountId) throw new Error('an assisted act needs an acting account');
  return { accountId: cmd.actorAccountId, personId: cmd.personId, asCadre };
}

/** The villager acted for: a person of the village, never the agent themselves. */
export async function principal(db: Queryable, cmd: CommandContext, personId: string) {
  const person = await findPerson(db, cmd.villageId, personId);
  if (!person || personId === cmd.personId)
    throw new DomainError('validation_failed', {}, [{ field: 'personId', error: 'field_invalid' }]);
  return person;
}

/**
 * The consents that may empower this agent for this villager: the cadres' (for a cadre), and
 * those naming the agent as the relative while both are still in one household of the register
 * (one who has moved out acts no longer). Neither: refused, the household rule told.
 */
async function empowering(
  db: Queryable,
  cmd: CommandContext,
  agent: Agent,
  personId: string,
): Promise<ConsentRow[]> {
  const relative =
    agent.personId !== null && (await sameHousehold(db, cmd.villageId, agent.personId, personId));
  if (!agent.asCadre && !relative) throw new DomainError('relative_not_household');
  const all = await listConsents(db, cmd.villageId, { personId });
  return all.filter(
    (c) =>
      (agent.asCadre && c.agent_kind === 'cadres') ||
      (relative && c.agent_kind === 'relative' && c.agent_person_id === agent.personId),
  );
}

/**
 * The consent under which the agent does the act today, or the refusal that says why not. A
 * paper consent whose form has not been photographed yet covers nothing.
 */
export async function consentFor(
  db: Queryable,
  cmd: CommandContext,
  agent: Agent,
  person: { id: string; name: string },
  act: AssistedAct,
): Promise<ConsentRow> {
  const consents = await empowering(db, cmd, agent, person.id);
  const today = cmd.clock.today();
  const terms = consents.map((c) => ({
    acts: c.acts,
    endsOn: c.ends_on,
    revokedOn: c.revoked_on,
  }));
  const best = bestRefusal(terms, act, today);
  if ('refusal' in best)
    throw new DomainError(best.refusal, { name: person.name, action: `act_${act}` });
  const consent = consents[best.covering]!;
  if (consent.evidence === 'paper' && !consent.form_attached)
    throw new DomainError('consent_evidence_needed');
  return consent;
}

/**
 * Records that the act was done for the villager under the consent (in the act's transaction),
 * and gives what the act's audit event carries: by whom, for whom, under which consent.
 */
export async function markAssisted(
  tx: Tx,
  cmd: CommandContext,
  a: { agent: Agent; consent: ConsentRow; act: AssistedAct; subjectId: string },
) {
  const id = randomUUID();
  await insertAssistedAct(tx, cmd.villageId, {
    id,
    consentId: a.consent.id,
    personId: a.consent.person_id,
    act: a.act,
    subjectId: a.subjectId,
    agentAccountId: a.agent.accountId,
    doneAt: cmd.clock.now(),
  });
  return {
    id,
    assisted: {
      byAccountId: a.agent.accountId,
      forPersonId: a.consent.person_id,
      consentId: a.consent.id,
      evidence: a.consent.evidence,
    },
  };
}
