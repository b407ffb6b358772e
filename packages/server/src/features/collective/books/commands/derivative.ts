import { randomUUID } from 'node:crypto';
import {
  derivativeRequestFinding,
  type DerivativeAnswer,
} from '@cunzhi/core/collective/books/derivative';
import { DomainError } from '@cunzhi/core/errors';
import { RuleRefusal } from '@cunzhi/core/rules/findings';
import { actDate, type CommandContext } from '../../../../platform/command.ts';
import { recordEvent } from '../../../../platform/audit/record.ts';
import { membersOn } from '../../repository.ts';
import {
  answerDerivativeRequest as saveAnswer,
  findDerivativeRequest,
  insertDerivativeRequest,
  personsByIds,
} from '../repository.ts';
import { requireOrg } from './bookOrgVoucher.ts';

export interface DerivativeRequestInput {
  orgId: string;
  receivedOn?: string;
  grounds: string;
  requesterIds: string[];
}

/**
 * Records a written request by members asking the supervisors (监事会 or 监事) to sue on the
 * organisation's behalf (Art. 60). Every requester is checked against the register on the day
 * the supervisors received it: a member, 18 or older; fewer than ten such members are refused
 * citing the article, and so is any name that is not one (the request is theirs, not the
 * clerk's: a name is never dropped silently).
 */
export async function recordDerivativeRequest(
  cmd: CommandContext,
  input: DerivativeRequestInput,
): Promise<{ id: string }> {
  const receivedOn = actDate(cmd, 'receivedOn', input.receivedOn);
  const ids = [...new Set(input.requesterIds)];
  return cmd.db.transaction(async (tx) => {
    const { orgName } = await requireOrg(tx, cmd, input.orgId);
    const capable = new Set(
      (await membersOn(tx, cmd.villageId, input.orgId, receivedOn))
        .filter((m) => m.fullCapacity)
        .map((m) => m.personId),
    );
    const persons = new Map(
      (await personsByIds(tx, cmd.villageId, ids)).map((p) => [p.id, p.name]),
    );
    const unknown = ids.findIndex((id) => !persons.has(id));
    if (unknown >= 0)
      throw new DomainError('validation_failed', {}, [
        { field: `requesterIds.${unknown}`, error: 'field_invalid' },
      ]);
    const requesters = ids.map((id) => ({
      name: persons.get(id)!,
      capableMember: capable.has(id),
    }));
    const refused = derivativeRequestFinding(receivedOn, requesters);
    if (refused) throw new RuleRefusal(refused);
    const id = randomUUID();
    const grounds = input.grounds.trim();
    await insertDerivativeRequest(tx, cmd.villageId, {
      id,
      org_id: input.orgId,
      received_on: receivedOn,
      grounds,
      requesterIds: ids,
      recordedBy: cmd.actorAccountId,
      recordedAt: cmd.clock.now(),
    });
    await recordEvent(
      cmd,
      tx,
      'derivativeRequest.received',
      { type: 'derivativeRequest', id },
      { organisation: orgName, receivedOn, grounds, requesters: ids.length },
    );
    return { id };
  });
}

/** Records the supervisors' answer: they sued, or refused (once; never before receipt). */
export async function answerDerivativeRequest(
  cmd: CommandContext,
  requestId: string,
  input: { answer: DerivativeAnswer; answeredOn?: string; note?: string },
): Promise<void> {
  const on = actDate(cmd, 'answeredOn', input.answeredOn);
  await cmd.db.transaction(async (tx) => {
    const request = await findDerivativeRequest(tx, cmd.villageId, requestId, true);
    if (!request) throw new DomainError('not_found', { what: 'derivativeRequest' });
    if (request.answered_on)
      throw new DomainError('collective_derivative_answered', { on: request.answered_on });
    if (on < request.received_on)
      throw new DomainError('validation_failed', {}, [
        { field: 'answeredOn', error: 'date_order', params: { other: request.received_on } },
      ]);
    const note = input.note?.trim() ?? '';
    await saveAnswer(tx, cmd.villageId, requestId, { answer: input.answer, on, note });
    await recordEvent(
      cmd,
      tx,
      'derivativeRequest.answered',
      { type: 'derivativeRequest', id: requestId },
      { answer: input.answer, answeredOn: on, ...(note ? { note } : {}) },
    );
  });
}
