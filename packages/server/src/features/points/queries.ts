import type { CalendarDate } from '@cunzhi/core/calendarDate';
import type { BodyKind } from '@cunzhi/core/bodies/bodyKinds';
import type { MeetingKind } from '@cunzhi/core/meetings/meetingKinds';
import type { AwardState, ContestChannel, ProposerRole } from '@cunzhi/core/points/awards';
import type { EntryKind } from '@cunzhi/core/points/ledger';
import type { Queryable } from '../../platform/db/database.ts';
import { countedOn, HOUSEHOLD_LINES } from './repository.ts';

/** 户号 and the head's name: how a household is named on a notice (0012 王建国户). */
const HOUSEHOLD_LABEL = `h.number || ' ' || COALESCE((SELECT p.name FROM person p
  WHERE p.village_id = h.village_id AND p.household_id = h.id AND p.relation_to_head = 'head'), '') || '户'`;

export interface AwardView {
  id: string;
  item_name: string;
  points: number;
  scheme_version: number;
  household_id: string;
  household: string;
  person_name: string | null;
  occurred_on: CalendarDate;
  facts: string;
  evidence_record_kind: string | null;
  evidence_record_id: string | null;
  proposer_role: ProposerRole;
  proposer_organization: string | null;
  proposer_name: string;
  proposed_on: CalendarDate;
  state: AwardState;
  checker_name: string | null;
  checked_on: CalendarDate | null;
  return_reason: string | null;
  notice_id: string | null;
  notice_year: number | null;
  notice_number: number | null;
  starts_on: CalendarDate | null;
  ends_on: CalendarDate | null;
}

const AWARD_VIEW = `SELECT a.id, i.name AS item_name, a.points, s.version AS scheme_version,
    a.household_id, ${HOUSEHOLD_LABEL} AS household, pe.name AS person_name, a.occurred_on, a.facts,
    a.evidence_record_kind, a.evidence_record_id, a.proposer_role, a.proposer_organization,
    pa.display_name AS proposer_name, a.proposed_on, a.state, ca.display_name AS checker_name,
    a.checked_on, a.return_reason, a.notice_id, n.year AS notice_year, n.number AS notice_number,
    n.starts_on, n.ends_on
  FROM points_award a
  JOIN points_item i ON i.village_id = a.village_id AND i.id = a.item_id
  JOIN points_scheme s ON s.village_id = a.village_id AND s.id = a.scheme_id
  JOIN household h ON h.village_id = a.village_id AND h.id = a.household_id
  LEFT JOIN person pe ON pe.village_id = a.village_id AND pe.id = a.person_id
  JOIN account pa ON pa.id = a.proposed_by
  LEFT JOIN account ca ON ca.id = a.checked_by
  LEFT JOIN points_notice n ON n.village_id = a.village_id AND n.id = a.notice_id`;

/** The latest awards first (the console's list). */
export async function awardViews(
  db: Queryable,
  villageId: string,
  filter: { id?: string; noticeId?: string } = {},
): Promise<AwardView[]> {
  const where = filter.id ? 'AND a.id = $2' : filter.noticeId ? 'AND a.notice_id = $2' : '';
  const order = filter.noticeId
    ? 'ORDER BY h.number, a.id'
    : 'ORDER BY a.proposed_on DESC, a.id LIMIT 300';
  return db.query<AwardView>(
    `${AWARD_VIEW} WHERE a.village_id = $1 ${where} ${order}`,
    filter.id
      ? [villageId, filter.id]
      : filter.noticeId
        ? [villageId, filter.noticeId]
        : [villageId],
  );
}

export interface ContestView {
  id: string;
  award_id: string;
  channel: ContestChannel;
  lodged_by_name: string;
  lodged_on: CalendarDate;
  grounds: string;
  body_kind: BodyKind;
  state: 'open' | 'upheld' | 'dismissed';
  decided_on: CalendarDate | null;
  decision_reason: string | null;
  corrected_points: number | null;
}

export async function contestViews(
  db: Queryable,
  villageId: string,
  awardIds: readonly string[],
): Promise<ContestView[]> {
  return db.query<ContestView>(
    `SELECT c.id, c.award_id, c.channel, p.name AS lodged_by_name, c.lodged_on, c.grounds,
       c.body_kind, c.state, c.decided_on, c.decision_reason, c.corrected_points
     FROM points_contest c JOIN person p ON p.village_id = c.village_id AND p.id = c.lodged_by_person_id
     WHERE c.village_id = $1 AND c.award_id = ANY($2::uuid[]) ORDER BY c.lodged_on, c.id`,
    [villageId, awardIds],
  );
}

export interface NoticeView {
  id: string;
  year: number;
  number: number;
  starts_on: CalendarDate;
  ends_on: CalendarDate;
  awards: number;
}

export async function noticeViews(db: Queryable, villageId: string): Promise<NoticeView[]> {
  return db.query<NoticeView>(
    `SELECT n.id, n.year, n.number, n.starts_on, n.ends_on,
       (SELECT count(*) FROM points_award a WHERE a.village_id = n.village_id AND a.notice_id = n.id)::int8 AS awards
     FROM points_notice n WHERE n.village_id = $1 ORDER BY n.year DESC, n.number DESC`,
    [villageId],
  );
}

export interface HouseholdOptionRow {
  id: string;
  label: string;
  members: Array<{ id: string; name: string }>;
}

export async function householdOptions(
  db: Queryable,
  villageId: string,
): Promise<HouseholdOptionRow[]> {
  return db.query<HouseholdOptionRow>(
    `SELECT h.id, ${HOUSEHOLD_LABEL} AS label,
       COALESCE((SELECT json_agg(json_build_object('id', p.id, 'name', p.name) ORDER BY p.relation_to_head <> 'head', p.birth_date)
         FROM person p WHERE p.village_id = h.village_id AND p.household_id = h.id), '[]'::json) AS members
     FROM household h WHERE h.village_id = $1 ORDER BY h.number`,
    [villageId],
  );
}

export interface ResolutionOptionRow {
  id: string;
  year: number;
  number: number;
  title: string;
  meeting_kind: MeetingKind;
  adopted_on: CalendarDate;
}

/** Resolutions in force of the bodies a scheme can be adopted by. */
export async function adoptingResolutions(
  db: Queryable,
  villageId: string,
): Promise<ResolutionOptionRow[]> {
  return db.query<ResolutionOptionRow>(
    `SELECT r.id, r.year, r.number, r.title, m.kind AS meeting_kind, r.adopted_on
     FROM resolution r JOIN meeting m ON m.village_id = r.village_id AND m.id = r.meeting_id
     WHERE r.village_id = $1 AND r.revoked_on IS NULL AND m.invalid_reason IS NULL
       AND m.kind IN ('representativesMeeting', 'villagersAssembly')
     ORDER BY r.year DESC, r.number DESC LIMIT 100`,
    [villageId],
  );
}

export async function householdLabel(
  db: Queryable,
  villageId: string,
  householdId: string,
): Promise<string | null> {
  const [row] = await db.query<{ label: string }>(
    `SELECT ${HOUSEHOLD_LABEL} AS label FROM household h WHERE h.village_id = $1 AND h.id = $2`,
    [villageId, householdId],
  );
  return row?.label ?? null;
}

export interface LineView {
  id: string;
  kind: EntryKind;
  points: number;
  effective_on: CalendarDate;
  item_name: string | null;
  scheme_version: number | null;
  award_id: string | null;
  contest_id: string | null;
  person_id: string | null;
  person_name: string | null;
  counts_for_household: boolean;
  facts: string | null;
  evidence: string | null;
  evidence_files: number;
  proposer_name: string | null;
  checker_name: string | null;
  publicity_starts_on: CalendarDate | null;
  publicity_ends_on: CalendarDate | null;
  note: string;
  source_kind: string | null;
  source_id: string | null;
}

/** Every line of a household's ledger, newest first, with what explains it. */
export async function ledgerLines(
  db: Queryable,
  villageId: string,
  householdId: string,
): Promise<LineView[]> {
  return db.query<LineView>(
    `SELECT e.id, e.kind, e.points, e.effective_on, i.name AS item_name, s.version AS scheme_version,
       e.award_id, e.contest_id, e.person_id, p.name AS person_name, e.counts_for_household,
       a.facts, e.evidence,
       (SELECT count(*) FROM attachment f WHERE f.village_id = e.village_id
          AND f.owner_kind = 'pointsAward' AND f.owner_id = e.award_id)::int8 AS evidence_files,
       pa.display_name AS proposer_name, ca.display_name AS checker_name,
       e.publicity_starts_on, e.publicity_ends_on, e.note, e.source_kind, e.source_id
     FROM points_entry e
     LEFT JOIN points_item i ON i.village_id = e.village_id AND i.id = e.item_id
     LEFT JOIN points_scheme s ON s.village_id = e.village_id AND s.id = e.scheme_id
     LEFT JOIN points_award a ON a.village_id = e.village_id AND a.id = e.award_id
     LEFT JOIN person p ON p.village_id = e.village_id AND p.id = e.person_id
     LEFT JOIN account pa ON pa.id = e.proposed_by
     LEFT JOIN account ca ON ca.id = e.checked_by
     WHERE e.village_id = $1 AND e.household_id = $2
     ORDER BY e.effective_on DESC, e.recorded_at DESC, e.kind`,
    [villageId, householdId],
  );
}

/** The contests of a household's awards (what holds a line, what a correction came from). */
export async function householdContests(
  db: Queryable,
  villageId: string,
  householdId: string,
): Promise<ContestView[]> {
  const awards = await db.query<{ id: string }>(
    `SELECT id FROM points_award WHERE village_id = $1 AND household_id = $2`,
    [villageId, householdId],
  );
  return contestViews(
    db,
    villageId,
    awards.map((a) => a.id),
  );
}

/** Every household's balance on a day, highest first (the village's ranking). */
export async function householdRanking(
  db: Queryable,
  villageId: string,
  on: CalendarDate,
): Promise<Array<{ household_id: string; household: string; balance: number }>> {
  return db.query(
    `SELECT h.id AS household_id, ${HOUSEHOLD_LABEL} AS household,
       COALESCE(b.balance, 0)::int8 AS balance
     FROM household h
     LEFT JOIN (SELECT e.household_id, SUM(e.points) AS balance FROM points_entry e
                WHERE e.village_id = $1 AND ${HOUSEHOLD_LINES} AND ${countedOn('$2')}
                GROUP BY e.household_id) b ON b.household_id = h.id
     WHERE h.village_id = $1 AND b.balance IS NOT NULL
     ORDER BY b.balance DESC, h.number`,
    [villageId, on],
  );
}

/** Points counted by item on a day (awards and their corrections; redemptions are not an item). */
export async function pointsByItem(
  db: Queryable,
  villageId: string,
  on: CalendarDate,
): Promise<Array<{ item_name: string; points: number; awards: number }>> {
  return db.query(
    `SELECT i.name AS item_name, SUM(e.points)::int8 AS points,
       count(DISTINCT e.award_id)::int8 AS awards
     FROM points_entry e JOIN points_item i ON i.village_id = e.village_id AND i.id = e.item_id
     WHERE e.village_id = $1 AND ${countedOn('$2')}
     GROUP BY i.name ORDER BY SUM(e.points) DESC, i.name`,
    [villageId, on],
  );
}

/** The village's latest micro-activities (一领四微): platform records an award may cite as evidence. */
export async function recentActivities(
  db: Queryable,
  villageId: string,
): Promise<Array<{ id: string; title: string; held_on: CalendarDate }>> {
  return db.query(
    `SELECT id, title, held_on FROM micro_activity WHERE village_id = $1
     ORDER BY held_on DESC, id LIMIT 10`,
    [villageId],
  );
}
