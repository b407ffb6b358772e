/**
 * The yardstick of the county dashboard: the dashboard's figures (packages/core/src/oversight/
 * figures.ts — questions, holds, complaints, petitions, service requests, refused tasks, terms
 * ending, Party meetings this quarter, this year's notices, the county ranking's rows) for every
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
       coalesce(r.a, 0)::int AS ranking_rows
  FROM v ${FIGURES.map(([name]) => `LEFT JOIN ${name} ON ${name}.village_id = v.id`).join(' ')}
 ORDER BY v.id`;

/** Every village of the county with its figures on `today`. */
export function rawFigures(db: Queryable, countyId: string, today: string) {
  return db.query<RawVillageFigures>(RAW_FIGURES_SQL, [countyId, today]);
}
