import { randomUUID } from 'node:crypto';
import { standing } from '@cunzhi/core/elections/result';
import type { Finding } from '@cunzhi/core/rules/findings';
import type { CommandContext } from '../../../../platform/command.ts';
import { actDate } from '../../../../platform/command.ts';
import { recordEvent } from '../../../../platform/audit/record.ts';
import { findBody, insertMembership } from '../../../bodies/repository.ts';
import { nearRelativeFinding } from '../../../bodies/commands/nearRelatives.ts';
import { findingViews } from '../../commands/shared.ts';
import { personsById } from '../../repository.ts';
import { applyByElection, loadByElection } from './byElection.ts';

/**
 * The result certified (core refuses while a round is void or a tie or runoff is pending) and
 * those elected seated from that day in the body's current term, to its end (VCOL-19-BYELECTION:
 * 任期至本届届满). A near relative on the body is recorded as a warning with the seating.
 */
export async function certifyByElection(
  cmd: CommandContext,
  input: { byElectionId: string; on?: string | undefined },
) {
  const on = actDate(cmd, 'on', input.on);
  return cmd.db.transaction(async (tx) => {
    const row = await loadByElection(tx, cmd, input.byElectionId);
    const { record } = await applyByElection(
      tx,
      cmd,
      row,
      { step: 'certify', on },
      { certified_on: on },
    );
    const body = (await findBody(tx, cmd.villageId, row.body_id))!;
    const elected = standing(record.posts, record.rounds).posts.flatMap((p) =>
      p.elected.map((e) => ({
        role: p.postId as 'chair' | 'viceChair' | 'member',
        personId: e.id,
        votes: e.votes,
      })),
    );
    const persons = await personsById(
      tx,
      cmd.villageId,
      elected.map((e) => e.personId),
    );
    const findings: Finding[] = [];
    for (const e of elected) {
      const person = persons.get(e.personId)!;
      const kin = await nearRelativeFinding(tx, cmd.villageId, body.kind, person, on);
      if (kin) findings.push(kin);
      const membershipId = randomUUID();
      await insertMembership(tx, cmd.villageId, {
        id: membershipId,
        bodyId: body.id,
        termId: row.term_id,
        personId: person.id,
        role: e.role,
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
          role: e.role,
          startsOn: on,
          byElectionId: row.id,
        },
      );
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
