import type { CalendarDate } from '@cunzhi/core/calendarDate';
import type { ShareClass } from '@cunzhi/core/collective/charter';
import type { ShareEntryKind } from '@cunzhi/core/collective/shares/holdings';
import { bulkInsert } from '../../../platform/db/bulkInsert.ts';
import type { Queryable, Tx } from '../../../platform/db/database.ts';

/**
 * The register of shares (股权量化): the append-only entries every holding is summed from, the
 * imported 股东名册 files and the 股权证. `holdingsOn` is what the distribution reads.
 */

export interface Holding {
  personId: string;
  /** The holder's household in the registry (today's: the registry keeps no household history). */
  householdId: string;
  registerNo: number;
  /** Whole share units held on the day (the sum of the entries effective by then). */
  shares: number;
}

/**
 * Each holder's shares on a day, by register number; holders of nothing are left out. A holder
 * who has since died or left still holds until the shares are inherited or transferred — the
 * distribution pays the heir then.
 */
export async function holdingsOn(
  db: Queryable,
  villageId: string,
  orgId: string,
  on: CalendarDate,
): Promise<Holding[]> {
  const rows = await db.query<Omit<Holding, 'shares'> & { shares: string }>(
    `SELECT e.person_id AS "personId", p.household_id AS "householdId",
       m.register_no AS "registerNo", sum(e.units)::text AS shares
     FROM collective_share_entry e
     JOIN person p ON p.village_id = e.village_id AND p.id = e.person_id
     JOIN collective_member m ON m.village_id = e.village_id AND m.org_id = e.org_id
       AND m.person_id = e.person_id
     WHERE e.village_id = $1 AND e.org_id = $2 AND e.effective_on <= $3
     GROUP BY e.person_id, p.household_id, m.register_no
     HAVING sum(e.units) > 0
     ORDER BY m.register_no`,
    [villageId, orgId, on],
  );
  return rows.map((r) => ({ ...r, shares: Number(r.shares) }));
}

export interface ShareEntryRow {
  id: string;
  personId: string;
  shareClass: ShareClass;
  kind: ShareEntryKind;
  units: number;
  effectiveOn: CalendarDate;
  resolutionId: string | null;
  fileId: string | null;
  counterpartPersonId: string | null;
  note: string;
  recordedAt: Date;
}

/** The organisation's entries (or one person's), oldest first. */
export async function shareEntries(
  db: Queryable,
  villageId: string,
  orgId: string,
  only: { personIds?: readonly string[] } = {},
): Promise<ShareEntryRow[]> {
  const rows = await db.query<Omit<ShareEntryRow, 'units'> & { units: string }>(
    `SELECT id, person_id AS "personId", share_class AS "shareClass", kind, units::text AS units,
       effective_on AS "effectiveOn", resolution_id AS "resolutionId", file_id AS "fileId",
       counterpart_person_id AS "counterpartPersonId", note, recorded_at AS "recordedAt"
     FROM collective_share_entry
     WHERE village_id = $1 AND org_id = $2 AND ($3::uuid[] IS NULL OR person_id = ANY($3::uuid[]))
     ORDER BY effective_on, recorded_at, id`,
    [villageId, orgId, only.personIds ?? null],
  );
  return rows.map((r) => ({ ...r, units: Number(r.units) }));
}

/** The day the organisation's shares were quantified (or imported), if they were. */
export async function quantifiedOn(
  db: Queryable,
  villageId: string,
  orgId: string,
): Promise<CalendarDate | null> {
  const [row] = await db.query<{ on: CalendarDate | null }>(
    `SELECT min(effective_on) AS "on" FROM collective_share_entry
     WHERE village_id = $1 AND org_id = $2 AND kind IN ('quantified', 'imported')`,
    [villageId, orgId],
  );
  return row?.on ?? null;
}

export interface NewShareEntry {
  id: string;
  orgId: string;
  personId: string;
  shareClass: ShareClass;
  kind: ShareEntryKind;
  units: number;
  effectiveOn: CalendarDate;
  resolutionId: string | null;
  fileId: string | null;
  counterpartPersonId: string | null;
  note: string;
}

const ENTRY_COLUMNS = [
  'village_id',
  'id',
  'org_id',
  'person_id',
  'share_class',
  'kind',
  'units',
  'effective_on',
  'resolution_id',
  'file_id',
  'counterpart_person_id',
  'note',
  'recorded_by',
  'recorded_at',
] as const;

/** Appends entries in batches (an import may carry thousands). */
export async function appendShareEntries(
  tx: Tx,
  villageId: string,
  entries: readonly NewShareEntry[],
  by: string,
  at: Date,
): Promise<void> {
  const rows = entries.map((e) => [
    villageId,
    e.id,
    e.orgId,
    e.personId,
    e.shareClass,
    e.kind,
    e.units,
    e.effectiveOn,
    e.resolutionId,
    e.fileId,
    e.counterpartPersonId,
    e.note,
    by,
    at,
  ]);
  await bulkInsert(tx, 'collective_share_entry', ENTRY_COLUMNS, rows);
}
