import { randomUUID } from 'node:crypto';
import type { CalendarDate } from '@cunzhi/core/calendarDate';
import type { BodyKind } from '@cunzhi/core/bodies/bodyKinds';
import type { MeetingKind } from '@cunzhi/core/meetings/meetingKinds';
import type {
  AwardState,
  ContestChannel,
  ContestOutcome,
  ProposerRole,
  PublicityUnit,
} from '@cunzhi/core/points/awards';
import type { EntryKind } from '@cunzhi/core/points/ledger';
import type { Beneficiary, CapPeriod, SchemeItem } from '@cunzhi/core/points/scheme';
import { bulkInsert } from '../../platform/db/bulkInsert.ts';
import type { Queryable, Tx } from '../../platform/db/database.ts';

// ------------------------------------------------------------------ the ledger (shared)

/**
 * A line to append to the ledger. Only the household, the points, the kind and the effective
 * date are always required; the rest say where the line comes from (item, scheme version,
 * award, contest, evidence, proposer, checker, publicity dates, or a source such as a
 * redemption or an imported file).
 */
export interface NewEntry {
  villageId: string;
  householdId: string;
  personId?: string | null;
  points: number;
  kind: EntryKind;
  effectiveOn: CalendarDate;
  countsForHousehold?: boolean;
  itemId?: string | null;
  schemeId?: string | null;
  awardId?: string | null;
  contestId?: string | null;
  reversesEntryId?: string | null;
  evidence?: string | null;
  proposedBy?: string | null;
  checkedBy?: string | null;
  publicityStartsOn?: CalendarDate | null;
  publicityEndsOn?: CalendarDate | null;
  sourceKind?: string | null;
  sourceId?: string | null;
  note?: string;
  recordedBy: string | null;
  recordedAt: Date;
}

const ENTRY_COLUMNS = [
  'village_id',
  'id',
  'household_id',
  'person_id',
  'points',
  'kind',
  'effective_on',
  'counts_for_household',
  'item_id',
  'scheme_id',
  'award_id',
  'contest_id',
  'reverses_entry_id',
  'evidence',
  'proposed_by',
  'checked_by',
  'publicity_starts_on',
  'publicity_ends_on',
  'source_kind',
  'source_id',
  'note',
  'recorded_by',
  'recorded_at',
] as const;

/**
 * Appends lines to the ledger (the only way a line is written: there is no update nor delete)
 * and returns their ids in order. Each household's account row must exist — call
 * `lockAccount` first, which also serialises writes that must not overdraw.
 */
export async function appendEntries(tx: Tx, entries: readonly NewEntry[]): Promise<string[]> {
  const ids = entries.map(() => randomUUID());
  const rows = entries.map((e, i) => [
    e.villageId,
    ids[i],
    e.householdId,
    e.personId ?? null,
    e.points,
    e.kind,
    e.effectiveOn,
    e.countsForHousehold ?? true,
    e.itemId ?? null,
    e.schemeId ?? null,
    e.awardId ?? null,
    e.contestId ?? null,
    e.reversesEntryId ?? null,
    e.evidence ?? null,
    e.proposedBy ?? null,
    e.checkedBy ?? null,
    e.publicityStartsOn ?? null,
    e.publicityEndsOn ?? null,
    e.sourceKind ?? null,
    e.sourceId ?? null,
    e.note ?? '',
    e.recordedBy,
    e.recordedAt,
  ]);
  if (rows.length > 0) await bulkInsert(tx, 'points_entry', ENTRY_COLUMNS, rows);
  return ids;
}

/**
 * Locks the household's points account for the rest of the transaction (SELECT … FOR UPDATE),
 * opening it first if the household has none. Every write that reads a balance to decide
 * (a redemption must not overdraw) locks first, so two such writes for one household run one
 * after the other and the second sees the first's line.
 */
export async function lockAccount(tx: Tx, villageId: string, householdId: string): Promise<void> {
  await tx.query(
    `INSERT INTO points_account (village_id, household_id, opened_at) VALUES ($1, $2, now())
     ON CONFLICT (village_id, household_id) DO NOTHING`,
    [villageId, householdId],
  );
  await tx.query(
    `SELECT 1 FROM points_account WHERE village_id = $1 AND household_id = $2 FOR UPDATE`,
    [villageId, householdId],
  );
}

/**
 * The lines that count on a day (core's rule in points/ledger.ts, in SQL): effective by then,
 * and not an award's line while a contest of that award is open. `on` names the parameter.
 */
export const countedOn = (on: string): string => `e.effective_on <= ${on}
  AND NOT (e.kind = 'award' AND EXISTS (
    SELECT 1 FROM points_contest c
    WHERE c.village_id = e.village_id AND c.award_id = e.award_id
      AND c.lodged_on <= ${on} AND (c.decided_on IS NULL OR c.decided_on > ${on})))`;

/** `countedOn` with the day as the third parameter. */
export const COUNTED_ON = countedOn('$3');

/** The household's lines and its members' lines rolled into it. */
export const HOUSEHOLD_LINES = `(e.person_id IS NULL OR e.counts_for_household)`;

/** A household's balance on a day: the sum of the ledger lines that count then. */
export async function balanceOn(
  db: Queryable,
  villageId: string,
  householdId: string,
  on: CalendarDate,
): Promise<number> {
  const [row] = await db.query<{ balance: number }>(
    `SELECT COALESCE(SUM(e.points), 0)::int8 AS balance FROM points_entry e
     WHERE e.village_id = $1 AND e.household_id = $2 AND ${HOUSEHOLD_LINES} AND ${COUNTED_ON}`,
    [villageId, householdId, on],
  );
  return row?.balance ?? 0;
}

// ------------------------------------------------------------------ scheme versions and items

export interface SchemeRow {
  id: string;
  version: number;
  title: string;
  part_of_village_rules: boolean;
  person_rolls_into_household: boolean;
  publicity_days: number;
  publicity_unit: PublicityUnit;
  reviewer_body_kind: BodyKind;
  contest_body_kind: BodyKind;
  drafted_on: CalendarDate;
  resolution_id: string | null;
  adopted_on: CalendarDate | null;
  effective_from: CalendarDate | null;
  resolution_year: number | null;
  resolution_number: number | null;
  meeting_kind: MeetingKind | null;
}

export interface ItemRow {
  id: string;
  scheme_id: string;
  position: number;
  name: string;
  description: string;
  points: number;
  evidence_required: boolean;
  cap_points: number | null;
  cap_period: CapPeriod | null;
  beneficiary: Beneficiary;
}

const SCHEME_SELECT = `SELECT s.id, s.version, s.title, s.part_of_village_rules, s.person_rolls_into_household,
    s.publicity_days, s.publicity_unit, s.reviewer_body_kind, s.contest_body_kind, s.drafted_on,
    s.resolution_id, s.adopted_on, s.effective_from, r.year AS resolution_year,
    r.number AS resolution_number, m.kind AS meeting_kind
  FROM points_scheme s
  LEFT JOIN resolution r ON r.village_id = s.village_id AND r.id = s.resolution_id
  LEFT JOIN meeting m ON m.village_id = r.village_id AND m.id = r.meeting_id`;

export async function findSchemes(db: Queryable, villageId: string): Promise<SchemeRow[]> {
  return db.query<SchemeRow>(`${SCHEME_SELECT} WHERE s.village_id = $1 ORDER BY s.version DESC`, [
    villageId,
  ]);
}

export async function findScheme(
  db: Queryable,
  villageId: string,
  id: string,
  opts: { forUpdate?: boolean } = {},
): Promise<SchemeRow | null> {
  const [row] = await db.query<SchemeRow>(
    `${SCHEME_SELECT} WHERE s.village_id = $1 AND s.id = $2${opts.forUpdate ? ' FOR UPDATE OF s' : ''}`,
    [villageId, id],
  );
  return row ?? null;
}

export async function findItems(
  db: Queryable,
  villageId: string,
  schemeIds: readonly string[],
): Promise<ItemRow[]> {
  return db.query<ItemRow>(
    `SELECT id, scheme_id, position, name, description, points, evidence_required, cap_points,
       cap_period, beneficiary
     FROM points_item WHERE village_id = $1 AND scheme_id = ANY($2::uuid[]) ORDER BY scheme_id, position`,
    [villageId, schemeIds],
  );
}

/** A new version, written whole with its items: the next number of the village's scheme. */
export async function insertScheme(
  tx: Tx,
  villageId: string,
  s: {
    id: string;
    title: string;
    partOfVillageRules: boolean;
    personRollsIntoHousehold: boolean;
    publicityDays: number;
    publicityUnit: PublicityUnit;
    reviewerBody: BodyKind;
    contestBody: BodyKind;
    draftedBy: string;
    draftedOn: CalendarDate;
    items: readonly SchemeItem[];
  },
): Promise<number> {
  const [row] = await tx.query<{ version: number }>(
    `INSERT INTO points_scheme (village_id, id, version, title, part_of_village_rules,
       person_rolls_into_household, publicity_days, publicity_unit, reviewer_body_kind,
       contest_body_kind, drafted_by, drafted_on)
     SELECT $1, $2, COALESCE(MAX(version), 0) + 1, $3, $4, $5, $6, $7, $8, $9, $10, $11
     FROM points_scheme WHERE village_id = $1
     RETURNING version`,
    [
      villageId,
      s.id,
      s.title,
      s.partOfVillageRules,
      s.personRollsIntoHousehold,
      s.publicityDays,
      s.publicityUnit,
      s.reviewerBody,
      s.contestBody,
      s.draftedBy,
      s.draftedOn,
    ],
  );
  await bulkInsert(
    tx,
    'points_item',
    [
      'village_id',
      'id',
      'scheme_id',
      'position',
      'name',
      'description',
      'points',
      'evidence_required',
      'cap_points',
      'cap_period',
      'beneficiary',
    ],
    s.items.map((item, i) => [
      villageId,
      randomUUID(),
      s.id,
      i + 1,
      item.name,
      item.description,
      item.points,
      item.evidenceRequired,
      item.cap?.points ?? null,
      item.cap?.period ?? null,
      item.beneficiary,
    ]),
  );
  return row!.version;
}

/** Adoption is the one change a version takes: the resolution that adopted it and from when. */
export async function adoptScheme(
  tx: Tx,
  villageId: string,
  id: string,
  a: { resolutionId: string; adoptedOn: CalendarDate; effectiveFrom: CalendarDate },
): Promise<void> {
  await tx.query(
    `UPDATE points_scheme SET resolution_id = $3, adopted_on = $4, effective_from = $5
     WHERE village_id = $1 AND id = $2 AND resolution_id IS NULL`,
    [villageId, id, a.resolutionId, a.adoptedOn, a.effectiveFrom],
  );
}

// ------------------------------------------------------------------ awards

export interface AwardRow {
  id: string;
  scheme_id: string;
  item_id: string;
  household_id: string;
  person_id: string | null;
  points: number;
  occurred_on: CalendarDate;
  facts: string;
  evidence_record_kind: string | null;
  evidence_record_id: string | null;
  proposer_role: ProposerRole;
  proposer_organization: string | null;
  proposed_by: string;
  proposed_on: CalendarDate;
  state: AwardState;
  checked_by: string | null;
  checked_on: CalendarDate | null;
  return_reason: string | null;
  notice_id: string | null;
}

const AWARD_COLUMNS = `id, scheme_id, item_id, household_id, person_id, points, occurred_on, facts,
  evidence_record_kind, evidence_record_id, proposer_role, proposer_organization, proposed_by,
  proposed_on, state, checked_by, checked_on, return_reason, notice_id`;

export async function findAward(
  db: Queryable,
  villageId: string,
  id: string,
  opts: { forUpdate?: boolean } = {},
): Promise<AwardRow | null> {
  const [row] = await db.query<AwardRow>(
    `SELECT ${AWARD_COLUMNS} FROM points_award WHERE village_id = $1 AND id = $2${opts.forUpdate ? ' FOR UPDATE' : ''}`,
    [villageId, id],
  );
  return row ?? null;
}

export async function insertAward(
  tx: Tx,
  villageId: string,
  a: Omit<AwardRow, 'state' | 'checked_by' | 'checked_on' | 'return_reason' | 'notice_id'>,
): Promise<void> {
  await tx.query(
    `INSERT INTO points_award (village_id, id, scheme_id, item_id, household_id, person_id, points,
       occurred_on, facts, evidence_record_kind, evidence_record_id, proposer_role,
       proposer_organization, proposed_by, proposed_on, state)
     VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15, 'proposed')`,
    [
      villageId,
      a.id,
      a.scheme_id,
      a.item_id,
      a.household_id,
      a.person_id,
      a.points,
      a.occurred_on,
      a.facts,
      a.evidence_record_kind,
      a.evidence_record_id,
      a.proposer_role,
      a.proposer_organization,
      a.proposed_by,
      a.proposed_on,
    ],
  );
}

export async function setAwardChecked(
  tx: Tx,
  villageId: string,
  id: string,
  step: { by: string; on: CalendarDate; returnReason: string | null },
): Promise<void> {
  await tx.query(
    `UPDATE points_award SET state = $5, checked_by = CASE WHEN $5 = 'checked' THEN $3::uuid END,
       checked_on = $4, return_reason = $6, version = version + 1
     WHERE village_id = $1 AND id = $2`,
    [
      villageId,
      id,
      step.by,
      step.on,
      step.returnReason ? 'returned' : 'checked',
      step.returnReason,
    ],
  );
}

/**
 * The points already awarded by an item to a beneficiary in a period (checked or published,
 * before any contest's correction): what a new award's cap is counted against.
 */
export async function pointsInPeriod(
  db: Queryable,
  villageId: string,
  q: {
    itemId: string;
    householdId: string;
    personId: string | null;
    from: CalendarDate;
    to: CalendarDate;
  },
): Promise<number> {
  const [row] = await db.query<{ total: number }>(
    `SELECT COALESCE(SUM(points), 0)::int8 AS total FROM points_award
     WHERE village_id = $1 AND item_id = $2 AND household_id = $3
       AND person_id IS NOT DISTINCT FROM $4 AND occurred_on BETWEEN $5 AND $6
       AND state IN ('checked', 'inPublicity')`,
    [villageId, q.itemId, q.householdId, q.personId, q.from, q.to],
  );
  return row?.total ?? 0;
}

// ------------------------------------------------------------------ notices

export interface NoticeRow {
  id: string;
  year: number;
  number: number;
  scheme_id: string;
  starts_on: CalendarDate;
  ends_on: CalendarDate;
  published_by: string;
  published_at: Date;
}

export async function findNotice(
  db: Queryable,
  villageId: string,
  id: string,
): Promise<NoticeRow | null> {
  const [row] = await db.query<NoticeRow>(
    `SELECT id, year, number, scheme_id, starts_on, ends_on, published_by, published_at
     FROM points_notice WHERE village_id = $1 AND id = $2`,
    [villageId, id],
  );
  return row ?? null;
}

/** The checked awards waiting for a notice, locked: two cadres posting at once post them once. */
export async function checkedAwards(tx: Tx, villageId: string): Promise<AwardRow[]> {
  return tx.query<AwardRow>(
    `SELECT ${AWARD_COLUMNS} FROM points_award WHERE village_id = $1 AND state = 'checked'
     ORDER BY proposed_on, id FOR UPDATE`,
    [villageId],
  );
}

/** A notice numbered 〔year〕第N号 in the village, showing the given awards. */
export async function insertNotice(
  tx: Tx,
  villageId: string,
  n: Omit<NoticeRow, 'number'>,
  awardIds: readonly string[],
): Promise<number> {
  const [row] = await tx.query<{ number: number }>(
    `INSERT INTO points_notice (village_id, id, year, number, scheme_id, starts_on, ends_on,
       published_by, published_at)
     SELECT $1, $2, $3, COALESCE(MAX(number), 0) + 1, $4, $5, $6, $7, $8
     FROM points_notice WHERE village_id = $1 AND year = $3
     RETURNING number`,
    [villageId, n.id, n.year, n.scheme_id, n.starts_on, n.ends_on, n.published_by, n.published_at],
  );
  await tx.query(
    `UPDATE points_award SET state = 'inPublicity', notice_id = $2, version = version + 1
     WHERE village_id = $1 AND id = ANY($3::uuid[])`,
    [villageId, n.id, awardIds],
  );
  return row!.number;
}

// ------------------------------------------------------------------ contests

export interface ContestRow {
  id: string;
  award_id: string;
  channel: ContestChannel;
  lodged_by_person_id: string;
  lodged_on: CalendarDate;
  grounds: string;
  body_kind: BodyKind;
  state: 'open' | ContestOutcome;
  decided_on: CalendarDate | null;
  decision_reason: string | null;
  corrected_points: number | null;
}

const CONTEST_COLUMNS = `id, award_id, channel, lodged_by_person_id, lodged_on, grounds, body_kind,
  state, decided_on, decision_reason, corrected_points`;

export async function findContest(
  db: Queryable,
  villageId: string,
  id: string,
  opts: { forUpdate?: boolean } = {},
): Promise<ContestRow | null> {
  const [row] = await db.query<ContestRow>(
    `SELECT ${CONTEST_COLUMNS} FROM points_contest WHERE village_id = $1 AND id = $2${opts.forUpdate ? ' FOR UPDATE' : ''}`,
    [villageId, id],
  );
  return row ?? null;
}

export async function contestsOfAward(
  db: Queryable,
  villageId: string,
  awardId: string,
): Promise<ContestRow[]> {
  return db.query<ContestRow>(
    `SELECT ${CONTEST_COLUMNS} FROM points_contest WHERE village_id = $1 AND award_id = $2 ORDER BY lodged_on`,
    [villageId, awardId],
  );
}

export async function insertContest(
  tx: Tx,
  villageId: string,
  c: Pick<
    ContestRow,
    'id' | 'award_id' | 'channel' | 'lodged_by_person_id' | 'lodged_on' | 'grounds' | 'body_kind'
  > & { recordedBy: string },
): Promise<void> {
  await tx.query(
    `INSERT INTO points_contest (village_id, id, award_id, channel, lodged_by_person_id, lodged_on,
       grounds, recorded_by, body_kind, state)
     VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, 'open')`,
    [
      villageId,
      c.id,
      c.award_id,
      c.channel,
      c.lodged_by_person_id,
      c.lodged_on,
      c.grounds,
      c.recordedBy,
      c.body_kind,
    ],
  );
}

export async function decideContest(
  tx: Tx,
  villageId: string,
  id: string,
  d: {
    outcome: ContestOutcome;
    by: string;
    on: CalendarDate;
    reason: string;
    correctedPoints: number | null;
  },
): Promise<void> {
  await tx.query(
    `UPDATE points_contest SET state = $3, decided_by = $4, decided_on = $5, decision_reason = $6,
       corrected_points = $7
     WHERE village_id = $1 AND id = $2 AND state = 'open'`,
    [villageId, id, d.outcome, d.by, d.on, d.reason, d.correctedPoints],
  );
}

export interface AwardLine {
  id: string;
  points: number;
  counts_for_household: boolean;
  effective_on: CalendarDate;
}

/** The award's own ledger line (the one a reversal names). */
export async function awardEntry(
  db: Queryable,
  villageId: string,
  awardId: string,
): Promise<AwardLine | null> {
  const [row] = await db.query<AwardLine>(
    `SELECT id, points, counts_for_household, effective_on FROM points_entry WHERE village_id = $1 AND award_id = $2 AND kind = 'award'`,
    [villageId, awardId],
  );
  return row ?? null;
}

// ------------------------------------------------------------------ facts the commands need

/** Files attached to an award as its evidence (photos, documents). */
export async function evidenceFileCount(
  db: Queryable,
  villageId: string,
  awardId: string,
): Promise<number> {
  const [row] = await db.query<{ n: number }>(
    `SELECT count(*)::int8 AS n FROM attachment
     WHERE village_id = $1 AND owner_kind = 'pointsAward' AND owner_id = $2`,
    [villageId, awardId],
  );
  return row?.n ?? 0;
}

export interface MemberRow {
  id: string;
  name: string;
  household_id: string;
}

/** The members of a household (its head first), or the one person asked for. */
export async function householdMembers(
  db: Queryable,
  villageId: string,
  householdId: string,
): Promise<MemberRow[]> {
  return db.query<MemberRow>(
    `SELECT id, name, household_id FROM person WHERE village_id = $1 AND household_id = $2
     ORDER BY relation_to_head <> 'head', birth_date, id`,
    [villageId, householdId],
  );
}

export async function findPerson(
  db: Queryable,
  villageId: string,
  personId: string,
): Promise<MemberRow | null> {
  const [row] = await db.query<MemberRow>(
    `SELECT id, name, household_id FROM person WHERE village_id = $1 AND id = $2`,
    [villageId, personId],
  );
  return row ?? null;
}

export async function householdExists(
  db: Queryable,
  villageId: string,
  householdId: string,
): Promise<boolean> {
  const rows = await db.query(`SELECT 1 FROM household WHERE village_id = $1 AND id = $2`, [
    villageId,
    householdId,
  ]);
  return rows.length > 0;
}

export async function accountName(db: Queryable, accountId: string): Promise<string> {
  const [row] = await db.query<{ display_name: string }>(
    `SELECT display_name FROM account WHERE id = $1`,
    [accountId],
  );
  return row?.display_name ?? '';
}

/** Whether a person holds a seat in a body of this kind on a day (the scheme's reviewer). */
export async function seatedIn(
  db: Queryable,
  villageId: string,
  personId: string,
  bodyKind: BodyKind,
  on: CalendarDate,
): Promise<boolean> {
  const rows = await db.query(
    `SELECT 1 FROM body_membership m
     JOIN body_term t ON t.village_id = m.village_id AND t.id = m.term_id
     JOIN body b ON b.village_id = m.village_id AND b.id = m.body_id
     WHERE m.village_id = $1 AND m.person_id = $2 AND b.kind = $3
       AND t.starts_on <= $4::date AND $4::date <= t.ends_on
       AND m.starts_on <= $4::date AND (m.ended_on IS NULL OR $4::date < m.ended_on)
     LIMIT 1`,
    [villageId, personId, bodyKind, on],
  );
  return rows.length > 0;
}
