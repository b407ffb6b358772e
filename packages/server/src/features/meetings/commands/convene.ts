import { randomBytes, randomUUID } from 'node:crypto';
import { DomainError, type FieldProblem } from '@cunzhi/core/errors';
import { BODY_KIND_INFO, type MemberRole } from '@cunzhi/core/bodies/bodyKinds';
import { formatChineseDate, type CalendarDate } from '@cunzhi/core/calendarDate';
import {
  MEETING_KIND_INFO,
  MEETING_KINDS,
  type MeetingKind,
} from '@cunzhi/core/meetings/meetingKinds';
import { checkNotice } from '@cunzhi/core/meetings/convening';
import { quorum } from '@cunzhi/core/meetings/quorum';
import { finding, RuleRefusal } from '@cunzhi/core/rules/findings';
import type { AppContext } from '../../../platform/http/context.ts';
import { currentPostsOf } from '../../bodies/repository.ts';
import { groupExists } from '../../registry/repository/households.ts';
import { loadVillageProfile } from '../../../platform/rules/villageProfile.ts';
import { dateField } from '../../../platform/fields.ts';
import { audit, facts, lockedMeeting, type Who } from '../common.ts';
import { meetingPresence } from '../presence.ts';
import { findDemand, insertMeeting, listAttendance, type FiguresAtClose } from '../repository.ts';

/** Seats whose holders convene for their body (VCOL Art. 21: 村民委员会召集; seed 002). */
const CONVENOR_ROLES: readonly MemberRole[] = [
  'chair',
  'viceChair',
  'member',
  'secretary',
  'deputySecretary',
];

export interface ConveneInput {
  kind: string;
  title: string;
  meetingOn: string;
  startsAt: string;
  place: string;
  noticeOn: string;
  agenda: string;
  villagerGroupId?: string | null | undefined;
  demandId?: string | null | undefined;
}

/** A code for the meeting's QR check-in: 12 URL-safe characters (72 random bits). */
function newCheckInCode(): string {
  return randomBytes(9).toString('base64url');
}

/**
 * Convenes a meeting (召集): the convenor must sit on the body that convenes
 * this kind of meeting, and notice must be long enough (VCOL-21-CONVENE:
 * 提前十天通知 for the assembly). The notice is published with it, and a
 * demand it answers stops being an open duty.
 */
export async function conveneMeeting(ctx: AppContext, who: Who, input: ConveneInput) {
  const today = ctx.clock.today();
  const problems: FieldProblem[] = [];
  const kind = (MEETING_KINDS as readonly string[]).includes(input.kind)
    ? (input.kind as MeetingKind)
    : null;
  if (!kind) problems.push({ field: 'kind', error: 'enum_invalid' });
  const tryDate = (field: string, value: string): CalendarDate | null => {
    try {
      return dateField(field, value);
    } catch {
      problems.push({ field, error: 'date_invalid' });
      return null;
    }
  };
  const meetingOn = tryDate('meetingOn', input.meetingOn);
  const noticeOn = tryDate('noticeOn', input.noticeOn);
  if (noticeOn && noticeOn > today) problems.push({ field: 'noticeOn', error: 'date_in_future' });
  if (noticeOn && meetingOn && meetingOn < noticeOn)
    problems.push({ field: 'meetingOn', error: 'date_order', params: { other: noticeOn } });
  let groupId: string | null = null;
  if (kind === 'villagerGroupMeeting') {
    if (!input.villagerGroupId)
      problems.push({ field: 'villagerGroupId', error: 'field_required' });
    else if (!(await groupExists(ctx.db, who.villageId, input.villagerGroupId)))
      problems.push({ field: 'villagerGroupId', error: 'field_invalid' });
    else groupId = input.villagerGroupId;
  }
  if (problems.length > 0 || !kind || !meetingOn || !noticeOn)
    throw new DomainError('validation_failed', {}, problems);

  const info = MEETING_KIND_INFO[kind];
  const posts = who.personId
    ? await currentPostsOf(ctx.db, who.villageId, who.personId, today)
    : [];
  if (!posts.some((p) => p.bodyKind === info.convenor && CONVENOR_ROLES.includes(p.role))) {
    throw new RuleRefusal(
      finding(
        kind === 'villagersAssembly' ? 'VCOL-21-CONVENE' : info.quorumRule,
        'convenor_wrong',
        {
          meeting: info.zh,
          convenor: BODY_KIND_INFO[info.convenor].zh,
        },
      ),
    );
  }
  const { profile } = await loadVillageProfile(ctx.db, who.villageId);
  const short = checkNotice(kind, noticeOn, meetingOn, profile.params);
  if (short) throw new RuleRefusal(short);

  const id = randomUUID();
  const noticeId = randomUUID();
  return ctx.db.transaction(async (tx) => {
    let demandId: string | null = null;
    if (input.demandId) {
      const demand = await findDemand(tx, who.villageId, input.demandId, { forUpdate: true });
      if (!demand || demand.kind !== kind)
        throw new DomainError('validation_failed', {}, [
          { field: 'demandId', error: 'field_invalid' },
        ]);
      if (demand.status === 'convened') throw new DomainError('demand_closed');
      demandId = demand.id;
      await tx.query(
        `UPDATE meeting_demand SET status = 'convened' WHERE village_id = $1 AND id = $2`,
        [who.villageId, demandId],
      );
    }
    await insertMeeting(tx, who.villageId, {
      id,
      kind,
      villagerGroupId: groupId,
      title: input.title,
      meetingOn,
      startsAt: input.startsAt,
      place: input.place,
      noticeOn,
      demandId,
      convenedBy: who.actorAccountId,
      agenda: input.agenda,
      checkInCode: newCheckInCode(),
      profileId: profile.id,
      profileVersion: profile.version,
    });
    const when = `${formatChineseDate(meetingOn)}${input.startsAt ? ` ${input.startsAt}` : ''}`;
    const where = input.place ? `在${input.place}` : '';
    await tx.query(
      `INSERT INTO notice (village_id, id, kind, title, body, published_on, meeting_id, published_by)
       VALUES ($1, $2, 'meeting', $3, $4, $5, $6, $7)`,
      [
        who.villageId,
        noticeId,
        `关于召开${input.title}的通知`,
        `定于${when}${where}召开${info.zh}。${input.agenda ? `\n会议议程：\n${input.agenda}` : ''}`,
        noticeOn,
        id,
        who.actorAccountId,
      ],
    );
    await audit(
      ctx,
      tx,
      who,
      'meeting.convened',
      { type: 'meeting', id },
      {
        kind,
        title: input.title,
        meetingOn,
        startsAt: input.startsAt,
        place: input.place,
        noticeOn,
        villagerGroupId: groupId,
        demandId,
        noticeId,
        agenda: input.agenda,
        profile: { id: profile.id, version: profile.version },
      },
    );
    return { id, noticeId };
  });
}

/** Calls off a meeting that has not started; a demand it answered is open again. */
export async function cancelMeeting(
  ctx: AppContext,
  who: Who,
  input: { meetingId: string; reason: string },
) {
  return ctx.db.transaction(async (tx) => {
    const m = await lockedMeeting(
      tx,
      who.villageId,
      input.meetingId,
      ['planned'],
      'meeting_not_planned',
    );
    await tx.query(`UPDATE meeting SET status = 'cancelled' WHERE village_id = $1 AND id = $2`, [
      who.villageId,
      m.id,
    ]);
    if (m.demand_id)
      await tx.query(`UPDATE meeting_demand SET status = 'met' WHERE village_id = $1 AND id = $2`, [
        who.villageId,
        m.demand_id,
      ]);
    await audit(
      ctx,
      tx,
      who,
      'meeting.cancelled',
      { type: 'meeting', id: m.id },
      {
        reason: input.reason,
        demandId: m.demand_id,
      },
    );
  });
}

/** Rewrites the agenda before the meeting; the supervision committee must review it again. */
export async function changeAgenda(
  ctx: AppContext,
  who: Who,
  input: { meetingId: string; agenda: string },
) {
  return ctx.db.transaction(async (tx) => {
    const m = await lockedMeeting(
      tx,
      who.villageId,
      input.meetingId,
      ['planned'],
      'meeting_not_planned',
    );
    await tx.query(
      `UPDATE meeting SET agenda = $3, agenda_review = 'pending', agenda_review_note = '',
         agenda_reviewed_by = NULL, agenda_reviewed_on = NULL
       WHERE village_id = $1 AND id = $2`,
      [who.villageId, m.id, input.agenda],
    );
    await audit(
      ctx,
      tx,
      who,
      'meeting.agendaChanged',
      { type: 'meeting', id: m.id },
      {
        agenda: input.agenda,
        previousReview: m.agenda_review,
      },
    );
  });
}

/**
 * Opens the meeting on its date or later, once the supervision committee has
 * approved the agenda (seed 002: 会议议程交监督委员会审定).
 */
export async function openMeeting(ctx: AppContext, who: Who, input: { meetingId: string }) {
  const today = ctx.clock.today();
  return ctx.db.transaction(async (tx) => {
    const m = await lockedMeeting(
      tx,
      who.villageId,
      input.meetingId,
      ['planned'],
      'meeting_not_planned',
    );
    if (m.agenda_review !== 'approved')
      throw new RuleRefusal(finding('SEED002-SUPERVISION', 'agenda_not_reviewed'));
    if (today < m.meeting_on) throw new DomainError('meeting_not_yet', { date: m.meeting_on });
    await tx.query(
      `UPDATE meeting SET status = 'open', opened_at = $3 WHERE village_id = $1 AND id = $2`,
      [who.villageId, m.id, ctx.clock.now()],
    );
    await audit(ctx, tx, who, 'meeting.opened', { type: 'meeting', id: m.id }, { on: today });
  });
}

/**
 * Closes the meeting; no motion may still be open for voting. The figures it
 * was decided on (presence, quorum, rule, profile) are recorded with it: the
 * closed meeting shows them, whatever a later charter or the registry says.
 * The meeting lock keeps check-ins out while they are counted.
 */
export async function closeMeeting(ctx: AppContext, who: Who, input: { meetingId: string }) {
  const today = ctx.clock.today();
  return ctx.db.transaction(async (tx) => {
    const m = await lockedMeeting(tx, who.villageId, input.meetingId, ['open']);
    const open = await tx.query(
      `SELECT 1 FROM motion WHERE village_id = $1 AND meeting_id = $2 AND status = 'open'`,
      [who.villageId, m.id],
    );
    if (open.length > 0) throw new DomainError('motion_still_open');
    const { profile } = await loadVillageProfile(tx, who.villageId);
    const { presence, voters } = await meetingPresence(tx, who.villageId, facts(m));
    const due = new Set(voters.map((v) => v.personId));
    const figures: FiguresAtClose = {
      presence,
      quorum: quorum(m.kind, presence, profile.params),
      profile: { id: profile.id, version: profile.version },
      on: today,
      attendeesNotDue: (await listAttendance(tx, who.villageId, m.id))
        .filter((a) => !due.has(a.person_id))
        .map((a) => a.person_id),
    };
    await tx.query(
      `UPDATE meeting SET status = 'closed', closed_at = $3, figures_at_close = $4
       WHERE village_id = $1 AND id = $2`,
      [who.villageId, m.id, ctx.clock.now(), JSON.stringify(figures)],
    );
    await audit(
      ctx,
      tx,
      who,
      'meeting.closed',
      { type: 'meeting', id: m.id },
      {
        on: today,
        presence,
        quorum: { met: figures.quorum.met, ruleId: figures.quorum.ruleId },
        profile: figures.profile,
      },
    );
  });
}

/** The minutes (会议记录), written during or after the meeting. */
export async function saveMinutes(
  ctx: AppContext,
  who: Who,
  input: { meetingId: string; minutes: string },
) {
  return ctx.db.transaction(async (tx) => {
    const m = await lockedMeeting(tx, who.villageId, input.meetingId, ['open', 'closed']);
    await tx.query('UPDATE meeting SET minutes = $3 WHERE village_id = $1 AND id = $2', [
      who.villageId,
      m.id,
      input.minutes,
    ]);
    await audit(
      ctx,
      tx,
      who,
      'meeting.minutesRecorded',
      { type: 'meeting', id: m.id },
      {
        minutes: input.minutes,
      },
    );
  });
}
