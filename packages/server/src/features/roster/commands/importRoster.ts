import { randomUUID } from 'node:crypto';
import { checkRoster, type RosterProblem } from '@cunzhi/core/roster/checkRoster';
import type { CommandContext } from '../../../platform/command.ts';
import { recordEvent } from '../../../platform/audit/record.ts';
import { insertHouseholds } from '../../registry/repository/households.ts';
import { insertPersons, personValues } from '../../registry/repository/persons.ts';
import type { RawRow, SheetRow } from '../workbook.ts';
import { assertColumnsReady, rosterLayout } from '../layout.ts';
import {
  findColumnMapping,
  finishImportJob,
  insertImportJob,
  rosterLookups,
  updateImportProgress,
} from '../repository.ts';

/**
 * Starts a roster import: finds the file's header and columns (refusing a
 * file with a column nobody has mapped), records the job and returns its id at once; the
 * rows are checked and written in the background while the UI polls the
 * job's progress. Either every household is written (one transaction, one
 * audit event) or none, with every problem listed by row and column.
 */
export async function startRosterImport(
  cmd: CommandContext,
  input: { fileName: string; raw: RawRow[] },
): Promise<{ importId: string; done: Promise<void> }> {
  const { fileName } = input;
  // the job names who uploaded the file; the system itself never imports a roster
  const createdBy = cmd.actorAccountId;
  if (!createdBy) throw new Error('a roster import is started by a signed-in account');
  // the header is found with the village's remembered columns; any column still unknown refuses the file
  const layout = rosterLayout(input.raw, await findColumnMapping(cmd.db, cmd.villageId));
  assertColumnsReady(layout);
  const { rows } = layout;
  const importId = randomUUID();
  await cmd.db.transaction((tx) =>
    insertImportJob(tx, cmd.villageId, {
      id: importId,
      fileName,
      createdBy,
      totalRows: rows.length,
    }),
  );
  const done = runImport(cmd, importId, rows).catch(async (error: unknown) => {
    await finishImportJob(cmd.db, cmd.villageId, importId, {
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

async function runImport(cmd: CommandContext, importId: string, rows: SheetRow[]): Promise<void> {
  const { villageId } = cmd;
  const lookups = await rosterLookups(cmd.db, villageId);
  const groupIdByKey = new Map<string, string>();
  for (const g of lookups.groups) {
    groupIdByKey.set(String(g.number), g.id);
    groupIdByKey.set(g.name, g.id);
  }
  let progressWrites = Promise.resolve();
  const result = checkRoster(
    rows,
    {
      today: cmd.clock.today(),
      groupIdByKey,
      gridIdByName: new Map(lookups.grids.map((g) => [g.name, g.id])),
      existingHouseholdNumbers: new Set(lookups.householdNumbers),
      existingResidentIds: new Set(lookups.residentIds),
    },
    // checking is the first half of the work; writing is the second
    (checked) => {
      progressWrites = progressWrites.then(() =>
        updateImportProgress(cmd.db, villageId, importId, Math.floor(checked / 2)),
      );
    },
  );
  await progressWrites;
  if (!result.ok) {
    await finishImportJob(cmd.db, villageId, importId, {
      status: 'failed',
      errors: result.problems satisfies RosterProblem[],
      households: 0,
      persons: 0,
      processedRows: rows.length,
    });
    return;
  }
  const households = result.households.map((h) => ({ ...h, id: randomUUID() }));
  const personRows = households.flatMap((h) =>
    h.members.map((p) => personValues(villageId, randomUUID(), h.id, p)),
  );

  await cmd.db.transaction(async (tx) => {
    await insertHouseholds(tx, villageId, households);
    await insertPersons(tx, personRows);
    // the event lists what was created, so the chain alone tells which households came from which file
    await recordEvent(
      cmd,
      tx,
      'roster.imported',
      { type: 'rosterImport', id: importId },
      {
        households: households.map((h) => ({
          id: h.id,
          number: h.number,
          members: h.members.length,
        })),
        persons: personRows.length,
      },
    );
  });
  await finishImportJob(cmd.db, villageId, importId, {
    status: 'succeeded',
    errors: [],
    households: households.length,
    persons: personRows.length,
    processedRows: rows.length,
  });
}
