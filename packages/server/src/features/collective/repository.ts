import { ageOn, type CalendarDate } from '@cunzhi/core/calendarDate';
import { readTerms, type CharterVersion, type StoredTerms } from '@cunzhi/core/collective/charter';
import { FULL_CAPACITY_AGE, type MemberEventKind } from '@cunzhi/core/collective/membership';
import type { OrgLevel } from '@cunzhi/core/collective/organisation';
import type { MeetingKind } from '@cunzhi/core/meetings/meetingKinds';
import { bulkInsert } from '../../platform/db/bulkInsert.ts';
import type { Queryable, Tx } from '../../platform/db/database.ts';

/**
 * The collective economic organisation's rows: the organisation, its charter's versions, its
 * register and the membership events. `orgOf`, `charterOn` and `membersOn` are what the other
 * parts of the collective (assemblies, shares, distribution, books) read.
 */

// ------------------------------------------------------------------ the organisation

export interface Org {
  id: string;
  level: OrgLevel;
  villagerGroupId: string | null;
  name: string;
  registeredCode: string | null;
  foundedOn: CalendarDate;
  reformedOn: CalendarDate | null;
  version: number;
}

const ORG_SELECT = `SELECT o.id, o.level, o.villager_group_id AS "villagerGroupId", o.name,
    o.registered_code AS "registeredCode", o.founded_on AS "foundedOn",
    o.reformed_on AS "reformedOn", o.version
  FROM collective_org o`;

/** The organisation, or null when the village has none of that id. */
export async function orgOf(db: Queryable, villageId: string, orgId: string): Promise<Org | null> {
  const [row] = await db.query<Org>(`${ORG_SELECT} WHERE o.village_id = $1 AND o.id = $2`, [
    villageId,
    orgId,
  ]);
  return row ?? null;
}

/** The village's organisations: the village-level one first, then by group number. */
export async function orgsOf(db: Queryable, villageId: string): Promise<Org[]> {
  return db.query<Org>(
    `${ORG_SELECT}
     LEFT JOIN villager_group g ON g.village_id = o.village_id AND g.id = o.villager_group_id
     WHERE o.village_id = $1 ORDER BY o.level = 'group', g.number, o.name`,
    [villageId],
  );
}

/** Serialises the one-organisation-per-village-or-group check of concurrent records. */
export async function lockVillageOrgs(tx: Tx, villageId: string): Promise<void> {
  await tx.query('SELECT pg_advisory_xact_lock(hashtext($1))', [`collectiveOrg:${villageId}`]);
}

export async function insertOrg(
  tx: Tx,
  villageId: string,
  o: Omit<Org, 'version'>,
  by: string | null,
  at: Date,
): Promise<void> {
  await tx.query(
    `INSERT INTO collective_org (village_id, id, level, villager_group_id, name, registered_code,
       founded_on, reformed_on, created_by, created_at)
     VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10)`,
    [
      villageId,
      o.id,
      o.level,
      o.villagerGroupId,
      o.name,
      o.registeredCode,
      o.foundedOn,
      o.reformedOn,
      by,
      at,
    ],
  );
}

// ------------------------------------------------------------------ the charter

export interface CharterRow extends CharterVersion {
  adoptedOn: CalendarDate;
  resolutionId: string | null;
  paperResolution: string | null;
  /** 〔2026〕第N号 of the adopting resolution, when it is the platform's. */
  resolutionYear: number | null;
  resolutionNumber: number | null;
}

interface StoredCharterRow extends Omit<CharterRow, 'terms'> {
  terms: StoredTerms;
}

const CHARTER_SELECT = `SELECT c.id, c.version, c.effective_from AS "effectiveFrom", c.terms,
    c.adopted_on AS "adoptedOn", c.resolution_id AS "resolutionId",
    c.paper_resolution AS "paperResolution", r.year AS "resolutionYear", r.number AS "resolutionNumber"
  FROM collective_charter c
  LEFT JOIN resolution r ON r.village_id = c.village_id AND r.id = c.resolution_id`;

const withTerms = (row: StoredCharterRow): CharterRow => ({ ...row, terms: readTerms(row.terms) });

/** The charter version in force on a day (latest effective date on or before it), or null. */
export async function charterOn(
  db: Queryable,
  villageId: string,
  orgId: string,
  on: CalendarDate,
): Promise<CharterRow | null> {
  const [row] = await db.query<StoredCharterRow>(
    `${CHARTER_SELECT}
     WHERE c.village_id = $1 AND c.org_id = $2 AND c.effective_from <= $3
     ORDER BY c.effective_from DESC, c.version DESC LIMIT 1`,
    [villageId, orgId, on],
  );
  return row ? withTerms(row) : null;
}

/** Every version, newest first. */
export async function charterVersions(
  db: Queryable,
  villageId: string,
  orgId: string,
): Promise<CharterRow[]> {
  const rows = await db.query<StoredCharterRow>(
    `${CHARTER_SELECT} WHERE c.village_id = $1 AND c.org_id = $2 ORDER BY c.version DESC`,
    [villageId, orgId],
  );
  return rows.map(withTerms);
}

// ------------------------------------------------------------------ the members

export interface MemberOn {
  personId: string;
  /** The person's household in the registry (today's: the registry keeps no household history). */
  householdId: string;
  registerNo: number;
  /** 18 or older on the day: counted in the members' assembly's quorum base; minors are not. */
  fullCapacity: boolean;
}

/**
 * The members on a day, by register number: those whose last membership act by then is a
 * confirmation or a restoration (refusals name non-members and do not count). `fullCapacity` marks
 * the members of the members' assembly (Art. 26): the base of its quorum and of "全体成员" in
 * Arts. 15 and 27 (成员大会全体成员); a minor is a member with shares, not counted there.
 */
export async function membersOn(
  db: Queryable,
  villageId: string,
  orgId: string,
  on: CalendarDate,
): Promise<MemberOn[]> {
  const rows = await db.query<{
    personId: string;
    householdId: string;
    registerNo: number;
    birthDate: CalendarDate;
  }>(
    `WITH last AS (
       SELECT DISTINCT ON (e.person_id) e.person_id, e.kind
       FROM collective_member_event e
       WHERE e.village_id = $1 AND e.org_id = $2 AND e.occurred_on <= $3 AND e.kind <> 'refuse'
       ORDER BY e.person_id, e.occurred_on DESC, e.recorded_at DESC
     )
     SELECT m.person_id AS "personId", p.household_id AS "householdId",
       m.register_no AS "registerNo", p.birth_date AS "birthDate"
     FROM last
     JOIN collective_member m ON m.village_id = $1 AND m.org_id = $2 AND m.person_id = last.person_id
     JOIN person p ON p.village_id = $1 AND p.id = m.person_id
     WHERE last.kind IN ('confirm', 'restore')
     ORDER BY m.register_no`,
    [villageId, orgId, on],
  );
  return rows.map(({ birthDate, ...m }) => ({
    ...m,
    fullCapacity: ageOn(birthDate, on) >= FULL_CAPACITY_AGE,
  }));
}

// ------------------------------------------------------------------ writes

export interface NewCharter {
  id: string;
  orgId: string;
  terms: StoredTerms;
  resolutionId: string | null;
  paperResolution: string | null;
  adoptedOn: CalendarDate;
  effectiveFrom: CalendarDate;
}

/** Appends a charter version, numbered after the last (the organisation row is locked first). */
export async function insertCharter(
  tx: Tx,
  villageId: string,
  c: NewCharter,
  by: string | null,
  at: Date,
): Promise<number> {
  const [row] = await tx.query<{ version: number }>(
    `INSERT INTO collective_charter (village_id, id, org_id, version, terms, resolution_id,
       paper_resolution, adopted_on, effective_from, recorded_by, recorded_at)
     SELECT $1, $2, $3, coalesce(max(version), 0) + 1, $4, $5, $6, $7, $8, $9, $10
     FROM collective_charter WHERE village_id = $1 AND org_id = $3
     RETURNING version`,
    [
      villageId,
      c.id,
      c.orgId,
      JSON.stringify(c.terms),
      c.resolutionId,
      c.paperResolution,
      c.adoptedOn,
      c.effectiveFrom,
      by,
      at,
    ],
  );
  if (!row) throw new Error('charter not inserted');
  return row.version;
}

/**
 * Locks the organisation's row for the rest of the transaction: register numbers and charter
 * versions are numbered after the last, so two such writes run one after the other.
 */
export async function lockOrg(tx: Tx, villageId: string, orgId: string): Promise<boolean> {
  const rows = await tx.query(
    `SELECT 1 FROM collective_org WHERE village_id = $1 AND id = $2 FOR UPDATE`,
    [villageId, orgId],
  );
  return rows.length > 0;
}

export type MemberStatus = 'member' | 'lost' | 'exited';

export interface MemberRow {
  id: string;
  personId: string;
  registerNo: number;
  status: MemberStatus;
  since: CalendarDate;
  version: number;
}

/**
 * Enters persons in the register, numbered after the last in the order given, as members since a
 * day (call under `lockOrg`, which serialises the numbering).
 */
export async function insertMembers(
  tx: Tx,
  villageId: string,
  orgId: string,
  members: ReadonlyArray<{ id: string; personId: string }>,
  since: CalendarDate,
): Promise<void> {
  const [last] = await tx.query<{ n: number }>(
    `SELECT coalesce(max(register_no), 0)::int AS n FROM collective_member
     WHERE village_id = $1 AND org_id = $2`,
    [villageId, orgId],
  );
  const first = (last?.n ?? 0) + 1;
  await bulkInsert(
    tx,
    'collective_member',
    ['village_id', 'id', 'org_id', 'person_id', 'register_no', 'status', 'since'],
    members.map((m, i) => [villageId, m.id, orgId, m.personId, first + i, 'member', since]),
  );
}

/** Enters one person in the register with the next number (call under `lockOrg`). */
export async function insertMember(
  tx: Tx,
  villageId: string,
  m: { id: string; orgId: string; personId: string; since: CalendarDate },
): Promise<void> {
  await insertMembers(tx, villageId, m.orgId, [m], m.since);
}

/** The register row's status after an event (its version guards a concurrent change). */
export async function setMemberStatus(
  tx: Tx,
  villageId: string,
  memberId: string,
  status: MemberStatus,
  since: CalendarDate,
): Promise<void> {
  await tx.query(
    `UPDATE collective_member SET status = $3, since = $4, version = version + 1
     WHERE village_id = $1 AND id = $2`,
    [villageId, memberId, status, since],
  );
}

export interface NewMemberEvent {
  id: string;
  orgId: string;
  personId: string;
  kind: MemberEventKind;
  ground: string;
  occurredOn: CalendarDate;
  reason: string;
  evidence: string;
  resolutionId: string | null;
  appliedOn: CalendarDate | null;
}

/** Appends membership events (never changed afterwards). */
export async function insertMemberEvents(
  tx: Tx,
  villageId: string,
  events: readonly NewMemberEvent[],
  by: string | null,
  at: Date,
): Promise<void> {
  await bulkInsert(
    tx,
    'collective_member_event',
    [
      'village_id',
      'id',
      'org_id',
      'person_id',
      'kind',
      'ground',
      'occurred_on',
      'reason',
      'evidence',
      'resolution_id',
      'applied_on',
      'recorded_by',
      'recorded_at',
    ],
    events.map((e) => [
      villageId,
      e.id,
      e.orgId,
      e.personId,
      e.kind,
      e.ground,
      e.occurredOn,
      e.reason,
      e.evidence,
      e.resolutionId,
      e.appliedOn,
      by,
      at,
    ]),
  );
}

/** Appends one membership event. */
export async function insertMemberEvent(
  tx: Tx,
  villageId: string,
  e: NewMemberEvent,
  by: string | null,
  at: Date,
): Promise<void> {
  await insertMemberEvents(tx, villageId, [e], by, at);
}

export interface PersonFacts {
  id: string;
  name: string;
  birthDate: CalendarDate;
  householdNumber: string;
  relationToHead: string;
}

/**
 * The registry's facts on persons of the village (those not found are left out), in register
 * order for a first entry: by household number, the head first, then by birth date.
 */
export async function personsOf(
  db: Queryable,
  villageId: string,
  personIds: readonly string[],
): Promise<PersonFacts[]> {
  return db.query<PersonFacts>(
    `SELECT p.id, p.name, p.birth_date AS "birthDate", h.number AS "householdNumber",
       p.relation_to_head AS "relationToHead"
     FROM person p JOIN household h ON h.village_id = p.village_id AND h.id = p.household_id
     WHERE p.village_id = $1 AND p.id = ANY($2::uuid[])
     ORDER BY h.number, p.relation_to_head <> 'head', p.birth_date, p.name`,
    [villageId, personIds],
  );
}

/** The register rows of these persons, keyed by person. */
export async function registerRowsOf(
  db: Queryable,
  villageId: string,
  orgId: string,
  personIds: readonly string[],
): Promise<Map<string, MemberRow>> {
  const rows = await db.query<MemberRow>(
    `SELECT id, person_id AS "personId", register_no AS "registerNo", status, since, version
     FROM collective_member WHERE village_id = $1 AND org_id = $2 AND person_id = ANY($3::uuid[])`,
    [villageId, orgId, personIds],
  );
  return new Map(rows.map((r) => [r.personId, r]));
}

export interface OrgResolution {
  id: string;
  year: number;
  number: number;
  adoptedOn: CalendarDate;
  revokedOn: CalendarDate | null;
  meetingKind: MeetingKind;
  meetingInvalidReason: string | null;
  /** The organisation whose meeting made it (null for the villagers' bodies). */
  orgId: string | null;
  /** The Art. 26 power its motion exercised (the organisation's assemblies). */
  power: string | null;
}

/** A resolution with its meeting's kind, validity and organisation. */
export async function organisationResolutionOf(
  db: Queryable,
  villageId: string,
  resolutionId: string,
): Promise<OrgResolution | null> {
  const [row] = await db.query<OrgResolution>(
    `SELECT r.id, r.year, r.number, r.adopted_on AS "adoptedOn", r.revoked_on AS "revokedOn",
       m.kind AS "meetingKind", m.invalid_reason AS "meetingInvalidReason",
       m.collective_org_id AS "orgId", mo.collective_power AS power
     FROM resolution r JOIN meeting m ON m.village_id = r.village_id AND m.id = r.meeting_id
     JOIN motion mo ON mo.village_id = r.village_id AND mo.id = r.motion_id
     WHERE r.village_id = $1 AND r.id = $2`,
    [villageId, resolutionId],
  );
  return row ?? null;
}
