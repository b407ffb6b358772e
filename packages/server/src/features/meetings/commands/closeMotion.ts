import { randomUUID } from 'node:crypto';
import { DomainError, type FieldProblem } from '@cunzhi/core/errors';
import { ymd } from '@cunzhi/core/calendarDate';
import {
  decide,
  DECISION_BASE_NAMES,
  describeDecision,
  quorum,
  type DecisionResult,
  type Presence,
  type Tally,
} from '@cunzhi/core/meetings/quorum';
import type { Tx } from '../../../platform/db/database.ts';
import type { CommandContext } from '../../../platform/command.ts';
import { recordEvent } from '../../../platform/audit/record.ts';
import { lockAuditChain } from '../../../platform/audit/chainLock.ts';
import { meetingProfile } from '../../collective/meetings/profile.ts';
import { motionStepKind, recordStepForMotion } from '../../matters/procedure.ts';
import { facts } from '../presence.ts';
import { resolutionLabel } from '../present.ts';
import { meetingPresence } from '../queries/presence.ts';
import type { MeetingRow } from '../repository/meetings.ts';
import {
  countNamedVotes,
  insertResolution,
  lockMatter,
  markMotionClosed,
  nextResolutionNumber,
  type MotionInMeeting,
  type StoredResult,
} from '../repository/motions.ts';
import { adoptsResolution } from '@cunzhi/core/matters/workflows';
import { withoutDraftMark } from '@cunzhi/core/documents/wording';
import { countBallotBox, type SealedBallots } from '../ballots.ts';
import { settleBallotBox } from '../ballotBox.ts';
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

/**
 * A special majority counts the yes votes of its base only (all representatives, not the
 * committee members also present): a show of hands cannot give it more yes votes than that base.
 */
function refuseYesAboveBase(d: DecisionResult, locale: 'zh-CN' | 'en'): void {
  if (d.base !== 'allRepresentatives' && d.base !== 'allMembers') return;
  if (d.yes <= d.baseCount) return;
  const base = DECISION_BASE_NAMES[d.base];
  throw new DomainError('validation_failed', {}, [
    {
      field: 'yes',
      error: 'yes_exceeds_base',
      params: { yes: d.yes, baseCount: d.baseCount, base: locale === 'en' ? base.en : base.zh },
    },
  ]);
}

/**
 * The counts: the clerk's for a show of hands, the named votes, or a secret
 * vote's ballots (`publish` writes them and drops its box, last in the transaction).
 */
async function count(
  tx: Tx,
  cmd: CommandContext,
  motion: MotionInMeeting,
  input: CloseMotionInput,
  presence: Presence,
): Promise<{ tally: Tally; sealed?: SealedBallots; publish?: () => Promise<void> }> {
  if (motion.voting === 'showOfHands') return { tally: showOfHands(input, presence) };
  if (motion.voting === 'electronic')
    return { tally: await countNamedVotes(tx, cmd.villageId, motion) };
  return countBallotBox(tx, cmd.villageId, motion.id);
}

/**
 * Numbers the next resolution of the meeting's year in its series (the
 * village's, or the organisation's for its meetings), serialised on the
 * village's chain lock.
 */
async function adoptResolution(
  cmd: CommandContext,
  tx: Tx,
  m: MeetingRow,
  motion: MotionInMeeting,
  result: StoredResult & Required<Pick<StoredResult, 'profile'>>,
) {
  await lockAuditChain(tx, cmd.villageId);
  const year = ymd(m.meeting_on).year;
  const number = await nextResolutionNumber(tx, cmd.villageId, year, m.collective_org_id);
  const id = randomUUID();
  await insertResolution(tx, cmd.villageId, {
    id,
    year,
    number,
    meetingId: m.id,
    motionId: motion.id,
    matterId: motion.matter_id,
    kind: m.kind,
    collectiveOrgId: m.collective_org_id,
    // adopted, it is no longer a draft: 关于…的决议（草案） is numbered as 关于…的决议
    title: withoutDraftMark(motion.title),
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
      title: withoutDraftMark(motion.title),
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
 * (not when it only prepares a decision: core's adoptsResolution). A
 * motion on a matter then records the matter's step. A secret vote is
 * counted from its ballots, which are published (ballots.ts).
 */
export async function closeMotion(cmd: CommandContext, input: CloseMotionInput) {
  const today = cmd.clock.today();
  // ballots on their way to the box get there first
  await settleBallotBox(cmd, input.motionId);
  return cmd.db.transaction(async (tx) => {
    const motion = await lockedMotion(tx, cmd.villageId, input.motionId, 'update');
    const m = await lockedMeeting(tx, cmd.villageId, motion.meeting_id, ['open']);
    if (motion.status !== 'open') throw new DomainError('motion_not_open');
    // the matter's step is recorded after the audit head is taken: lock the matter first,
    // in the order the matters module takes them (matter, then audit head)
    if (motion.matter_id) await lockMatter(tx, cmd.villageId, motion.matter_id);
    const profile = await meetingProfile(tx, cmd.villageId, m);
    const { presence } = await meetingPresence(tx, cmd.villageId, facts(m));
    const { tally, sealed, publish } = await count(tx, cmd, motion, input, presence);
    const decision = decide(m.kind, tally, presence, profile.params, {
      special: motion.special,
      nonMemberRights: motion.non_member_rights,
    });
    if (motion.voting === 'showOfHands') refuseYesAboveBase(decision, cmd.locale);
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
        // a secret vote's ballots: how many, how many receipts, and their digest
        ...(sealed ? { ballots: sealed } : {}),
      },
    );
    const step = motion.matter_id
      ? await motionStepKind(tx, cmd.villageId, motion.matter_id, m.kind)
      : null;
    const resolution =
      decision.passed && adoptsResolution(m.kind, step)
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
    await publish?.();
    return { motionId: motion.id, result, resolution, matterStep };
  });
}
