import type { CalendarDate } from '@cunzhi/core/calendarDate';
import type { ReferralAddressee } from '@cunzhi/core/policies/townInbox';
import type { Queryable } from '../../platform/db/database.ts';
import type { ReferralRow } from './repository.ts';

export type InboxRow = ReferralRow & {
  village_name: string;
  village_kind: 'village' | 'community';
  town_name: string;
  age_days: number;
};

const INBOX_COLUMNS = `r.village_id, r.id, r.town_id, r.source_kind, r.source_id, r.addressee,
  r.subject, r.summary, r.concerns_person_ids::text[] AS concerns_person_ids, r.status,
  to_char(r.filed_on, 'YYYY-MM-DD') AS filed_on, r.answer, r.accepted_at, r.answered_at, r.closed_at,
  v.name AS village_name, v.kind AS village_kind, t.name AS town_name, ($1::date - r.filed_on) AS age_days`;

export type InboxFilter = { level: 'town' | 'county'; id: string; addressees: ReferralAddressee[] };

/**
 * The referrals an official reads: for each of their scopes, those addressed to their unit from
 * the villages of that town (or county). Open ones first, oldest first; closed ones after.
 */
export async function inboxReferrals(
  app: { db: Queryable },
  today: CalendarDate,
  filters: readonly InboxFilter[],
  status: 'open' | 'closed' | 'all',
): Promise<InboxRow[]> {
  if (filters.length === 0) return [];
  const params: unknown[] = [today];
  const clauses = filters.map((f) => {
    params.push(f.id, f.addressees);
    const [id, addressees] = [`$${params.length - 1}::uuid`, `$${params.length}::text[]`];
    const where = f.level === 'town' ? `r.town_id = ${id}` : `t.county_id = ${id}`;
    return `(${where} AND r.addressee = ANY(${addressees}))`;
  });
  const statusClause =
    status === 'all'
      ? ''
      : status === 'open'
        ? `AND r.status <> 'closed'`
        : `AND r.status = 'closed'`;
  return app.db.query<InboxRow>(
    `SELECT ${INBOX_COLUMNS}
     FROM town_referral r JOIN village v ON v.id = r.village_id JOIN town t ON t.id = r.town_id
     WHERE (${clauses.join(' OR ')}) ${statusClause}
     ORDER BY (r.status = 'closed'), r.filed_at, r.id LIMIT 500`,
    params,
  );
}

/** One referral with its village and town, for the detail (access is checked by the caller). */
export async function inboxReferral(
  app: { db: Queryable },
  today: CalendarDate,
  villageId: string,
  id: string,
): Promise<(InboxRow & { county_id: string }) | null> {
  const [row] = await app.db.query<InboxRow & { county_id: string }>(
    `SELECT ${INBOX_COLUMNS}, t.county_id
     FROM town_referral r JOIN village v ON v.id = r.village_id JOIN town t ON t.id = r.town_id
     WHERE r.village_id = $2 AND r.id = $3`,
    [today, villageId, id],
  );
  return row ?? null;
}

/** The named cadres' names (persons of the village), for the referral's page. */
export async function personNames(
  app: { db: Queryable },
  villageId: string,
  ids: readonly string[],
): Promise<Array<{ id: string; name: string }>> {
  if (ids.length === 0) return [];
  return app.db.query(
    'SELECT id, name FROM person WHERE village_id = $1 AND id = ANY($2::uuid[]) ORDER BY name',
    [villageId, ids],
  );
}

/** A complaint's facts the town sees besides the referral (never who complained). */
export async function complaintFacts(
  app: { db: Queryable },
  villageId: string,
  id: string,
): Promise<{
  number: number;
  channel: string;
  anonymous: boolean;
  received_on: CalendarDate;
} | null> {
  const [row] = await app.db.query<{
    number: number;
    channel: string;
    anonymous: boolean;
    received_on: CalendarDate;
  }>(
    `SELECT number, channel, anonymous, to_char(received_on, 'YYYY-MM-DD') AS received_on
     FROM complaint WHERE village_id = $1 AND id = $2`,
    [villageId, id],
  );
  return row ?? null;
}

/** The id of the referral a complaint was sent to the town with, or null. */
export async function referralOfComplaint(
  app: { db: Queryable },
  villageId: string,
  complaintId: string,
): Promise<string | null> {
  const [row] = await app.db.query<{ id: string }>(
    `SELECT id FROM town_referral WHERE village_id = $1 AND source_kind = 'complaint' AND source_id = $2`,
    [villageId, complaintId],
  );
  return row?.id ?? null;
}
