import { randomUUID } from 'node:crypto';
import type { CalendarDate } from '@cunzhi/core/calendarDate';
import { DomainError } from '@cunzhi/core/errors';
import type { MemberRole } from '@cunzhi/core/bodies/bodyKinds';
import type { Placed } from '@cunzhi/core/elections/count';
import { termEndsOn } from '@cunzhi/core/elections/office';
import { standing } from '@cunzhi/core/elections/result';
import { closeRelation } from '@cunzhi/core/registry/kinship';
import type { SeatHolder } from '@cunzhi/core/rules/composition';
import type { SeatingContext } from '@cunzhi/core/elections/seating';
import type { RuleParams } from '@cunzhi/core/rules/profile';
import type { CommandContext } from '../../../platform/command.ts';
import { actDate } from '../../../platform/command.ts';
import type { Tx } from '../../../platform/db/database.ts';
import { recordEvent } from '../../../platform/audit/record.ts';
import { insertMembership, insertTerm, listBodies, listTerms } from '../../bodies/repository.ts';
import { loadKinNeighbourhood } from '../../registry/queries/kinGraph.ts';
import { nominationsOf, personsById, servingMembers, type ElectionRow } from '../repository.ts';
import { endTermBefore, insertResult, setHandedOver } from '../repository/polling.ts';
import { applyAct, findingViews, loadElection, paramsOn, requireCommittee } from './shared.ts';
import { womenCheckOf } from './womenCheck.ts';

const BODY_KIND = {
  villagersCommittee: 'villagersCommittee',
  supervisionCommittee: 'villageAffairsSupervisionCommittee',
} as const;

/** The seat a post gives on the body: 主任 chair, 副主任 vice-chair, the rest members. */
function roleOf(postId: string): MemberRole {
  if (postId === 'chair') return 'chair';
  if (postId === 'viceChair' || postId === 'deputyChair') return 'viceChair';
  return 'member';
}

/**
 * Those the rounds elected, post by post, after the women check for a villagers'
 * committee (VCOL-06-SIZE by the profile's method): by default the woman with most votes
 * past the first round's bar takes the seat of the lowest winner on the post with most
 * seats. With no such woman (or by the profile, always) the women's runoff is scheduled
 * (scheduleRound) and seats its winner; until then the seating check refuses. With fewer
 * than two women who drew a vote no 差额 runoff is possible: that seat is left vacant (its
 * winner is not seated) for a by-election, and the missing woman is recorded.
 */
async function electedAfterWomenCheck(
  tx: Tx,
  cmd: CommandContext,
  election: ElectionRow,
  on: CalendarDate,
  p: RuleParams,
) {
  const now = standing(election.record.posts, election.record.rounds);
  let elected = now.posts.flatMap((s) => s.elected.map((e) => ({ ...e, postId: s.postId })));
  const persons = await personsById(
    tx,
    cmd.villageId,
    elected.map((e) => e.id),
  );
  const women = await womenCheckOf(tx, cmd.villageId, election, on, p);
  if (women?.check.status === 'replace') {
    const { out, in: woman } = women.check;
    const swap = (e: Placed & { postId: string }) =>
      e.id === out.id ? { ...woman, postId: e.postId } : e;
    elected = elected.map(swap);
    for (const [id, x] of women.persons) persons.set(id, x);
  }
  if (women?.check.status !== 'vacant') return { elected, persons, womenSeatVacant: null };
  const { vacated, finding } = women.check;
  elected = elected.filter((e) => e.id !== vacated?.id);
  return { elected, persons, womenSeatVacant: finding };
}

/** The composition facts core's seatingFindings needs: the body next to it, kinship, the terms. */
async function seatingContext(
  tx: Tx,
  cmd: CommandContext,
  election: ElectionRow,
  on: CalendarDate,
  p: RuleParams,
  elected: ReadonlyArray<{ id: string; postId: string }>,
  persons: ReadonlyMap<string, { name: string; gender: 'male' | 'female' }>,
) {
  const committeeIds = await servingMembers(tx, cmd.villageId, 'villagersCommittee', on);
  const committee = await personsById(tx, cmd.villageId, committeeIds);
  const { graph } = await loadKinNeighbourhood(tx, cmd.villageId, [
    ...elected.map((e) => e.id),
    ...committeeIds,
  ]);
  // what the committee vetted at nomination: one supervisor must know accounts or management
  const vetted = new Map<string, string[]>();
  for (const n of await nominationsOf(tx, cmd.villageId, election.id))
    vetted.set(n.person_id, [
      ...new Set([...(vetted.get(n.person_id) ?? []), ...n.qualifications]),
    ]);
  const holder = (id: string, role: string): SeatHolder => {
    const x = persons.get(id) ?? committee.get(id)!;
    return {
      personId: id,
      name: x.name,
      gender: x.gender,
      role,
      qualifications: vetted.get(id) ?? [],
    };
  };
  const seated = elected.map((e) => holder(e.id, roleOf(e.postId)));
  const kin = seated.flatMap((a, i) =>
    seated
      .slice(i + 1)
      .filter((b) => closeRelation(graph, a.personId, b.personId))
      .map((b) => ({ name: a.name, relative: b.name })),
  );
  const closeRelativeOnCommittee = new Map(
    seated.flatMap((s) => {
      const m = committeeIds.find((c) => closeRelation(graph, s.personId, c));
      return m ? [[s.personId, committee.get(m)!.name] as const] : [];
    }),
  );
  const bodies = await listBodies(tx, cmd.villageId);
  const committeeBody = bodies.find((b) => b.kind === 'villagersCommittee');
  const committeeTerm = committeeBody
    ? (await listTerms(tx, cmd.villageId, committeeBody.id)).find(
        (t) => t.starts_on <= on && on <= t.ends_on,
      )
    : undefined;
  const committeeEnds = (committeeTerm?.ends_on as CalendarDate | undefined) ?? null;
  // from 2026 a supervision term is the committee's (VCOL25-SUPERVISION-TERM)
  const endsOn =
    election.body === 'supervisionCommittee' && committeeEnds ? committeeEnds : termEndsOn(on, p);
  const context: SeatingContext = {
    committeeMembers:
      election.body === 'villagersCommittee' ? [] : committeeIds.map((id) => holder(id, 'member')),
    kin,
    closeRelativeOnCommittee,
    partySecretaryId: null,
    termEndsOn: endsOn,
    committeeTermEndsOn: committeeEnds,
    households: 0,
  };
  const body = bodies.find((b) => b.kind === BODY_KIND[election.body]);
  if (!body) throw new DomainError('not_found', { what: 'body' });
  return { seated, context, bodyId: body.id, endsOn };
}

/**
 * Seats the body as the bodies feature seats it (its repository): a new term from `on`
 * (the outgoing one ends the day before; a term begun later refuses), a membership each.
 */
async function seatBody(
  tx: Tx,
  villageId: string,
  bodyId: string,
  on: CalendarDate,
  endsOn: CalendarDate,
  seated: readonly SeatHolder[],
): Promise<string> {
  const terms = await listTerms(tx, villageId, bodyId);
  const later = terms.find((t) => t.starts_on >= on);
  if (later)
    throw new DomainError('validation_failed', {}, [
      { field: 'on', error: 'date_order', params: { other: later.starts_on } },
    ]);
  for (const t of terms.filter((x) => x.ends_on >= on))
    await endTermBefore(tx, villageId, t.id, on);
  const termId = randomUUID();
  await insertTerm(tx, villageId, { id: termId, bodyId, startsOn: on, endsOn });
  for (const s of seated)
    await insertMembership(tx, villageId, {
      id: randomUUID(),
      bodyId,
      termId,
      personId: s.personId,
      role: s.role as MemberRole,
      startsOn: on,
      qualifications: s.qualifications,
    });
  return termId;
}

/**
 * 公布选举结果 and 当选 (the machine's certify): from a valid round with no tie or runoff
 * pending, the body's composition judged by core's seatingFindings (a woman, no near
 * relatives; for supervisors none on the villagers' committee or kin of one); then the body
 * is seated from the certified result only.
 */
export async function certifyResult(
  cmd: CommandContext,
  input: { electionId: string; on?: string | undefined },
) {
  const on = actDate(cmd, 'on', input.on);
  return cmd.db.transaction(async (tx) => {
    const election = await loadElection(tx, cmd, input.electionId);
    await requireCommittee(tx, cmd, election, 'certify', on);
    const p = await paramsOn(tx, cmd, on);
    const { elected, persons, womenSeatVacant } = await electedAfterWomenCheck(
      tx,
      cmd,
      election,
      on,
      p,
    );
    const seating = await seatingContext(tx, cmd, election, on, p, elected, persons);
    const { findings } = await applyAct(tx, cmd, election, {
      step: 'certify',
      on,
      seated: seating.seated,
      context: { ...seating.context, womenSeatVacant },
    });
    const termId = await seatBody(
      tx,
      cmd.villageId,
      seating.bodyId,
      on,
      seating.endsOn,
      seating.seated,
    );
    const seatedView = elected.map((e) => ({
      personId: e.id,
      name: persons.get(e.id)!.name,
      postId: e.postId,
      votes: e.votes,
    }));
    const views = findingViews(findings, 'zh-CN');
    await insertResult(tx, cmd.villageId, election.id, {
      certified_on: on,
      term_id: termId,
      seated: seatedView,
      findings: views,
    });
    await recordEvent(
      cmd,
      tx,
      'election.certified',
      { type: 'election', id: election.id },
      {
        on,
        bodyId: seating.bodyId,
        termId,
        endsOn: seating.endsOn,
        seated: seatedView,
        findings: views,
      },
    );
    return { id: election.id, findings };
  });
}

/**
 * 工作移交 (the machine's handover, within 10 days of the result; a late one is recorded
 * with its breach): the election committee's work ends, and with it every act on the
 * election (the machine refuses all after it).
 */
export async function handOver(
  cmd: CommandContext,
  input: { electionId: string; on?: string | undefined },
) {
  const on = actDate(cmd, 'on', input.on);
  return cmd.db.transaction(async (tx) => {
    const election = await loadElection(tx, cmd, input.electionId);
    await requireCommittee(tx, cmd, election, 'handover', on);
    const { findings } = await applyAct(tx, cmd, election, { step: 'handover', on });
    const views = findingViews(findings, 'zh-CN');
    await setHandedOver(tx, cmd.villageId, election.id, on, views);
    await recordEvent(
      cmd,
      tx,
      'election.handedOver',
      { type: 'election', id: election.id },
      { on, findings: views },
    );
    return { id: election.id, findings };
  });
}
