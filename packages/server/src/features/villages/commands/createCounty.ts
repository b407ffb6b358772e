import { randomUUID } from 'node:crypto';
import type { Database } from '../../../platform/db/database.ts';
import { appendAuditEvent } from '../../../platform/audit/appendAuditEvent.ts';
import { insertCounty } from '../repository.ts';
import { required } from './shared.ts';

/** A county: the top of a deployment, whose audit chain records its towns and officials. */
export async function createCounty(
  db: Database,
  input: { name?: string; code?: string; now: Date },
): Promise<string> {
  const name = required('name', input.name);
  const code = required('code', input.code);
  const id = randomUUID();
  await db.transaction(async (tx) => {
    await insertCounty(tx, { id, name, code });
    await appendAuditEvent(tx, {
      chainId: id,
      actorAccountId: null,
      action: 'county.created',
      targetType: 'county',
      targetId: id,
      data: { name, code },
      occurredAt: input.now,
    });
  });
  return id;
}
