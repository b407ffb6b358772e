import type { Config } from '../config.ts';
import type { Database } from '../db/database.ts';
import type { Clock } from '../clock.ts';

/** What every route and command needs from the running server. */
export interface AppContext {
  db: Database;
  config: Config;
  clock: Clock;
  /** Where the log's JSON lines go instead of standard output (tests read them). */
  logStream?: { write(line: string): void };
}
