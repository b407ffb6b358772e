import { randomUUID } from 'node:crypto';
import {
  committeeMeetingCounts,
  hasCommittee,
  kindsOwed,
  type PartyMeetingKind,
} from '@cunzhi/core/party/cadence';
import { actDate, type CommandContext } from '../../../platform/command.ts';
import { recordEvent } from '../../../platform/audit/record.ts';
import { loadVillageProfile } from '../../../platform/rules/villageProfile.ts';
import { fieldError } from '../../matters/commands/shared.ts';
import { insertMeeting, venueExists } from '../repository.ts';
import type { PartyMemberOn } from '@cunzhi/core/party/members';
import { structureOn, type UnitState } from '../structure.ts';

type Presence = 'present' | 'leave' | 'absent';
interface Listed {
  personId: string;
  presence: Presence;
  leaveReason?: string | undefined;
  rating?: string | undefined;
}

/**
 * Everyone listed is one of the unit's members (at a 支委会: its committee), once; the host is a
 * member of the village organisation (a secretary may host a group's meeting).
 */
function checkPeople(
  input: { kind: PartyMeetingKind; hostPersonId: string; attendance: readonly Listed[] },
  unit: UnitState,
  members: readonly PartyMemberOn[],
): void {
  const names = new Map(members.map((m) => [m.personId, m.name]));
  const seated = new Set(unit.seats.map((s) => s.person_id));
  const committee = input.kind === 'committeeMeeting';
  const belongs = (personId: string) =>
    committee ? seated.has(personId) : unit.memberIds.has(personId);
  const refuse = (field: string, personId: string) =>
    fieldError(field, committee ? 'party_not_committee' : 'party_not_member', {
      name: names.get(personId) ?? personId,
    });
  if (!names.has(input.hostPersonId)) refuse('hostPersonId', input.hostPersonId);
  const seen = new Set<string>();
  input.attendance.forEach((a, i) => {
    if (!belongs(a.personId) || seen.has(a.personId))
      refuse(`attendance.${i}.personId`, a.personId);
    seen.add(a.personId);
  });
}

/**
 * Records one of 三会一课 as held: the unit must owe that kind (a group its 党小组会, a branch
 * with a committee its 支委会); everyone listed is one of the unit's members (a 支委会: its
 * committee), present, on leave with the reason, or absent; ratings only at 民主评议党员. A 支委会
 * short of half its committee is kept — the minutes are a record — and reported as not counted.
 */
export async function recordMeeting(
  cmd: CommandContext,
  input: {
    unitId: string;
    kind: PartyMeetingKind;
    heldOn: string;
    venueId?: string | undefined;
    venue?: string | undefined;
    hostPersonId: string;
    topic: string;
    minutes: string;
    attendance: readonly Listed[];
  },
): Promise<{ id: string; counted: boolean }> {
  const heldOn = actDate(cmd, 'heldOn', input.heldOn);
  if ((input.venueId === undefined) === (input.venue === undefined))
    fieldError('venue', 'party_venue');
  input.attendance.forEach((a, i) => {
    if ((a.presence === 'leave') !== (a.leaveReason !== undefined))
      fieldError(`attendance.${i}.leaveReason`, 'party_leave_reason');
    if (a.rating !== undefined && input.kind !== 'review')
      fieldError(`attendance.${i}.rating`, 'party_rating_only_review');
  });
  const id = randomUUID();
  return cmd.db.transaction(async (tx) => {
    const structure = await structureOn(tx, cmd.villageId, heldOn);
    const unit = structure.units.find((s) => s.unit.id === input.unitId);
    if (!unit) fieldError('unitId', 'not_found', { what: 'partyUnit' });
    const { profile } = await loadVillageProfile(tx, cmd.villageId, heldOn);
    const committee = hasCommittee(unit.seats.length, profile.params);
    const owed = kindsOwed(unit.unit.kind, unit.hasSubBranches, committee);
    if (!owed.includes(input.kind)) fieldError('kind', 'party_meeting_kind');
    if (input.venueId && !(await venueExists(tx, cmd.villageId, input.venueId)))
      fieldError('venueId', 'not_found', { what: 'venue' });
    checkPeople(input, unit, structure.members);
    const present = input.attendance.filter((a) => a.presence === 'present').length;
    const counted =
      input.kind !== 'committeeMeeting' ||
      committeeMeetingCounts(present, unit.seats.length, profile.params);
    await insertMeeting(tx, cmd.villageId, {
      id,
      unitId: input.unitId,
      kind: input.kind,
      heldOn,
      venueId: input.venueId ?? null,
      venue: input.venue ?? null,
      hostPersonId: input.hostPersonId,
      topic: input.topic,
      minutes: input.minutes,
      by: cmd.actorAccountId,
      at: cmd.clock.now(),
      attendance: input.attendance.map((a) => ({
        personId: a.personId,
        presence: a.presence,
        leaveReason: a.leaveReason ?? null,
        rating: a.rating ?? null,
      })),
    });
    await recordEvent(
      cmd,
      tx,
      'partyMeeting.recorded',
      { type: 'partyMeeting', id },
      {
        unitId: input.unitId,
        kind: input.kind,
        heldOn,
        present,
        listed: input.attendance.length,
        counted,
      },
    );
    return { id, counted };
  });
}
