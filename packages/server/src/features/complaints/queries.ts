import type { CalendarDate } from '@cunzhi/core/calendarDate';
import type { ComplaintHandler } from '@cunzhi/core/complaints/complaints';
import type { Queryable } from '../../platform/db/database.ts';
import { referralOfSource } from '../townInbox/repository.ts';
import { findComplaintByTracking, servingCadres, type ComplaintRow } from './repository.ts';

const COLUMNS = `id, number, channel, anonymous, NULL::uuid AS complainant_person_id,
  NULL AS complainant_name, NULL AS complainant_phone, subject, body,
  concerns_person_ids::text[] AS concerns_person_ids, class, handler, status,
  to_char(received_on, 'YYYY-MM-DD') AS received_on, to_char(due_on, 'YYYY-MM-DD') AS due_on,
  answer, to_char(answered_on, 'YYYY-MM-DD') AS answered_on, entered_by`;

/**
 * What of the station a village reader sees: never a complaint referred to the town (风纪类);
 * the supervision committee and the town's and county's officials every other; a cadre only
 * the affairs complaints handed to a body they sit on. `handlers` null means every other.
 */
export interface StationView {
  handlers: readonly ComplaintHandler[] | null;
}

/** The station's complaints as the reader may see them, newest first (identity columns left out). */
export async function stationComplaints(
  app: { db: Queryable },
  villageId: string,
  view: StationView,
): Promise<ComplaintRow[]> {
  return app.db.query<ComplaintRow>(
    `SELECT ${COLUMNS} FROM complaint
     WHERE village_id = $1 AND status <> 'referred'
       AND ($2::text[] IS NULL OR handler = ANY($2::text[]))
     ORDER BY number DESC`,
    [villageId, view.handlers],
  );
}

/** One complaint as the reader may see it, or null (a referred one is null for every village reader). */
export async function stationComplaint(
  app: { db: Queryable },
  villageId: string,
  id: string,
  view: StationView,
): Promise<ComplaintRow | null> {
  const [row] = await app.db.query<ComplaintRow>(
    `SELECT ${COLUMNS} FROM complaint
     WHERE village_id = $1 AND id = $2 AND status <> 'referred'
       AND ($3::text[] IS NULL OR handler = ANY($3::text[]))`,
    [villageId, id, view.handlers],
  );
  return row ?? null;
}

type TownStatus = NonNullable<Awaited<ReturnType<typeof referralOfSource>>>;

/** A villager's own named complaints (the anonymous ones they follow by 查询码), with the town's progress. */
export async function ownComplaints(
  app: { db: Queryable },
  villageId: string,
  personId: string,
): Promise<Array<{ row: ComplaintRow; town: TownStatus | null }>> {
  const rows = await app.db.query<
    ComplaintRow & { town_status: string | null; town_answer: string | null }
  >(
    `SELECT ${COLUMNS},
       (SELECT r.status FROM town_referral r WHERE r.village_id = complaint.village_id
          AND r.source_kind = 'complaint' AND r.source_id = complaint.id LIMIT 1) AS town_status,
       (SELECT r.answer FROM town_referral r WHERE r.village_id = complaint.village_id
          AND r.source_kind = 'complaint' AND r.source_id = complaint.id LIMIT 1) AS town_answer
     FROM complaint WHERE village_id = $1 AND complainant_person_id = $2
     ORDER BY number DESC`,
    [villageId, personId],
  );
  return rows.map(({ town_status, town_answer, ...row }) => ({
    row,
    town: town_status ? ({ status: town_status, answer: town_answer } as TownStatus) : null,
  }));
}

/** A complaint by its 查询码's hash, with the town's progress (the portal's status page). */
export async function trackedComplaint(
  app: { db: Queryable },
  villageId: string,
  trackingHash: string,
): Promise<{ row: ComplaintRow; town: TownStatus | null } | null> {
  const row = await findComplaintByTracking(app.db, villageId, trackingHash);
  if (!row) return null;
  const town = await referralOfSource(app.db, villageId, { kind: 'complaint', id: row.id });
  return { row, town };
}

export async function cadreOptions(app: { db: Queryable }, villageId: string, on: CalendarDate) {
  return servingCadres(app.db, villageId, on);
}
