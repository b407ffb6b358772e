/**
 * The yardstick of the county dashboard: the dashboard's figures (packages/core/src/oversight/
 * figures.ts — questions, holds, complaints, petitions, service requests, refused tasks, terms
 * ending, Party meetings this quarter, this year's notices, the county ranking's rows, meetings
 * without quorum, and the facts the composition and 三会一课 checks read: serving members, terms
 * in force, households, two years of Party meetings with those present, units and seats) for every
 * village of the county as ONE statement of plain aggregates, no rule applied in Node, no access
 * check: what the same figures cost the database alone. The bench divides the dashboard's time
 * by this statement's, measured in the same run on the same database.
 */
import type { Queryable } from '@cunzhi/server/platform/db/database';

export interface RawVillageFigures {
  village_id: string;
  unanswered_questions: number;
  overdue_answers: number;
  open_holds: number;
  oldest_hold: string | null;
  open_complaints: number;
  overdue_complaints: number;
  open_petitions: number;
  overdue_petitions: number;
  open_services: number;
  overdue_services: number;
  refused_tasks: number;
  terms_ending: number;
  party_meetings_this_quarter: number;
  notices_this_year: number;
  ranking_rows: number;
  meetings_without_quorum: number;
  serving_members: number;
  serving_women: number;
  terms_in_force: number;
  last_term_ends_on: string | null;
  households: number;
  party_meetings_two_years: number;
  party_presences: number;
  party_units: number;
  party_seats: number;
}

const FIGURES = [
  [
    'q',
    `SELECT village_id, count(*) AS a, count(*) FILTER (WHERE answer_due_on < $2) AS b, NULL::date AS d
           FROM notice_question WHERE village_id IN (SELECT id FROM v) AND answered_on IS NULL GROUP BY village_id`,
  ],
  [
    'h',
    `SELECT village_id, count(*), 0, min(proposed_on) FROM spending_hold
          WHERE village_id IN (SELECT id FROM v) AND status IN ('proposed', 'adopted') GROUP BY village_id`,
  ],
  [
    'c',
    `SELECT village_id, count(*), count(*) FILTER (WHERE due_on < $2), NULL::date FROM complaint
          WHERE village_id IN (SELECT id FROM v) AND status IN ('received', 'assigned') GROUP BY village_id`,
  ],
  [
    'p',
    `SELECT village_id, count(*) FILTER (WHERE status NOT IN ('closed', 'notAccepted')),
                count(*) FILTER (WHERE status IN ('registered', 'forwarded', 'assigned', 'handling', 'reviewing', 'reReviewing') AND due_on < $2), NULL::date
           FROM petition WHERE village_id IN (SELECT id FROM v) AND status NOT IN ('closed', 'notAccepted') GROUP BY village_id`,
  ],
  [
    's',
    `SELECT village_id, count(*) FILTER (WHERE state IN ('ordered', 'accepted', 'awaitingMaterials', 'processing', 'agency')),
                count(*) FILTER (WHERE state IN ('ordered', 'accepted', 'processing', 'agency') AND due_on < $2), NULL::date
           FROM service_request WHERE village_id IN (SELECT id FROM v)
            AND state IN ('ordered', 'accepted', 'awaitingMaterials', 'processing', 'agency') GROUP BY village_id`,
  ],
  [
    't',
    `SELECT village_id, count(*), 0, NULL::date FROM work_task
          WHERE village_id IN (SELECT id FROM v) AND decision IN ('refused', 'returned') GROUP BY village_id`,
  ],
  [
    'e',
    `SELECT village_id, count(*) FILTER (WHERE ends_on <= $2::date + 180), 0, NULL::date FROM (
           SELECT village_id, max(ends_on) AS ends_on FROM body_term WHERE village_id IN (SELECT id FROM v)
            GROUP BY village_id, body_id) last GROUP BY village_id`,
  ],
  [
    'm',
    `SELECT village_id, count(*), 0, NULL::date FROM party_meeting
          WHERE village_id IN (SELECT id FROM v) AND held_on >= date_trunc('quarter', $2::date) AND held_on <= $2 GROUP BY village_id`,
  ],
  [
    'n',
    `SELECT village_id, count(*), 0, NULL::date FROM notice
          WHERE village_id IN (SELECT id FROM v) AND published_on >= date_trunc('year', $2::date) GROUP BY village_id`,
  ],
  [
    'r',
    `SELECT village_id, count(*), 0, NULL::date FROM county_points_result
          WHERE village_id IN (SELECT id FROM v) GROUP BY village_id`,
  ],
  // meetings without quorum: this year's closed meetings short of quorum or recorded invalid
  [
    'mq',
    `SELECT village_id, count(*) FILTER (WHERE invalid_reason IS NOT NULL
                                          OR (figures_at_close -> 'quorum' ->> 'met')::boolean = false), 0, NULL::date
           FROM meeting WHERE village_id IN (SELECT id FROM v) AND status = 'closed'
            AND meeting_on BETWEEN date_trunc('year', $2::date) AND $2 GROUP BY village_id`,
  ],
  // invalid compositions: the facts the checks count — serving members (women among them), the
  // bodies with a term in force (its last day), the households
  [
    'sm',
    `SELECT m.village_id, count(*), count(*) FILTER (WHERE p.gender = 'female'), NULL::date
           FROM body_membership m
           JOIN body_term t ON t.village_id = m.village_id AND t.id = m.term_id
           JOIN person p ON p.village_id = m.village_id AND p.id = m.person_id
          WHERE m.village_id IN (SELECT id FROM v) AND t.starts_on <= $2 AND $2 <= t.ends_on
            AND m.starts_on <= $2 AND (m.ended_on IS NULL OR $2 < m.ended_on) GROUP BY m.village_id`,
  ],
  [
    'bt',
    `SELECT t.village_id, count(*), count(DISTINCT b.kind), max(t.ends_on)
           FROM body_term t JOIN body b ON b.village_id = t.village_id AND b.id = t.body_id
          WHERE t.village_id IN (SELECT id FROM v) AND t.starts_on <= $2 AND $2 <= t.ends_on GROUP BY t.village_id`,
  ],
  [
    'hh',
    `SELECT village_id, count(*), 0, NULL::date FROM household
          WHERE village_id IN (SELECT id FROM v) GROUP BY village_id`,
  ],
  // 三会一课 short: the Party meetings of this year and last (those present), the units and seats
  [
    'pm',
    `SELECT m.village_id, count(DISTINCT m.id), count(a.person_id) FILTER (WHERE a.presence = 'present'), max(m.held_on)
           FROM party_meeting m
           LEFT JOIN party_meeting_attendee a ON a.village_id = m.village_id AND a.meeting_id = m.id
          WHERE m.village_id IN (SELECT id FROM v)
            AND m.held_on BETWEEN date_trunc('year', $2::date) - interval '1 year' AND $2 GROUP BY m.village_id`,
  ],
  [
    'pu',
    `SELECT u.village_id, count(DISTINCT u.id), count(s.id), min(u.founded_on)
           FROM party_unit u
           LEFT JOIN party_committee_seat s ON s.village_id = u.village_id AND s.unit_id = u.id
          WHERE u.village_id IN (SELECT id FROM v) AND u.founded_on <= $2
            AND (u.dissolved_on IS NULL OR u.dissolved_on > $2) GROUP BY u.village_id`,
  ],
] as const;

export const RAW_FIGURES_SQL = `
WITH v AS (SELECT v.id FROM village v JOIN town t ON t.id = v.town_id WHERE t.county_id = $1),
${FIGURES.map(([name, sql]) => `${name}(village_id, a, b, d) AS (${sql})`).join(',\n')}
SELECT v.id AS village_id,
       coalesce(q.a, 0)::int AS unanswered_questions, coalesce(q.b, 0)::int AS overdue_answers,
       coalesce(h.a, 0)::int AS open_holds, h.d AS oldest_hold,
       coalesce(c.a, 0)::int AS open_complaints, coalesce(c.b, 0)::int AS overdue_complaints,
       coalesce(p.a, 0)::int AS open_petitions, coalesce(p.b, 0)::int AS overdue_petitions,
       coalesce(s.a, 0)::int AS open_services, coalesce(s.b, 0)::int AS overdue_services,
       coalesce(t.a, 0)::int AS refused_tasks, coalesce(e.a, 0)::int AS terms_ending,
       coalesce(m.a, 0)::int AS party_meetings_this_quarter, coalesce(n.a, 0)::int AS notices_this_year,
       coalesce(r.a, 0)::int AS ranking_rows,
       coalesce(mq.a, 0)::int AS meetings_without_quorum,
       coalesce(sm.a, 0)::int AS serving_members, coalesce(sm.b, 0)::int AS serving_women,
       coalesce(bt.a, 0)::int AS terms_in_force, bt.d AS last_term_ends_on,
       coalesce(hh.a, 0)::int AS households,
       coalesce(pm.a, 0)::int AS party_meetings_two_years, coalesce(pm.b, 0)::int AS party_presences,
       coalesce(pu.a, 0)::int AS party_units, coalesce(pu.b, 0)::int AS party_seats
  FROM v ${FIGURES.map(([name]) => `LEFT JOIN ${name} ON ${name}.village_id = v.id`).join(' ')}
 ORDER BY v.id`;

/** Every village of the county with its figures on `today`. */
export function rawFigures(db: Queryable, countyId: string, today: string) {
  return db.query<RawVillageFigures>(RAW_FIGURES_SQL, [countyId, today]);
}
