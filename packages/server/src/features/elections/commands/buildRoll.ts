import type { CalendarDate } from '@cunzhi/core/calendarDate';
import { registerVoter } from '@cunzhi/core/elections/eligibility';
import type { RuleParams } from '@cunzhi/core/rules/profile';
import type { CommandContext } from '../../../platform/command.ts';
import { actDate } from '../../../platform/command.ts';
import type { Tx } from '../../../platform/db/database.ts';
import { recordEvent } from '../../../platform/audit/record.ts';
import {
  allPersons,
  insertVoters,
  registeredElsewhere,
  rollPersonIds,
  servingMembers,
  type VoterInsert,
} from '../repository.ts';
import { loadElection, paramsOn, requireCommittee } from './shared.ts';
import { refusePublished, requireRegistering } from './registerVoter.ts';
import { voterFacts } from './voterFacts.ts';

/**
 * Class 1 from the registry, in one act: everyone registered and living here (常住) whom
 * core's registerVoter accepts on the day (18 by polling day, not among `deprived`, not on
 * another village's roll). Classes 2 and 3 need a declaration or a resolution and are
 * registered one by one. Those left off are counted by reason in the audit event.
 */
async function villagersRoll(
  tx: Tx,
  cmd: CommandContext,
  on: CalendarDate,
  pollingOn: CalendarDate,
  p: RuleParams,
  deprived: ReadonlySet<string>,
) {
  const persons = (await allPersons(tx, cmd.villageId)).filter(
    (x) => x.residence_status === 'resident',
  );
  const ids = persons.flatMap((x) => (x.resident_id_number ? [x.resident_id_number] : []));
  const elsewhere = await registeredElsewhere(tx, cmd.villageId, ids);
  const rows: VoterInsert[] = [];
  const leftOff: Record<string, number> = {};
  for (const person of persons) {
    const facts = voterFacts(person, {
      declaredOn: null,
      residentSince: null,
      villageWorkSince: null,
      consented: false,
      deprived: deprived.has(person.id),
      registeredElsewhere: elsewhere.get(person.resident_id_number ?? '') ?? null,
    });
    const { voterClass, findings } = registerVoter(facts, on, pollingOn, p);
    if (voterClass)
      rows.push({
        personId: person.id,
        voterClass,
        on,
        declaredOn: null,
        residentSince: null,
        villageWorkSince: null,
        consentResolutionId: null,
      });
    else for (const f of findings) leftOff[f.code] = (leftOff[f.code] ?? 0) + 1;
  }
  return { rows, leftOff };
}

/**
 * The roll from the registry. For an election by the representatives' meeting (seed 002)
 * the electorate is the meeting's serving members on the day.
 */
export async function buildRoll(
  cmd: CommandContext,
  input: { electionId: string; on?: string | undefined; deprived: readonly string[] },
) {
  const on = actDate(cmd, 'on', input.on);
  return cmd.db.transaction(async (tx) => {
    const election = await loadElection(tx, cmd, input.electionId);
    const pollingOn = requireRegistering(election, on);
    if (election.roll_published_on) refusePublished(on);
    await requireCommittee(tx, cmd, election, 'publishRoll', on);
    const p = await paramsOn(tx, cmd, on);
    const built =
      election.electorate === 'representatives'
        ? {
            rows: (await servingMembers(tx, cmd.villageId, 'representativesMeeting', on)).map(
              (personId): VoterInsert => ({
                personId,
                voterClass: 1,
                on,
                declaredOn: null,
                residentSince: null,
                villageWorkSince: null,
                consentResolutionId: null,
              }),
            ),
            leftOff: {},
          }
        : await villagersRoll(tx, cmd, on, pollingOn, p, new Set(input.deprived));
    const already = await rollPersonIds(tx, cmd.villageId, election.id);
    const rows = built.rows.filter((r) => !already.has(r.personId));
    await insertVoters(tx, cmd.villageId, election.id, rows);
    await recordEvent(
      cmd,
      tx,
      'election.rollBuilt',
      { type: 'election', id: election.id },
      {
        on,
        registered: rows.length,
        alreadyOnRoll: built.rows.length - rows.length,
        leftOff: built.leftOff,
        deprived: input.deprived,
      },
    );
    return { id: election.id, findings: [] };
  });
}
