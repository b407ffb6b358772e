import type { CalendarDate } from '@cunzhi/core/calendarDate';
import { complaintAnswerState } from '@cunzhi/core/complaints/complaints';
import { answerState } from '@cunzhi/core/disclosure/questions';
import { holdAgeDays, termEndingSoon, type VillageFigures } from '@cunzhi/core/oversight/figures';
import { quarterOf } from '@cunzhi/core/rules/dayCount';
import { electionTimetable } from '@cunzhi/core/elections/dates';
import type { Queryable } from '../../../platform/db/database.ts';
import { casesOverview } from '../../townInbox/queries.ts';
import { paramsOfVillages } from './params.ts';
import type { DashboardScope } from './scope.ts';

/**
 * One statement per figure over every village of the scope (`village_id = ANY(...)`), then the
 * capability's own rule applied to the rows in memory. A county of 300 villages costs the same
 * handful of statements as a town of ten.
 */
export type Figures = Map<string, VillageFigures>;
export type Reader = { db: Queryable };

/** Questions on notices: unanswered, and overdue by the disclosure rules' answer state. */
export async function questionFigures(
  { db }: Reader,
  ids: string[],
  today: CalendarDate,
  out: Figures,
) {
  const rows = await db.query<{
    village_id: string;
    asked_on: CalendarDate;
    answer_due_on: CalendarDate;
  }>(
    `SELECT village_id, asked_on, answer_due_on FROM notice_question
      WHERE village_id = ANY($1::uuid[]) AND answered_on IS NULL`,
    [ids],
  );
  for (const r of rows) {
    const f = out.get(r.village_id)!;
    f.unansweredQuestions += 1;
    const facts = { askedOn: r.asked_on, answerDueOn: r.answer_due_on, answeredOn: null };
    if (answerState(facts, today) === 'overdue') f.overdueAnswers += 1;
  }
}

/** Supervision holds proposed or adopted and not yet released, and the oldest one's age. */
export async function holdFigures(
  { db }: Reader,
  ids: string[],
  today: CalendarDate,
  out: Figures,
) {
  const rows = await db.query<{ village_id: string; n: number; oldest: CalendarDate }>(
    `SELECT village_id, count(*)::int AS n, min(proposed_on) AS oldest FROM spending_hold
      WHERE village_id = ANY($1::uuid[]) AND status IN ('proposed', 'adopted') GROUP BY village_id`,
    [ids],
  );
  for (const r of rows) {
    const f = out.get(r.village_id)!;
    f.openHolds = r.n;
    f.oldestHoldDays = holdAgeDays(r.oldest, today);
  }
}

/** Complaints to the supervision committee: open, and overdue by the complaint rules. */
export async function complaintFigures(
  { db }: Reader,
  ids: string[],
  today: CalendarDate,
  out: Figures,
) {
  const rows = await db.query<{ village_id: string; due_on: CalendarDate | null }>(
    `SELECT village_id, due_on FROM complaint
      WHERE village_id = ANY($1::uuid[]) AND status IN ('received', 'assigned')`,
    [ids],
  );
  for (const r of rows) {
    const f = out.get(r.village_id)!;
    f.openComplaints += 1;
    if (
      r.due_on &&
      complaintAnswerState({ dueOn: r.due_on, answeredOn: null }, today) === 'overdue'
    )
      f.overdueComplaints += 1;
  }
}

/** Petitions and service requests: the town inbox's own overview (each case kind's "overdue"). */
export async function caseFigures(
  reader: Reader,
  scope: DashboardScope,
  today: CalendarDate,
  out: Figures,
) {
  for (const r of await casesOverview(reader, today, [scope])) {
    const f = out.get(r.village_id);
    if (!f) continue;
    if (r.kind === 'petition') {
      f.openPetitions = r.open;
      f.overduePetitions = r.overdue ?? 0;
    } else if (r.kind === 'service') {
      f.openServices = r.open;
      f.overdueServices = r.overdue ?? 0;
    }
  }
}

/** Town tasks the village refused or returned under the admission lists (workAdmission). */
export async function taskFigures({ db }: Reader, ids: string[], out: Figures) {
  const rows = await db.query<{ village_id: string; n: number }>(
    `SELECT village_id, count(*)::int AS n FROM work_task
      WHERE village_id = ANY($1::uuid[]) AND decision IN ('refused', 'returned') GROUP BY village_id`,
    [ids],
  );
  for (const r of rows) out.get(r.village_id)!.refusedTasks = r.n;
}

/** Each body's latest term: on the election calendar when it ends within the window. */
export async function termFigures(
  { db }: Reader,
  ids: string[],
  today: CalendarDate,
  out: Figures,
) {
  const rows = await db.query<{ village_id: string; ends_on: CalendarDate }>(
    `SELECT village_id, max(ends_on) AS ends_on FROM body_term
      WHERE village_id = ANY($1::uuid[]) GROUP BY village_id, body_id`,
    [ids],
  );
  for (const r of rows)
    if (termEndingSoon(r.ends_on, today)) out.get(r.village_id)!.termsEnding += 1;
}

/**
 * 选民名单: elections with a polling day fixed and the roll not yet published, and those past the
 * last day the election timetable gives it (N days before polling, by the village's profile).
 */
export async function voterRollFigures(
  { db }: Reader,
  ids: string[],
  today: CalendarDate,
  out: Figures,
) {
  const rows = await db.query<{ village_id: string; election_day: CalendarDate }>(
    `SELECT village_id, election_day FROM election
      WHERE village_id = ANY($1::uuid[]) AND election_day IS NOT NULL AND roll_published_on IS NULL`,
    [ids],
  );
  if (rows.length === 0) return;
  const paramsOf = await paramsOfVillages(
    db,
    rows.map((r) => r.village_id),
  );
  for (const r of rows) {
    const params = paramsOf(r.village_id, today);
    const f = out.get(r.village_id)!;
    f.voterRollsDue += 1;
    if (today > electionTimetable(r.election_day, params).voterRollBy) f.voterRollsOverdue += 1;
  }
}

/** 村民代表会议 held or open this quarter (not planned, not cancelled), per village. */
export async function representativesFigures(
  { db }: Reader,
  ids: string[],
  today: CalendarDate,
  out: Figures,
) {
  const q = quarterOf(today);
  const rows = await db.query<{ village_id: string; n: number }>(
    `SELECT village_id, count(*)::int AS n FROM meeting
      WHERE village_id = ANY($1::uuid[]) AND kind = 'representativesMeeting'
        AND status IN ('open', 'closed') AND meeting_on BETWEEN $2 AND $3 GROUP BY village_id`,
    [ids, q.startsOn, q.endsOn],
  );
  for (const r of rows) out.get(r.village_id)!.representativesMeetingsThisQuarter = r.n;
}

/** 三会一课: the Party meetings each village held this quarter. */
export async function partyFigures(
  { db }: Reader,
  ids: string[],
  today: CalendarDate,
  out: Figures,
) {
  const q = quarterOf(today);
  const rows = await db.query<{ village_id: string; n: number }>(
    `SELECT village_id, count(*)::int AS n FROM party_meeting
      WHERE village_id = ANY($1::uuid[]) AND held_on BETWEEN $2 AND $3 GROUP BY village_id`,
    [ids, q.startsOn, q.endsOn],
  );
  for (const r of rows) out.get(r.village_id)!.partyMeetingsThisQuarter = r.n;
}
