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
  by: string | null,
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

// ------------------------------------------------------------------ people and the register

export interface SharePerson {
  id: string;
  name: string;
  householdId: string;
  householdNumber: string;
  residentIdNumber: string | null;
}

/** The village's people (all, or these), with their household's number. */
export async function sharePeople(
  db: Queryable,
  villageId: string,
  ids: readonly string[] | null = null,
): Promise<SharePerson[]> {
  return db.query<SharePerson>(
    `SELECT p.id, p.name, p.household_id AS "householdId", h.number AS "householdNumber",
       p.resident_id_number AS "residentIdNumber"
     FROM person p JOIN household h ON h.village_id = p.village_id AND h.id = p.household_id
     WHERE p.village_id = $1 AND ($2::uuid[] IS NULL OR p.id = ANY($2::uuid[]))`,
    [villageId, ids],
  );
}

// ------------------------------------------------------------------ imported files

export interface ShareFileRow {
  id: string;
  sha256: string;
  fileName: string;
  members: number;
  households: number;
  units: number;
  effectiveOn: CalendarDate;
  resolutionId: string | null;
  reformReference: string | null;
  importedByName: string | null;
  importedAt: Date;
}

/** The organisation's imported files, newest first; or the one with this SHA-256 / id. */
export async function shareFiles(
  db: Queryable,
  villageId: string,
  orgId: string,
  only: { sha256?: string; id?: string } = {},
): Promise<ShareFileRow[]> {
  const rows = await db.query<Omit<ShareFileRow, 'units'> & { units: string }>(
    `SELECT f.id, f.sha256, f.file_name AS "fileName", f.members, f.households,
       f.units::text AS units, f.effective_on AS "effectiveOn", f.resolution_id AS "resolutionId",
       f.reform_reference AS "reformReference", a.display_name AS "importedByName",
       f.imported_at AS "importedAt"
     FROM collective_share_file f LEFT JOIN account a ON a.id = f.imported_by
     WHERE f.village_id = $1 AND f.org_id = $2 AND ($3::text IS NULL OR f.sha256 = $3)
       AND ($4::uuid IS NULL OR f.id = $4)
     ORDER BY f.imported_at DESC, f.id`,
    [villageId, orgId, only.sha256 ?? null, only.id ?? null],
  );
  return rows.map((r) => ({ ...r, units: Number(r.units) }));
}

export async function insertShareFile(
  tx: Tx,
  villageId: string,
  f: {
    id: string;
    orgId: string;
    sha256: string;
    fileName: string;
    members: number;
    households: number;
    units: number;
    effectiveOn: CalendarDate;
    resolutionId: string | null;
    reformReference: string | null;
  },
  by: string | null,
  at: Date,
): Promise<void> {
  await tx.query(
    `INSERT INTO collective_share_file (village_id, id, org_id, sha256, file_name, members,
       households, units, effective_on, resolution_id, reform_reference, imported_by, imported_at)
     VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13)`,
    [
      villageId,
      f.id,
      f.orgId,
      f.sha256,
      f.fileName,
      f.members,
      f.households,
      f.units,
      f.effectiveOn,
      f.resolutionId,
      f.reformReference,
      by,
      at,
    ],
  );
}

// ------------------------------------------------------------------ 股权证

export interface CertificateHolder {
  personId: string;
  name: string;
  registerNo: number;
  units: number;
}

export interface CertificateRow {
  id: string;
  householdId: string;
  householdNumber: string;
  number: number;
  issuedOn: CalendarDate;
  units: number;
  holders: CertificateHolder[];
  replacesId: string | null;
  replacesNumber: number | null;
  voidedOn: CalendarDate | null;
  voidReason: string | null;
}

/** The organisation's certificates (or one, or one household's), newest number first. */
export async function certificates(
  db: Queryable,
  villageId: string,
  orgId: string,
  only: { id?: string; householdId?: string } = {},
): Promise<CertificateRow[]> {
  const rows = await db.query<Omit<CertificateRow, 'units'> & { units: string }>(
    `SELECT c.id, c.household_id AS "householdId", h.number AS "householdNumber", c.number,
       c.issued_on AS "issuedOn", c.units::text AS units, c.holders, c.replaces_id AS "replacesId",
       r.number AS "replacesNumber", c.voided_on AS "voidedOn", c.void_reason AS "voidReason"
     FROM collective_share_certificate c
     JOIN household h ON h.village_id = c.village_id AND h.id = c.household_id
     LEFT JOIN collective_share_certificate r ON r.village_id = c.village_id AND r.id = c.replaces_id
     WHERE c.village_id = $1 AND c.org_id = $2 AND ($3::uuid IS NULL OR c.id = $3)
       AND ($4::uuid IS NULL OR c.household_id = $4)
     ORDER BY c.number DESC`,
    [villageId, orgId, only.id ?? null, only.householdId ?? null],
  );
  return rows.map((r) => ({ ...r, units: Number(r.units) }));
}

/** Voids the household's certificate in force (a reissue), returning it, if there is one. */
export async function voidCertificateInForce(
  tx: Tx,
  villageId: string,
  orgId: string,
  householdId: string,
  v: { on: CalendarDate; reason: string; by: string | null },
): Promise<{ id: string; number: number } | null> {
  const [row] = await tx.query<{ id: string; number: number }>(
    `UPDATE collective_share_certificate SET voided_on = $4, void_reason = $5, voided_by = $6
     WHERE village_id = $1 AND org_id = $2 AND household_id = $3 AND voided_on IS NULL
     RETURNING id, number`,
    [villageId, orgId, householdId, v.on, v.reason, v.by],
  );
  return row ?? null;
}

/** Issues a certificate numbered after the organisation's last (call with the organisation locked). */
export async function insertCertificate(
  tx: Tx,
  villageId: string,
  c: {
    id: string;
    orgId: string;
    householdId: string;
    issuedOn: CalendarDate;
    units: number;
    holders: CertificateHolder[];
    replacesId: string | null;
  },
  by: string | null,
  at: Date,
): Promise<number> {
  const [row] = await tx.query<{ number: number }>(
    `INSERT INTO collective_share_certificate (village_id, id, org_id, household_id, number,
       issued_on, units, holders, replaces_id, issued_by, issued_at)
     SELECT $1, $2, $3, $4, coalesce(max(number), 0) + 1, $5, $6, $7, $8, $9, $10
     FROM collective_share_certificate WHERE village_id = $1 AND org_id = $3
     RETURNING number`,
    [
      villageId,
      c.id,
      c.orgId,
      c.householdId,
      c.issuedOn,
      c.units,
      JSON.stringify(c.holders),
      c.replacesId,
      by,
      at,
    ],
  );
  if (!row) throw new Error('certificate not inserted');
  return row.number;
}

/** A person's membership acts (confirm, lose …) with their grounds, oldest first. */
export async function membershipActsOf(
  db: Queryable,
  villageId: string,
  orgId: string,
  personId: string,
): Promise<Array<{ kind: string; ground: string; occurredOn: CalendarDate }>> {
  return db.query(
    `SELECT kind, ground, occurred_on AS "occurredOn" FROM collective_member_event
     WHERE village_id = $1 AND org_id = $2 AND person_id = $3 AND kind <> 'refuse'
     ORDER BY occurred_on, recorded_at`,
    [villageId, orgId, personId],
  );
}

/** The organisation a resolution is of (its own numbered series), or null for the villagers'. */
export async function resolutionOrgOf(
  db: Queryable,
  villageId: string,
  resolutionId: string,
): Promise<string | null> {
  const [row] = await db.query<{ orgId: string | null }>(
    `SELECT collective_org_id AS "orgId" FROM resolution WHERE village_id = $1 AND id = $2`,
    [villageId, resolutionId],
  );
  return row?.orgId ?? null;
}
