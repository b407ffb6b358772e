import { randomUUID } from 'node:crypto';
import { DomainError } from '@cunzhi/core/errors';
import type { TellerRole } from '@cunzhi/core/elections/polling';
import { closeRelation } from '@cunzhi/core/registry/kinship';
import type { CommandContext } from '../../../platform/command.ts';
import { actDate } from '../../../platform/command.ts';
import { recordEvent } from '../../../platform/audit/record.ts';
import { loadKinNeighbourhood } from '../../registry/queries/kinGraph.ts';
import { insertRound, insertTellers, renewNotice } from '../repository/polling.ts';
import { currentRound, nextRound, requirePersons } from './rounds.ts';
import { applyAct, findingViews, loadElection, requireCommittee } from './shared.ts';

export interface PollingNoticeInput {
  electionId: string;
  on?: string | undefined;
  place: string;
  method: 'paper' | 'electronic';
  tellers: ReadonlyArray<{ personId: string; role: TellerRole }>;
  /** The hours of polling ('08:00', '12:00'): both or neither (blank lines on the paper). */
  opensAt?: string | undefined;
  closesAt?: string | undefined;
  /** The secret writing booth, if named already (it must be on record when polling opens). */
  booth?: string | undefined;
}

/** The same teller twice in one role: a field error naming the entry. */
function refuseDoubledTellers(tellers: PollingNoticeInput['tellers']): void {
  const twice = tellers.findIndex((t, i) =>
    tellers.slice(0, i).some((u) => u.personId === t.personId && u.role === t.role),
  );
  if (twice >= 0)
    throw new DomainError('validation_failed', {}, [
      { field: `tellers.${twice}.personId`, error: 'election_person_duplicate' },
    ]);
}

/** The notice's hours and booth, checked: both hours or neither, closing after opening. */
function noticeDetails(input: PollingNoticeInput) {
  const opens = input.opensAt?.trim() || null;
  const closes = input.closesAt?.trim() || null;
  if ((opens === null) !== (closes === null))
    throw new DomainError('validation_failed', {}, [
      { field: opens === null ? 'opensAt' : 'closesAt', error: 'field_required' },
    ]);
  if (opens !== null && closes !== null && closes <= opens)
    throw new DomainError('validation_failed', {}, [
      { field: 'closesAt', error: 'election_hours_order' },
    ]);
  const hours = opens && closes ? `${opens}–${closes}` : null;
  return { row: { opens_at: opens, closes_at: closes, booth: input.booth?.trim() || null }, hours };
}

/**
 * 公布投票时间、地点和唱票、计票、监票人员 (ZJ-22-TELLER-RECUSAL): the first round with the
 * list's posts and candidates, its place and method, and its tellers, at least 5 days (the
 * profile's number) before polling day. A candidate, or a candidate's spouse, parent, child
 * or sibling (from the registry's households and recorded ties), never calls, counts or
 * scrutinises: the machine refuses the notice naming them. Electronic ballots only where the
 * representatives' meeting votes (docs/elections.md: a villagers' election is on paper).
 * Published again before polling, the notice is renewed: its tellers replaced, its day the
 * new one (and checked again).
 */
export async function publishPollingNotice(cmd: CommandContext, input: PollingNoticeInput) {
  const on = actDate(cmd, 'on', input.on);
  const details = noticeDetails(input);
  return cmd.db.transaction(async (tx) => {
    const election = await loadElection(tx, cmd, input.electionId);
    await requireCommittee(tx, cmd, election, 'publishPollingNotice', on);
    if (input.method === 'electronic' && election.electorate !== 'representatives')
      throw new DomainError('validation_failed', {}, [
        { field: 'method', error: 'election_method_not_allowed' },
      ]);
    refuseDoubledTellers(input.tellers);
    const tellers = await requirePersons(
      tx,
      cmd.villageId,
      input.tellers.map((t, i) => ({ id: t.personId, field: `tellers.${i}.personId` })),
    );
    const next = nextRound(election.record);
    const candidateIds = [...new Set(next.posts.flatMap((p) => p.candidates))];
    const candidates = await requirePersons(
      tx,
      cmd.villageId,
      candidateIds.map((id) => ({ id, field: 'candidates' })),
    );
    const { graph } = await loadKinNeighbourhood(tx, cmd.villageId, [
      ...input.tellers.map((t) => t.personId),
      ...candidateIds,
    ]);
    const relations = input.tellers.flatMap((t) =>
      candidateIds.flatMap((c) => {
        const relation = closeRelation(graph, t.personId, c);
        return relation ? [{ tellerId: t.personId, candidateId: c, relation }] : [];
      }),
    );
    const { findings } = await applyAct(tx, cmd, election, {
      step: 'publishPollingNotice',
      on,
      tellers: input.tellers.map((t) => ({ ...t, name: tellers.get(t.personId)!.name })),
      candidates: candidateIds.map((id) => ({ personId: id, name: candidates.get(id)!.name })),
      relations,
    });
    // published again before polling (a teller replaced, the place moved): the notice is renewed
    const notice = {
      round: 1,
      posts: next.posts,
      notice_on: on,
      place: input.place,
      method: input.method,
      ...details.row,
    };
    if (await currentRound(tx, cmd.villageId, election.id))
      await renewNotice(tx, cmd.villageId, election.id, notice);
    else
      await insertRound(tx, cmd.villageId, election.id, {
        ...notice,
        id: randomUUID(),
        kind: 'first',
        polling_on: election.record.pollingOn!,
      });
    await insertTellers(tx, cmd.villageId, election.id, 1, input.tellers);
    await recordEvent(
      cmd,
      tx,
      'election.pollingNoticePublished',
      { type: 'election', id: election.id },
      {
        on,
        pollingOn: election.record.pollingOn,
        place: input.place,
        method: input.method,
        hours: details.hours,
        tellers: input.tellers.map((t) => ({ ...t, name: tellers.get(t.personId)!.name })),
        findings: findingViews(findings, 'zh-CN'),
      },
    );
    return { id: election.id, findings };
  });
}
