import type { CalendarDate } from '@cunzhi/core/calendarDate';
import { DomainError, type FieldProblem } from '@cunzhi/core/errors';
import type { EcMember } from '@cunzhi/core/elections/committee';
import { closeRelation } from '@cunzhi/core/registry/kinship';
import type { CommandContext } from '../../../platform/command.ts';
import { actDate } from '../../../platform/command.ts';
import type { Queryable } from '../../../platform/db/database.ts';
import { recordEvent } from '../../../platform/audit/record.ts';
import { loadKinNeighbourhood } from '../../registry/queries/kinGraph.ts';
import { insertCommittee, personsById } from '../repository.ts';
import { applyAct, findingViews, loadElection } from './shared.ts';

export interface ChooseCommitteeInput {
  electionId: string;
  chosenBy: 'villagersAssembly' | 'representativesMeeting' | 'villagerGroups';
  chosenOn?: string | undefined;
  members: ReadonlyArray<{ personId: string; seat: 'chair' | 'deputyChair' | 'member' }>;
  reserves: ReadonlyArray<{ personId: string }>;
}

/** The persons named, in the ranking: seated members first, then reserves; field errors otherwise. */
async function rankedMembers(
  db: Queryable,
  cmd: CommandContext,
  input: ChooseCommitteeInput,
): Promise<{ members: EcMember[]; reserves: EcMember[] }> {
  const all = [
    ...input.members.map((m, i) => ({ ...m, field: `members.${i}.personId` })),
    ...input.reserves.map((r, i) => ({
      ...r,
      seat: 'member' as const,
      field: `reserves.${i}.personId`,
    })),
  ];
  const persons = await personsById(
    db,
    cmd.villageId,
    all.map((m) => m.personId),
  );
  const fields: FieldProblem[] = [];
  all.forEach((m, i) => {
    if (!persons.has(m.personId)) fields.push({ field: m.field, error: 'election_person_unknown' });
    else if (all.findIndex((x) => x.personId === m.personId) !== i)
      fields.push({ field: m.field, error: 'election_person_duplicate' });
  });
  if (fields.length) throw new DomainError('validation_failed', {}, fields);
  const ranked = all.map((m, i) => ({
    personId: m.personId,
    name: persons.get(m.personId)!.name,
    seat: m.seat,
    rank: i + 1,
  }));
  return {
    members: ranked.slice(0, input.members.length),
    reserves: ranked.slice(input.members.length),
  };
}

/** Pairs of seated members who are near relatives (XJGC-EC: 不宜同时担任, a warning). */
async function kinPairs(db: Queryable, villageId: string, members: readonly EcMember[]) {
  const { graph } = await loadKinNeighbourhood(
    db,
    villageId,
    members.map((m) => m.personId),
  );
  const pairs: Array<{ name: string; relative: string }> = [];
  members.forEach((a, i) =>
    members.slice(i + 1).forEach((b) => {
      if (closeRelation(graph, a.personId, b.personId))
        pairs.push({ name: a.name, relative: b.name });
    }),
  );
  return pairs;
}

/**
 * Records the 村民选举委员会 chosen by the assembly, the representatives or the groups
 * (VCOL-12-EC-WITHDRAW, XJGC-EC): at least three members, with the reserves of the same
 * vote in ranking order (依次递补); an even number or near relatives pass with a warning.
 */
export async function chooseCommittee(cmd: CommandContext, input: ChooseCommitteeInput) {
  const on: CalendarDate = actDate(cmd, 'chosenOn', input.chosenOn);
  return cmd.db.transaction(async (tx) => {
    const election = await loadElection(tx, cmd, input.electionId);
    const { members, reserves } = await rankedMembers(tx, cmd, input);
    const kin = await kinPairs(tx, cmd.villageId, members);
    const { findings } = await applyAct(
      tx,
      cmd,
      election,
      { step: 'chooseCommittee', on, members, reserves, kin },
      { committee_chosen_by: input.chosenBy, committee_chosen_on: on },
    );
    await insertCommittee(tx, cmd.villageId, election.id, [
      ...members.map((m) => ({ ...m, status: 'seated' as const, on })),
      ...reserves.map((m) => ({ ...m, status: 'reserve' as const, on })),
    ]);
    await recordEvent(
      cmd,
      tx,
      'election.committeeChosen',
      { type: 'election', id: election.id },
      {
        chosenBy: input.chosenBy,
        on,
        members,
        reserves,
        findings: findingViews(findings, 'zh-CN'),
      },
    );
    return { id: election.id, findings };
  });
}
