import { timingSafeEqual } from 'node:crypto';
import { DomainError, type FieldProblem } from '@cunzhi/core/errors';
import { checkProxy } from '@cunzhi/core/meetings/convening';
import { closeRelation } from '@cunzhi/core/registry/kinship';
import { finding, refuseOnViolation, RuleRefusal } from '@cunzhi/core/rules/findings';
import { MEETING_KIND_INFO } from '@cunzhi/core/meetings/meetingKinds';
import type { Tx } from '../../../platform/db/database.ts';
import type { AppContext } from '../../../platform/http/context.ts';
import { loadKinNeighbourhood } from '../../registry/queries/kinGraph.ts';
import { findPerson } from '../../registry/repository/persons.ts';
import { loadVillageProfile } from '../../../platform/rules/villageProfile.ts';
import { dateField } from '../../../platform/fields.ts';
import { audit, facts, lockedMeeting, type Who } from '../common.ts';
import {
  isServingSupervisor,
  loadVoters,
  selfCheckInCapacities,
  takesHouseholdRepresentatives,
  VOTING_CAPACITIES,
} from '../presence.ts';
import { findAttendance, type Capacity, type MeetingRow } from '../repository.ts';

function sameCode(given: string, expected: string): boolean {
  const a = Buffer.from(given);
  const b = Buffer.from(expected);
  return a.length === b.length && timingSafeEqual(a, b);
}

/** Check-in is open on the meeting day (or later) until the meeting closes. */
function requireCheckInOpen(m: MeetingRow, today: string): void {
  if (m.status !== 'planned' && m.status !== 'open') throw new DomainError('meeting_not_open');
  if (today < m.meeting_on) throw new DomainError('meeting_not_yet', { date: m.meeting_on });
}

/**
 * What capacities a person may attend in: a voting capacity if they are due
 * at the meeting (a serving supervisor only where they attend as a villager),
 * `supervisor` if they serve on the supervision committee, `observer` for
 * anyone of the village (列席).
 */
async function allowedCapacities(
  tx: Tx,
  villageId: string,
  m: MeetingRow,
  personId: string,
): Promise<Set<Capacity>> {
  // only whether they are due matters here, not whom they hold proxies for
  const [voter] = await loadVoters(tx, villageId, facts(m), [personId], { holdersAmongThem: true });
  const supervisor = await isServingSupervisor(tx, villageId, personId, m.meeting_on);
  const allowed = new Set<Capacity>([
    'observer',
    ...selfCheckInCapacities(m.kind, voter !== undefined, supervisor),
  ]);
  if (allowed.has('member') && takesHouseholdRepresentatives(m.kind))
    allowed.add('householdRepresentative');
  return allowed;
}

async function insertAttendance(
  tx: Tx,
  villageId: string,
  meetingId: string,
  a: { personId: string; capacity: Capacity; method: 'qr' | 'clerk'; recordedBy: string },
  replace: boolean,
): Promise<boolean> {
  const rows = await tx.query(
    `INSERT INTO attendance (village_id, meeting_id, person_id, capacity, method, recorded_by)
     VALUES ($1, $2, $3, $4, $5, $6)
     ON CONFLICT (village_id, meeting_id, person_id) DO ${
       replace
         ? 'UPDATE SET capacity = EXCLUDED.capacity, method = EXCLUDED.method, recorded_by = EXCLUDED.recorded_by'
         : 'NOTHING'
     }
     RETURNING person_id`,
    [villageId, meetingId, a.personId, a.capacity, a.method, a.recordedBy],
  );
  return rows.length > 0;
}

/**
 * A villager checks themselves in by scanning the meeting's QR code. It is
 * idempotent: a second scan returns the first check-in. Those due at the
 * meeting check in as members; supervision members as supervisors, or as
 * villagers at the assembly and the group meeting if they choose.
 */
export async function checkIn(
  ctx: AppContext,
  who: Who,
  input: { meetingId: string; code: string; capacity?: 'member' | 'supervisor' | undefined },
) {
  if (!who.personId) throw new DomainError('not_meeting_attendee');
  const personId = who.personId;
  const today = ctx.clock.today();
  return ctx.db.transaction(async (tx) => {
    const m = await lockedMeeting(
      tx,
      who.villageId,
      input.meetingId,
      ['planned', 'open'],
      'meeting_not_open',
      'share',
    );
    requireCheckInOpen(m, today);
    if (!sameCode(input.code, m.check_in_code))
      throw new DomainError('validation_failed', {}, [{ field: 'code', error: 'field_invalid' }]);
    const existing = await findAttendance(tx, who.villageId, m.id, personId);
    if (existing) return { attendance: existing, created: false };
    const allowed = await allowedCapacities(tx, who.villageId, m, personId);
    let capacity: Capacity;
    if (input.capacity) {
      if (!allowed.has(input.capacity)) throw new DomainError('not_meeting_attendee');
      capacity = input.capacity;
    } else if (allowed.has('member')) capacity = 'member';
    // the default of selfCheckInCapacities: a member where they may be one
    else if (allowed.has('supervisor')) capacity = 'supervisor';
    else throw new DomainError('not_meeting_attendee');
    await insertAttendance(
      tx,
      who.villageId,
      m.id,
      { personId, capacity, method: 'qr', recordedBy: who.actorAccountId },
      false,
    );
    const attendance = await findAttendance(tx, who.villageId, m.id, personId);
    await audit(
      ctx,
      tx,
      who,
      'attendance.recorded',
      { type: 'meeting', id: m.id },
      { personId, name: attendance?.name, capacity, method: 'qr' },
    );
    return { attendance, created: true };
  });
}

/** The clerk records an attendee from the paper sign-in sheet (or corrects the capacity). */
export async function recordAttendance(
  ctx: AppContext,
  who: Who,
  input: { meetingId: string; personId: string; capacity: Capacity },
) {
  const today = ctx.clock.today();
  return ctx.db.transaction(async (tx) => {
    const m = await lockedMeeting(tx, who.villageId, input.meetingId, ['planned', 'open']);
    requireCheckInOpen(m, today);
    const person = await findPerson(tx, who.villageId, input.personId);
    if (!person)
      throw new DomainError('validation_failed', {}, [
        { field: 'personId', error: 'field_invalid' },
      ]);
    const allowed = await allowedCapacities(tx, who.villageId, m, person.id);
    if (!allowed.has(input.capacity))
      throw new DomainError('validation_failed', {}, [
        {
          field: 'capacity',
          error: input.capacity === 'supervisor' ? 'not_supervision_member' : 'not_meeting_member',
        },
      ]);
    await insertAttendance(
      tx,
      who.villageId,
      m.id,
      {
        personId: person.id,
        capacity: input.capacity,
        method: 'clerk',
        recordedBy: who.actorAccountId,
      },
      true,
    );
    await audit(
      ctx,
      tx,
      who,
      'attendance.recorded',
      { type: 'meeting', id: m.id },
      { personId: person.id, name: person.name, capacity: input.capacity, method: 'clerk' },
    );
    return findAttendance(tx, who.villageId, m.id, person.id);
  });
}

/** The clerk strikes an attendee (recorded in error, or left the meeting). */
export async function removeAttendance(
  ctx: AppContext,
  who: Who,
  input: { meetingId: string; personId: string },
) {
  return ctx.db.transaction(async (tx) => {
    const m = await lockedMeeting(tx, who.villageId, input.meetingId, ['planned', 'open']);
    const existing = await findAttendance(tx, who.villageId, m.id, input.personId);
    if (!existing) throw new DomainError('not_found', { what: 'person' });
    await tx.query(
      'DELETE FROM attendance WHERE village_id = $1 AND meeting_id = $2 AND person_id = $3',
      [who.villageId, m.id, input.personId],
    );
    await audit(
      ctx,
      tx,
      who,
      'attendance.removed',
      { type: 'meeting', id: m.id },
      { personId: input.personId, name: existing.name, capacity: existing.capacity },
    );
  });
}

/**
 * A written proxy (委托) for the assembly or a group meeting: the holder is a
 * close relative due at the meeting, carries at most the profile's number of
 * principals, and (where the profile says so) it was lodged in time
 * (VCOL-15-PROXY). No sub-delegation: a holder has lodged no proxy of their own.
 */
export async function recordProxy(
  ctx: AppContext,
  who: Who,
  input: { meetingId: string; principalId: string; holderId: string; lodgedOn: string },
) {
  const lodgedOn = dateField('lodgedOn', input.lodgedOn);
  const today = ctx.clock.today();
  if (lodgedOn > today)
    throw new DomainError('validation_failed', {}, [
      { field: 'lodgedOn', error: 'date_in_future' },
    ]);
  if (input.principalId === input.holderId)
    throw new DomainError('validation_failed', {}, [{ field: 'holderId', error: 'field_invalid' }]);
  const { profile } = await loadVillageProfile(ctx.db, who.villageId);
  return ctx.db.transaction(async (tx) => {
    const m = await lockedMeeting(tx, who.villageId, input.meetingId, ['planned', 'open']);
    if (!MEETING_KIND_INFO[m.kind].proxies)
      throw new RuleRefusal(
        finding('VCOL-15-PROXY', 'proxies_not_allowed', { meeting: MEETING_KIND_INFO[m.kind].zh }),
      );
    const voters = await loadVoters(tx, who.villageId, facts(m), [
      input.principalId,
      input.holderId,
    ]);
    const principal = voters.find((v) => v.personId === input.principalId);
    const holder = voters.find((v) => v.personId === input.holderId);
    const problems: FieldProblem[] = [];
    if (!principal) problems.push({ field: 'principalId', error: 'not_meeting_member' });
    if (!holder) problems.push({ field: 'holderId', error: 'not_meeting_member' });
    if (principal?.capacity && VOTING_CAPACITIES.includes(principal.capacity))
      problems.push({ field: 'principalId', error: 'field_invalid' });
    if (problems.length > 0 || !principal || !holder)
      throw new DomainError('validation_failed', {}, problems);
    if (principal.proxyHolderId) throw new DomainError('conflict_stale');
    if (holder.proxyHolderId)
      throw new DomainError('validation_failed', {}, [
        { field: 'holderId', error: 'field_invalid' },
      ]);
    const [held] = await tx.query<{ n: number }>(
      'SELECT count(*) AS n FROM meeting_proxy WHERE village_id = $1 AND meeting_id = $2 AND holder_id = $3',
      [who.villageId, m.id, holder.personId],
    );
    const { graph } = await loadKinNeighbourhood(tx, who.villageId, [principal.personId]);
    refuseOnViolation(
      checkProxy(
        m.kind,
        {
          holderName: holder.name,
          holderPrincipals: held?.n ?? 0,
          isCloseRelative: closeRelation(graph, principal.personId, holder.personId) !== null,
          lodgedOn,
          meetingOn: m.meeting_on,
        },
        profile.params,
      ),
    );
    await tx.query(
      `INSERT INTO meeting_proxy (village_id, meeting_id, principal_id, holder_id, lodged_on, recorded_by)
       VALUES ($1, $2, $3, $4, $5, $6)`,
      [who.villageId, m.id, principal.personId, holder.personId, lodgedOn, who.actorAccountId],
    );
    await audit(
      ctx,
      tx,
      who,
      'proxy.recorded',
      { type: 'meeting', id: m.id },
      {
        principalId: principal.personId,
        principalName: principal.name,
        holderId: holder.personId,
        holderName: holder.name,
        lodgedOn,
      },
    );
    return {
      principalId: principal.personId,
      principalName: principal.name,
      holderId: holder.personId,
      holderName: holder.name,
      lodgedOn,
    };
  });
}

/**
 * The clerk enters a whole paper sign-in sheet at once: everyone ticked is
 * recorded, or nobody is (a person not due at the meeting is named by their
 * place in the list). Those already checked in keep their check-in.
 */
export async function recordSheet(
  ctx: AppContext,
  who: Who,
  input: {
    meetingId: string;
    personIds: readonly string[];
    capacity: 'member' | 'householdRepresentative';
  },
) {
  const today = ctx.clock.today();
  return ctx.db.transaction(async (tx) => {
    const m = await lockedMeeting(tx, who.villageId, input.meetingId, ['planned', 'open']);
    requireCheckInOpen(m, today);
    if (input.capacity === 'householdRepresentative' && !takesHouseholdRepresentatives(m.kind))
      throw new DomainError('validation_failed', {}, [
        { field: 'capacity', error: 'not_meeting_member' },
      ]);
    const due = new Set(
      (
        await loadVoters(tx, who.villageId, facts(m), input.personIds, { holdersAmongThem: true })
      ).map((v) => v.personId),
    );
    const problems = input.personIds
      .map((id, i) => ({ id, i }))
      .filter(({ id }) => !due.has(id))
      .map(({ i }) => ({ field: `personIds.${i}`, error: 'not_meeting_member' as const }));
    if (problems.length > 0) throw new DomainError('validation_failed', {}, problems.slice(0, 20));
    const rows = await tx.query<{ person_id: string }>(
      `INSERT INTO attendance (village_id, meeting_id, person_id, capacity, method, recorded_by)
       SELECT $1, $2, p, $3, 'clerk', $4 FROM unnest($5::uuid[]) AS p
       ON CONFLICT (village_id, meeting_id, person_id) DO NOTHING
       RETURNING person_id`,
      [who.villageId, m.id, input.capacity, who.actorAccountId, [...new Set(input.personIds)]],
    );
    await audit(
      ctx,
      tx,
      who,
      'attendance.sheetRecorded',
      { type: 'meeting', id: m.id },
      { persons: rows.map((r) => r.person_id), capacity: input.capacity, method: 'clerk' },
    );
    return { recorded: rows.length, alreadyPresent: new Set(input.personIds).size - rows.length };
  });
}
