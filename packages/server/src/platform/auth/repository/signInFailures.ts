import type { Queryable, Tx } from '../../db/database.ts';

/** The phone number's own row, across all client addresses. */
const ANY_ADDRESS = '';

/** The latest lock on the phone number or on the (phone, address) pair still running at `now`. */
export async function activeSignInLock(
  db: Queryable,
  phone: string,
  address: string,
  now: Date,
): Promise<Date | null> {
  const [row] = await db.query<{ until: Date | null }>(
    `SELECT max(locked_until) AS until FROM sign_in_failure
     WHERE phone = $1 AND address IN ($2, $3) AND locked_until > $4`,
    [phone, ANY_ADDRESS, address, now.toISOString()],
  );
  return row?.until ? new Date(row.until) : null;
}

/** Counts a failure of the pair; returns its consecutive failures and how often it was locked before. */
export async function countPairFailure(
  tx: Tx,
  phone: string,
  address: string,
  now: Date,
): Promise<{ failures: number; strikes: number }> {
  const [row] = await tx.query<{ failures: number; strikes: number }>(
    `INSERT INTO sign_in_failure AS f (phone, address, failures, window_started_at, last_failed_at)
     VALUES ($1, $2, 1, $3, $3)
     ON CONFLICT (phone, address) DO UPDATE SET failures = f.failures + 1, last_failed_at = $3
     RETURNING failures, strikes`,
    [phone, address, now.toISOString()],
  );
  return row!;
}

/** Counts a failure of the phone number within its current period (a new one starts at `windowStartsAfter`). */
export async function countPhoneFailure(
  tx: Tx,
  phone: string,
  now: Date,
  windowStartsAfter: Date,
): Promise<{ failures: number; window_started_at: Date }> {
  const [row] = await tx.query<{ failures: number; window_started_at: Date }>(
    `INSERT INTO sign_in_failure AS f (phone, address, failures, window_started_at, last_failed_at)
     VALUES ($1, $2, 1, $3, $3)
     ON CONFLICT (phone, address) DO UPDATE SET
       failures = CASE WHEN f.window_started_at <= $4 THEN 1 ELSE f.failures + 1 END,
       window_started_at = CASE WHEN f.window_started_at <= $4 THEN $3 ELSE f.window_started_at END,
       last_failed_at = $3
     RETURNING failures, window_started_at`,
    [phone, ANY_ADDRESS, now.toISOString(), windowStartsAfter.toISOString()],
  );
  return { failures: row!.failures, window_started_at: new Date(row!.window_started_at) };
}

/** Locks the pair (address given) or the phone number (address null) until `until`; a pair's count starts again. */
export async function lockSignIn(
  tx: Tx,
  phone: string,
  address: string | null,
  until: Date,
): Promise<void> {
  await tx.query(
    `UPDATE sign_in_failure SET locked_until = $3, strikes = strikes + 1,
       failures = CASE WHEN address = $4 THEN failures ELSE 0 END
     WHERE phone = $1 AND address = $2`,
    [phone, address ?? ANY_ADDRESS, until.toISOString(), ANY_ADDRESS],
  );
}

/** A successful sign-in forgets the pair's failures (the phone number's period runs out by itself). */
export async function forgetPairFailures(tx: Tx, phone: string, address: string): Promise<void> {
  await tx.query('DELETE FROM sign_in_failure WHERE phone = $1 AND address = $2', [phone, address]);
}

/** Lifts every lock and forgets every failure of the phone number; says whether a lock was running. */
export async function forgetPhoneFailures(tx: Tx, phone: string, now: Date): Promise<boolean> {
  const rows = await tx.query<{ locked: boolean }>(
    `DELETE FROM sign_in_failure WHERE phone = $1
     RETURNING coalesce(locked_until > $2, false) AS locked`,
    [phone, now.toISOString()],
  );
  return rows.some((r) => r.locked);
}

/** Drops rows of failures long past whose lock (if any) has ended: they hold phone numbers and addresses. */
export async function pruneSignInFailures(
  tx: Tx,
  lastFailedBefore: Date,
  now: Date,
): Promise<void> {
  await tx.query(
    `DELETE FROM sign_in_failure
     WHERE last_failed_at < $1 AND (locked_until IS NULL OR locked_until < $2)`,
    [lastFailedBefore.toISOString(), now.toISOString()],
  );
}
