import { randomUUID } from 'node:crypto';
import type { Database } from '../../../platform/db/database.ts';
import { appendAuditEvent } from '../../../platform/audit/appendAuditEvent.ts';
import { insertTown } from '../repository.ts';
import { idByCode, required } from './shared.ts';

/** A town of a county, recorded on the county's chain. */
export async function createTown(
  db: Database,
  input: { county?: string; name?: string; code?: string; now: Date },
): Promise<string> {
  const county = await idByCode(db, 'county', required('county', input.county));
  const name = required('name', input.name);
  const code = required('code', input.code);
  const id = randomUUID();
  await db.transaction(async (tx) => {
    await insertTown(tx, { id, countyId: county.id, name, code });
    await appendAuditEvent(tx, {
      chainId: county.id,
      actorAccountId: null,
      action: 'town.created',
      targetType: 'town',
      targetId: id,
      data: { name, code },
      occurredAt: input.now,
    });
  });
  return id;
}
