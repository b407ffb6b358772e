import { timingSafeEqual } from 'node:crypto';
import { DomainError, type ErrorId } from '@cunzhi/core/errors';
import { demandCheck } from '@cunzhi/core/meetings/convening';
import type { Tx } from '../../../platform/db/database.ts';
import type { CommandContext } from '../../../platform/command.ts';
import { recordEvent } from '../../../platform/audit/record.ts';
import { loadVillageProfile } from '../../../platform/rules/villageProfile.ts';
import { facts, selfCheckInCapacities, takesHouseholdRepresentatives } from '../presence.ts';
import { isServingSupervisor, loadVoters } from '../queries/presence.ts';
import {
  lockMeeting,
  type Capacity,
  type MeetingRow,
  type MeetingStatus,
} from '../repository/meetings.ts';
import { lockMotionInMeeting, type MotionInMeeting } from '../repository/motions.ts';
import {
  demandBases,
  findDemand,
  insertSignature,
  updateDemandStatus,
  type DemandRow,
} from '../repository/demands.ts';

/** Helpers several meeting commands share; the SQL is in the repository. */

/** The account that acts: every record of a meeting names who made it. */
export function accountOf(cmd: CommandContext): string {
  if (!cmd.actorAccountId) throw new DomainError('forbidden');
  return cmd.actorAccountId;
}

/** Locks the meeting and checks its state, inside the caller's transaction. */
export async function lockedMeeting(
  tx: Tx,
  villageId: string,
  meetingId: string,
  allowed: readonly MeetingStatus[],
  otherwise: ErrorId = 'meeting_not_open',
  mode: 'update' | 'share' = 'update',
): Promise<MeetingRow> {
  const m = await lockMeeting(tx, villageId, meetingId, mode);
  if (!m) throw new DomainError('not_found', { what: 'meeting' });
  if (!allowed.includes(m.status)) throw new DomainError(otherwise);
  return m;
}

/** Locks a meeting that has not started yet (convened, not opened or cancelled). */
export function plannedMeeting(tx: Tx, villageId: string, meetingId: string): Promise<MeetingRow> {
  return lockedMeeting(tx, villageId, meetingId, ['planned'], 'meeting_not_planned');
}

/** A motion with its meeting's facts, locked (`share` lets votes run side by side). */
export async function lockedMotion(
  tx: Tx,
  villageId: string,
  motionId: string,
  lock: 'update' | 'share',
): Promise<MotionInMeeting> {
  const motion = await lockMotionInMeeting(tx, villageId, motionId, lock);
  if (!motion) throw new DomainError('not_found', { what: 'motion' });
  return motion;
}

/** Check-in is open on the meeting day (or later) until the meeting closes. */
export function requireCheckInOpen(m: MeetingRow, today: string): void {
  if (m.status !== 'planned' && m.status !== 'open') throw new DomainError('meeting_not_open');
  if (today < m.meeting_on) throw new DomainError('meeting_not_yet', { date: m.meeting_on });
}

/** Compares a check-in code in constant time. */
export function sameCode(given: string, expected: string): boolean {
  const a = Buffer.from(given);
  const b = Buffer.from(expected);
  return a.length === b.length && timingSafeEqual(a, b);
}

/**
 * What capacities a person may attend in: a voting capacity if they are due
 * at the meeting (a serving supervisor only where they attend as a villager),
 * `supervisor` if they serve on the supervision committee, `observer` for
 * anyone of the village (列席).
 */
export async function allowedCapacities(
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

/** Locks a demand that still takes signatures. */
export async function lockOpenDemand(
  tx: Tx,
  villageId: string,
  demandId: string,
): Promise<DemandRow> {
  const demand = await findDemand(tx, villageId, demandId, { forUpdate: true });
  if (!demand) throw new DomainError('not_found', { what: 'demand' });
  if (demand.status === 'convened') throw new DomainError('demand_closed');
  return demand;
}

/** Adds signatures (the demand row is locked) and marks the demand met once the threshold is reached. */
export async function addSignatures(
  cmd: CommandContext,
  tx: Tx,
  demand: DemandRow,
  signers: Array<{ id: string; name: string }>,
  source: 'app' | 'paper',
): Promise<void> {
  const recordedBy = accountOf(cmd);
  const added: Array<{ id: string; name: string }> = [];
  for (const s of signers) {
    const signedAt = cmd.clock.now();
    if (
      await insertSignature(tx, cmd.villageId, demand.id, {
        personId: s.id,
        source,
        recordedBy,
        signedAt,
      })
    )
      added.push(s);
  }
  if (added.length === 0) return;
  await recordEvent(
    cmd,
    tx,
    'demand.signed',
    { type: 'demand', id: demand.id },
    { source, signers: added.map((s) => ({ personId: s.id, name: s.name })) },
  );
  const after = await findDemand(tx, cmd.villageId, demand.id);
  if (!after || after.status !== 'collecting') return;
  const { profile } = await loadVillageProfile(tx, cmd.villageId, cmd.clock.today());
  const bases = await demandBases(tx, cmd.villageId, cmd.clock.today());
  const c = demandCheck(
    after.kind,
    after.route,
    after.signatures,
    bases[after.route],
    profile.params,
  );
  if (!c?.met) return;
  await updateDemandStatus(tx, cmd.villageId, demand.id, 'met');
  await recordEvent(
    cmd,
    tx,
    'demand.met',
    { type: 'demand', id: demand.id },
    { ruleId: c.ruleId, count: c.count, base: c.base, required: c.required },
  );
}
