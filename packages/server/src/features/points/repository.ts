import { randomUUID } from 'node:crypto';
import type { CalendarDate } from '@cunzhi/core/calendarDate';
import type { EntryKind } from '@cunzhi/core/points/ledger';
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
 * and not an award's line while a contest of that award is open.
 */
export const COUNTED_ON = `e.effective_on <= $3
  AND NOT (e.kind = 'award' AND EXISTS (
    SELECT 1 FROM points_contest c
    WHERE c.village_id = e.village_id AND c.award_id = e.award_id
      AND c.lodged_on <= $3 AND (c.decided_on IS NULL OR c.decided_on > $3)))`;

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
