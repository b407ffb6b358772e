import type { CalendarDate } from '@cunzhi/core/calendarDate';
import type { RoundKind } from '@cunzhi/core/elections/count';
import type { TellerRole } from '@cunzhi/core/elections/polling';
import type { Post } from '@cunzhi/core/elections/sheets';
import type { Queryable, Tx } from '../../../platform/db/database.ts';
import { bulkInsert } from '../../../platform/db/bulkInsert.ts';

/** Writes and reads of the rounds, tellers, proxies and mobile boxes (migration 0024). */

export interface RoundRow {
  round: number;
  id: string;
  kind: RoundKind;
  posts: Post[];
  polling_on: CalendarDate;
  notice_on: CalendarDate | null;
  place: string | null;
  method: 'paper' | 'electronic';
  booth: string | null;
  /** The hours of polling the notice states ('08:00'), or null when it left them blank. */
  opens_at: string | null;
  closes_at: string | null;
  departure_audit_id: string | null;
  opened_on: CalendarDate | null;
  counted_on: CalendarDate | null;
  registered: number | null;
  voted: number | null;
  ballots_cast: number | null;
  /** StoredResult (repository/ballots.ts), or null before the count. */
  result: unknown;
  digest: string | null;
}

export async function insertRound(
  tx: Tx,
  villageId: string,
  electionId: string,
  r: Pick<RoundRow, 'round' | 'id' | 'kind' | 'posts' | 'polling_on' | 'method'> & {
    notice_on: CalendarDate | null;
    place: string | null;
  } & Partial<NoticeDetails>,
): Promise<void> {
  await tx.query(
    `INSERT INTO election_round (village_id, election_id, round, id, kind, posts, polling_on, notice_on, place, method,
       opens_at, closes_at, booth)
     VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13)`,
    [
      villageId,
      electionId,
      r.round,
      r.id,
      r.kind,
      JSON.stringify(r.posts),
      r.polling_on,
      r.notice_on,
      r.place,
      r.method,
      r.opens_at ?? null,
      r.closes_at ?? null,
      r.booth ?? null,
    ],
  );
}

/** What a notice may state beyond the place: the hours of polling, the secret writing booth. */
export interface NoticeDetails {
  opens_at: string | null;
  closes_at: string | null;
  booth: string | null;
}

/** The first round's notice published again before polling (place, method, the list as it is now). */
export async function renewNotice(
  tx: Tx,
  villageId: string,
  electionId: string,
  r: Pick<RoundRow, 'round' | 'posts' | 'method'> & {
    notice_on: CalendarDate;
    place: string;
  } & NoticeDetails,
): Promise<void> {
  await tx.query(
    `UPDATE election_round SET notice_on = $4, place = $5, method = $6, posts = $7,
       opens_at = $8, closes_at = $9, booth = $10
     WHERE village_id = $1 AND election_id = $2 AND round = $3`,
    [
      villageId,
      electionId,
      r.round,
      r.notice_on,
      r.place,
      r.method,
      JSON.stringify(r.posts),
      r.opens_at,
      r.closes_at,
      r.booth,
    ],
  );
  await tx.query(
    `DELETE FROM election_teller WHERE village_id = $1 AND election_id = $2 AND round = $3`,
    [villageId, electionId, r.round],
  );
}

export async function roundsOf(
  db: Queryable,
  villageId: string,
  electionId: string,
): Promise<RoundRow[]> {
  return db.query<RoundRow>(
    `SELECT round, id, kind, posts, polling_on, notice_on, place, method, booth, opens_at, closes_at,
       departure_audit_id, opened_on,
            counted_on, registered, voted, ballots_cast, result, digest
     FROM election_round WHERE village_id = $1 AND election_id = $2 ORDER BY round`,
    [villageId, electionId],
  );
}

/** The posts printed on the round's ballot, refreshed until polling opens (a withdrawal fills a place). */
export async function setRoundPosts(
  tx: Tx,
  villageId: string,
  electionId: string,
  round: number,
  posts: readonly Post[],
): Promise<void> {
  await tx.query(
    `UPDATE election_round SET posts = $4 WHERE village_id = $1 AND election_id = $2 AND round = $3`,
    [villageId, electionId, round, JSON.stringify(posts)],
  );
}

export async function openRound(
  tx: Tx,
  villageId: string,
  electionId: string,
  round: number,
  o: { on: CalendarDate; booth: string; departureAuditId: string | null; posts: readonly Post[] },
): Promise<void> {
  await tx.query(
    `UPDATE election_round SET opened_on = $4, booth = $5, departure_audit_id = $6, posts = $7
     WHERE village_id = $1 AND election_id = $2 AND round = $3`,
    [villageId, electionId, round, o.on, o.booth, o.departureAuditId, JSON.stringify(o.posts)],
  );
}

export async function countedRound(
  tx: Tx,
  villageId: string,
  electionId: string,
  round: number,
  c: {
    on: CalendarDate;
    registered: number;
    voted: number;
    ballotsCast: number;
    result: unknown;
    digest: string;
  },
): Promise<void> {
  await tx.query(
    `UPDATE election_round SET counted_on = $4, registered = $5, voted = $6, ballots_cast = $7, result = $8, digest = $9
     WHERE village_id = $1 AND election_id = $2 AND round = $3`,
    [
      villageId,
      electionId,
      round,
      c.on,
      c.registered,
      c.voted,
      c.ballotsCast,
      JSON.stringify(c.result),
      c.digest,
    ],
  );
}

export interface TellerRow {
  round: number;
  person_id: string;
  name: string;
  role: TellerRole;
}

export async function insertTellers(
  tx: Tx,
  villageId: string,
  electionId: string,
  round: number,
  tellers: ReadonlyArray<{ personId: string; role: TellerRole }>,
): Promise<void> {
  await bulkInsert(
    tx,
    'election_teller',
    ['village_id', 'election_id', 'round', 'person_id', 'role'],
    tellers.map((t) => [villageId, electionId, round, t.personId, t.role]),
  );
}

export async function tellersOf(
  db: Queryable,
  villageId: string,
  electionId: string,
): Promise<TellerRow[]> {
  return db.query<TellerRow>(
    `SELECT t.round, t.person_id, p.name, t.role
     FROM election_teller t JOIN person p ON p.village_id = t.village_id AND p.id = t.person_id
     WHERE t.village_id = $1 AND t.election_id = $2 ORDER BY t.round, t.role, p.name`,
    [villageId, electionId],
  );
}

export interface ProxyRow {
  principal_id: string;
  principal_name: string;
  holder_id: string;
  holder_name: string;
  lodged_on: CalendarDate;
  approved_on: CalendarDate | null;
  published_on: CalendarDate | null;
}

/** A proxy lodged; false when the principal has one already (the primary key decides). */
export async function insertProxy(
  tx: Tx,
  villageId: string,
  electionId: string,
  p: {
    principalId: string;
    holderId: string;
    lodgedOn: CalendarDate;
    warnings: unknown;
    recordedBy: string | null;
  },
): Promise<boolean> {
  const rows = await tx.query(
    `INSERT INTO election_proxy (village_id, election_id, principal_id, holder_id, lodged_on, warnings, recorded_by)
     VALUES ($1, $2, $3, $4, $5, $6, $7) ON CONFLICT DO NOTHING RETURNING principal_id`,
    [
      villageId,
      electionId,
      p.principalId,
      p.holderId,
      p.lodgedOn,
      JSON.stringify(p.warnings),
      p.recordedBy,
    ],
  );
  return rows.length > 0;
}

export async function proxiesOf(
  db: Queryable,
  villageId: string,
  electionId: string,
): Promise<ProxyRow[]> {
  return db.query<ProxyRow>(
    `SELECT x.principal_id, a.name AS principal_name, x.holder_id, b.name AS holder_name, x.lodged_on,
            x.approved_on, x.published_on
     FROM election_proxy x
     JOIN person a ON a.village_id = x.village_id AND a.id = x.principal_id
     JOIN person b ON b.village_id = x.village_id AND b.id = x.holder_id
     WHERE x.village_id = $1 AND x.election_id = $2 ORDER BY x.lodged_on, a.name`,
    [villageId, electionId],
  );
}

/** The committee approves the proxies lodged and publishes them (审核公告), the same day. */
export async function approveProxies(
  tx: Tx,
  villageId: string,
  electionId: string,
  principalIds: readonly string[],
  on: CalendarDate,
): Promise<number> {
  const rows = await tx.query(
    `UPDATE election_proxy SET approved_on = $4, published_on = $4
     WHERE village_id = $1 AND election_id = $2 AND principal_id = ANY($3::uuid[]) AND approved_on IS NULL
     RETURNING principal_id`,
    [villageId, electionId, principalIds, on],
  );
  return rows.length;
}

export interface MobileBoxRow {
  round: number;
  box: string;
  voters: string[];
  scrutineers: string[];
  published_on: CalendarDate;
  town_approved_on: CalendarDate | null;
}

/** A mobile box published (again, before polling: the lists replaced, the town to approve anew). */
export async function upsertMobileBox(
  tx: Tx,
  villageId: string,
  electionId: string,
  b: Omit<MobileBoxRow, 'town_approved_on'>,
): Promise<void> {
  await tx.query(
    `INSERT INTO election_mobile_box (village_id, election_id, round, box, voters, scrutineers, published_on)
     VALUES ($1, $2, $3, $4, $5::uuid[], $6::uuid[], $7)
     ON CONFLICT (village_id, election_id, round, box) DO UPDATE SET voters = EXCLUDED.voters,
       scrutineers = EXCLUDED.scrutineers, published_on = EXCLUDED.published_on,
       town_approved_on = NULL, town_approved_by = NULL`,
    [villageId, electionId, b.round, b.box, b.voters, b.scrutineers, b.published_on],
  );
}

export async function approveMobileBox(
  tx: Tx,
  villageId: string,
  electionId: string,
  round: number,
  box: string,
  on: CalendarDate,
  by: string | null,
): Promise<boolean> {
  const rows = await tx.query(
    `UPDATE election_mobile_box SET town_approved_on = $5, town_approved_by = $6
     WHERE village_id = $1 AND election_id = $2 AND round = $3 AND box = $4 RETURNING box`,
    [villageId, electionId, round, box, on, by],
  );
  return rows.length > 0;
}

export async function mobileBoxesOf(
  db: Queryable,
  villageId: string,
  electionId: string,
): Promise<MobileBoxRow[]> {
  return db.query<MobileBoxRow>(
    `SELECT round, box, voters, scrutineers, published_on, town_approved_on FROM election_mobile_box
     WHERE village_id = $1 AND election_id = $2 ORDER BY round, box`,
    [villageId, electionId],
  );
}

/**
 * The elected body's outgoing term ends the day before the new one starts (its office runs
 * until the new body is elected, VCOL-11-TERM): the bodies' own terms never overlap.
 */
export async function endTermBefore(
  tx: Tx,
  villageId: string,
  termId: string,
  day: CalendarDate,
): Promise<void> {
  await tx.query(
    `UPDATE body_term SET ends_on = ($3::date - 1) WHERE village_id = $1 AND id = $2`,
    [villageId, termId, day],
  );
}

export interface ResultRow {
  certified_on: CalendarDate;
  term_id: string;
  seated: Array<{ personId: string; name: string; postId: string; votes: number }>;
  findings: Array<{ ruleId: string; severity: 'violation' | 'warning'; text: string }>;
  handed_over_on: CalendarDate | null;
  handover_findings: Array<{ ruleId: string; severity: 'violation' | 'warning'; text: string }>;
}

export async function insertResult(
  tx: Tx,
  villageId: string,
  electionId: string,
  r: Pick<ResultRow, 'certified_on' | 'term_id' | 'seated' | 'findings'>,
): Promise<void> {
  await tx.query(
    `INSERT INTO election_result (village_id, election_id, certified_on, term_id, seated, findings)
     VALUES ($1, $2, $3, $4, $5, $6)`,
    [
      villageId,
      electionId,
      r.certified_on,
      r.term_id,
      JSON.stringify(r.seated),
      JSON.stringify(r.findings),
    ],
  );
}

export async function resultOf(
  db: Queryable,
  villageId: string,
  electionId: string,
): Promise<ResultRow | null> {
  const [row] = await db.query<ResultRow>(
    `SELECT certified_on, term_id, seated, findings, handed_over_on, handover_findings
     FROM election_result WHERE village_id = $1 AND election_id = $2`,
    [villageId, electionId],
  );
  return row ?? null;
}

export async function setHandedOver(
  tx: Tx,
  villageId: string,
  electionId: string,
  on: CalendarDate,
  findings: ResultRow['handover_findings'],
): Promise<void> {
  await tx.query(
    `UPDATE election_result SET handed_over_on = $3, handover_findings = $4
     WHERE village_id = $1 AND election_id = $2`,
    [villageId, electionId, on, JSON.stringify(findings)],
  );
}
