import type { CalendarDate } from '@cunzhi/core/calendarDate';
import { DomainError } from '@cunzhi/core/errors';
import { registerVoter as register } from '@cunzhi/core/elections/eligibility';
import { finding, refuseOnViolation, RuleRefusal } from '@cunzhi/core/rules/findings';
import type { CommandContext } from '../../../platform/command.ts';
import { actDate } from '../../../platform/command.ts';
import type { Tx } from '../../../platform/db/database.ts';
import { dateField } from '../../../platform/fields.ts';
import { recordEvent } from '../../../platform/audit/record.ts';
import {
  findResolution,
  personsById,
  registeredElsewhere,
  rollPersonIds,
  upheldObjectionFor,
  upsertVoter,
  type ElectionRow,
} from '../repository.ts';
import { EXTRA_STEPS, loadElection, paramsOn, refuseOrder, requireCommittee } from './shared.ts';
import { voterFacts } from './voterFacts.ts';

export interface RegisterVoterInput {
  electionId: string;
  personId: string;
  on?: string | undefined;
  declaredOn?: string | undefined;
  residentSince?: string | undefined;
  villageWorkSince?: string | undefined;
  consentResolutionId?: string | undefined;
  deprivedOfPoliticalRights: boolean;
}

const optionalDate = (field: string, v: string | undefined) => (v ? dateField(field, v) : null);

/** After publication the roll is corrected only by an upheld objection (VCOL-14-APPEAL). */
export function refusePublished(on: CalendarDate): never {
  throw new RuleRefusal(
    finding(on, 'VCOL-14-APPEAL', 'election_closed', {
      stage: '公布选民名单（此后只能依申诉处理决定更正）',
      stageEn: 'past publishing the roll (corrected only by an objection’s decision)',
      ...EXTRA_STEPS.registerVoter,
    }),
  );
}

/** Registration needs polling day (the rules adopted) and comes before polling. */
export function requireRegistering(election: ElectionRow, on: CalendarDate): CalendarDate {
  if (!election.election_day)
    refuseOrder(on, 'VCOL-14-LIST', EXTRA_STEPS.registerVoter, 'adoptRules');
  if (
    !['rulesAdopted', 'rollPublished', 'nominating', 'candidatesPublished'].includes(election.stage)
  )
    refuseOrder(on, 'VCOL-14-LIST', EXTRA_STEPS.registerVoter, {
      step: '投票之前',
      stepEn: 'before polling',
    });
  return election.election_day;
}

/** Class 3's consent: a resolution in force, adopted by the registration day. */
async function consent(tx: Tx, cmd: CommandContext, id: string | undefined, on: CalendarDate) {
  if (!id) return null;
  const r = await findResolution(tx, cmd.villageId, id);
  if (!r || r.revoked_on || r.adopted_on > on)
    throw new DomainError('validation_failed', {}, [
      { field: 'consentResolutionId', error: 'election_resolution_unknown' },
    ]);
  return r.id;
}

/**
 * One person onto the roll (选民登记, VCOL-13-ELIGIBLE, VCOL-13-SINGLE) by core's
 * registerVoter on the registration day: 18 by polling day, not deprived, one village only;
 * class 2 on their declaration, class 3 after a year with the assembly's or the
 * representatives' resolution. Refused citing the article otherwise.
 */
export async function registerVoter(cmd: CommandContext, input: RegisterVoterInput) {
  const on = actDate(cmd, 'on', input.on);
  const declaredOn = optionalDate('declaredOn', input.declaredOn);
  const residentSince = optionalDate('residentSince', input.residentSince);
  const villageWorkSince = optionalDate('villageWorkSince', input.villageWorkSince);
  return cmd.db.transaction(async (tx) => {
    const election = await loadElection(tx, cmd, input.electionId);
    const pollingOn = requireRegistering(election, on);
    await requireCommittee(tx, cmd, election, 'publishRoll', on);
    const person = (await personsById(tx, cmd.villageId, [input.personId])).get(input.personId);
    if (!person)
      throw new DomainError('validation_failed', {}, [
        { field: 'personId', error: 'election_person_unknown' },
      ]);
    if ((await rollPersonIds(tx, cmd.villageId, election.id)).has(person.id))
      throw new DomainError('election_voter_exists', { name: person.name });
    if (
      election.roll_published_on &&
      !(await upheldObjectionFor(tx, cmd.villageId, election.id, person.id))
    )
      refusePublished(on);
    const resolutionId = await consent(tx, cmd, input.consentResolutionId, on);
    const elsewhere = person.resident_id_number
      ? await registeredElsewhere(tx, cmd.villageId, [person.resident_id_number])
      : new Map<string, string>();
    const facts = voterFacts(person, {
      declaredOn,
      residentSince,
      villageWorkSince,
      consented: resolutionId !== null,
      deprived: input.deprivedOfPoliticalRights,
      registeredElsewhere: elsewhere.get(person.resident_id_number ?? '') ?? null,
    });
    const { voterClass, findings } = register(facts, on, pollingOn, await paramsOn(tx, cmd, on));
    refuseOnViolation(findings);
    const row = {
      personId: person.id,
      voterClass: voterClass!,
      on,
      declaredOn: voterClass === 2 ? declaredOn : null,
      residentSince: voterClass === 3 ? facts.residentSince : null,
      villageWorkSince: voterClass === 3 ? villageWorkSince : null,
      consentResolutionId: voterClass === 3 ? resolutionId : null,
    };
    await upsertVoter(tx, cmd.villageId, election.id, row);
    await recordEvent(
      cmd,
      tx,
      'election.voterRegistered',
      { type: 'election', id: election.id },
      row,
    );
    return { id: election.id, findings };
  });
}
