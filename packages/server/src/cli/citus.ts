import type { Config } from '../platform/config.ts';
import { migrate } from '../platform/db/migrate.ts';
import { citusScript, distributionProblems, readSchemaShape } from '../platform/db/distribution.ts';
import { openDatabase } from './database.ts';

/** The Citus layout of the migrated schema (docs/deployment.md); refuses a schema that would not distribute. */
export async function printCitusScript(config: Config): Promise<void> {
  const db = await openDatabase(config);
  try {
    await migrate(db);
    const shape = await readSchemaShape(db);
    const problems = distributionProblems(shape);
    for (const p of problems) console.error(`✘ ${p}`);
    if (problems.length) process.exitCode = 1;
    else process.stdout.write(citusScript(shape));
  } finally {
    await db.close();
  }
}
