import type { PersonFields } from '@cunzhi/core/registry/validatePerson';
import type { Queryable, Tx } from '../../../platform/db/database.ts';
import { bulkInsert } from '../../../platform/db/bulkInsert.ts';

export interface PersonRow {
  id: string;
  household_id: string;
  household_number: string;
  name: string;
  gender: 'male' | 'female';
  birth_date: string;
  resident_id_number: string | null;
  phone: string | null;
  relation_to_head: PersonFields['relationToHead'];
  residence_status: PersonFields['residenceStatus'];
  residence_since: string | null;
  party_member: boolean;
  party_joined_on: string | null;
  version: number;
}

const SELECT_PERSON = `SELECT p.id, p.household_id, h.number AS household_number, p.name, p.gender, p.birth_date, p.resident_id_number,
  p.phone, p.relation_to_head, p.residence_status, p.residence_since, p.party_member, p.party_joined_on, p.version
  FROM person p JOIN household h ON h.village_id = p.village_id AND h.id = p.household_id`;

export async function findPerson(
  db: Queryable,
  villageId: string,
  personId: string,
): Promise<PersonRow | null> {
  const [row] = await db.query<PersonRow>(
    `${SELECT_PERSON} WHERE p.village_id = $1 AND p.id = $2`,
    [villageId, personId],
  );
  return row ?? null;
}

export async function listHouseholdMembers(
  db: Queryable,
  villageId: string,
  householdId: string,
): Promise<PersonRow[]> {
  return db.query<PersonRow>(
    `${SELECT_PERSON} WHERE p.village_id = $1 AND p.household_id = $2
     ORDER BY CASE p.relation_to_head WHEN 'head' THEN 0 WHEN 'spouse' THEN 1 WHEN 'parent' THEN 2 WHEN 'child' THEN 3 ELSE 4 END, p.birth_date`,
    [villageId, householdId],
  );
}

export interface PersonSearch {
  q: string | null;
  /** Whether q may match ID numbers: only for readers who may see them (else a search is an oracle). */
  matchIds: boolean;
  residenceStatus: string | null;
  partyMember: boolean | null;
  limit: number;
  offset: number;
}

/** Name, phone or (for readers who may see ID numbers) ID number contains q; paged, with the total. */
export async function searchPersons(
  db: Queryable,
  villageId: string,
  s: PersonSearch,
): Promise<{ rows: PersonRow[]; total: number }> {
  const where = `p.village_id = $1
    AND ($2::text IS NULL OR strpos(p.name, $2) > 0 OR strpos(coalesce(p.phone, ''), $2) > 0 OR ($5::boolean AND strpos(coalesce(p.resident_id_number, ''), upper($2)) > 0))
    AND ($3::text IS NULL OR p.residence_status = $3)
    AND ($4::boolean IS NULL OR p.party_member = $4)`;
  const params = [villageId, s.q, s.residenceStatus, s.partyMember, s.matchIds];
  const [count] = await db.query<{ total: number }>(
    `SELECT count(*) AS total FROM person p WHERE ${where}`,
    params,
  );
  const rows = await db.query<PersonRow>(
    `${SELECT_PERSON} WHERE ${where} ORDER BY h.number, p.birth_date LIMIT ${s.limit} OFFSET ${s.offset}`,
    params,
  );
  return { rows, total: count?.total ?? 0 };
}

export async function residentIdOwner(
  db: Queryable,
  villageId: string,
  residentIdNumber: string,
): Promise<string | null> {
  const [row] = await db.query<{ id: string }>(
    'SELECT id FROM person WHERE village_id = $1 AND resident_id_number = $2',
    [villageId, residentIdNumber],
  );
  return row?.id ?? null;
}

export async function householdHeadId(
  db: Queryable,
  villageId: string,
  householdId: string,
): Promise<string | null> {
  const [row] = await db.query<{ id: string }>(
    `SELECT id FROM person WHERE village_id = $1 AND household_id = $2 AND relation_to_head = 'head'`,
    [villageId, householdId],
  );
  return row?.id ?? null;
}

/** The columns a person is written with, in the order of `personValues`. */
export const PERSON_COLUMNS = [
  'village_id',
  'id',
  'household_id',
  'name',
  'gender',
  'birth_date',
  'resident_id_number',
  'phone',
  'relation_to_head',
  'residence_status',
  'residence_since',
  'party_member',
  'party_joined_on',
] as const;

const fieldValues = (p: PersonFields): unknown[] => [
  p.name,
  p.gender,
  p.birthDate,
  p.residentIdNumber,
  p.phone,
  p.relationToHead,
  p.residenceStatus,
  p.residenceSince,
  p.partyMember,
  p.partyJoinedOn,
];

export function personValues(
  villageId: string,
  id: string,
  householdId: string,
  p: PersonFields,
): unknown[] {
  return [villageId, id, householdId, ...fieldValues(p)];
}

export async function insertPersons(
  tx: Tx,
  rows: ReadonlyArray<readonly unknown[]>,
): Promise<void> {
  await bulkInsert(tx, 'person', PERSON_COLUMNS, rows);
}

/** Writes a person if the version is still the one the user edited; false when someone changed it meanwhile. */
export async function updatePersonRow(
  tx: Tx,
  villageId: string,
  id: string,
  version: number,
  householdId: string,
  p: PersonFields,
): Promise<boolean> {
  const rows = await tx.query(
    `UPDATE person SET household_id = $4, name = $5, gender = $6, birth_date = $7, resident_id_number = $8, phone = $9,
       relation_to_head = $10, residence_status = $11, residence_since = $12, party_member = $13, party_joined_on = $14,
       version = version + 1, updated_at = now()
     WHERE village_id = $1 AND id = $2 AND version = $3 RETURNING id`,
    [villageId, id, version, householdId, ...fieldValues(p)],
  );
  return rows.length === 1;
}

export interface KinMemberRow {
  id: string;
  name: string;
  household_id: string;
  relation_to_head: PersonFields['relationToHead'];
}

/** The persons a kin neighbourhood starts from: a statement giving `(village_id, id)`, and its parameters. */
export interface KinSeed {
  sql: string;
  params: readonly unknown[];
}

/** A row of a kin neighbourhood: a person of the households reached, or (with `tie_kind`) a recorded tie. */
export type KinNeighbourhoodRow = KinMemberRow & {
  village_id: string;
  tie_kind: KinTieRow['kind'] | null;
  person_a: string | null;
  person_b: string | null;
};

/**
 * In one statement: the seed's households, the recorded ties of everyone in them, the households at
 * the other end of those ties, and every recorded tie of everyone so reached (kinGraph.ts builds
 * the graph). Households and persons go by (village, id) pairs: one index probe each, whatever the
 * number of villages.
 */
export async function kinNeighbourhoodRows(
  db: Queryable,
  seed: KinSeed,
): Promise<KinNeighbourhoodRow[]> {
  return db.query(
    `WITH seed AS (${seed.sql}),
     near AS (${householdsOf('seed')}),
     near_ties AS (${tiesTouching('near')}),
     reach AS (SELECT village_id, id FROM seed
               UNION SELECT village_id, person_a FROM near_ties
               UNION SELECT village_id, person_b FROM near_ties),
     members AS (${householdsOf('reach')}),
     ties AS (${tiesTouching('members')})
     SELECT village_id, id, name, household_id, relation_to_head,
            NULL::text AS tie_kind, NULL::uuid AS person_a, NULL::uuid AS person_b
       FROM members
     UNION ALL
     SELECT village_id, id, NULL, NULL, NULL, kind, person_a, person_b FROM ties`,
    seed.params,
  );
}

/** Everyone living in the households of a named set's `(village_id, id)` persons. */
const householdsOf = (set: string) =>
  `SELECT p.village_id, p.id, p.name, p.household_id, p.relation_to_head FROM person p
    WHERE (p.village_id, p.household_id) IN (
      SELECT q.village_id, q.household_id FROM ${set} s
        JOIN person q ON q.village_id = s.village_id AND q.id = s.id)`;

/** The recorded ties touching a named set's persons, by either end (each end has its index). */
const tiesTouching = (set: string) =>
  `SELECT t.village_id, t.id, t.kind, t.person_a, t.person_b FROM kin_tie t
     JOIN ${set} s ON t.village_id = s.village_id AND t.person_a = s.id
   UNION
   SELECT t.village_id, t.id, t.kind, t.person_a, t.person_b FROM kin_tie t
     JOIN ${set} s ON t.village_id = s.village_id AND t.person_b = s.id`;

export interface KinTieRow {
  id: string;
  kind: 'spouse' | 'parent' | 'sibling';
  person_a: string;
  person_b: string;
}

export async function kinTiesTouching(
  db: Queryable,
  villageId: string,
  personIds: readonly string[],
): Promise<KinTieRow[]> {
  return (await kinTiesTouchingIn(db, [villageId], personIds)).map(({ village_id: _, ...t }) => t);
}

/** The same over several villages at once, each tie with its village. */
export async function kinTiesTouchingIn(
  db: Queryable,
  villageIds: readonly string[],
  personIds: readonly string[],
): Promise<Array<KinTieRow & { village_id: string }>> {
  return db.query(
    `SELECT village_id, id, kind, person_a, person_b FROM kin_tie
      WHERE village_id = ANY($1::uuid[]) AND (person_a = ANY($2::uuid[]) OR person_b = ANY($2::uuid[]))`,
    [villageIds, personIds],
  );
}

export async function insertKinTie(
  tx: Tx,
  villageId: string,
  t: { id: string; kind: KinTieRow['kind']; personA: string; personB: string },
): Promise<void> {
  await tx.query(
    'INSERT INTO kin_tie (village_id, id, kind, person_a, person_b) VALUES ($1, $2, $3, $4, $5)',
    [villageId, t.id, t.kind, t.personA, t.personB],
  );
}
