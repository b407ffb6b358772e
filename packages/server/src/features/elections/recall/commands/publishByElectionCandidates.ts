import type { CalendarDate } from '@cunzhi/core/calendarDate';
import { DomainError } from '@cunzhi/core/errors';
import { candidateFindings, supervisionIneligibility } from '@cunzhi/core/elections/eligibility';
import { closeRelation } from '@cunzhi/core/registry/kinship';
import { refuseOnViolation, type Finding } from '@cunzhi/core/rules/findings';
import type { CommandContext } from '../../../../platform/command.ts';
import { actDate } from '../../../../platform/command.ts';
import { recordEvent } from '../../../../platform/audit/record.ts';
import { findingViews } from '../../commands/shared.ts';
import type { Tx } from '../../../../platform/db/database.ts';
import { findBody } from '../../../bodies/repository.ts';
import { loadKinNeighbourhood } from '../../../registry/queries/kinGraph.ts';
import { personsById, servingMembers } from '../../repository.ts';
import type { ByElectionRow } from '../repository.ts';
import { votersOn } from './shared.ts';
import { applyByElection, loadByElection, womenAmong } from './byElection.ts';

/**
 * Who may stand (VCOL-13-ELIGIBLE): a voter of the village on the day (the latest roll, or the
 * registry's adults with hukou here); for the supervision committee not a serving member of the
 * villagers' committee nor a near relative of one (VCOL-32-SUPERVISOR-ELIG).
 */
async function standing(
  tx: Tx,
  cmd: CommandContext,
  row: ByElectionRow,
  person: { id: string; name: string },
  on: CalendarDate,
): Promise<Finding[]> {
  const voters = await votersOn(tx, cmd.villageId, on);
  const out = candidateFindings(
    {
      personId: person.id,
      name: person.name,
      onRoll: voters.ids.has(person.id),
      expelledFromParty: false,
      criminalPenalty: false,
      clanOrGangForces: false,
      illegalReligion: false,
    },
    on,
  );
  const body = await findBody(tx, cmd.villageId, row.body_id);
  if (body?.kind !== 'villageAffairsSupervisionCommittee') return out;
  const committee = await servingMembers(tx, cmd.villageId, 'villagersCommittee', on);
  const { graph, persons } = await loadKinNeighbourhood(tx, cmd.villageId, [
    person.id,
    ...committee,
  ]);
  const relative = committee.find((m) => closeRelation(graph, person.id, m));
  return [
    ...out,
    ...supervisionIneligibility(
      { personId: person.id, name: person.name },
      on,
      new Set(committee),
      relative ? (persons.get(relative)?.name ?? '') : null,
    ),
  ];
}

/**
 * The candidates per post (Art. 15 procedure): voters of the village who may stand, each once;
 * core refuses the list published fewer than the province's days before polling day
 * (ZJ-18-CAND-LIST) or without more candidates than seats (差额, VCOL-15-SURPLUS), or, for the
 * seat kept for a woman, without women enough for 差额 on it (VCOL-06-SIZE), citing the article.
 */
export async function publishByElectionCandidates(
  cmd: CommandContext,
  input: {
    byElectionId: string;
    posts: ReadonlyArray<{ role: string; candidates: readonly string[] }>;
    on?: string | undefined;
  },
) {
  const on = actDate(cmd, 'on', input.on);
  return cmd.db.transaction(async (tx) => {
    const row = await loadByElection(tx, cmd, input.byElectionId);
    const ids = input.posts.flatMap((p) => p.candidates);
    const persons = await personsById(tx, cmd.villageId, ids);
    const fields = [];
    for (const [i, post] of input.posts.entries()) {
      if (!row.record.posts.some((p) => p.id === post.role))
        fields.push({ field: `posts.${i}.role`, error: 'election_post_unknown' as const });
      for (const [j, id] of post.candidates.entries()) {
        const field = `posts.${i}.candidates.${j}`;
        if (!persons.has(id)) fields.push({ field, error: 'election_person_unknown' as const });
        else if (ids.indexOf(id) !== ids.lastIndexOf(id))
          fields.push({ field, error: 'election_person_duplicate' as const });
      }
    }
    row.record.posts.forEach((p) => {
      if (!input.posts.some((x) => x.role === p.id))
        fields.push({ field: 'posts', error: 'field_required' as const });
    });
    if (fields.length) throw new DomainError('validation_failed', {}, fields);
    for (const id of ids) refuseOnViolation(await standing(tx, cmd, row, persons.get(id)!, on));
    const posts = row.record.posts.map((p) => ({
      ...p,
      candidates: [...input.posts.find((x) => x.role === p.id)!.candidates],
    }));
    const { findings } = await applyByElection(
      tx,
      cmd,
      row,
      { step: 'publishCandidates', on, posts, women: womenAmong(persons) },
      { candidates_published_on: on },
    );
    await recordEvent(
      cmd,
      tx,
      'byElection.candidatesPublished',
      { type: 'byElection', id: row.id },
      {
        on,
        posts: posts.map((p) => ({
          role: p.id,
          seats: p.seats,
          candidates: p.candidates.map((id) => ({ personId: id, name: persons.get(id)!.name })),
        })),
        findings: findingViews(findings, 'zh-CN'),
      },
    );
    return { id: row.id, findings };
  });
}
