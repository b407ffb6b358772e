import type { Queryable, Tx } from '../../../platform/db/database.ts';
import {
  boxName,
  createBox,
  dropBox,
  putInBox,
  readBox,
  type SecretBox,
} from '../../../platform/ballots/repository.ts';
import type { Choice } from './meetings.ts';

const CHOICES: readonly Choice[] = ['yes', 'no', 'abstain'];

/**
 * Secret ballots (docs/security.md "Secret ballots"). Three places, never
 * written in one transaction together:
 *
 * - `ballot_receipt`: who has voted (motion, person; no choice, no time),
 *   written with the voter's audit event;
 * - the motion's ballot box `ballot_box_<motion id>`, a table of its own made
 *   when the vote opens: random id and choice, inserted in shuffled batches
 *   by transactions that write no receipt, dropped when the vote closes (its
 *   file goes, with every row version and transaction id in it);
 * - `ballot`: the box's ballots under fresh random ids, written by the
 *   transaction that closes the vote in the order of those ids, never updated;
 *   published for anyone to recount.
 */

/** A published ballot: a random id and a choice, nothing else. */
export interface BallotRow {
  id: string;
  choice: Choice;
}

/** The motion's ballot box: a secret box of choices (platform/ballots). */
function motionBox(motionId: string): SecretBox {
  return { prefix: 'ballot_box', id: motionId, columns: [{ name: 'choice', values: CHOICES }] };
}

/** The motion's ballot box: its name is made from the motion id only (32 hex digits), never from input. */
export function ballotBoxName(motionId: string): string {
  return boxName(motionBox(motionId));
}

/** Makes the motion's ballot box (when its secret vote opens). */
export async function createBallotBox(tx: Tx, motionId: string): Promise<void> {
  await createBox(tx, motionBox(motionId));
}

/** A receipt: false when the person has one already (the primary key decides, not a prior read). */
export async function insertReceipt(
  tx: Tx,
  villageId: string,
  motionId: string,
  personId: string,
): Promise<boolean> {
  const receipt = await tx.query(
    `INSERT INTO ballot_receipt (village_id, motion_id, person_id) VALUES ($1, $2, $3)
     ON CONFLICT (village_id, motion_id, person_id) DO NOTHING RETURNING person_id`,
    [villageId, motionId, personId],
  );
  return receipt.length > 0;
}

/**
 * Puts a batch of choices in the box, each under a random id, in the order
 * given (the caller shuffled them), in one statement: they share one xmin.
 */
export async function putInBallotBox(
  tx: Tx,
  motionId: string,
  choices: readonly Choice[],
): Promise<void> {
  await putInBox(
    tx,
    motionBox(motionId),
    choices.map((choice) => ({ choice })),
  );
}

/** How many have voted and how many ballots are in the box (a ballot on its way is in the first only). */
export async function boxFigures(
  db: Queryable,
  villageId: string,
  motionId: string,
): Promise<{ receipts: number; boxed: number }> {
  const [row] = await db.query<{ receipts: number; boxed: number }>(
    `SELECT (SELECT count(*)::int FROM ballot_receipt WHERE village_id = $1 AND motion_id = $2) AS receipts,
       (SELECT count(*)::int FROM ${ballotBoxName(motionId)}) AS boxed`,
    [villageId, motionId],
  );
  return row ?? { receipts: 0, boxed: 0 };
}

/** The box's choices (in no order that means anything: the caller gives them new ids). */
export async function readBallotBox(tx: Tx, motionId: string): Promise<Choice[]> {
  return (await readBox(tx, motionBox(motionId))).map((r) => r.choice as Choice);
}

/** Drops the box: at commit its file goes, with every row version and transaction id it held. */
export async function dropBallotBox(tx: Tx, motionId: string): Promise<void> {
  await dropBox(tx, motionBox(motionId));
}

/** The published ballots, in the order of their random ids (which is also their order on disk). */
export async function insertBallots(
  tx: Tx,
  villageId: string,
  motionId: string,
  ballots: readonly BallotRow[],
): Promise<void> {
  const sorted = [...ballots].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  // 3 parameters a row: stay well under PostgreSQL's 65,535
  for (let start = 0; start < sorted.length; start += 10_000) {
    const batch = sorted.slice(start, start + 10_000);
    const params: unknown[] = [villageId, motionId];
    const tuples = batch.map((b) => {
      params.push(b.id, b.choice);
      return `($1, $2, $${params.length - 1}::uuid, $${params.length})`;
    });
    await tx.query(
      `INSERT INTO ballot (village_id, motion_id, id, choice) VALUES ${tuples.join(', ')}`,
      params,
    );
  }
}

/** The count of the receipts of a motion (how many voted, never how). */
export async function countReceipts(
  db: Queryable,
  villageId: string,
  motionId: string,
): Promise<number> {
  const [row] = await db.query<{ n: number }>(
    'SELECT count(*)::int AS n FROM ballot_receipt WHERE village_id = $1 AND motion_id = $2',
    [villageId, motionId],
  );
  return row?.n ?? 0;
}

/** A closed motion's published ballots, by id. */
export async function listBallots(
  db: Queryable,
  villageId: string,
  motionId: string,
): Promise<BallotRow[]> {
  return db.query<BallotRow>(
    'SELECT id, choice FROM ballot WHERE village_id = $1 AND motion_id = $2 ORDER BY id',
    [villageId, motionId],
  );
}

/** The ballots' digest as the audit event that closed the vote recorded it (null for votes closed before). */
export async function recordedBallotDigest(
  db: Queryable,
  villageId: string,
  motion: { id: string; meetingId: string },
): Promise<string | null> {
  const [row] = await db.query<{ digest: string | null }>(
    `SELECT data->'ballots'->>'digest' AS digest FROM audit_event
     WHERE chain_id = $1 AND target_type = 'meeting' AND target_id = $2
       AND action = 'motion.closed' AND data->>'motionId' = $3
     ORDER BY seq DESC LIMIT 1`,
    [villageId, motion.meetingId, motion.id],
  );
  return row?.digest ?? null;
}
