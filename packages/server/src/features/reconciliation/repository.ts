import type { Queryable, Tx } from '../../platform/db/database.ts';

/**
 * What a reconciliation report is about, as its signature table keys it: a meeting
 * (reconciliation_signature, migration 0062) or an election's round
 * (election_reconciliation_signature, migration 0064). Table and column names are constants here,
 * never input.
 */
export type ReportSubject =
  | { kind: 'meeting'; meetingId: string }
  | { kind: 'electionRound'; electionId: string; round: number };

function keyOf(s: ReportSubject): { table: string; columns: string[]; values: unknown[] } {
  return s.kind === 'meeting'
    ? { table: 'reconciliation_signature', columns: ['meeting_id'], values: [s.meetingId] }
    : {
        table: 'election_reconciliation_signature',
        columns: ['election_id', 'round'],
        values: [s.electionId, s.round],
      };
}

export interface SignatureRow {
  person_id: string;
  name: string;
  fingerprint: string;
  signed_at: Date;
}

export async function listSignatures(
  db: Queryable,
  villageId: string,
  subject: ReportSubject,
): Promise<SignatureRow[]> {
  const { table, columns, values } = keyOf(subject);
  const where = columns.map((c, i) => `s.${c} = $${i + 2}`).join(' AND ');
  return db.query<SignatureRow>(
    `SELECT s.person_id, p.name, s.fingerprint, s.signed_at FROM ${table} s
     JOIN person p ON p.village_id = s.village_id AND p.id = s.person_id
     WHERE s.village_id = $1 AND ${where} ORDER BY s.signed_at`,
    [villageId, ...values],
  );
}

/** Records one member's signature; false when they had signed already. */
export async function insertSignature(
  tx: Tx,
  villageId: string,
  subject: ReportSubject,
  s: { personId: string; fingerprint: string; signedBy: string; signedAt: Date },
): Promise<boolean> {
  const { table, columns, values } = keyOf(subject);
  const all = [...columns, 'person_id', 'fingerprint', 'signed_by', 'signed_at'];
  const inserted = await tx.query(
    `INSERT INTO ${table} (village_id, ${all.join(', ')})
     VALUES (${['$1', ...all.map((_, i) => `$${i + 2}`)].join(', ')})
     ON CONFLICT DO NOTHING RETURNING person_id`,
    [villageId, ...values, s.personId, s.fingerprint, s.signedBy, s.signedAt],
  );
  return inserted.length > 0;
}

/**
 * 领票签名 entered from an election round's printed roll: who signed, at which box, by whose hand
 * for a principal. An entry in force stays as it was (the roll has one line per voter); one
 * withdrawn may be entered again.
 */
export async function insertRollSigns(
  tx: Tx,
  villageId: string,
  at: { electionId: string; round: number; box: string; enteredBy: string; enteredAt: Date },
  signed: ReadonlyArray<{ personId: string; proxyHolderId: string | null }>,
): Promise<number> {
  const rows = await tx.query(
    `INSERT INTO election_roll_sign (village_id, election_id, round, person_id, box,
       proxy_holder_id, entered_by, entered_at)
     SELECT $1, $2, $3, s.person_id, $4, s.proxy_holder_id, $5, $6
     FROM unnest($7::uuid[], $8::uuid[]) AS s (person_id, proxy_holder_id)
     ON CONFLICT (village_id, election_id, round, person_id) WHERE withdrawn_at IS NULL
     DO NOTHING RETURNING person_id`,
    [
      ...[villageId, at.electionId, at.round, at.box, at.enteredBy, at.enteredAt],
      signed.map((s) => s.personId),
      signed.map((s) => s.proxyHolderId),
    ],
  );
  return rows.length;
}

export interface RollSignRow {
  person_id: string;
  name: string;
  box: string;
  proxy_holder_id: string | null;
  proxy_holder_name: string | null;
  entered_at: Date;
  withdrawn_at: Date | null;
  withdrawn_reason: string | null;
}

/** The lines entered from a round's printed roll, those withdrawn too, in the order entered. */
export async function listRollSigns(
  db: Queryable,
  villageId: string,
  electionId: string,
  round: number,
): Promise<RollSignRow[]> {
  return db.query<RollSignRow>(
    `SELECT s.person_id, p.name, s.box, s.proxy_holder_id, h.name AS proxy_holder_name,
       s.entered_at, s.withdrawn_at, s.withdrawn_reason
     FROM election_roll_sign s
     JOIN person p ON p.village_id = s.village_id AND p.id = s.person_id
     LEFT JOIN person h ON h.village_id = s.village_id AND h.id = s.proxy_holder_id
     WHERE s.village_id = $1 AND s.election_id = $2 AND s.round = $3
     ORDER BY s.entered_at, p.name, s.id`,
    [villageId, electionId, round],
  );
}

/** Marks a voter's line in force withdrawn; false when there was none. */
export async function withdrawRollSign(
  tx: Tx,
  villageId: string,
  at: { electionId: string; round: number; personId: string },
  by: { accountId: string; at: Date; reason: string },
): Promise<boolean> {
  const rows = await tx.query(
    `UPDATE election_roll_sign SET withdrawn_by = $5, withdrawn_at = $6, withdrawn_reason = $7
     WHERE village_id = $1 AND election_id = $2 AND round = $3 AND person_id = $4
       AND withdrawn_at IS NULL
     RETURNING person_id`,
    [villageId, at.electionId, at.round, at.personId, by.accountId, by.at, by.reason],
  );
  return rows.length > 0;
}
