import type { Marks } from '@cunzhi/core/elections/sheets';
import type { Queryable, Tx } from '../../../platform/db/database.ts';
import { bulkInsert } from '../../../platform/db/bulkInsert.ts';
import {
  countBox,
  createBox,
  dropBox,
  putInBox,
  readBox,
  type SecretBox,
} from '../../../platform/ballots/repository.ts';

/**
 * An election's ballots (docs/security.md "Secret ballots", docs/elections.md "Server"). Three
 * places, never written in one transaction together for an electronic ballot:
 *
 * - `election_ballot_receipt`: who took a ballot, per post (no choice, no time);
 * - the round's secret box `election_box_<round id>`: random id and the marks, inserted in
 *   shuffled batches by transactions that write no receipt, dropped by the count;
 * - `election_ballot`: the bulletin, the counted marks under fresh random ids, in their order.
 *
 * Paper ballots reach the bulletin through the tellers' double entry instead of the box.
 */

/** The round's secret box: its name is made from the round's id only (never from input). */
function roundBox(roundId: string): SecretBox {
  return { prefix: 'election_box', id: roundId, columns: [{ name: 'marks', type: 'text' }] };
}

export async function createRoundBox(tx: Tx, roundId: string): Promise<void> {
  await createBox(tx, roundBox(roundId));
}

/** Puts a shuffled batch of ballots (canonical JSON marks) in the round's box. */
export async function putInRoundBox(
  tx: Tx,
  roundId: string,
  marks: readonly string[],
): Promise<void> {
  await putInBox(
    tx,
    roundBox(roundId),
    marks.map((m) => ({ marks: m })),
  );
}

/** The box's ballots (in no order that means anything), and the box dropped. */
export async function emptyRoundBox(tx: Tx, roundId: string): Promise<string[]> {
  const rows = await readBox(tx, roundBox(roundId));
  await dropBox(tx, roundBox(roundId));
  return rows.map((r) => r.marks!);
}

/** Receipts and boxed ballots of a round now (before a count, for ballots on their way). */
export async function roundBoxFigures(
  db: Queryable,
  villageId: string,
  electionId: string,
  round: number,
  roundId: string,
): Promise<{ receipts: number; boxed: number }> {
  const receipts = await votedIn(db, villageId, electionId, round);
  return { receipts, boxed: await countBox(db, roundBox(roundId)) };
}

/**
 * One voter's receipts for every post of the round, in one statement: false when any exists
 * already (the primary key decides, so simultaneous requests give one ballot).
 */
export async function insertReceipts(
  tx: Tx,
  villageId: string,
  electionId: string,
  round: number,
  r: { postIds: readonly string[]; personId: string; box: string; proxyHolderId: string | null },
): Promise<boolean> {
  const params: unknown[] = [villageId, electionId, round, r.personId, r.box, r.proxyHolderId];
  const tuples = r.postIds.map((postId) => {
    params.push(postId);
    return `($1, $2, $3, $${params.length}, $4, $5, $6)`;
  });
  const rows = await tx.query(
    `INSERT INTO election_ballot_receipt (village_id, election_id, round, post_id, person_id, box, proxy_holder_id)
     VALUES ${tuples.join(', ')} ON CONFLICT DO NOTHING RETURNING post_id`,
    params,
  );
  return rows.length === r.postIds.length;
}

/** 参加投票的村民: the persons who took a ballot in the round. */
export async function votedIn(
  db: Queryable,
  villageId: string,
  electionId: string,
  round: number,
): Promise<number> {
  const [row] = await db.query<{ n: number }>(
    `SELECT count(DISTINCT person_id)::int AS n FROM election_ballot_receipt
     WHERE village_id = $1 AND election_id = $2 AND round = $3`,
    [villageId, electionId, round],
  );
  return row?.n ?? 0;
}

/** Ballots handed out per box (the persons who took one there). */
export async function issuedByBox(
  db: Queryable,
  villageId: string,
  electionId: string,
  round: number,
): Promise<Map<string, number>> {
  const rows = await db.query<{ box: string; n: number }>(
    `SELECT box, count(DISTINCT person_id)::int AS n FROM election_ballot_receipt
     WHERE village_id = $1 AND election_id = $2 AND round = $3 GROUP BY box`,
    [villageId, electionId, round],
  );
  return new Map(rows.map((r) => [r.box, r.n]));
}

/** Whether a person took the round's ballot (their own page says so; never what it said). */
export async function hasReceipt(
  db: Queryable,
  villageId: string,
  electionId: string,
  round: number,
  personId: string,
): Promise<boolean> {
  const rows = await db.query(
    `SELECT 1 FROM election_ballot_receipt
     WHERE village_id = $1 AND election_id = $2 AND round = $3 AND person_id = $4 LIMIT 1`,
    [villageId, electionId, round, personId],
  );
  return rows.length > 0;
}

export interface PaperEntryRow {
  box: string;
  number: number;
  teller_id: string;
  marks: Marks;
}

/** A teller's entries of a box's ballots; a teller may correct their own entry of a number. */
export async function upsertPaperEntries(
  tx: Tx,
  villageId: string,
  electionId: string,
  round: number,
  tellerId: string,
  box: string,
  entries: ReadonlyArray<{ number: number; marks: Marks }>,
): Promise<void> {
  for (const e of entries)
    await tx.query(
      `INSERT INTO election_paper_entry (village_id, election_id, round, box, number, teller_id, marks)
       VALUES ($1, $2, $3, $4, $5, $6, $7)
       ON CONFLICT (village_id, election_id, round, box, number, teller_id) DO UPDATE SET marks = EXCLUDED.marks`,
      [villageId, electionId, round, box, e.number, tellerId, JSON.stringify(e.marks)],
    );
}

export async function paperEntriesOf(
  db: Queryable,
  villageId: string,
  electionId: string,
  round: number,
): Promise<PaperEntryRow[]> {
  return db.query<PaperEntryRow>(
    `SELECT box, number, teller_id, marks FROM election_paper_entry
     WHERE village_id = $1 AND election_id = $2 AND round = $3 ORDER BY box, number, teller_id`,
    [villageId, electionId, round],
  );
}

export interface TallySheetRow {
  box: string;
  issued: number;
  returned: number;
  signed_by: string[];
  signed_on: string;
}

export async function upsertTallySheet(
  tx: Tx,
  villageId: string,
  electionId: string,
  round: number,
  s: TallySheetRow,
): Promise<void> {
  await tx.query(
    `INSERT INTO election_tally_sheet (village_id, election_id, round, box, issued, returned, signed_by, signed_on)
     VALUES ($1, $2, $3, $4, $5, $6, $7::uuid[], $8)
     ON CONFLICT (village_id, election_id, round, box)
     DO UPDATE SET issued = EXCLUDED.issued, returned = EXCLUDED.returned, signed_by = EXCLUDED.signed_by,
                   signed_on = EXCLUDED.signed_on`,
    [villageId, electionId, round, s.box, s.issued, s.returned, s.signed_by, s.signed_on],
  );
}

export async function tallySheetsOf(
  db: Queryable,
  villageId: string,
  electionId: string,
  round: number,
): Promise<TallySheetRow[]> {
  return db.query<TallySheetRow>(
    `SELECT box, issued, returned, signed_by, signed_on FROM election_tally_sheet
     WHERE village_id = $1 AND election_id = $2 AND round = $3 ORDER BY box`,
    [villageId, electionId, round],
  );
}

export interface BulletinRow {
  id: string;
  marks: Marks;
}

/** The counted ballots, already under fresh ids in their order (withFreshIds). */
export async function insertBulletin(
  tx: Tx,
  villageId: string,
  electionId: string,
  round: number,
  rows: readonly BulletinRow[],
): Promise<void> {
  await bulkInsert(
    tx,
    'election_ballot',
    ['village_id', 'election_id', 'round', 'id', 'marks'],
    rows.map((r) => [villageId, electionId, round, r.id, JSON.stringify(r.marks)]),
  );
}

export async function bulletinOf(
  db: Queryable,
  villageId: string,
  electionId: string,
  round: number,
): Promise<BulletinRow[]> {
  return db.query<BulletinRow>(
    `SELECT id, marks FROM election_ballot WHERE village_id = $1 AND election_id = $2 AND round = $3 ORDER BY id`,
    [villageId, electionId, round],
  );
}
