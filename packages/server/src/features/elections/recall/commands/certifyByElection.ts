import { randomUUID } from 'node:crypto';
import type { CalendarDate } from '@cunzhi/core/calendarDate';
import { byElectionSeats } from '@cunzhi/core/elections/byElectionWomen';
import { standing } from '@cunzhi/core/elections/result';
import type { Finding } from '@cunzhi/core/rules/findings';
import type { CommandContext } from '../../../../platform/command.ts';
import { actDate } from '../../../../platform/command.ts';
import type { Tx } from '../../../../platform/db/database.ts';
import { recordEvent } from '../../../../platform/audit/record.ts';
import {
  endMembershipRow,
  findBody,
  insertMembership,
  listMemberships,
  type BodyRow,
  type MembershipRow,
} from '../../../bodies/repository.ts';
import { nearRelativeFinding } from '../../../bodies/commands/nearRelatives.ts';
import { findingViews, refuseEarlier } from '../../commands/shared.ts';
import { personsById } from '../../repository.ts';
import type { ByElectionRow } from '../repository.ts';
import { applyByElection, loadByElection, womenAmong } from './byElection.ts';

type Role = 'chair' | 'viceChair' | 'member';

/**
 * Seats one winner in the body's term from `on`; a member elected to another post (a member
 * elected chair) leaves the old seat that day. Returns a near relative on the body, if any.
 */
async function seat(
  tx: Tx,
  cmd: CommandContext,
  at: { row: ByElectionRow; body: BodyRow; serving: readonly MembershipRow[]; on: CalendarDate },
  winner: { role: Role; person: { id: string; name: string } },
): Promise<Finding | null> {
  const { row, body, on } = at;
  const { person, role } = winner;
  const earlier = at.serving.find((m) => m.person_id === person.id);
  if (earlier) {
    await endMembershipRow(tx, cmd.villageId, earlier.id, on);
    await recordEvent(
      cmd,
      tx,
      'membership.ended',
      { type: 'body', id: body.id },
      {
        membershipId: earlier.id,
        personId: person.id,
        personName: person.name,
        endedOn: on,
        byElectionId: row.id,
      },
    );
  }
  const kin = await nearRelativeFinding(tx, cmd.villageId, body.kind, person, on);
  const membershipId = randomUUID();
  await insertMembership(tx, cmd.villageId, {
    id: membershipId,
    bodyId: body.id,
    termId: row.term_id,
    personId: person.id,
    role,
    startsOn: on,
  });
  await recordEvent(
    cmd,
    tx,
    'membership.appointed',
    { type: 'body', id: body.id },
    {
      membershipId,
      termId: row.term_id,
      personId: person.id,
      personName: person.name,
      role,
      startsOn: on,
      byElectionId: row.id,
    },
  );
  return kin;
}

/**
 * The result certified (core refuses while a round is void or a tie or runoff is pending) and
 * those elected seated from that day in the body's current term, to its end (VCOL-19-BYELECTION:
 * 任期至本届届满). A near relative on the body is recorded as a warning with the seating; with no
 * woman elected to the seat kept for one (VCOL-06-SIZE), its winner is not seated and the
 * vacancy is recorded.
 */
export async function certifyByElection(
  cmd: CommandContext,
  input: { byElectionId: string; on?: string | undefined },
) {
  const on = actDate(cmd, 'on', input.on);
  return cmd.db.transaction(async (tx) => {
    const row = await loadByElection(tx, cmd, input.byElectionId);
    if (row.counted_on && on < row.counted_on)
      refuseEarlier(on, 'VCOL-19-BYELECTION', 'certify', 'count', row.counted_on);
    const winners = standing(row.record.posts, row.record.rounds).posts.flatMap((p) =>
      p.elected.map((e) => e.id),
    );
    const persons = await personsById(tx, cmd.villageId, winners);
    const women = womenAmong(persons);
    const { record, findings: vacant } = await applyByElection(
      tx,
      cmd,
      row,
      { step: 'certify', on, women },
      { certified_on: on },
    );
    const body = (await findBody(tx, cmd.villageId, row.body_id))!;
    // a man elected to the seat kept for a woman is left out (core's womenSeatLeftVacant)
    const elected = byElectionSeats(record).map((e) => ({
      role: e.postId as Role,
      personId: e.id,
      votes: e.votes,
    }));
    const serving = (await listMemberships(tx, cmd.villageId, body.id)).filter(
      (m) => m.term_id === row.term_id && m.ended_on === null,
    );
    const findings: Finding[] = [...vacant];
    for (const e of elected) {
      const person = persons.get(e.personId)!;
      const kin = await seat(tx, cmd, { row, body, serving, on }, { role: e.role, person });
      if (kin) findings.push(kin);
    }
    await recordEvent(
      cmd,
      tx,
      'byElection.certified',
      { type: 'byElection', id: row.id },
      {
        on,
        termEndsOn: record.termEndsOn,
        elected: elected.map((e) => ({ ...e, name: persons.get(e.personId)!.name })),
        findings: findingViews(findings, 'zh-CN'),
      },
    );
    return { id: row.id, findings };
  });
}
