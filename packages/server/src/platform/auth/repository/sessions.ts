import type { Tx } from '../../db/database.ts';

export async function insertSession(
  tx: Tx,
  tokenHash: string,
  accountId: string,
  expiresAt: Date,
): Promise<void> {
  await tx.query('INSERT INTO session (token_hash, account_id, expires_at) VALUES ($1, $2, $3)', [
    tokenHash,
    accountId,
    expiresAt.toISOString(),
  ]);
}

export async function deleteSession(tx: Tx, tokenHash: string): Promise<void> {
  await tx.query('DELETE FROM session WHERE token_hash = $1', [tokenHash]);
}

/** After a password change or reset every other session of the account ends. */
export async function deleteSessionsOf(
  tx: Tx,
  accountId: string,
  exceptTokenHash: string | null,
): Promise<void> {
  await tx.query('DELETE FROM session WHERE account_id = $1 AND token_hash IS DISTINCT FROM $2', [
    accountId,
    exceptTokenHash,
  ]);
}
