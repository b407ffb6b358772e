import { randomUUID } from 'node:crypto';
import { DomainError, type FieldProblem } from '@cunzhi/core/errors';
import { ymd, type CalendarDate } from '@cunzhi/core/calendarDate';
import type { MeetingKind } from '@cunzhi/core/meetings/meetingKinds';
import { MATTER_CATEGORY_INFO, type MatterCategory } from '@cunzhi/core/matters/categories';
import {
  decide,
  describeDecision,
  describePath,
  noQuorumFinding,
  quorum,
  type Tally,
} from '@cunzhi/core/meetings/quorum';
import { RuleRefusal } from '@cunzhi/core/rules/findings';
import type { Tx } from '../../../platform/db/database.ts';
import type { AppContext } from '../../../platform/http/context.ts';
import { checkMeetingForMatter, recordStepForMotion } from '../../matters/procedure.ts';
import { loadVillageProfile } from '../../../platform/rules/villageProfile.ts';
import { audit, facts, lockedMeeting, lockVillageChain, type Who } from '../common.ts';
import { loadVoters, meetingPresence, VOTING_CAPACITIES } from '../presence.ts';
import { type Choice, type MeetingStatus, type MotionRow, type Voting } from '../repository.ts';

/** 〔2026〕第3号: how a resolution number is written on documents. */
export function resolutionLabel(year: number, number: number): string {
  return `〔${year}〕第${number}号`;
}

/** A motion with its meeting's facts, read and locked in one statement. */
interface MotionInMeeting {
  id: string;
  meeting_id: string;
  number: number;
  matter_id: string | null;
  title: string;
  body: string;
  voting: Voting;
  special: boolean;
  status: MotionRow['status'];
  kind: MeetingKind;
  meeting_on: CalendarDate;
  villager_group_id: string | null;
  meeting_status: MeetingStatus;
}

async function requireMotion(
  tx: Tx,
  villageId: string,
  motionId: string,
  lock: 'update' | 'share',
): Promise<MotionInMeeting> {
  const [motion] = await tx.query<MotionInMeeting>(
    `SELECT mo.id, mo.meeting_id, mo.number, mo.matter_id, mo.title, mo.body, mo.voting, mo.special, mo.status,
       m.kind, m.meeting_on, m.villager_group_id, m.status AS meeting_status
     FROM motion mo JOIN meeting m ON m.village_id = mo.village_id AND m.id = mo.meeting_id
     WHERE mo.village_id = $1 AND mo.id = $2 FOR ${lock === 'update' ? 'UPDATE' : 'SHARE'} OF mo`,
    [villageId, motionId],
  );
  if (!motion) throw new DomainError('not_found', { what: 'motion' });
  return motion;
}

/**
 * Puts a motion (表决事项) on the meeting's agenda. A motion on a matter is
 * checked first against the matter's procedure (is this the meeting that may
 * take its next step?); land contracting matters need the special majority.
 */
export async function proposeMotion(
  ctx: AppContext,
  who: Who,
  input: {
    meetingId: string;
    title: string;
    body: string;
    voting: Voting;
    matterId?: string | null | undefined;
  },
) {
  return ctx.db.transaction(async (tx) => {
    const m = await lockedMeeting(tx, who.villageId, input.meetingId, ['planned', 'open']);
    let special = false;
    const matterId = input.matterId ?? null;
    if (matterId) {
      const [matter] = await tx.query<{ category: MatterCategory }>(
        'SELECT category FROM matter WHERE village_id = $1 AND id = $2',
        [who.villageId, matterId],
      );
      if (!matter)
        throw new DomainError('validation_failed', {}, [
          { field: 'matterId', error: 'field_invalid' },
        ]);
      special = MATTER_CATEGORY_INFO[matter.category].special;
      await checkMeetingForMatter(tx, who.villageId, matterId, {
        kind: m.kind,
        meetingOn: m.meeting_on,
      });
    }
    const id = randomUUID();
    const [row] = await tx.query<{ number: number }>(
      `INSERT INTO motion (village_id, id, meeting_id, number, matter_id, title, body, voting, special)
       VALUES ($1, $2, $3, (SELECT coalesce(max(number), 0) + 1 FROM motion WHERE village_id = $1 AND meeting_id = $3),
         $4, $5, $6, $7, $8)
       RETURNING number`,
      [who.villageId, id, m.id, matterId, input.title, input.body, input.voting, special],
    );
    if (input.voting === 'secret')
      await tx.query('INSERT INTO secret_tally (village_id, motion_id) VALUES ($1, $2)', [
        who.villageId,
        id,
      ]);
    await audit(
      ctx,
      tx,
      who,
      'motion.proposed',
      { type: 'meeting', id: m.id },
      {
        motionId: id,
        number: row?.number,
        title: input.title,
        body: input.body,
        voting: input.voting,
        matterId,
        special,
      },
    );
    return { id };
  });
}

/**
 * Opens the vote on a motion: the meeting must be in session and quorate now
 * (a meeting without quorum cannot vote), and only one motion is voted at a time.
 */
export async function openMotion(ctx: AppContext, who: Who, input: { motionId: string }) {
  return ctx.db.transaction(async (tx) => {
    const motion = await requireMotion(tx, who.villageId, input.motionId, 'update');
    const m = await lockedMeeting(tx, who.villageId, motion.meeting_id, ['open']);
    if (motion.status !== 'draft') throw new DomainError('conflict_stale');
    const others = await tx.query(
      `SELECT 1 FROM motion WHERE village_id = $1 AND meeting_id = $2 AND status = 'open'`,
      [who.villageId, m.id],
    );
    if (others.length > 0) throw new DomainError('motion_still_open');
    const { profile } = await loadVillageProfile(tx, who.villageId);
    const { presence } = await meetingPresence(tx, who.villageId, facts(m));
    const q = quorum(m.kind, presence, profile.params);
    if (!q.met) throw new RuleRefusal(noQuorumFinding(m.kind, q, who.locale));
    await tx.query(
      `UPDATE motion SET status = 'open', opened_at = $3 WHERE village_id = $1 AND id = $2`,
      [who.villageId, motion.id, ctx.clock.now()],
    );
    await audit(
      ctx,
      tx,
      who,
      'motion.opened',
      { type: 'meeting', id: m.id },
      {
        motionId: motion.id,
        number: motion.number,
        presence,
        quorum: q.paths.map((p) => describePath(p, 'zh-CN')),
      },
    );
  });
}

/**
 * One vote on an electronic (named) or secret motion. The voter must be due
 * at the meeting and checked in with a voting capacity; a proxy holder who is
 * present casts for each principal with `onBehalfOf`. A second vote by (or
 * for) the same person is refused by the primary key, not by a prior read,
 * so simultaneous requests count once.
 *
 * Secret ballots: a receipt says who voted, a running count says how many
 * voted which way, and nothing links the two. The choice is not stored with
 * the voter, not logged, and the audit event names neither the voter nor the
 * choice.
 */
export async function castVote(
  ctx: AppContext,
  who: Who,
  input: { motionId: string; choice: Choice; onBehalfOf?: string | null | undefined },
) {
  if (!who.personId) throw new DomainError('not_eligible_to_vote');
  const voterId = who.personId;
  const subjectId = input.onBehalfOf ?? voterId;
  return ctx.db.transaction(async (tx) => {
    // FOR SHARE: votes run side by side, closing the motion (FOR UPDATE) waits for them
    const motion = await requireMotion(tx, who.villageId, input.motionId, 'share');
    if (motion.voting === 'showOfHands') throw new DomainError('motion_by_hand');
    if (motion.status !== 'open') throw new DomainError('motion_not_open');
    if (motion.meeting_status !== 'open') throw new DomainError('meeting_not_open');
    const voters = await loadVoters(
      tx,
      who.villageId,
      {
        id: motion.meeting_id,
        kind: motion.kind,
        meetingOn: motion.meeting_on,
        villagerGroupId: motion.villager_group_id,
      },
      [...new Set([subjectId, voterId])],
      // the only holder that matters is the voter, who is among them
      { holdersAmongThem: true },
    );
    const subject = voters.find((v) => v.personId === subjectId);
    if (input.onBehalfOf && input.onBehalfOf !== voterId) {
      // the holder casts for a principal who is counted through them
      if (!subject || subject.proxyHolderId !== voterId)
        throw new DomainError('not_eligible_to_vote');
      if (!subject.byProxy) throw new DomainError('not_checked_in');
    } else {
      if (!subject) throw new DomainError('not_eligible_to_vote');
      if (subject.capacity === null) throw new DomainError('not_checked_in');
      if (!VOTING_CAPACITIES.includes(subject.capacity))
        throw new DomainError('not_eligible_to_vote');
    }
    if (motion.voting === 'electronic') {
      const inserted = await tx.query(
        `INSERT INTO vote (village_id, motion_id, person_id, choice) VALUES ($1, $2, $3, $4)
         ON CONFLICT (village_id, motion_id, person_id) DO NOTHING RETURNING person_id`,
        [who.villageId, motion.id, subjectId, input.choice],
      );
      if (inserted.length === 0) throw new DomainError('already_voted');
      await audit(
        ctx,
        tx,
        who,
        'vote.cast',
        { type: 'motion', id: motion.id },
        {
          motionId: motion.id,
          voting: 'electronic',
          personId: subjectId,
          choice: input.choice,
          ...(subjectId !== voterId ? { castByProxyHolder: voterId } : {}),
        },
      );
      return { voting: 'electronic' as const, choice: input.choice };
    }
    const receipt = await tx.query(
      `INSERT INTO ballot_receipt (village_id, motion_id, person_id) VALUES ($1, $2, $3)
       ON CONFLICT (village_id, motion_id, person_id) DO NOTHING RETURNING person_id`,
      [who.villageId, motion.id, subjectId],
    );
    if (receipt.length === 0) throw new DomainError('already_voted');
    // the whole row is rewritten (all three counts) and neither table has a time or a voter in
    // common with the other; only the receipt names a person
    await tx.query(
      `UPDATE secret_tally SET yes = yes + ($3 = 'yes')::int, no = no + ($3 = 'no')::int,
         abstain = abstain + ($3 = 'abstain')::int
       WHERE village_id = $1 AND motion_id = $2`,
      [who.villageId, motion.id, input.choice],
    );
    await audit(
      ctx,
      tx,
      { villageId: who.villageId, actorAccountId: null },
      'vote.cast',
      { type: 'motion', id: motion.id },
      { motionId: motion.id, voting: 'secret', ballot: 'cast' },
    );
    return { voting: 'secret' as const, receipt: true };
  });
}

async function countVotes(tx: Tx, villageId: string, motion: MotionInMeeting): Promise<Tally> {
  if (motion.voting === 'secret') {
    const [t] = await tx.query<Tally>(
      'SELECT yes, no, abstain FROM secret_tally WHERE village_id = $1 AND motion_id = $2',
      [villageId, motion.id],
    );
    return t ?? { yes: 0, no: 0, abstain: 0 };
  }
  const rows = await tx.query<{ choice: Choice; n: number }>(
    'SELECT choice, count(*) AS n FROM vote WHERE village_id = $1 AND motion_id = $2 GROUP BY choice',
    [villageId, motion.id],
  );
  const of = (c: Choice) => rows.find((r) => r.choice === c)?.n ?? 0;
  return { yes: of('yes'), no: of('no'), abstain: of('abstain') };
}

/**
 * Closes the vote: counts (entered by the clerk for a show of hands), decides
 * with core's `decide` against the presence now (to the base the law names:
 * abstentions and silence count against where the base is attendees), stores
 * the result with the rule profile, and numbers a resolution when it passed
 * (the Party members' meeting reviews; it adopts no village resolution). A
 * motion on a matter then records the matter's step.
 */
export async function closeMotion(
  ctx: AppContext,
  who: Who,
  input: {
    motionId: string;
    yes?: number | undefined;
    no?: number | undefined;
    abstain?: number | undefined;
  },
) {
  const today = ctx.clock.today();
  return ctx.db.transaction(async (tx) => {
    const motion = await requireMotion(tx, who.villageId, input.motionId, 'update');
    const m = await lockedMeeting(tx, who.villageId, motion.meeting_id, ['open']);
    if (motion.status !== 'open') throw new DomainError('motion_not_open');
    // the matter's step is recorded after the audit head is taken: lock the matter first,
    // in the order the matters module takes them (matter, then audit head)
    if (motion.matter_id)
      await tx.query('SELECT id FROM matter WHERE village_id = $1 AND id = $2 FOR UPDATE', [
        who.villageId,
        motion.matter_id,
      ]);
    const { profile } = await loadVillageProfile(tx, who.villageId);
    const { presence } = await meetingPresence(tx, who.villageId, facts(m));
    let tally: Tally;
    if (motion.voting === 'showOfHands') {
      const missing: FieldProblem[] = (['yes', 'no', 'abstain'] as const)
        .filter((k) => input[k] === undefined)
        .map((field) => ({ field, error: 'field_required' }));
      if (missing.length > 0) throw new DomainError('validation_failed', {}, missing);
      tally = { yes: input.yes ?? 0, no: input.no ?? 0, abstain: input.abstain ?? 0 };
      const total = tally.yes + tally.no + tally.abstain;
      if (total > presence.present)
        throw new DomainError('validation_failed', {}, [
          {
            field: 'yes',
            error: 'count_exceeds_present',
            params: { total, present: presence.present },
          },
        ]);
    } else {
      tally = await countVotes(tx, who.villageId, motion);
    }
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
    await tx.query(
      `UPDATE motion SET status = 'closed', yes = $3, no = $4, abstain = $5, passed = $6, result = $7, closed_at = $8
       WHERE village_id = $1 AND id = $2`,
      [
        who.villageId,
        motion.id,
        tally.yes,
        tally.no,
        tally.abstain,
        decision.passed,
        JSON.stringify(result),
        ctx.clock.now(),
      ],
    );
    await audit(
      ctx,
      tx,
      who,
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

    let resolution: { id: string; year: number; number: number; label: string } | null = null;
    if (decision.passed && m.kind !== 'partyMembersMeeting') {
      await lockVillageChain(tx, who.villageId);
      const year = ymd(m.meeting_on).year;
      const [next] = await tx.query<{ n: number }>(
        'SELECT coalesce(max(number), 0) + 1 AS n FROM resolution WHERE village_id = $1 AND year = $2',
        [who.villageId, year],
      );
      const number = next?.n ?? 1;
      const id = randomUUID();
      await tx.query(
        `INSERT INTO resolution (village_id, id, year, number, meeting_id, motion_id, matter_id, kind, title, body,
           adopted_on, decision, profile_id, profile_version)
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14)`,
        [
          who.villageId,
          id,
          year,
          number,
          m.id,
          motion.id,
          motion.matter_id,
          m.kind,
          motion.title,
          motion.body,
          // decided at the meeting, whenever the clerk closes the vote
          m.meeting_on,
          JSON.stringify(result),
          profile.id,
          profile.version,
        ],
      );
      resolution = { id, year, number, label: resolutionLabel(year, number) };
      await audit(
        ctx,
        tx,
        who,
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
    }
    const matterStep = motion.matter_id
      ? await recordStepForMotion(tx, ctx, {
          villageId: who.villageId,
          actorAccountId: who.actorAccountId,
          matterId: motion.matter_id,
          meetingId: m.id,
          motionId: motion.id,
          on: m.meeting_on,
        })
      : null;
    return { motionId: motion.id, result, resolution, matterStep };
  });
}
