import type { BodyKind, MemberRole } from '@cunzhi/core/bodies/bodyKinds';
import type { Queryable } from '../../../platform/db/database.ts';
import { findBody, type BodyRow } from '../../bodies/repository.ts';
import {
  findByElection,
  findRecall,
  signaturesOf,
  type ByElectionRow,
  type RecallRow,
  type SignatureRow,
} from './repository.ts';

/** Read models of 罢免 and 补选 for pages (routes pass their AppContext). */
type App = { db: Queryable };

/** The seat a recall is against: whose, in which body, in what role. */
export interface RecallSeat {
  member_name: string;
  member_role: MemberRole;
  body_kind: BodyKind;
}

export type RecallListRow = RecallRow & RecallSeat;

const SEAT = `SELECT r.*, p.name AS member_name, m.role AS member_role, b.kind AS body_kind
  FROM recall r
  JOIN body_membership m ON m.village_id = r.village_id AND m.id = r.membership_id
  JOIN body b ON b.village_id = m.village_id AND b.id = m.body_id
  JOIN person p ON p.village_id = r.village_id AND p.id = r.person_id`;

export async function recallList({ db }: App, villageId: string): Promise<RecallListRow[]> {
  return db.query<RecallListRow>(
    `${SEAT} WHERE r.village_id = $1 ORDER BY r.opened_on DESC, r.id`,
    [villageId],
  );
}

export interface RecallPage {
  recall: RecallListRow;
  signatures: SignatureRow[];
}

export async function recallPage(
  { db }: App,
  villageId: string,
  id: string,
): Promise<RecallPage | null> {
  const [recall] = await db.query<RecallListRow>(`${SEAT} WHERE r.village_id = $1 AND r.id = $2`, [
    villageId,
    id,
  ]);
  if (!recall) return null;
  return { recall, signatures: await signaturesOf(db, villageId, id) };
}

export async function recallById({ db }: App, villageId: string, id: string) {
  return findRecall(db, villageId, id);
}

export async function byElectionList(
  { db }: App,
  villageId: string,
): Promise<Array<ByElectionRow & { body_kind: BodyKind }>> {
  return db.query(
    `SELECT e.*, b.kind AS body_kind FROM by_election e
     JOIN body b ON b.village_id = e.village_id AND b.id = e.body_id
     WHERE e.village_id = $1 ORDER BY e.opened_on DESC, e.id`,
    [villageId],
  );
}

export interface ByElectionPage {
  byElection: ByElectionRow;
  body: BodyRow;
  /** Names of the candidates and the seated. */
  names: Map<string, string>;
}

export async function byElectionPage(
  { db }: App,
  villageId: string,
  id: string,
): Promise<ByElectionPage | null> {
  const byElection = await findByElection(db, villageId, id);
  if (!byElection) return null;
  const body = (await findBody(db, villageId, byElection.body_id))!;
  const ids = byElection.record.posts.flatMap((p) => p.candidates);
  const rows = await db.query<{ id: string; name: string }>(
    'SELECT id, name FROM person WHERE village_id = $1 AND id = ANY($2::uuid[])',
    [villageId, ids],
  );
  return { byElection, body, names: new Map(rows.map((r) => [r.id, r.name])) };
}
