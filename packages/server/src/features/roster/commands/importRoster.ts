import { randomUUID } from 'node:crypto';
import { checkRoster, type RosterProblem } from '@cunzhi/core/roster/checkRoster';
import type { AppContext } from '../../../platform/http/context.ts';
import { appendAuditEvent } from '../../../platform/audit/appendAuditEvent.ts';
import { insertHouseholds } from '../../registry/repository/households.ts';
import { insertPersons, personValues } from '../../registry/repository/persons.ts';
import type { SheetRow } from '../workbook.ts';
import {
  finishImportJob,
  insertImportJob,
  rosterLookups,
  updateImportProgress,
} from '../repository.ts';

/**
 * Starts a roster import: records the job and returns its id at once; the
 * rows are checked and written in the background while the UI polls the
 * job's progress. Either every household is written (one transaction, one
 * audit event) or none, with every problem listed by row and column.
 */
export async function startRosterImport(
  ctx: AppContext,
  input: { villageId: string; actorAccountId: string; fileName: string; rows: SheetRow[] },
): Promise<{ importId: string; done: Promise<void> }> {
  const importId = randomUUID();
  await ctx.db.transaction((tx) =>
    insertImportJob(tx, input.villageId, {
      id: importId,
      fileName: input.fileName,
      createdBy: input.actorAccountId,
      totalRows: input.rows.length,
    }),
  );
  const done = runImport(ctx, importId, input).catch(async (error: unknown) => {
    await finishImportJob(ctx.db, input.villageId, importId, {
      status: 'failed',
      errors: [{ row: 0, column: 'householdNumber', error: 'internal' }],
      households: 0,
      persons: 0,
      processedRows: 0,
    });
    throw error;
  });
  return { importId, done };
}

async function runImport(
  ctx: AppContext,
  importId: string,
  input: { villageId: string; actorAccountId: string; rows: SheetRow[] },
): Promise<void> {
  const { villageId } = input;
  const lookups = await rosterLookups(ctx.db, villageId);
  const groupIdByKey = new Map<string, string>();
  for (const g of lookups.groups) {
    groupIdByKey.set(String(g.number), g.id);
    groupIdByKey.set(g.name, g.id);
  }
  let progressWrites = Promise.resolve();
  const result = checkRoster(
    input.rows,
    {
      today: ctx.clock.today(),
      groupIdByKey,
      gridIdByName: new Map(lookups.grids.map((g) => [g.name, g.id])),
      existingHouseholdNumbers: new Set(lookups.householdNumbers),
      existingResidentIds: new Set(lookups.residentIds),
    },
    // checking is the first half of the work; writing is the second
    (checked) => {
      progressWrites = progressWrites.then(() =>
        updateImportProgress(ctx.db, villageId, importId, Math.floor(checked / 2)),
      );
    },
  );
  await progressWrites;
  if (!result.ok) {
    await finishImportJob(ctx.db, villageId, importId, {
      status: 'failed',
      errors: result.problems satisfies RosterProblem[],
      households: 0,
      persons: 0,
      processedRows: input.rows.length,
    });
    return;
  }
  const households = result.households.map((h) => ({ ...h, id: randomUUID() }));
  const personRows = households.flatMap((h) =>
    h.members.map((p) => personValues(villageId, randomUUID(), h.id, p)),
  );

  await ctx.db.transaction(async (tx) => {
    await insertHouseholds(tx, villageId, households);
    await insertPersons(tx, personRows);
    await appendAuditEvent(tx, {
      chainId: villageId,
      actorAccountId: input.actorAccountId,
      action: 'roster.imported',
      targetType: 'rosterImport',
      targetId: importId,
      // the event lists what was created, so the chain alone tells which households came from which file
      data: {
        households: households.map((h) => ({
          id: h.id,
          number: h.number,
          members: h.members.length,
        })),
        persons: personRows.length,
      },
      occurredAt: ctx.clock.now(),
    });
  });
  await finishImportJob(ctx.db, villageId, importId, {
    status: 'succeeded',
    errors: [],
    households: households.length,
    persons: personRows.length,
    processedRows: input.rows.length,
  });
}
