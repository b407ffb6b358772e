import { randomUUID } from 'node:crypto';
import type { Queryable, Tx } from '../db/database.ts';

/**
 * A secret box (docs/security.md "Secret ballots"): a table of its own, made
 * when a secret vote or rating opens and dropped by the count, holding rows of
 * a random id and the secret columns — never a voter, never a time. Rows are
 * only inserted, in shuffled batches; dropping the table removes its file with
 * every row version and transaction id it held. The meetings' ballot boxes
 * (`ballot_box_<motion>`: choice), the evaluations' rating boxes
 * (`rating_box_<round>`: membership, rating) and the elections' boxes
 * (`election_box_<round>`: marks) are three shapes of it.
 */
export interface SecretBox {
  /** The table's name before the id: letters and underscores, never input. */
  prefix: string;
  /** The vote's or round's id: the table name is made from its 32 hex digits only. */
  id: string;
  /**
   * The secret columns besides `id`, each a uuid, a text from a fixed list (a CHECK), or a
   * free text (an election ballot's marks as canonical JSON: values are always parameters).
   */
  columns: ReadonlyArray<
    { name: string; type: 'uuid' | 'text' } | { name: string; values: readonly string[] }
  >;
}

export type BoxRow = Record<string, string>;

const WORD = /^[a-z][a-z_]*$/;
const VALUE = /^[A-Za-z]+$/;

/** The box's table name: its prefix and the id's 32 hex digits (never anything from input). */
export function boxName(box: SecretBox): string {
  const hex = box.id.toLowerCase().replace(/-/g, '');
  if (!WORD.test(box.prefix) || !/^[0-9a-f]{32}$/.test(hex))
    throw new Error(`not a box: ${box.prefix} ${box.id}`);
  return `${box.prefix}_${hex}`;
}

function columnNames(box: SecretBox): string[] {
  return box.columns.map((c) => {
    if (!WORD.test(c.name)) throw new Error(`not a column name: ${c.name}`);
    return c.name;
  });
}

/** Makes the box (when the vote or round opens). */
export async function createBox(tx: Tx, box: SecretBox): Promise<void> {
  const columns = box.columns.map((c) => {
    if ('type' in c) return `${c.name} ${c.type} NOT NULL`;
    if (!c.values.every((v) => VALUE.test(v))) throw new Error(`not a value list: ${c.name}`);
    return `${c.name} text NOT NULL CHECK (${c.name} IN (${c.values.map((v) => `'${v}'`).join(', ')}))`;
  });
  columnNames(box);
  await tx.query(
    `CREATE TABLE ${boxName(box)} (id uuid PRIMARY KEY,\n       ${columns.join(',\n       ')})`,
  );
}

/**
 * Puts a batch of rows in the box, each under a random id, in the order given
 * (the caller shuffled them), in one statement: they share one xmin.
 */
export async function putInBox(tx: Tx, box: SecretBox, rows: readonly BoxRow[]): Promise<void> {
  if (rows.length === 0) return;
  const names = columnNames(box);
  const params: unknown[] = [];
  const tuples = rows.map((row) => {
    params.push(randomUUID());
    const cells = [`$${params.length}::uuid`];
    for (const c of box.columns) {
      params.push(row[c.name]);
      cells.push(
        'type' in c && c.type === 'uuid' ? `$${params.length}::uuid` : `$${params.length}`,
      );
    }
    return `(${cells.join(', ')})`;
  });
  await tx.query(
    `INSERT INTO ${boxName(box)} (id, ${names.join(', ')}) VALUES ${tuples.join(', ')}`,
    params,
  );
}

/** How many rows are in the box now. */
export async function countBox(db: Queryable, box: SecretBox): Promise<number> {
  const [row] = await db.query<{ n: number }>(`SELECT count(*)::int AS n FROM ${boxName(box)}`);
  return row?.n ?? 0;
}

/** The box's rows without their ids (in no order that means anything: the caller gives them new ids). */
export async function readBox(tx: Tx, box: SecretBox): Promise<BoxRow[]> {
  return tx.query<BoxRow>(`SELECT ${columnNames(box).join(', ')} FROM ${boxName(box)}`);
}

/** Drops the box: at commit its file goes, with every row version and transaction id it held. */
export async function dropBox(tx: Tx, box: SecretBox): Promise<void> {
  await tx.query(`DROP TABLE ${boxName(box)}`);
}
