import { complaintAnswerState } from '@cunzhi/core/complaints/complaints';
import { answerState } from '@cunzhi/core/disclosure/questions';
import { holdAgeDays, termEndingSoon, type VillageFigures } from '@cunzhi/core/oversight/figures';
import { quarterOf } from '@cunzhi/core/rules/dayCount';
import { electionTimetable } from '@cunzhi/core/elections/dates';
import { fromYmd, ymd, type CalendarDate } from '@cunzhi/core/calendarDate';
import { meetingDoesNotStand } from '@cunzhi/core/meetings/quorum';
import type { Queryable } from '../../../platform/db/database.ts';
import type { VillageProfile } from '../../../platform/rules/villageProfile.ts';
import { paramsOfProfile } from '../../disclosure/queries.ts';
import { casesOverview } from '../../townInbox/queries.ts';
import type { DashboardScope } from './scope.ts';

/**
 * The figures read over every village of the scope (`village_id = ANY(...)`), then the
 * capability's own rule applied to the rows in memory. A county of 300 villages costs the same
 * handful of statements as a town of ten.
 */
export type Figures = Map<string, VillageFigures>;
export type Reader = { db: Queryable };

type OfVillage<T> = Array<T & { village_id: string }>;

/** The facts of the one-line figures, each a list of rows of its own. */
interface OneLineFacts {
  questions: OfVillage<{ asked_on: CalendarDate; answer_due_on: CalendarDate }>;
  holds: OfVillage<{ n: number; oldest: CalendarDate }>;
  complaints: OfVillage<{ due_on: CalendarDate | null }>;
  tasks: OfVillage<{ n: number }>;
  terms: OfVillage<{ ends_on: CalendarDate }>;
  elections: OfVillage<{ election_day: CalendarDate }>;
  representatives: OfVillage<{ n: number }>;
  party: OfVillage<{ n: number }>;
  closed: OfVillage<{ quorum_met: boolean | null; invalid_reason: string | null }>;
}

/** Each figure's rows, as a JSON list: `$1` the villages, `$2` today, `$3`/`$4` the quarter, `$5` 1 January. */
const ONE_LINE_FACTS: Record<keyof OneLineFacts, string> = {
  // questions on notices not yet answered
  questions: `SELECT village_id, asked_on, answer_due_on FROM notice_question
               WHERE village_id = ANY($1::uuid[]) AND answered_on IS NULL`,
  // supervision holds proposed or adopted and not yet released
  holds: `SELECT village_id, count(*)::int AS n, min(proposed_on) AS oldest FROM spending_hold
           WHERE village_id = ANY($1::uuid[]) AND status IN ('proposed', 'adopted') GROUP BY village_id`,
  // complaints still with the supervision committee
  complaints: `SELECT village_id, due_on FROM complaint
                WHERE village_id = ANY($1::uuid[]) AND status IN ('received', 'assigned')`,
  // town tasks refused or returned under the admission lists (workAdmission)
  tasks: `SELECT village_id, count(*)::int AS n FROM work_task
           WHERE village_id = ANY($1::uuid[]) AND decision IN ('refused', 'returned') GROUP BY village_id`,
  // each body's latest term
  terms: `SELECT village_id, max(ends_on) AS ends_on FROM body_term
           WHERE village_id = ANY($1::uuid[]) GROUP BY village_id, body_id`,
  // elections with a polling day and the roll not yet published
  elections: `SELECT village_id, election_day FROM election
               WHERE village_id = ANY($1::uuid[]) AND election_day IS NOT NULL AND roll_published_on IS NULL`,
  // 村民代表会议 held or open this quarter
  representatives: `SELECT village_id, count(*)::int AS n FROM meeting
                     WHERE village_id = ANY($1::uuid[]) AND kind = 'representativesMeeting'
                       AND status IN ('open', 'closed') AND meeting_on BETWEEN $3 AND $4 GROUP BY village_id`,
  // Party meetings held this quarter
  party: `SELECT village_id, count(*)::int AS n FROM party_meeting
           WHERE village_id = ANY($1::uuid[]) AND held_on BETWEEN $3 AND $4 GROUP BY village_id`,
  // meetings closed this year, with the quorum counted at close and any invalidity recorded
  closed: `SELECT village_id, (figures_at_close -> 'quorum' ->> 'met')::boolean AS quorum_met, invalid_reason
            FROM meeting
           WHERE village_id = ANY($1::uuid[]) AND status = 'closed' AND meeting_on BETWEEN $5 AND $2`,
};

/**
 * The facts of every one-line figure in ONE statement (a JSON list per figure): on a cold server
 * nine small statements each took a pooled connection and a backend of their own beside the
 * long reads (the serving members, their kin), and slowed them; one statement reads the same
 * rows. Dates come back as ISO text, as the figures' rules take them.
 */
export async function oneLineFigures(
  { db }: Reader,
  ids: string[],
  today: CalendarDate,
  profiles: Promise<ReadonlyMap<string, VillageProfile>>,
  out: Figures,
) {
  const q = quarterOf(today);
  const yearStart = fromYmd(ymd(today).year, 1, 1);
  const lists = Object.entries(ONE_LINE_FACTS).map(
    ([name, sql]) => `(SELECT coalesce(json_agg(x), '[]') FROM (${sql}) x) AS ${name}`,
  );
  const [facts] = await db.query<OneLineFacts>(`SELECT ${lists.join(',\n')}`, [
    ids,
    today,
    q.startsOn,
    q.endsOn,
    yearStart,
  ]);
  const f = facts!;
  questionFigures(f.questions, today, out);
  holdFigures(f.holds, today, out);
  complaintFigures(f.complaints, today, out);
  for (const r of f.tasks) out.get(r.village_id)!.refusedTasks = r.n;
  for (const r of f.terms)
    if (termEndingSoon(r.ends_on, today)) out.get(r.village_id)!.termsEnding += 1;
  for (const r of f.representatives)
    out.get(r.village_id)!.representativesMeetingsThisQuarter = r.n;
  for (const r of f.party) out.get(r.village_id)!.partyMeetingsThisQuarter = r.n;
  for (const r of f.closed)
    if (meetingDoesNotStand({ quorumMet: r.quorum_met, invalidReason: r.invalid_reason }))
      out.get(r.village_id)!.meetingsWithoutQuorum += 1;
  if (f.elections.length > 0) voterRollFigures(f.elections, today, await profiles, out);
}

/** Questions on notices: unanswered, and overdue by the disclosure rules' answer state. */
function questionFigures(rows: OneLineFacts['questions'], today: CalendarDate, out: Figures) {
  for (const r of rows) {
    const f = out.get(r.village_id)!;
    f.unansweredQuestions += 1;
    const facts = { askedOn: r.asked_on, answerDueOn: r.answer_due_on, answeredOn: null };
    if (answerState(facts, today) === 'overdue') f.overdueAnswers += 1;
  }
}

/** Supervision holds proposed or adopted and not yet released, and the oldest one's age. */
function holdFigures(rows: OneLineFacts['holds'], today: CalendarDate, out: Figures) {
  for (const r of rows) {
    const f = out.get(r.village_id)!;
    f.openHolds = r.n;
    f.oldestHoldDays = holdAgeDays(r.oldest, today);
  }
}

/** Complaints to the supervision committee: open, and overdue by the complaint rules. */
function complaintFigures(rows: OneLineFacts['complaints'], today: CalendarDate, out: Figures) {
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

/**
 * 选民名单: elections with a polling day fixed and the roll not yet published, and those past the
 * last day the election timetable gives it (N days before polling, by the village's profile).
 */
function voterRollFigures(
  rows: OneLineFacts['elections'],
  today: CalendarDate,
  profiles: ReadonlyMap<string, VillageProfile>,
  out: Figures,
) {
  for (const r of rows) {
    const { base, overrides } = profiles.get(r.village_id)!;
    const params = paramsOfProfile(base, overrides)(today);
    const f = out.get(r.village_id)!;
    f.voterRollsDue += 1;
    if (today > electionTimetable(r.election_day, params).voterRollBy) f.voterRollsOverdue += 1;
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
