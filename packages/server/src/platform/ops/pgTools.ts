import { execFile } from 'node:child_process';
import { access, constants } from 'node:fs/promises';
import path from 'node:path';
import { promisify } from 'node:util';

const run = promisify(execFile);

/**
 * Finds `pg_dump` or `pg_restore` of the server's major version, where scripts/with-postgres.sh
 * finds the server's binaries: $PGBIN, Debian's /usr/lib/postgresql/<major>/bin, `pg_config
 * --bindir`, then PATH. An older pg_dump refuses a newer server, and a newer one writes archives
 * an older pg_restore cannot read: the same major keeps both sides readable.
 */
export async function findPgTool(
  tool: 'pg_dump' | 'pg_restore',
  major: number,
  env: NodeJS.ProcessEnv = process.env,
): Promise<string> {
  const dirs = [
    env.PGBIN,
    `/usr/lib/postgresql/${major}/bin`,
    await pgConfigBindir(),
    ...(env.PATH ?? '').split(path.delimiter),
  ].filter((d): d is string => Boolean(d));
  for (const dir of dirs) {
    const file = path.join(dir, tool);
    if ((await toolMajor(file)) === major) return file;
  }
  throw new Error(
    `找不到 PostgreSQL ${major} 的 ${tool}：请安装 postgresql-client-${major}，或用 PGBIN 指明其目录 / ` +
      `no ${tool} of PostgreSQL ${major} found: install postgresql-client-${major} or set PGBIN`,
  );
}

async function pgConfigBindir(): Promise<string | undefined> {
  try {
    return (await run('pg_config', ['--bindir'])).stdout.trim();
  } catch {
    return undefined;
  }
}

/** The major version a binary reports ("pg_dump (PostgreSQL) 15.10 (Debian …)"), or null. */
async function toolMajor(file: string): Promise<number | null> {
  try {
    await access(file, constants.X_OK);
    const { stdout } = await run(file, ['--version']);
    const match = /\(PostgreSQL\) (\d+)/.exec(stdout);
    return match ? Number(match[1]) : null;
  } catch {
    return null;
  }
}
