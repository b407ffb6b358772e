import { DomainError } from '@cunzhi/core/errors';
import type { Queryable } from '../../../platform/db/database.ts';
import { findByCode } from '../repository.ts';

/*
 * Setting up a real deployment (no demo data): the county, its towns, their
 * villages with the standard bodies, and the first staff accounts. Run from
 * the command line by whoever installs the platform; town officials then
 * open terms, appoint the village cadres and open their accounts in the UI.
 * These commands act before any village exists, on the county's audit chain
 * (or the village's own, which they start), so they take the database and the
 * time rather than a village's CommandContext.
 */

/** A required text option of the setup command, trimmed. */
export const required = (field: string, value: string | undefined): string => {
  if (!value?.trim())
    throw new DomainError('validation_failed', {}, [{ field, error: 'field_required' }]);
  return value.trim();
};

/** A county or town named by its code on the command line; an unknown code is the option's error. */
export async function idByCode(
  db: Queryable,
  table: 'county' | 'town',
  code: string,
): Promise<{ id: string; county_id?: string }> {
  const row = await findByCode(db, table, code);
  if (!row)
    throw new DomainError('validation_failed', {}, [{ field: table, error: 'field_invalid' }]);
  return row;
}
