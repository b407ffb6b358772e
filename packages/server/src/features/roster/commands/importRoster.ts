import { randomUUID } from 'node:crypto';
import { checkRoster, type RosterProblem } from '@cunzhi/core/roster/checkRoster';
import type { CommandContext } from '../../../platform/command.ts';
import { recordEvent } from '../../../platform/audit/record.ts';
import { insertHouseholds } from '../../registry/repository/households.ts';
import { insertPersons, personValues } from '../../registry/repository/persons.ts';
import type { RawRow, SheetRow } from '../workbook.ts';
import { assertColumnsReady, rosterLayout } from '../layout.ts';
import {
  ImportRefused,
  startImportJob,
  type ReportProgress,
} from '../../../platform/jobs/importJob.ts';
import { findColumnMapping, rosterLookups } from '../repository.ts';

/** The roster's kind of import job (platform/jobs), and what a succeeded one made. */
export const ROSTER_IMPORT = 'roster';
export interface RosterImportResult {
  households: number;
  persons: number;
}

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
  // the header is found with the village's remembered columns; any column still unknown refuses the file
  const layout = rosterLayout(input.raw, await findColumnMapping(cmd.db, cmd.villageId));
  assertColumnsReady(layout);
  const { rows } = layout;
  return startImportJob(
    cmd,
    { kind: ROSTER_IMPORT, fileName: input.fileName, totalRows: rows.length },
    (progress, job) => runImport(cmd, job.id, rows, progress),
  );
}

async function runImport(
  cmd: CommandContext,
  importId: string,
  rows: SheetRow[],
  progress: ReportProgress,
): Promise<RosterImportResult> {
  const { villageId } = cmd;
  const lookups = await rosterLookups(cmd.db, villageId);
  const groupIdByKey = new Map<string, string>();
  for (const g of lookups.groups) {
    groupIdByKey.set(String(g.number), g.id);
    groupIdByKey.set(g.name, g.id);
  }
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
    (checked) => progress(Math.floor(checked / 2)),
  );
  if (!result.ok) {
    // every row was checked: the bar ends full, beside the list of problems
    progress(rows.length);
    throw new ImportRefused(result.problems satisfies RosterProblem[]);
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
  return { households: households.length, persons: personRows.length };
}
