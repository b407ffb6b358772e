import { randomUUID } from 'node:crypto';
import { DomainError, type FieldProblem } from '@cunzhi/core/errors';
import { ymd } from '@cunzhi/core/calendarDate';
import {
  decide,
  describeDecision,
  quorum,
  type Presence,
  type Tally,
} from '@cunzhi/core/meetings/quorum';
import type { Tx } from '../../../platform/db/database.ts';
import type { CommandContext } from '../../../platform/command.ts';
import { recordEvent } from '../../../platform/audit/record.ts';
import { lockAuditChain } from '../../../platform/audit/chainLock.ts';
import { loadVillageProfile } from '../../../platform/rules/villageProfile.ts';
import { recordStepForMotion } from '../../matters/procedure.ts';
import { facts } from '../presence.ts';
import { resolutionLabel } from '../present.ts';
import { meetingPresence } from '../queries/presence.ts';
import type { MeetingRow } from '../repository/meetings.ts';
import {
  countVotes,
  insertResolution,
  lockMatter,
  markMotionClosed,
  nextResolutionNumber,
  type MotionInMeeting,
  type StoredResult,
} from '../repository/motions.ts';
import { accountOf, lockedMeeting, lockedMotion } from './shared.ts';

export interface CloseMotionInput {
  motionId: string;
  yes?: number | undefined;
  no?: number | undefined;
  abstain?: number | undefined;
}

/** The clerk's counts of a show of hands: all three given, no more hands than present. */
function showOfHands(input: CloseMotionInput, presence: Presence): Tally {
  const missing: FieldProblem[] = (['yes', 'no', 'abstain'] as const)
    .filter((k) => input[k] === undefined)
    .map((field) => ({ field, error: 'field_required' }));
  if (missing.length > 0) throw new DomainError('validation_failed', {}, missing);
  const tally = { yes: input.yes ?? 0, no: input.no ?? 0, abstain: input.abstain ?? 0 };
  const total = tally.yes + tally.no + tally.abstain;
  if (total > presence.present)
    throw new DomainError('validation_failed', {}, [
      {
        field: 'yes',
        error: 'count_exceeds_present',
        params: { total, present: presence.present },
      },
    ]);
  return tally;
}

/** Numbers the village's next resolution of the meeting's year, serialised on the village's chain lock. */
async function adoptResolution(
  cmd: CommandContext,
  tx: Tx,
  m: MeetingRow,
  motion: MotionInMeeting,
  result: StoredResult & Required<Pick<StoredResult, 'profile'>>,
) {
  await lockAuditChain(tx, cmd.villageId);
  const year = ymd(m.meeting_on).year;
  const number = await nextResolutionNumber(tx, cmd.villageId, year);
  const id = randomUUID();
  await insertResolution(tx, cmd.villageId, {
    id,
    year,
    number,
    meetingId: m.id,
    motionId: motion.id,
    matterId: motion.matter_id,
    kind: m.kind,
    title: motion.title,
    body: motion.body,
    // decided at the meeting, whenever the clerk closes the vote
    adoptedOn: m.meeting_on,
    decision: result,
    profileId: result.profile.id,
    profileVersion: result.profile.version,
  });
  const resolution = { id, year, number, label: resolutionLabel(year, number) };
  await recordEvent(
    cmd,
    tx,
    'resolution.adopted',
    { type: 'resolution', id },
    {
      year,
      number,
      label: resolution.label,
      meetingId: m.id,
      motionId: motion.id,
      matterId: motion.matter_id,
      title: motion.title,
      adoptedOn: m.meeting_on,
    },
  );
  return resolution;
}

/**
 * Closes the vote: counts (entered by the clerk for a show of hands), decides
 * with core's `decide` against the presence now (to the base the law names:
 * abstentions and silence count against where the base is attendees), stores
 * the result with the rule profile, and numbers a resolution when it passed
 * (the Party members' meeting reviews; it adopts no village resolution). A
 * motion on a matter then records the matter's step.
 */
export async function closeMotion(cmd: CommandContext, input: CloseMotionInput) {
  const today = cmd.clock.today();
  return cmd.db.transaction(async (tx) => {
    const motion = await lockedMotion(tx, cmd.villageId, input.motionId, 'update');
    const m = await lockedMeeting(tx, cmd.villageId, motion.meeting_id, ['open']);
    if (motion.status !== 'open') throw new DomainError('motion_not_open');
    // the matter's step is recorded after the audit head is taken: lock the matter first,
    // in the order the matters module takes them (matter, then audit head)
    if (motion.matter_id) await lockMatter(tx, cmd.villageId, motion.matter_id);
    const { profile } = await loadVillageProfile(tx, cmd.villageId, m.meeting_on);
    const { presence } = await meetingPresence(tx, cmd.villageId, facts(m));
    const tally =
      motion.voting === 'showOfHands'
        ? showOfHands(input, presence)
        : await countVotes(tx, cmd.villageId, motion);
    const decision = decide(m.kind, tally, presence, profile.params, { special: motion.special });
    const q = quorum(m.kind, presence, profile.params);
    const result = {
      ...decision,
      tally,
      presence,
      quorumAtClose: q.met,
      // every path with its count, base and required figure, as it stood when the vote closed
      quorum: { met: q.met, ruleId: q.ruleId, missing: q.missing, paths: q.paths },
      text: { zh: describeDecision(decision, 'zh-CN'), en: describeDecision(decision, 'en') },
      profile: { id: profile.id, version: profile.version },
      closedOn: today,
    };
    await markMotionClosed(tx, cmd.villageId, motion.id, {
      tally,
      passed: decision.passed,
      result,
      at: cmd.clock.now(),
    });
    await recordEvent(
      cmd,
      tx,
      'motion.closed',
      { type: 'meeting', id: m.id },
      {
        motionId: motion.id,
        number: motion.number,
        voting: motion.voting,
        tally,
        passed: decision.passed,
        ruleId: decision.ruleId,
        base: decision.base,
        baseCount: decision.baseCount,
        required: decision.required,
        presence,
        profile: result.profile,
      },
    );
    const resolution =
      decision.passed && m.kind !== 'partyMembersMeeting'
        ? await adoptResolution(cmd, tx, m, motion, result)
        : null;
    const matterStep = motion.matter_id
      ? await recordStepForMotion(tx, cmd, {
          villageId: cmd.villageId,
          actorAccountId: accountOf(cmd),
          matterId: motion.matter_id,
          meetingId: m.id,
          motionId: motion.id,
          on: m.meeting_on,
        })
      : null;
    return { motionId: motion.id, result, resolution, matterStep };
  });
}
