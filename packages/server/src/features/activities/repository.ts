import type { CalendarDate } from '@cunzhi/core/calendarDate';
import type {
  MicroUnitKind,
  NominationOutcome,
  NominationSource,
  SelectionCategory,
  SelectionState,
} from '@cunzhi/core/activities/selection';
import type { Queryable, Tx } from '../../platform/db/database.ts';
import { servingMembers } from '../rules/queries/composition.ts';

// ---------------------------------------------------------------- the register and the log

export interface UnitRow {
  id: string;
  kind: MicroUnitKind;
  name: string;
  description: string;
  place: string;
  leader_person_id: string | null;
  leader_name: string | null;
  organization_id: string | null;
  organization_name: string | null;
  active: boolean;
}

const UNIT_SELECT = `SELECT u.id, u.kind, u.name, u.description, u.place, u.leader_person_id,
    p.name AS leader_name, u.organization_id, o.name AS organization_name, u.active
  FROM micro_unit u
  LEFT JOIN person p ON p.village_id = u.village_id AND p.id = u.leader_person_id
  LEFT JOIN micro_unit o ON o.village_id = u.village_id AND o.id = u.organization_id`;

export async function listUnits(db: Queryable, villageId: string): Promise<UnitRow[]> {
  return db.query<UnitRow>(`${UNIT_SELECT} WHERE u.village_id = $1 ORDER BY u.kind, u.name`, [
    villageId,
  ]);
}

export async function findUnit(db: Queryable, villageId: string, id: string) {
  const [row] = await db.query<UnitRow>(`${UNIT_SELECT} WHERE u.village_id = $1 AND u.id = $2`, [
    villageId,
    id,
  ]);
  return row ?? null;
}

export async function unitNameTaken(
  db: Queryable,
  villageId: string,
  kind: MicroUnitKind,
  name: string,
  exceptId: string | null,
): Promise<boolean> {
  const rows = await db.query(
    `SELECT 1 FROM micro_unit WHERE village_id = $1 AND kind = $2 AND name = $3
       AND ($4::uuid IS NULL OR id <> $4)`,
    [villageId, kind, name, exceptId],
  );
  return rows.length > 0;
}

export interface UnitValues {
  name: string;
  description: string;
  place: string;
  leaderPersonId: string | null;
  organizationId: string | null;
  active: boolean;
}

export async function insertUnit(
  tx: Tx,
  villageId: string,
  u: UnitValues & { id: string; kind: MicroUnitKind; createdBy: string; at: Date },
): Promise<void> {
  await tx.query(
    `INSERT INTO micro_unit (village_id, id, kind, name, description, place, leader_person_id,
       organization_id, active, created_by, created_at)
     VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11)`,
    [
      villageId,
      u.id,
      u.kind,
      u.name,
      u.description,
      u.place,
      u.leaderPersonId,
      u.organizationId,
      u.active,
      u.createdBy,
      u.at,
    ],
  );
}

export async function updateUnit(
  tx: Tx,
  villageId: string,
  id: string,
  u: UnitValues,
): Promise<void> {
  await tx.query(
    `UPDATE micro_unit SET name = $3, description = $4, place = $5, leader_person_id = $6,
       organization_id = $7, active = $8
     WHERE village_id = $1 AND id = $2`,
    [villageId, id, u.name, u.description, u.place, u.leaderPersonId, u.organizationId, u.active],
  );
}

export interface ActivityRow {
  id: string;
  title: string;
  held_on: CalendarDate;
  venue_id: string | null;
  venue_name: string | null;
  organizer_id: string | null;
  organizer_name: string | null;
  participants: number;
  description: string;
  photos: number;
}

const ACTIVITY_SELECT = `SELECT a.id, a.title, a.held_on, a.venue_id, v.name AS venue_name,
    a.organizer_id, o.name AS organizer_name, a.participants, a.description,
    (SELECT count(*)::int FROM attachment x
      WHERE x.village_id = a.village_id AND x.owner_kind = 'microActivity' AND x.owner_id = a.id) AS photos
  FROM micro_activity a
  LEFT JOIN micro_unit v ON v.village_id = a.village_id AND v.id = a.venue_id
  LEFT JOIN micro_unit o ON o.village_id = a.village_id AND o.id = a.organizer_id`;

/** The latest activities (the log a page shows; older ones stay in the table). */
export async function listActivities(db: Queryable, villageId: string, limit = 100) {
  return db.query<ActivityRow>(
    `${ACTIVITY_SELECT} WHERE a.village_id = $1 ORDER BY a.held_on DESC, a.created_at DESC LIMIT $2`,
    [villageId, limit],
  );
}

export async function findActivity(db: Queryable, villageId: string, id: string) {
  const [row] = await db.query<ActivityRow>(
    `${ACTIVITY_SELECT} WHERE a.village_id = $1 AND a.id = $2`,
    [villageId, id],
  );
  return row ?? null;
}

export async function insertActivity(
  tx: Tx,
  villageId: string,
  a: {
    id: string;
    title: string;
    heldOn: CalendarDate;
    venueId: string | null;
    organizerId: string | null;
    participants: number;
    description: string;
    recordedBy: string;
    at: Date;
  },
): Promise<void> {
  await tx.query(
    `INSERT INTO micro_activity (village_id, id, title, held_on, venue_id, organizer_id, participants,
       description, recorded_by, created_at)
     VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10)`,
    [
      villageId,
      a.id,
      a.title,
      a.heldOn,
      a.venueId,
      a.organizerId,
      a.participants,
      a.description,
      a.recordedBy,
      a.at,
    ],
  );
}

// ---------------------------------------------------------------- selections

export interface SelectionRow {
  id: string;
  category: SelectionCategory;
  year: number;
  quarter: number;
  quota: number;
  state: SelectionState;
  opened_on: CalendarDate;
  meeting_id: string | null;
  voted_on: CalendarDate | null;
  members: number | null;
  present: number | null;
  reviewed_on: CalendarDate | null;
  review_resolution_id: string | null;
  review_resolution_year: number | null;
  review_resolution_number: number | null;
  published_on: CalendarDate | null;
}

const SELECTION_SELECT = `SELECT s.id, s.category, s.year, s.quarter, s.quota, s.state, s.opened_on,
    s.meeting_id, s.voted_on, s.members, s.present, s.reviewed_on, s.review_resolution_id,
    r.year AS review_resolution_year, r.number AS review_resolution_number, s.published_on
  FROM selection s
  LEFT JOIN resolution r ON r.village_id = s.village_id AND r.id = s.review_resolution_id`;

export async function listSelections(db: Queryable, villageId: string) {
  return db.query<SelectionRow>(
    `${SELECTION_SELECT} WHERE s.village_id = $1 ORDER BY s.year DESC, s.quarter DESC, s.category`,
    [villageId],
  );
}

export async function findSelection(
  db: Queryable,
  villageId: string,
  id: string,
  forUpdate = false,
) {
  const [row] = await db.query<SelectionRow>(
    `${SELECTION_SELECT} WHERE s.village_id = $1 AND s.id = $2${forUpdate ? ' FOR UPDATE OF s' : ''}`,
    [villageId, id],
  );
  return row ?? null;
}

export async function insertSelection(
  tx: Tx,
  villageId: string,
  s: {
    id: string;
    category: SelectionCategory;
    year: number;
    quarter: number;
    quota: number;
    openedBy: string;
    openedOn: CalendarDate;
  },
): Promise<boolean> {
  const rows = await tx.query(
    `INSERT INTO selection (village_id, id, category, year, quarter, quota, state, opened_by, opened_on)
     VALUES ($1, $2, $3, $4, $5, $6, 'nominating', $7, $8)
     ON CONFLICT (village_id, category, year, quarter) DO NOTHING RETURNING id`,
    [villageId, s.id, s.category, s.year, s.quarter, s.quota, s.openedBy, s.openedOn],
  );
  return rows.length > 0;
}

export async function updateSelection(
  tx: Tx,
  villageId: string,
  id: string,
  change: Partial<{
    state: SelectionState;
    meeting_id: string;
    voted_on: CalendarDate;
    members: number;
    present: number;
    reviewed_on: CalendarDate;
    review_resolution_id: string;
    published_on: CalendarDate;
  }>,
): Promise<void> {
  const entries = Object.entries(change);
  const sets = entries.map(([k], i) => `${k} = $${i + 3}`).join(', ');
  await tx.query(`UPDATE selection SET ${sets} WHERE village_id = $1 AND id = $2`, [
    villageId,
    id,
    ...entries.map(([, v]) => v),
  ]);
}

export interface NominationRow {
  id: string;
  selection_id: string;
  household_id: string | null;
  person_id: string | null;
  nominee_name: string;
  source: NominationSource;
  nominated_by_name: string;
  nominated_by_person_id: string | null;
  reason: string;
  nominated_on: CalendarDate;
  yes: number | null;
  outcome: NominationOutcome;
  review_note: string | null;
  photo_id: string | null;
}

/** A courtyard reads as the household's head and number (李国华户（0012）); a star as the name. */
const NOMINATION_SELECT = `SELECT n.id, n.selection_id, n.household_id, n.person_id,
    COALESCE(p.name, h_head.name || '户（' || h.number || '）') AS nominee_name,
    n.source, COALESCE(u.name, by_p.name) AS nominated_by_name, n.nominated_by_person_id, n.reason, n.nominated_on, n.yes,
    n.outcome, n.review_note,
    (SELECT x.id FROM attachment x
      WHERE x.village_id = n.village_id AND x.owner_kind = 'selectionNomination' AND x.owner_id = n.id
        AND x.sha256 IN (SELECT b.sha256 FROM attachment_blob b
          WHERE b.village_id = x.village_id AND b.media_type LIKE 'image/%')
      ORDER BY x.position LIMIT 1) AS photo_id
  FROM selection_nomination n
  LEFT JOIN person p ON p.village_id = n.village_id AND p.id = n.person_id
  LEFT JOIN household h ON h.village_id = n.village_id AND h.id = n.household_id
  LEFT JOIN person h_head ON h_head.village_id = n.village_id AND h_head.household_id = n.household_id
    AND h_head.relation_to_head = 'head'
  LEFT JOIN micro_unit u ON u.village_id = n.village_id AND u.id = n.nominated_by_unit_id
  LEFT JOIN person by_p ON by_p.village_id = n.village_id AND by_p.id = n.nominated_by_person_id`;

export async function listNominations(
  db: Queryable,
  villageId: string,
  selectionIds: readonly string[],
): Promise<NominationRow[]> {
  if (selectionIds.length === 0) return [];
  return db.query<NominationRow>(
    `${NOMINATION_SELECT} WHERE n.village_id = $1 AND n.selection_id = ANY($2::uuid[])
     ORDER BY n.yes DESC NULLS LAST, n.nominated_on, n.id`,
    [villageId, [...selectionIds]],
  );
}

export async function findNomination(db: Queryable, villageId: string, id: string) {
  const [row] = await db.query<NominationRow>(
    `${NOMINATION_SELECT} WHERE n.village_id = $1 AND n.id = $2`,
    [villageId, id],
  );
  return row ?? null;
}

export async function insertNomination(
  tx: Tx,
  villageId: string,
  n: {
    id: string;
    selectionId: string;
    householdId: string | null;
    personId: string | null;
    source: NominationSource;
    byUnitId: string | null;
    byPersonId: string | null;
    reason: string;
    enteredBy: string;
    on: CalendarDate;
  },
): Promise<boolean> {
  const rows = await tx.query(
    `INSERT INTO selection_nomination (village_id, id, selection_id, household_id, person_id, source,
       nominated_by_unit_id, nominated_by_person_id, reason, entered_by, nominated_on)
     VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11)
     ON CONFLICT DO NOTHING RETURNING id`,
    [
      villageId,
      n.id,
      n.selectionId,
      n.householdId,
      n.personId,
      n.source,
      n.byUnitId,
      n.byPersonId,
      n.reason,
      n.enteredBy,
      n.on,
    ],
  );
  return rows.length > 0;
}

export async function setNominationResult(
  tx: Tx,
  villageId: string,
  id: string,
  r: { yes?: number; outcome: NominationOutcome; reviewNote?: string | null },
): Promise<void> {
  await tx.query(
    `UPDATE selection_nomination SET yes = COALESCE($3, yes), outcome = $4,
       review_note = COALESCE($5, review_note)
     WHERE village_id = $1 AND id = $2`,
    [villageId, id, r.yes ?? null, r.outcome, r.reviewNote ?? null],
  );
}

/** Members of a household (a villager may not nominate their own courtyard). */
export async function householdMembers(
  db: Queryable,
  villageId: string,
  householdId: string,
): Promise<string[] | null> {
  const [h] = await db.query('SELECT 1 FROM household WHERE village_id = $1 AND id = $2', [
    villageId,
    householdId,
  ]);
  if (!h) return null;
  const rows = await db.query<{ id: string }>(
    'SELECT id FROM person WHERE village_id = $1 AND household_id = $2',
    [villageId, householdId],
  );
  return rows.map((r) => r.id);
}

/** The household a person belongs to (a courtyard is nominated through any of its members). */
export async function householdOfPerson(db: Queryable, villageId: string, personId: string) {
  const [row] = await db.query<{ household_id: string }>(
    'SELECT household_id FROM person WHERE village_id = $1 AND id = $2',
    [villageId, personId],
  );
  return row?.household_id ?? null;
}

export async function personExists(db: Queryable, villageId: string, id: string) {
  const rows = await db.query('SELECT 1 FROM person WHERE village_id = $1 AND id = $2', [
    villageId,
    id,
  ]);
  return rows.length > 0;
}

/** A meeting of the village, with its kind and day (the representatives' vote is taken at one). */
export async function findMeeting(db: Queryable, villageId: string, id: string) {
  const [row] = await db.query<{ id: string; kind: string; meeting_on: CalendarDate }>(
    'SELECT id, kind, meeting_on FROM meeting WHERE village_id = $1 AND id = $2',
    [villageId, id],
  );
  return row ?? null;
}

export async function representativesMeetings(db: Queryable, villageId: string) {
  return db.query<{ id: string; title: string; meeting_on: CalendarDate }>(
    `SELECT id, title, meeting_on FROM meeting
     WHERE village_id = $1 AND kind = 'representativesMeeting' AND status <> 'cancelled'
     ORDER BY meeting_on DESC LIMIT 20`,
    [villageId],
  );
}

/** Representatives seated on a day (each person once). */
export async function representativesOn(
  db: Queryable,
  villageId: string,
  on: CalendarDate,
): Promise<number> {
  const seated = await servingMembers(db, villageId, on, { kinds: ['representativesMeeting'] });
  return new Set(seated.map((m) => m.personId)).size;
}

/** The latest act on the village's selections (printed on the roll and the sheet). */
export async function selectionsFingerprint(db: Queryable, villageId: string) {
  const [row] = await db.query<{ seq: number; hash: string }>(
    `SELECT seq, hash FROM audit_event WHERE chain_id = $1 AND target_type = 'selection'
     ORDER BY seq DESC LIMIT 1`,
    [villageId],
  );
  return row ?? null;
}

/**
 * A published honour, for a points award that cites it (evidence record kind
 * `selectionNomination`): the household (a courtyard) or the villager (a star) confirmed by the
 * two committees in a published selection, or null — an honour not yet published, struck or
 * unknown is no evidence.
 */
export async function publishedHonour(
  db: Queryable,
  villageId: string,
  nominationId: string,
): Promise<{
  householdId: string;
  personId: string | null;
  category: SelectionCategory;
  year: number;
  quarter: number;
  publishedOn: CalendarDate;
} | null> {
  const [row] = await db.query<{
    household_id: string;
    person_id: string | null;
    category: SelectionCategory;
    year: number;
    quarter: number;
    published_on: CalendarDate;
  }>(
    `SELECT COALESCE(n.household_id, p.household_id) AS household_id, n.person_id, s.category,
       s.year, s.quarter, s.published_on
     FROM selection_nomination n
     JOIN selection s ON s.village_id = n.village_id AND s.id = n.selection_id
     LEFT JOIN person p ON p.village_id = n.village_id AND p.id = n.person_id
     WHERE n.village_id = $1 AND n.id = $2 AND n.outcome = 'confirmed' AND s.state = 'published'`,
    [villageId, nominationId],
  );
  if (!row) return null;
  return {
    householdId: row.household_id,
    personId: row.person_id,
    category: row.category,
    year: row.year,
    quarter: row.quarter,
    publishedOn: row.published_on,
  };
}
