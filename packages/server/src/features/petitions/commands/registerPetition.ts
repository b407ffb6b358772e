import { randomUUID } from 'node:crypto';
import { DomainError } from '@cunzhi/core/errors';
import { normalizeName, normalizePhone } from '@cunzhi/core/disclosure/phoneCodes';
import {
  groupRepsProblem,
  sameFactsBarred,
  type PetitionForm,
} from '@cunzhi/core/petitions/petitions';
import { checkResidentId } from '@cunzhi/core/registry/residentIdNumber';
import type { CommandContext } from '../../../platform/command.ts';
import { actDate } from '../../../platform/command.ts';
import type { FieldProblem } from '@cunzhi/core/errors';
import { appendAuditEvent } from '../../../platform/audit/appendAuditEvent.ts';
import { loadVillageProfile } from '../../../platform/rules/villageProfile.ts';
import { actingAccount, fieldError } from '../../matters/commands/shared.ts';
import {
  findPetition,
  insertPetition,
  insertPetitionStep,
  lockVillagePetitions,
  nextPetitionNumber,
  type NewPetition,
} from '../repository.ts';
import { takeStep } from './stepPetition.ts';

export interface PetitionInput {
  form: PetitionForm;
  people: ReadonlyArray<{
    name: string;
    idNumber: string;
    phone?: string | undefined;
    address?: string | undefined;
  }>;
  participants?: number | undefined;
  subject: string;
  request: string;
  facts: string;
  receivedOn?: string | undefined;
  sameFactsAs?: string | undefined;
  forward?: boolean | undefined;
}

const ID_ERRORS = {
  format: 'resident_id_format',
  birthDate: 'resident_id_birth_date',
  checksum: 'resident_id_checksum',
} as const;

/** 实名: each person a name and a valid ID number; a phone, if given, a valid one (all field errors at once). */
function identities(input: PetitionInput): NewPetition['people'] {
  if (input.people.length === 0)
    throw new DomainError('validation_failed', {}, [
      { field: 'people', error: 'petition_identity_required' },
    ]);
  const problems: FieldProblem[] = [];
  const role = input.form === 'groupVisit' ? 'representative' : 'petitioner';
  const people = input.people.map((p, i) => {
    const name = normalizeName(p.name);
    if (!name) problems.push({ field: `people.${i}.name`, error: 'petition_identity_required' });
    const id = checkResidentId(p.idNumber);
    if (!id.ok) problems.push({ field: `people.${i}.idNumber`, error: ID_ERRORS[id.problem] });
    const phoneText = p.phone?.trim() ?? '';
    const phone = phoneText ? normalizePhone(phoneText) : null;
    if (phoneText && !phone) problems.push({ field: `people.${i}.phone`, error: 'phone_invalid' });
    return {
      role,
      name,
      idNumber: id.ok ? id.value : p.idNumber,
      phone,
      address: p.address?.trim() || null,
    } as const;
  });
  if (problems.length > 0) throw new DomainError('validation_failed', {}, problems);
  return people;
}

/**
 * A village cadre registers a petition brought to the village (登记), in the petitioner's real
 * name, and may forward it to the town's petition office at once (转送). A group visit names at
 * most 5 representatives (XF-20-REPS); an earlier petition named as raising the same facts is
 * refused when that one was closed after a re-review (XF-35-REVIEW, Art. 36). The audit event
 * carries the number and form, never a name or ID number.
 */
export async function registerPetition(
  cmd: CommandContext,
  input: PetitionInput,
): Promise<{ id: string }> {
  const by = actingAccount(cmd);
  const receivedOn = actDate(cmd, 'receivedOn', input.receivedOn);
  const people = identities(input);
  return cmd.db.transaction(async (tx) => {
    const { profile } = await loadVillageProfile(tx, cmd.villageId, receivedOn);
    const reps = groupRepsProblem(input.form, people.length, profile.params);
    if (reps === 'tooMany')
      throw new DomainError('petition_reps_too_many', {
        max: profile.params['XF-20-REPS'].maxRepresentatives,
        count: people.length,
      });
    if (reps === 'none') throw new DomainError('petition_reps_none');
    if (input.sameFactsAs) {
      const earlier = await findPetition(tx, cmd.villageId, input.sameFactsAs);
      if (!earlier) fieldError('sameFactsAs', 'not_found', { what: 'petition' });
      if (sameFactsBarred({ status: earlier.status, reReviewed: earlier.re_reviewed_on !== null }))
        throw new DomainError('petition_same_facts');
    }
    await lockVillagePetitions(tx, cmd.villageId);
    const id = randomUUID();
    const number = await nextPetitionNumber(tx, cmd.villageId);
    await insertPetition(tx, {
      villageId: cmd.villageId,
      id,
      number,
      form: input.form,
      participants: Math.max(input.participants ?? people.length, people.length),
      subject: input.subject,
      request: input.request,
      facts: input.facts,
      sameFactsAs: input.sameFactsAs ?? null,
      profile: { id: profile.id, version: profile.version },
      receivedOn,
      registeredBy: by,
      people,
    });
    const at = cmd.clock.now();
    await insertPetitionStep(tx, {
      villageId: cmd.villageId,
      petitionId: id,
      action: 'register',
      status: 'registered',
      on: receivedOn,
      at,
      by,
      note: null,
      dueOn: null,
    });
    await appendAuditEvent(tx, {
      chainId: cmd.villageId,
      actorAccountId: by,
      action: 'petition.registered',
      targetType: 'petition',
      targetId: id,
      data: { number, form: input.form, people: people.length, receivedOn },
      occurredAt: at,
    });
    if (input.forward) await takeStep(tx, cmd, id, { action: 'forward', on: receivedOn });
    return { id };
  });
}
