import { DomainError } from '@cunzhi/core/errors';
import type { AppContext } from '../../../platform/http/context.ts';
import { findPerson } from '../../registry/repository/persons.ts';
import { audit, lockedMeeting, type Who } from '../common.ts';
import { isServingSupervisor } from '../presence.ts';
import { findAttendance, type Verdict } from '../repository.ts';

/**
 * Seed 002: 社区议事会议召开前，居委会主任须将会议议程交监督委员会审定.
 * A supervision member approves the agenda or returns it with a note.
 */
export async function reviewAgenda(
  ctx: AppContext,
  who: Who,
  input: { meetingId: string; outcome: 'approved' | 'returned'; note: string },
) {
  if (input.outcome === 'returned' && !input.note.trim())
    throw new DomainError('validation_failed', {}, [{ field: 'note', error: 'field_required' }]);
  const today = ctx.clock.today();
  return ctx.db.transaction(async (tx) => {
    const m = await lockedMeeting(
      tx,
      who.villageId,
      input.meetingId,
      ['planned'],
      'meeting_not_planned',
    );
    await tx.query(
      `UPDATE meeting SET agenda_review = $3, agenda_review_note = $4, agenda_reviewed_by = $5, agenda_reviewed_on = $6
       WHERE village_id = $1 AND id = $2`,
      [who.villageId, m.id, input.outcome, input.note, who.personId, today],
    );
    await audit(
      ctx,
      tx,
      who,
      'meeting.agendaReviewed',
      { type: 'meeting', id: m.id },
      { outcome: input.outcome, note: input.note, reviewerPersonId: who.personId, on: today },
    );
    return { outcome: input.outcome, note: input.note, reviewedOn: today };
  });
}

const INVALID_PARTS = {
  attendanceValid: '到会人数不符合规定要求',
  procedureValid: '会议程序不规范、不合法',
  countValid: '表决结果不真实有效',
} as const;

/** The Chinese reason a meeting was found invalid, or null when every check passed. */
export function invalidReason(v: {
  attendanceValid: boolean;
  procedureValid: boolean;
  countValid: boolean;
  note: string;
}): string | null {
  const parts = (Object.keys(INVALID_PARTS) as Array<keyof typeof INVALID_PARTS>)
    .filter((k) => !v[k])
    .map((k) => INVALID_PARTS[k]);
  if (parts.length === 0) return null;
  const note = v.note.trim();
  return `村务监督委员会认定：${parts.join('；')}${note ? `（${note}）` : ''}`;
}

/**
 * Seed 002: supervisors at a meeting only check whether attendance met the
 * rules, whether the procedure was lawful and whether the count is true.
 * Their record makes the meeting invalid when any check fails; resolutions of
 * an invalid meeting cannot be carried out.
 */
export async function recordVerdict(
  ctx: AppContext,
  who: Who,
  input: {
    meetingId: string;
    attendanceValid: boolean;
    procedureValid: boolean;
    countValid: boolean;
    note: string;
  },
) {
  const reason = invalidReason(input);
  if (reason && !input.note.trim())
    throw new DomainError('validation_failed', {}, [{ field: 'note', error: 'field_required' }]);
  if (!who.personId) throw new DomainError('forbidden');
  const personId = who.personId;
  const today = ctx.clock.today();
  return ctx.db.transaction(async (tx) => {
    const m = await lockedMeeting(tx, who.villageId, input.meetingId, ['open', 'closed']);
    const attended = await findAttendance(tx, who.villageId, m.id, personId);
    const supervising =
      attended?.capacity === 'supervisor' ||
      (await isServingSupervisor(tx, who.villageId, personId, m.meeting_on)) ||
      (await isServingSupervisor(tx, who.villageId, personId, today));
    if (!supervising) throw new DomainError('forbidden');
    const person = await findPerson(tx, who.villageId, personId);
    const verdict: Verdict = {
      attendanceValid: input.attendanceValid,
      procedureValid: input.procedureValid,
      countValid: input.countValid,
      note: input.note,
      byPersonId: personId,
      byName: person?.name ?? '',
      on: today,
    };
    await tx.query(
      'UPDATE meeting SET verdict = $3, invalid_reason = $4 WHERE village_id = $1 AND id = $2',
      [who.villageId, m.id, JSON.stringify(verdict), reason],
    );
    await audit(
      ctx,
      tx,
      who,
      'meeting.verdictRecorded',
      { type: 'meeting', id: m.id },
      { ...verdict, invalidReason: reason, previousInvalidReason: m.invalid_reason },
    );
    return { verdict, invalidReason: reason };
  });
}
