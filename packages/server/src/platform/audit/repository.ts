import type { Queryable, Tx } from '../db/database.ts';

export interface AuditListRow {
  seq: number;
  action: string;
  target_type: string;
  target_id: string;
  data: unknown;
  occurred_at: string;
  hash: string;
  actor_name: string | null;
}

const SELECT_EVENTS = `SELECT e.seq, e.action, e.target_type, e.target_id, e.data, e.occurred_at, e.hash, a.display_name AS actor_name
  FROM audit_event e LEFT JOIN account a ON a.id = e.actor_account_id`;

/** A page of a chain's events, newest first, before `beforeSeq`, on the given target types only when any are given. */
export async function listAuditEvents(
  db: Queryable,
  chainId: string,
  limit: number,
  beforeSeq: number | null,
  targetTypes: readonly string[] | null = null,
): Promise<AuditListRow[]> {
  return db.query<AuditListRow>(
    `${SELECT_EVENTS} WHERE e.chain_id = $1 AND ($2::bigint IS NULL OR e.seq < $2)
       AND ($3::text[] IS NULL OR e.target_type = ANY($3)) ORDER BY e.seq DESC LIMIT ${limit}`,
    [chainId, beforeSeq, targetTypes],
  );
}

export async function auditEventsFor(
  db: Queryable,
  chainId: string,
  targetType: string,
  targetId: string,
): Promise<AuditListRow[]> {
  return db.query<AuditListRow>(
    `${SELECT_EVENTS} WHERE e.chain_id = $1 AND e.target_type = $2 AND e.target_id = $3 ORDER BY e.seq`,
    [chainId, targetType, targetId],
  );
}

/** The chain record that put a document on the record: printed on it so the paper can be checked. */
export interface Fingerprint {
  seq: number;
  hash: string;
}

/**
 * The first audit event of `action` on a target: for a notice, the event that
 * published it; for a resolution, the one that adopted it. Unlike the chain's
 * head, it is the same whenever the document is viewed or printed again. With `data`, the
 * first whose data holds it (jsonb containment): an election round's first signature.
 */
export async function fingerprintOf(
  db: Queryable,
  chainId: string,
  target: { type: string; id: string; action: string },
  data?: Record<string, unknown>,
): Promise<Fingerprint | null> {
  const [row] = await db.query<Fingerprint>(
    `SELECT seq, hash FROM audit_event
      WHERE chain_id = $1 AND target_type = $2 AND target_id = $3 AND action = $4
        ${data ? 'AND data @> $5::jsonb' : ''}
      ORDER BY seq LIMIT 1`,
    [chainId, target.type, target.id, target.action, ...(data ? [JSON.stringify(data)] : [])],
  );
  return row ?? null;
}

/**
 * The latest audit event of `action` on a target whose data holds `data` (jsonb containment):
 * for a notice published again (renewed), the event that put its present text on the record.
 */
export async function lastFingerprintOf(
  db: Queryable,
  chainId: string,
  target: { type: string; id: string; action: string },
  data: Record<string, unknown> = {},
): Promise<Fingerprint | null> {
  const [row] = await db.query<Fingerprint>(
    `SELECT seq, hash FROM audit_event
      WHERE chain_id = $1 AND target_type = $2 AND target_id = $3 AND action = $4
        AND data @> $5::jsonb
      ORDER BY seq DESC LIMIT 1`,
    [chainId, target.type, target.id, target.action, JSON.stringify(data)],
  );
  return row ?? null;
}

/**
 * One statement: lock the chain's head, advance it and insert the event. The
 * hash is computed by the database from the head it has just locked —
 * sha256(prev_hash || '\n' || canonical body) with the body prepared by
 * appendAuditEvent around its sequence number — so the lock is held for this statement and the
 * rest of the caller's transaction (its COMMIT), never across a round trip
 * spent hashing or building the event.
 *
 * Under READ COMMITTED a waiting writer's `FOR UPDATE` returns the head as
 * its predecessor left it, and the UPDATE re-checks that row version, so
 * concurrent appends to one chain get consecutive sequence numbers.
 */
export const APPEND_AUDIT_EVENT = `
WITH head AS (
  SELECT seq, hash::text AS hash FROM audit_head WHERE chain_id = $1 FOR UPDATE
), advanced AS (
  UPDATE audit_head h
     SET seq = head.seq + 1,
         hash = encode(sha256(convert_to(head.hash || E'\\n' || $2::text || (head.seq + 1)::text || $3::text, 'UTF8')), 'hex')
    FROM head
   WHERE h.chain_id = $1
  RETURNING h.seq, h.hash, head.hash AS prev_hash
)
INSERT INTO audit_event (chain_id, seq, actor_account_id, action, target_type, target_id, data, occurred_at, prev_hash, hash)
SELECT $1, seq, $4, $5, $6, $7, $8, $9, prev_hash, hash FROM advanced
RETURNING seq, hash::text AS hash`;

/** Runs a prepared append; no row when the chain has no head yet. */
export async function runAppend(
  tx: Tx,
  text: string,
  params: unknown[],
): Promise<{ seq: number; hash: string } | null> {
  const [row] = await tx.query<{ seq: number; hash: string }>(text, params);
  return row ?? null;
}

export async function createAuditHead(tx: Tx, chainId: string, genesisHash: string): Promise<void> {
  await tx.query(
    'INSERT INTO audit_head (chain_id, seq, hash) VALUES ($1, 0, $2) ON CONFLICT (chain_id) DO NOTHING',
    [chainId, genesisHash],
  );
}

/** Locks a chain's head row for the rest of the transaction (the head must exist). */
export async function lockAuditHead(tx: Tx, chainId: string): Promise<void> {
  await tx.query('SELECT seq FROM audit_head WHERE chain_id = $1 FOR UPDATE', [chainId]);
}

export interface StoredEvent {
  seq: number;
  actor_account_id: string | null;
  action: string;
  target_type: string;
  target_id: string;
  data: unknown;
  occurred_at: string;
  prev_hash: string;
  hash: string;
}

/** A page of a chain's stored events from `fromSeq` on, for verification. */
export async function storedEventsFrom(
  db: Queryable,
  chainId: string,
  fromSeq: number,
  limit: number,
): Promise<StoredEvent[]> {
  return db.query<StoredEvent>(
    `SELECT seq, actor_account_id, action, target_type, target_id, data, occurred_at, prev_hash, hash
     FROM audit_event WHERE chain_id = $1 AND seq >= $2 ORDER BY seq LIMIT ${limit}`,
    [chainId, fromSeq],
  );
}

export async function auditHeadOf(
  db: Queryable,
  chainId: string,
): Promise<{ seq: number; hash: string } | null> {
  const [head] = await db.query<{ seq: number; hash: string }>(
    'SELECT seq, hash FROM audit_head WHERE chain_id = $1',
    [chainId],
  );
  return head ?? null;
}

/** Every audit chain (a village's, or a county's for staff accounts), for the verify-audit command. */
export async function listAuditChains(db: Queryable): Promise<string[]> {
  const rows = await db.query<{ chain_id: string }>(
    'SELECT chain_id FROM audit_head ORDER BY chain_id',
  );
  return rows.map((r) => r.chain_id);
}

/** Every village (its chain must exist from its creation), for the verify-audit command. */
export async function listVillageChains(
  db: Queryable,
): Promise<Array<{ id: string; name: string }>> {
  return db.query<{ id: string; name: string }>('SELECT id, name FROM village ORDER BY id');
}

/** Every chain with a head or with events (a chain whose head row was deleted still has events). */
export async function listStoredChains(db: Queryable): Promise<string[]> {
  const rows = await db.query<{ chain_id: string }>(
    `SELECT chain_id FROM audit_head UNION SELECT DISTINCT chain_id FROM audit_event ORDER BY chain_id`,
  );
  return rows.map((r) => r.chain_id);
}

export async function isVillage(db: Queryable, id: string): Promise<boolean> {
  const rows = await db.query('SELECT 1 FROM village WHERE id = $1', [id]);
  return rows.length > 0;
}

export interface CheckpointRow {
  day: string;
  seq: number;
  hash: string;
}

/** Publishes today's head of one village, once (a later call the same day changes nothing). */
export async function insertCheckpoint(
  db: Queryable,
  villageId: string,
  day: string,
  now: Date,
): Promise<void> {
  await db.query(
    `INSERT INTO audit_checkpoint (village_id, day, seq, hash, recorded_at)
     SELECT v.id, $2, h.seq, h.hash, $3 FROM village v JOIN audit_head h ON h.chain_id = v.id
      WHERE v.id = $1
     ON CONFLICT (village_id, day) DO NOTHING`,
    [villageId, day, now.toISOString()],
  );
}

/** Publishes today's head of every village that has none for today; returns how many. */
export async function insertCheckpointsForAll(
  db: Queryable,
  day: string,
  now: Date,
): Promise<number> {
  const rows = await db.query(
    `INSERT INTO audit_checkpoint (village_id, day, seq, hash, recorded_at)
     SELECT v.id, $1, h.seq, h.hash, $2 FROM village v JOIN audit_head h ON h.chain_id = v.id
     ON CONFLICT (village_id, day) DO NOTHING RETURNING village_id`,
    [day, now.toISOString()],
  );
  return rows.length;
}

/** A village's published heads, newest first. */
export async function listCheckpoints(
  db: Queryable,
  villageId: string,
  limit: number,
): Promise<CheckpointRow[]> {
  return db.query<CheckpointRow>(
    `SELECT day::text AS day, seq, hash::text AS hash FROM audit_checkpoint
      WHERE village_id = $1 ORDER BY day DESC LIMIT ${Math.trunc(limit)}`,
    [villageId],
  );
}

/** The first published head of a village that the stored chain no longer holds (event gone or changed). */
export async function firstCheckpointOffChain(
  db: Queryable,
  villageId: string,
): Promise<CheckpointRow | null> {
  const [row] = await db.query<CheckpointRow>(
    `SELECT c.day::text AS day, c.seq, c.hash::text AS hash FROM audit_checkpoint c
       LEFT JOIN audit_event e ON e.chain_id = c.village_id AND e.seq = c.seq
      WHERE c.village_id = $1 AND c.seq > 0 AND e.hash IS DISTINCT FROM c.hash
      ORDER BY c.seq LIMIT 1`,
    [villageId],
  );
  return row ?? null;
}

/** The events whose hash is, or starts with, a published head (a printed notice carries a prefix). */
export async function eventsWithHash(
  db: Queryable,
  hashOrPrefix: string,
  chainId: string | null,
): Promise<Array<{ chain_id: string; seq: number; hash: string }>> {
  return db.query<{ chain_id: string; seq: number; hash: string }>(
    `SELECT chain_id, seq, hash::text AS hash FROM audit_event
      WHERE hash::text LIKE $1 || '%' AND ($2::uuid IS NULL OR chain_id = $2) ORDER BY chain_id, seq LIMIT 10`,
    [hashOrPrefix, chainId],
  );
}

/** The first event of a chain: a village's must be its creation. */
export async function firstEventOf(
  db: Queryable,
  chainId: string,
): Promise<{ action: string } | null> {
  const [row] = await db.query<{ action: string }>(
    'SELECT action FROM audit_event WHERE chain_id = $1 AND seq = 1',
    [chainId],
  );
  return row ?? null;
}

/** A chain's last sequence number (0 before its first event): one read of its one-row head. */
export async function chainHeadSeq(db: Queryable, chainId: string): Promise<number> {
  const [row] = await db.query<{ seq: string | number }>(
    'SELECT seq FROM audit_head WHERE chain_id = $1',
    [chainId],
  );
  return row ? Number(row.seq) : 0;
}

/** The heads of several chains in one statement; a chain with no event yet is absent (0). */
export async function chainHeadSeqs(
  db: Queryable,
  chainIds: readonly string[],
): Promise<Map<string, number>> {
  const rows = await db.query<{ chain_id: string; seq: string | number }>(
    'SELECT chain_id, seq FROM audit_head WHERE chain_id = ANY($1::uuid[])',
    [chainIds],
  );
  return new Map(rows.map((r) => [r.chain_id, Number(r.seq)]));
}
