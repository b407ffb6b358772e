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

/** Writes a checked objection: the machine's fileObjection for the roll, its row, its event. */
async function recordObjection(
  tx: Tx,
  cmd: CommandContext,
  election: ElectionRow,
  o: Omit<FileObjectionInput, 'electionId' | 'receivedOn'>,
  on: CalendarDate,
) {
  const findings =
    o.subject === 'roll'
      ? (await applyAct(tx, cmd, election, { step: 'fileObjection', on })).findings
      : (await committeeObjection(tx, cmd, election, on), []);
  const id = randomUUID();
  const text = { objectorName: o.objectorName.trim(), reason: o.reason.trim() };
  await insertObjection(tx, cmd.villageId, election.id, {
    id,
    subject: o.subject,
    ...text,
    objectorPersonId: o.objectorPersonId,
    aboutPersonId: o.aboutPersonId,
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
      subject: o.subject,
      ...text,
      aboutPersonId: o.aboutPersonId,
      receivedOn: on,
    },
  );
  return { id: election.id, findings };
}

/** The persons an objection names are in this village's register. */
async function requireKnown(tx: Tx, cmd: CommandContext, fields: Record<string, string | null>) {
  const named = Object.values(fields).filter((x): x is string => !!x);
  const persons = await personsById(tx, cmd.villageId, named);
  const unknown = Object.entries(fields).filter(([, id]) => id !== null && !persons.has(id));
  if (unknown.length)
    throw new DomainError(
      'validation_failed',
      {},
      unknown.map(([field]) => ({ field, error: 'election_person_unknown' as const })),
    );
  return persons;
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
    await requireKnown(tx, cmd, {
      objectorPersonId: input.objectorPersonId,
      aboutPersonId: input.aboutPersonId,
    });
    return recordObjection(tx, cmd, election, input, on);
  });
}

/**
 * A villager objects to the published roll themself, today (VCOL-14-APPEAL: 对登记参加选举的
 * 村民名单有异议的，可以向村民选举委员会申诉): about being left off or the class (about
 * themself), or about another on it. Received today; the committee decides within 3 days.
 */
export async function objectToRoll(
  cmd: CommandContext,
  input: { electionId: string; aboutPersonId: string | null; reason: string },
) {
  const on = cmd.clock.today();
  if (!cmd.personId) throw new DomainError('forbidden');
  const self = cmd.personId;
  return cmd.db.transaction(async (tx) => {
    const election = await loadElection(tx, cmd, input.electionId);
    const persons = await requireKnown(tx, cmd, { aboutPersonId: input.aboutPersonId, self });
    const done = await recordObjection(
      tx,
      cmd,
      election,
      {
        subject: 'roll',
        objectorName: persons.get(self)!.name,
        objectorPersonId: self,
        aboutPersonId: input.aboutPersonId ?? self,
        reason: input.reason,
      },
      on,
    );
    const p = await paramsOn(tx, cmd, on);
    return { ...done, receivedOn: on, decideBy: deadlineAfter(on, p['VCOL-14-LIST'].decisionDays) };
  });
}
