import type { StaffUnit } from '@cunzhi/core/policies/actor';
import type { Queryable, Tx } from '../../db/database.ts';

export interface AccountRow {
  id: string;
  kind: 'villager' | 'staff';
  phone: string;
  display_name: string;
  password_hash: string;
  must_change_password: boolean;
  village_id: string | null;
  person_id: string | null;
  /** Unused since migration 0007: failures and locks are counted per phone number in sign_in_failure. */
  failed_attempts: number;
  locked_until: Date | null;
}

/** The account's columns, in the order of `AccountRow`. */
export const ACCOUNT_COLUMNS =
  'id, kind, phone, display_name, password_hash, must_change_password, village_id, person_id, failed_attempts, locked_until';

export async function findAccountByPhone(db: Queryable, phone: string): Promise<AccountRow | null> {
  const [row] = await db.query<AccountRow>(
    `SELECT ${ACCOUNT_COLUMNS} FROM account WHERE phone = $1`,
    [phone],
  );
  return row ?? null;
}

export async function findAccountByPerson(
  db: Queryable,
  villageId: string,
  personId: string,
): Promise<AccountRow | null> {
  const [row] = await db.query<AccountRow>(
    `SELECT ${ACCOUNT_COLUMNS} FROM account WHERE village_id = $1 AND person_id = $2`,
    [villageId, personId],
  );
  return row ?? null;
}

export async function setPasswordHash(
  tx: Tx,
  id: string,
  passwordHash: string,
  mustChange: boolean,
): Promise<void> {
  await tx.query(
    'UPDATE account SET password_hash = $2, must_change_password = $3, failed_attempts = 0, locked_until = NULL WHERE id = $1',
    [id, passwordHash, mustChange],
  );
}

export async function insertAccount(
  tx: Tx,
  a: {
    id: string;
    kind: 'villager' | 'staff';
    phone: string;
    displayName: string;
    passwordHash: string;
    mustChangePassword: boolean;
    villageId: string | null;
    personId: string | null;
  },
): Promise<void> {
  await tx.query(
    `INSERT INTO account (id, kind, phone, display_name, password_hash, must_change_password, village_id, person_id)
     VALUES ($1, $2, $3, $4, $5, $6, $7, $8)`,
    [
      a.id,
      a.kind,
      a.phone,
      a.displayName,
      a.passwordHash,
      a.mustChangePassword,
      a.villageId,
      a.personId,
    ],
  );
}

export async function staffScopesOf(
  db: Queryable,
  accountId: string,
): Promise<Array<{ level: 'town' | 'county'; id: string; title: string; unit: StaffUnit }>> {
  return db.query(
    `SELECT level, scope_id AS id, title, unit FROM staff_scope WHERE account_id = $1`,
    [accountId],
  );
}
