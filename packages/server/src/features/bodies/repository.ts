import type { BodyKind, MemberRole } from '@cunzhi/core/bodies/bodyKinds';
import type { OfficeEndReason } from '@cunzhi/contract/bodies';
import type { Queryable, Tx } from '../../platform/db/database.ts';
import { bulkInsert } from '../../platform/db/bulkInsert.ts';

export interface BodyRow {
  id: string;
  kind: BodyKind;
  name: string;
  parent_body_id: string | null;
  seats: number | null;
}

export interface TermRow {
  id: string;
  body_id: string;
  starts_on: string;
  ends_on: string;
}

export interface MembershipRow {
  id: string;
  body_id: string;
  term_id: string;
  person_id: string;
  role: MemberRole;
  starts_on: string;
  ended_on: string | null;
  /** Why the office ended before its term, where the product ended it (民主评议, 罢免…). */
  end_reason: OfficeEndReason | null;
  person_name: string;
  gender: 'male' | 'female';
}

export async function listBodies(db: Queryable, villageId: string): Promise<BodyRow[]> {
  return (await bodiesIn(db, [villageId])).map(({ village_id: _, ...b }) => b);
}

/** The bodies of several villages at once, each village's by name. */
export async function bodiesIn(
  db: Queryable,
  villageIds: readonly string[],
): Promise<Array<BodyRow & { village_id: string }>> {
  return db.query(
    `SELECT village_id, id, kind, name, parent_body_id, seats FROM body
      WHERE village_id = ANY($1::uuid[]) ORDER BY name`,
    [villageIds],
  );
}

export async function findBody(
  db: Queryable,
  villageId: string,
  bodyId: string,
): Promise<BodyRow | null> {
  const [row] = await db.query<BodyRow>(
    'SELECT id, kind, name, parent_body_id, seats FROM body WHERE village_id = $1 AND id = $2',
    [villageId, bodyId],
  );
  return row ?? null;
}

export async function listTerms(
  db: Queryable,
  villageId: string,
  bodyId?: string,
): Promise<TermRow[]> {
  return db.query<TermRow>(
    `SELECT id, body_id, starts_on, ends_on FROM body_term WHERE village_id = $1 AND ($2::uuid IS NULL OR body_id = $2) ORDER BY starts_on`,
    [villageId, bodyId ?? null],
  );
}

export async function listMemberships(
  db: Queryable,
  villageId: string,
  bodyId?: string,
): Promise<MembershipRow[]> {
  return db.query<MembershipRow>(
    `SELECT m.id, m.body_id, m.term_id, m.person_id, m.role, m.starts_on, m.ended_on, m.end_reason, p.name AS person_name, p.gender
     FROM body_membership m JOIN person p ON p.village_id = m.village_id AND p.id = m.person_id
     WHERE m.village_id = $1 AND ($2::uuid IS NULL OR m.body_id = $2) ORDER BY m.starts_on, p.name`,
    [villageId, bodyId ?? null],
  );
}

/** Seats a person holds on a date in bodies of their village (roles are derived from these). */
export async function currentPostsOf(
  db: Queryable,
  villageId: string,
  personId: string,
  on: string,
): Promise<Array<{ bodyKind: BodyKind; role: MemberRole }>> {
  return db.query(
    `SELECT b.kind AS "bodyKind", m.role
     FROM body_membership m
     JOIN body_term t ON t.village_id = m.village_id AND t.id = m.term_id
     JOIN body b ON b.village_id = m.village_id AND b.id = m.body_id
     WHERE m.village_id = $1 AND m.person_id = $2
       AND t.starts_on <= $3::date AND $3::date <= t.ends_on
       AND m.starts_on <= $3::date AND (m.ended_on IS NULL OR $3::date < m.ended_on)`,
    [villageId, personId, on],
  );
}

export async function insertTerm(
  tx: Tx,
  villageId: string,
  t: { id: string; bodyId: string; startsOn: string; endsOn: string },
): Promise<void> {
  await tx.query(
    'INSERT INTO body_term (village_id, id, body_id, starts_on, ends_on) VALUES ($1, $2, $3, $4, $5)',
    [villageId, t.id, t.bodyId, t.startsOn, t.endsOn],
  );
}

export async function insertMembership(
  tx: Tx,
  villageId: string,
  m: {
    id: string;
    bodyId: string;
    termId: string;
    personId: string;
    role: MemberRole;
    startsOn: string;
    /** Knowledge vetted before the seat (an election's candidate): 财会, 管理. */
    qualifications?: readonly string[];
  },
): Promise<void> {
  await tx.query(
    'INSERT INTO body_membership (village_id, id, body_id, term_id, person_id, role, starts_on, qualifications) VALUES ($1, $2, $3, $4, $5, $6, $7, $8)',
    [villageId, m.id, m.bodyId, m.termId, m.personId, m.role, m.startsOn, m.qualifications ?? []],
  );
}

/** Ends a seat on a day, with why where the product knows it (a recall, the law, a resignation accepted). */
export async function endMembershipRow(
  tx: Tx,
  villageId: string,
  membershipId: string,
  endedOn: string,
  reason: OfficeEndReason | null = null,
): Promise<void> {
  await tx.query(
    'UPDATE body_membership SET ended_on = $3, end_reason = $4 WHERE village_id = $1 AND id = $2',
    [villageId, membershipId, endedOn, reason],
  );
}

/** A new village's bodies (setup), before any term is opened. */
export async function insertBodies(
  tx: Tx,
  villageId: string,
  bodies: ReadonlyArray<{ id: string; kind: BodyKind; name: string }>,
): Promise<void> {
  await bulkInsert(
    tx,
    'body',
    ['village_id', 'id', 'kind', 'name'],
    bodies.map((b) => [villageId, b.id, b.kind, b.name]),
  );
}
