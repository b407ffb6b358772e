import { randomUUID } from 'node:crypto';
import type { CalendarDate } from '@cunzhi/core/calendarDate';
import { DomainError } from '@cunzhi/core/errors';
import { deadlineAfter } from '@cunzhi/core/elections/dates';
import { finding, RuleRefusal } from '@cunzhi/core/rules/findings';
import type { CommandContext } from '../../../platform/command.ts';
import { actDate } from '../../../platform/command.ts';
import type { Tx } from '../../../platform/db/database.ts';
import { recordEvent } from '../../../platform/audit/record.ts';
import { insertObjection, personsById, type ElectionRow } from '../repository.ts';
import { applyAct, EXTRA_STEPS, loadElection, paramsOn, requireCommittee } from './shared.ts';

export interface FileObjectionInput {
  electionId: string;
  subject: 'committee' | 'roll';
  objectorName: string;
  objectorPersonId: string | null;
  aboutPersonId: string | null;
  reason: string;
  receivedOn?: string | undefined;
}

/** Objections to the committee: within five days of its publication (XJGC-EC, 规程's template). */
async function committeeObjection(
  tx: Tx,
  cmd: CommandContext,
  election: ElectionRow,
  on: CalendarDate,
) {
  const from = election.committee_published_on;
  if (!from) throw new DomainError('election_committee_unpublished');
  const days = (await paramsOn(tx, cmd, on))['XJGC-EC'].objectionDays;
  const deadline = deadlineAfter(from, days);
  if (on > deadline)
    throw new RuleRefusal(
      finding(on, 'XJGC-EC', 'election_period_over', {
        ...EXTRA_STEPS.objectCommittee,
        from,
        days,
        deadline,
        on,
      }),
    );
}

/**
 * The committee records an objection it received (申诉): to its own membership, within five
 * days of publication; to the roll, within five days of the roll's publication (VCOL-14-APPEAL,
 * the machine's fileObjection), after which polling waits until it is decided.
 */
export async function fileObjection(cmd: CommandContext, input: FileObjectionInput) {
  const on = actDate(cmd, 'receivedOn', input.receivedOn);
  return cmd.db.transaction(async (tx) => {
    const election = await loadElection(tx, cmd, input.electionId);
    await requireCommittee(tx, cmd, election, 'fileObjection', on);
    const named = [input.objectorPersonId, input.aboutPersonId].filter((x): x is string => !!x);
    const persons = await personsById(tx, cmd.villageId, named);
    const unknown = (['objectorPersonId', 'aboutPersonId'] as const).filter(
      (f) => input[f] !== null && !persons.has(input[f]),
    );
    if (unknown.length)
      throw new DomainError(
        'validation_failed',
        {},
        unknown.map((field) => ({ field, error: 'election_person_unknown' as const })),
      );
    const findings =
      input.subject === 'roll'
        ? (await applyAct(tx, cmd, election, { step: 'fileObjection', on })).findings
        : (await committeeObjection(tx, cmd, election, on), []);
    const id = randomUUID();
    await insertObjection(tx, cmd.villageId, election.id, {
      id,
      subject: input.subject,
      objectorName: input.objectorName.trim(),
      objectorPersonId: input.objectorPersonId,
      aboutPersonId: input.aboutPersonId,
      reason: input.reason.trim(),
      receivedOn: on,
      recordedBy: cmd.actorAccountId,
    });
    await recordEvent(
      cmd,
      tx,
      'election.objectionFiled',
      { type: 'election', id: election.id },
      {
        objectionId: id,
        subject: input.subject,
        objectorName: input.objectorName.trim(),
        aboutPersonId: input.aboutPersonId,
        reason: input.reason.trim(),
        receivedOn: on,
      },
    );
    return { id: election.id, findings };
  });
}
