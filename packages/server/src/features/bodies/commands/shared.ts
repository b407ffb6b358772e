import { DomainError } from '@cunzhi/core/errors';
import type { Queryable } from '../../../platform/db/database.ts';
import { findBody, type BodyRow } from '../repository.ts';

/** The body a command acts on, or not_found. */
export async function requireBody(
  db: Queryable,
  villageId: string,
  bodyId: string,
): Promise<BodyRow> {
  const body = await findBody(db, villageId, bodyId);
  if (!body) throw new DomainError('not_found', { what: 'body' });
  return body;
}
