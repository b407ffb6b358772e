import type { CalendarDate } from '@cunzhi/core/calendarDate';
import { motionOutcome, type MotionOutcome } from '@cunzhi/core/supervision/committee';
import type { CommandContext } from '../../../platform/command.ts';
import type { Tx } from '../../../platform/db/database.ts';
import { recordEvent } from '../../../platform/audit/record.ts';
import { loadVillageProfile } from '../../../platform/rules/villageProfile.ts';
import {
  listVotes,
  setMotionDecision,
  supervisionMembersOn,
  type MotionRow,
} from '../repository.ts';
import { settleSubject, type ProposalInput } from './subjects.ts';

/**
 * Counts a motion on a day (SEED002-SUPERVISION, by the profile the motion
 * was tabled under, with the members serving that day) and, once its
 * outcome can no longer change, records it and does what it decides — in the
 * caller's transaction, with the motion's row locked.
 */
export async function countAndSettle(
  tx: Tx,
  cmd: CommandContext,
  motion: MotionRow,
  on: CalendarDate,
): Promise<MotionOutcome> {
  const [members, votes, { profile }] = await Promise.all([
    supervisionMembersOn(tx, cmd.villageId, motion.mode === 'inPerson' ? motion.held_on : on),
    listVotes(tx, cmd.villageId, [motion.id]),
    loadVillageProfile(tx, cmd.villageId, motion.held_on),
  ]);
  const outcome = motionOutcome(
    {
      mode: motion.mode,
      members,
      attendance: motion.attendance,
      votes: votes.map((v) => ({ personId: v.person_id, choice: v.choice })),
      closesOn: motion.closes_on,
    },
    on,
    profile.params,
  );
  if (outcome.status === 'open') return outcome;
  await setMotionDecision(tx, cmd.villageId, motion.id, {
    status: outcome.status,
    on,
    decision: { ...outcome.count, finding: outcome.finding },
  });
  await recordEvent(
    cmd,
    tx,
    `supervision.motion${outcome.status[0]!.toUpperCase()}${outcome.status.slice(1)}`,
    { type: 'supervisionMotion', id: motion.id },
    { kind: motion.kind, subjectId: motion.subject_id, on, count: outcome.count },
  );
  await settleSubject(
    tx,
    cmd,
    {
      id: motion.id,
      subjectId: motion.subject_id,
      proposal: motion.proposal as ProposalInput,
      tabledBy: motion.tabled_by,
    },
    outcome.status === 'carried',
    on,
  );
  return outcome;
}
