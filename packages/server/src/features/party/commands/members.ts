import { randomUUID } from 'node:crypto';
import { DomainError } from '@cunzhi/core/errors';
import type { PartyCategory, PartyLeaveReason, PartyStatus } from '@cunzhi/core/party/members';
import { actDate, type CommandContext } from '../../../platform/command.ts';
import { recordEvent } from '../../../platform/audit/record.ts';
import { dateField } from '../../../platform/fields.ts';
import { fieldError } from '../../matters/commands/shared.ts';
import {
  insertSeat,
  lockParty,
  memberLeaves,
  personForParty,
  upsertMember,
  type SeatRow,
} from '../repository.ts';
import { structureOn } from '../structure.ts';

/**
 * Records a member's details: unit, formal or probationary (with the day of 转正 where known),
 * category (a 流动党员 with whereabouts). The registry's party_member flag follows.
 */
export async function recordMember(
  cmd: CommandContext,
  personId: string,
  input: {
    unitId?: string | undefined;
    status: PartyStatus;
    joinedOn: string;
    formalOn?: string | undefined;
    category: PartyCategory;
    whereabouts?: string | undefined;
  },
): Promise<void> {
  const joinedOn = actDate(cmd, 'joinedOn', input.joinedOn);
  const formalOn = input.formalOn ? dateField('formalOn', input.formalOn) : null;
  if (formalOn !== null && (input.status !== 'formal' || formalOn < joinedOn))
    fieldError('formalOn', 'party_formal_on');
  if (input.category === 'migrant' && !input.whereabouts)
    fieldError('whereabouts', 'party_whereabouts_required');
  const today = cmd.clock.today();
  await cmd.db.transaction(async (tx) => {
    await lockParty(tx, cmd.villageId);
    const person = await personForParty(tx, cmd.villageId, personId);
    if (!person) throw new DomainError('not_found', { what: 'person' });
    const structure = await structureOn(tx, cmd.villageId, today);
    if (input.unitId && !structure.units.some((s) => s.unit.id === input.unitId))
      fieldError('unitId', 'not_found', { what: 'partyUnit' });
    await upsertMember(tx, cmd.villageId, {
      personId,
      unitId: input.unitId ?? null,
      status: input.status,
      joinedOn,
      formalOn,
      category: input.category,
      whereabouts: input.category === 'migrant' ? (input.whereabouts ?? null) : null,
      by: cmd.actorAccountId,
      at: cmd.clock.now(),
    });
    // the event names the unit and status, never the whereabouts (where a person works)
    await recordEvent(
      cmd,
      tx,
      'partyMember.recorded',
      { type: 'person', id: personId },
      {
        unitId: input.unitId ?? null,
        status: input.status,
        joinedOn,
        formalOn,
        category: input.category,
      },
    );
  });
}

/** A member transferred out, deceased, expelled or withdrawn: kept on the record with the day. */
export async function memberLeave(
  cmd: CommandContext,
  personId: string,
  input: { leftOn?: string | undefined; reason: PartyLeaveReason },
): Promise<void> {
  const leftOn = actDate(cmd, 'leftOn', input.leftOn);
  await cmd.db.transaction(async (tx) => {
    await lockParty(tx, cmd.villageId);
    const person = await personForParty(tx, cmd.villageId, personId);
    if (!person) throw new DomainError('not_found', { what: 'person' });
    if (person.left) throw new DomainError('party_already_left');
    const members = (await structureOn(tx, cmd.villageId, leftOn)).members;
    if (!members.some((m) => m.personId === personId))
      fieldError('personId', 'party_not_member', { name: person.name });
    await memberLeaves(tx, cmd.villageId, personId, leftOn, input.reason, cmd.clock.now());
    await recordEvent(
      cmd,
      tx,
      'partyMember.left',
      { type: 'person', id: personId },
      {
        leftOn,
        reason: input.reason,
      },
    );
  });
}

/** Seats a member of the unit on its committee (secretary, deputy, member). */
export async function seatCommittee(
  cmd: CommandContext,
  unitId: string,
  input: { personId: string; role: SeatRow['role']; since?: string | undefined },
): Promise<{ id: string }> {
  const since = actDate(cmd, 'since', input.since);
  const id = randomUUID();
  return cmd.db.transaction(async (tx) => {
    await lockParty(tx, cmd.villageId);
    const structure = await structureOn(tx, cmd.villageId, since);
    const unit = structure.units.find((s) => s.unit.id === unitId);
    if (!unit) throw new DomainError('not_found', { what: 'partyUnit' });
    const person = await personForParty(tx, cmd.villageId, input.personId);
    if (!person) fieldError('personId', 'not_found', { what: 'person' });
    if (!unit.memberIds.has(input.personId) || !person.recorded)
      fieldError('personId', 'party_not_member', { name: person.name });
    if (unit.seats.some((s) => s.person_id === input.personId))
      throw new DomainError('party_already_seated', { name: person.name });
    await insertSeat(tx, cmd.villageId, { id, unitId, ...input, since });
    await recordEvent(
      cmd,
      tx,
      'partyCommittee.seated',
      { type: 'partyUnit', id: unitId },
      {
        personId: input.personId,
        role: input.role,
        since,
      },
    );
    return { id };
  });
}
