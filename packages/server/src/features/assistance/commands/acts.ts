import type { AssistedAct } from '@cunzhi/core/assistance/consent';
import type { QuestionKind } from '@cunzhi/core/disclosure/kinds';
import { DomainError } from '@cunzhi/core/errors';
import type { CommandContext } from '../../../platform/command.ts';
import { recordEvent } from '../../../platform/audit/record.ts';
import type { Tx } from '../../../platform/db/database.ts';
import { recordQuestion } from '../../disclosure/commands/askQuestion.ts';
import {
  allowedCapacities,
  lockedMeeting,
  requireCheckInOpen,
} from '../../meetings/commands/shared.ts';
import { findAttendance, insertAttendance } from '../../meetings/repository/attendance.ts';
import { placeOrder } from '../../services/commands/order.ts';
import { personPhone } from '../../services/repository.ts';
import type { ConsentRow } from '../repository.ts';
import { consentFor, markAssisted, principal, type Agent } from './agent.ts';

/**
 * Each act runs in its own transaction, the consent checked there (a consent revoked meanwhile
 * stops it); then the act is marked assisted and the audit chain records by whom, for whom and
 * under which consent (assistance.acted), beside the act's own event.
 */
async function marked(
  tx: Tx,
  cmd: CommandContext,
  a: { agent: Agent; consent: ConsentRow; act: AssistedAct; subjectId: string; name: string },
): Promise<string> {
  const { id, assisted } = await markAssisted(tx, cmd, a);
  await recordEvent(
    cmd,
    tx,
    'assistance.acted',
    { type: 'person', id: a.consent.person_id },
    { actId: id, act: a.act, subjectId: a.subjectId, name: a.name, ...assisted },
  );
  return id;
}

/**
 * Checks a villager in at a meeting for them (a cadre at the door, a relative at home), as the
 * villager would with the QR code: a member where they may be one, else a supervisor. Secret
 * ballots at the meeting stay the villager's own: a check-in gives the agent no vote.
 */
export async function assistCheckIn(
  cmd: CommandContext,
  agent: Agent,
  input: { personId: string; meetingId: string },
): Promise<string> {
  const person = await principal(cmd.db, cmd, input.personId);
  return cmd.db.transaction(async (tx) => {
    const consent = await consentFor(tx, cmd, agent, person, 'checkIn');
    const m = await lockedMeeting(tx, cmd.villageId, input.meetingId, ['planned', 'open']);
    requireCheckInOpen(m, cmd.clock.today());
    if (await findAttendance(tx, cmd.villageId, m.id, person.id))
      throw new DomainError('assisted_already_present', { name: person.name });
    const allowed = await allowedCapacities(tx, cmd.villageId, m, person.id);
    const capacity = allowed.has('member')
      ? 'member'
      : allowed.has('supervisor')
        ? 'supervisor'
        : null;
    if (!capacity) throw new DomainError('not_meeting_attendee');
    await insertAttendance(
      tx,
      cmd.villageId,
      m.id,
      { personId: person.id, capacity, method: 'clerk', recordedBy: agent.accountId },
      false,
    );
    await recordEvent(
      cmd,
      tx,
      'attendance.recorded',
      { type: 'meeting', id: m.id },
      { personId: person.id, name: person.name, capacity, method: 'assisted' },
    );
    return marked(tx, cmd, { agent, consent, act: 'checkIn', subjectId: m.id, name: person.name });
  });
}

/** Orders a service for a villager: they are the requester, with their registered number. */
export async function assistServiceOrder(
  cmd: CommandContext,
  agent: Agent,
  input: { personId: string; itemId: string; details?: string | undefined },
) {
  const person = await principal(cmd.db, cmd, input.personId);
  const phone = await personPhone(cmd.db, cmd.villageId, person.id);
  let actId = '';
  const request = await placeOrder(
    cmd,
    {
      itemId: input.itemId,
      // a cadre orders at the station's counter; a relative from their own phone
      channel: agent.asCadre ? 'counter' : 'phone',
      requester: { personId: person.id, name: person.name, phone },
      details: input.details ?? '',
    },
    async (tx, requestId) => {
      const consent = await consentFor(tx, cmd, agent, person, 'serviceOrder');
      const a = { agent, consent, act: 'serviceOrder' as const, subjectId: requestId };
      actId = await marked(tx, cmd, { ...a, name: person.name });
    },
  );
  return { request, actId };
}

/** Asks a question or raises an objection on a notice in the villager's name, on their behalf. */
export async function assistQuestion(
  cmd: CommandContext,
  agent: Agent,
  input: { personId: string; noticeId: string; kind: QuestionKind; text: string },
) {
  const person = await principal(cmd.db, cmd, input.personId);
  let consent: ConsentRow | null = null;
  let actId = '';
  const question = await recordQuestion(
    cmd,
    input,
    { askerPersonId: person.id, askedOn: cmd.clock.today(), onBehalf: true },
    async (tx) => {
      consent = await consentFor(tx, cmd, agent, person, 'question');
    },
    async (tx, questionId) => {
      const a = { agent, consent: consent!, act: 'question' as const, subjectId: questionId };
      actId = await marked(tx, cmd, { ...a, name: person.name });
    },
  );
  return { question, actId };
}
