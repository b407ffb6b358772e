import { randomUUID } from 'node:crypto';
import type { CalendarDate } from '@cunzhi/core/calendarDate';
import { DomainError } from '@cunzhi/core/errors';
import type { NomineeTies } from '@cunzhi/core/elections/committee';
import { candidateFindings, supervisionIneligibility } from '@cunzhi/core/elections/eligibility';
import { underAmendedLaw } from '@cunzhi/core/elections/lawOfDay';
import { ageOn } from '@cunzhi/core/calendarDate';
import { closeRelation } from '@cunzhi/core/registry/kinship';
import { finding, refuseOnViolation, RuleRefusal, type Finding } from '@cunzhi/core/rules/findings';
import type { CommandContext } from '../../../platform/command.ts';
import { actDate } from '../../../platform/command.ts';
import type { Tx } from '../../../platform/db/database.ts';
import { recordEvent } from '../../../platform/audit/record.ts';
import { loadKinNeighbourhood } from '../../registry/queries/kinGraph.ts';
import {
  committeeOf,
  insertNomination,
  nominationsOf,
  personsById,
  postsOf,
  rollPersonIds,
  servingMembers,
  type ElectionRow,
  type PersonFacts,
} from '../repository.ts';
import { applyAct, findingViews, loadElection, refuseOrder, requireCommittee } from './shared.ts';
import { applyCommitteeWithdrawals } from './committeeWithdrawals.ts';

export const DISQUALIFICATIONS = [
  'expelledFromParty',
  'criminalPenalty',
  'clanOrGangForces',
  'illegalReligion',
] as const;

export interface NominateInput {
  electionId: string;
  postId: string;
  personId: string;
  route:
    | 'partyOrganisation'
    | 'villagers'
    | 'jointSignature'
    | 'openNomination'
    | 'selfNomination'
    | 'houseToHouse';
  on?: string | undefined;
  supporters: number;
  votes: number;
  /** What the committee's vetting found (the registry does not record it). */
  disqualifications: ReadonlyArray<(typeof DISQUALIFICATIONS)[number]>;
  /** A supervision candidate's vetted knowledge (财会, 管理): it goes onto the seat when elected. */
  qualifications?: ReadonlyArray<'accounting' | 'management'> | undefined;
}

const RECORDING = { step: '登记提名', stepEn: 'recording a nomination' };

/** Nominations are recorded while they are open; the list closes them. */
export function requireNominating(election: ElectionRow, on: CalendarDate): void {
  if (['new', 'committeeChosen', 'rulesAdopted', 'rollPublished'].includes(election.stage))
    refuseOrder(on, 'ZJ-18-CAND-LIST', RECORDING, 'openNominations');
  if (election.stage !== 'nominating')
    throw new RuleRefusal(
      finding(on, 'ZJ-18-CAND-LIST', 'election_closed', {
        stage: '公布正式候选人名单',
        stageEn: 'past the candidate list',
        ...RECORDING,
      }),
    );
}

/**
 * Who may stand (VCOL-13-ELIGIBLE, VCOL25-CANDIDATE-QUAL by the act's date): on this
 * election's roll (a villager aged 18 when the representatives vote); for the supervision
 * committee not a serving villagers' committee member or a near relative of one
 * (VCOL-32-SUPERVISOR-ELIG).
 */
export async function eligibility(
  tx: Tx,
  cmd: CommandContext,
  election: ElectionRow,
  person: PersonFacts,
  input: Pick<NominateInput, 'disqualifications'>,
  on: CalendarDate,
): Promise<Finding[]> {
  const onRoll =
    election.electorate === 'representatives'
      ? ageOn(person.birth_date, election.election_day ?? on) >= 18
      : (await rollPersonIds(tx, cmd.villageId, election.id)).has(person.id);
  const has = (d: (typeof DISQUALIFICATIONS)[number]) => input.disqualifications.includes(d);
  const out = candidateFindings(
    {
      personId: person.id,
      name: person.name,
      onRoll,
      expelledFromParty: has('expelledFromParty'),
      criminalPenalty: has('criminalPenalty'),
      clanOrGangForces: has('clanOrGangForces'),
      illegalReligion: has('illegalReligion'),
    },
    on,
  );
  if (election.body === 'supervisionCommittee') {
    const committee = await servingMembers(tx, cmd.villageId, 'villagersCommittee', on);
    const { graph, persons } = await loadKinNeighbourhood(tx, cmd.villageId, [
      person.id,
      ...committee,
    ]);
    const relative = committee.find((m) => closeRelation(graph, person.id, m));
    out.push(
      ...supervisionIneligibility(
        { personId: person.id, name: person.name },
        on,
        new Set(committee),
        relative ? (persons.get(relative)?.name ?? '') : null,
      ),
    );
  }
  return out;
}

/** The nominee's ties to the committee: they or (from 2026) a near relative must leave it. */
export async function tiesOf(
  tx: Tx,
  cmd: CommandContext,
  election: ElectionRow,
  person: PersonFacts,
): Promise<NomineeTies> {
  const seated = (await committeeOf(tx, cmd.villageId, election.id)).filter(
    (m) => m.status === 'seated',
  );
  const { graph } = await loadKinNeighbourhood(tx, cmd.villageId, [
    person.id,
    ...seated.map((m) => m.person_id),
  ]);
  const relatives = seated
    .filter((m) => closeRelation(graph, person.id, m.person_id))
    .map((m) => m.person_id);
  return { personId: person.id, name: person.name, relativesOnCommittee: new Set(relatives) };
}

/** The post and the person named, and a route the law of the day allows; field errors otherwise. */
async function postAndPerson(
  tx: Tx,
  cmd: CommandContext,
  election: ElectionRow,
  input: NominateInput,
  on: CalendarDate,
) {
  const post = (await postsOf(tx, cmd.villageId, election.id)).find((p) => p.id === input.postId);
  if (!post)
    throw new DomainError('validation_failed', {}, [
      { field: 'postId', error: 'election_post_unknown' },
    ]);
  if (input.route === 'partyOrganisation' && !underAmendedLaw(on))
    throw new DomainError('validation_failed', {}, [
      { field: 'route', error: 'election_route_not_allowed' },
    ]);
  const person = (await personsById(tx, cmd.villageId, [input.personId])).get(input.personId);
  if (!person)
    throw new DomainError('validation_failed', {}, [
      { field: 'personId', error: 'election_person_unknown' },
    ]);
  return { post, person };
}

/**
 * Records a nomination by a route the law of the day allows (from 2026 the village Party
 * organisation may nominate; before, the registered villagers alone), with its supporters
 * and nomination votes (the list's order). A self-nominee registers 10 days ahead for one
 * post (the machine's selfNomination). A committee member nominated, or from 2026 one whose
 * near relative is, leaves the committee and the next reserve takes the seat.
 */
export async function nominate(cmd: CommandContext, input: NominateInput) {
  const on = actDate(cmd, 'on', input.on);
  return cmd.db.transaction(async (tx) => {
    const election = await loadElection(tx, cmd, input.electionId);
    await requireCommittee(tx, cmd, election, 'openNominations', on);
    const { post, person } = await postAndPerson(tx, cmd, election, input, on);
    if (input.route !== 'selfNomination') requireNominating(election, on);
    const mine = (await nominationsOf(tx, cmd.villageId, election.id)).filter(
      (n) => n.person_id === person.id,
    );
    if (mine.some((n) => n.post_id === post.id))
      throw new DomainError('election_nomination_exists', {
        name: person.name,
        post: post.name_zh,
      });
    refuseOnViolation(await eligibility(tx, cmd, election, person, input, on));
    let current = election;
    const findings = [];
    if (input.route === 'selfNomination') {
      const postIds = [...mine.map((n) => n.post_id), post.id];
      const out = await applyAct(tx, cmd, current, {
        step: 'selfNomination',
        on,
        name: person.name,
        postIds,
      });
      current = { ...current, record: out.record, stage: out.record.stage };
      findings.push(...out.findings);
    }
    findings.push(
      ...(await applyCommitteeWithdrawals(
        tx,
        cmd,
        current,
        [await tiesOf(tx, cmd, current, person)],
        on,
      )),
    );
    const id = randomUUID();
    await insertNomination(tx, cmd.villageId, election.id, {
      id,
      postId: post.id,
      personId: person.id,
      route: input.route,
      on,
      supporters: input.supporters,
      votes: input.votes,
      recordedBy: cmd.actorAccountId,
      qualifications: input.qualifications ?? [],
    });
    await recordEvent(
      cmd,
      tx,
      'election.nominated',
      { type: 'election', id: election.id },
      {
        nominationId: id,
        postId: post.id,
        personId: person.id,
        name: person.name,
        route: input.route,
        on,
        supporters: input.supporters,
        votes: input.votes,
        qualifications: input.qualifications ?? [],
        findings: findingViews(findings, 'zh-CN'),
      },
    );
    return { id: election.id, findings };
  });
}
