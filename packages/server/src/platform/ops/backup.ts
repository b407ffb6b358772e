/**
 * `cli.ts backup <file>` and `cli.ts restore <file>` (docs/operations.md "Backup and restore"):
 * PostgreSQL through pg_dump/pg_restore in their custom format, PGlite as a gzipped snapshot of
 * its data folder. A restore goes only into an empty database or folder, and ends by verifying
 * every audit chain of the restored copy: a backup is trusted for what it verifies, not for
 * where it came from.
 */
import { spawn } from 'node:child_process';
import { open, readdir, rename, rm, stat, writeFile, readFile } from 'node:fs/promises';
import { PGlite } from '@electric-sql/pglite';
import type { Config } from '../config.ts';
import type { Database } from '../db/database.ts';
import { openPglite } from '../db/pglite.ts';
import { holdDataDir } from '../db/dataDirLock.ts';
import { openPostgres } from '../db/postgres.ts';
import { verifyAudit } from '../audit/verifyCli.ts';
import { findPgTool } from './pgTools.ts';
import { publicTableCount, serverMajorVersion } from './repository.ts';

type Print = (line: string) => void;
type Target = Pick<Config, 'DATABASE_URL' | 'DATA_DIR'>;

/** What a backup file holds, from its first bytes: pg_dump's custom format, or a gzipped snapshot. */
export function backupKindOf(head: Uint8Array): 'postgres' | 'pglite' | null {
  if (Buffer.from(head.subarray(0, 5)).toString('latin1') === 'PGDMP') return 'postgres';
  if (head[0] === 0x1f && head[1] === 0x8b) return 'pglite';
  return null;
}

/** `backup <file>` / `restore <file>`: the exit code (2 for a missing file name). */
export async function backupCli(
  command: 'backup' | 'restore',
  target: Target,
  args: string[],
  print: Print,
): Promise<number> {
  const [file] = args;
  if (!file) {
    print(`usage: cli.ts ${command} <file>  (PGlite: stop the server first)`);
    return 2;
  }
  if (command === 'restore') return restore(target, file, print);
  await backup(target, file, print);
  return 0;
}

export async function backup(target: Target, file: string, print: Print): Promise<void> {
  if (await exists(file))
    throw new Error(`备份文件已存在，不覆盖 / ${file} exists: it is not overwritten`);
  // written beside the file and renamed when complete: a half-written backup never has its name
  const partial = `${file}.partial`;
  try {
    if (target.DATABASE_URL) await dumpPostgres(target.DATABASE_URL, partial);
    else await snapshotPglite(target.DATA_DIR, partial);
    await rename(partial, file);
  } finally {
    await rm(partial, { force: true });
  }
  const { size } = await stat(file);
  print(`✔ 已备份 / backed up: ${file}  ${(size / 1024 / 1024).toFixed(1)} MB`);
}

/** Restores into the configured (empty) database and verifies its audit chains: the exit code. */
export async function restore(target: Target, file: string, print: Print): Promise<number> {
  const kind = backupKindOf(await firstBytes(file));
  const wanted = target.DATABASE_URL ? 'postgres' : 'pglite';
  if (kind !== wanted)
    throw new Error(
      kind === null
        ? `不是村治的备份文件 / ${file} is not a cunzhi backup`
        : `这是 ${kind === 'postgres' ? 'PostgreSQL' : 'PGlite'} 的备份，与所配置的数据库不符 / ` +
            `${file} is a ${kind} backup; the configured database is ${wanted}`,
    );
  const db = target.DATABASE_URL
    ? await restorePostgres(target.DATABASE_URL, file)
    : await restorePglite(target.DATA_DIR, file);
  try {
    print(`✔ 已恢复 / restored from ${file}; 核验审计链 / verifying the audit chains:`);
    return await verifyAudit(db, [], print);
  } finally {
    await db.close();
  }
}

async function snapshotPglite(dataDir: string, file: string): Promise<void> {
  if (!(await exists(`${dataDir}/PG_VERSION`)))
    throw new Error(`数据目录中没有数据库 / no database in DATA_DIR ${dataDir}`);
  // refused while the server (or anything else) has the folder open: the copy would not be consistent
  const release = holdDataDir(dataDir);
  try {
    const pg = await PGlite.create({ dataDir });
    try {
      const tarball = await pg.dumpDataDir('gzip');
      await writeFile(file, Buffer.from(await tarball.arrayBuffer()));
    } finally {
      await pg.close();
    }
  } finally {
    release();
  }
}

async function restorePglite(dataDir: string, file: string): Promise<Database> {
  if ((await exists(dataDir)) && (await readdir(dataDir)).length > 0)
    throw new Error(
      `数据目录不是空的，只恢复到空目录 / DATA_DIR ${dataDir} is not empty: restore into an empty folder`,
    );
  const loadDataDir = new Blob([await readFile(file)]);
  const release = holdDataDir(dataDir);
  try {
    const pg = await PGlite.create({ dataDir, loadDataDir });
    await pg.close();
  } finally {
    release();
  }
  return openPglite({ dataDir });
}

async function dumpPostgres(url: string, file: string): Promise<void> {
  const pgDump = await findPgTool('pg_dump', await majorOf(url));
  await runTool(pgDump, ['--format=custom', `--file=${file}`], url);
}

async function restorePostgres(url: string, file: string): Promise<Database> {
  const db = openPostgres(url);
  try {
    if ((await publicTableCount(db)) > 0)
      throw new Error(
        '目标数据库不是空的，只恢复到新建的空库 / the database has tables: restore into a new, empty database',
      );
    const pgRestore = await findPgTool('pg_restore', await serverMajorVersion(db));
    // one transaction: a restore that fails half-way leaves the database empty, not half-filled
    await runTool(
      pgRestore,
      ['--no-owner', '--no-privileges', '--exit-on-error', '--single-transaction', file],
      url,
    );
    return db;
  } catch (error) {
    await db.close();
    throw error;
  }
}

async function majorOf(url: string): Promise<number> {
  const db = openPostgres(url);
  try {
    return await serverMajorVersion(db);
  } finally {
    await db.close();
  }
}

/** Runs pg_dump or pg_restore against `url`, its password in the environment rather than in `ps`. */
function runTool(tool: string, args: string[], url: string): Promise<void> {
  const target = new URL(url);
  const password = decodeURIComponent(target.password);
  target.password = '';
  return new Promise((resolve, reject) => {
    const child = spawn(tool, [...args, `--dbname=${target.toString()}`], {
      stdio: ['ignore', 'inherit', 'inherit'],
      env: { ...process.env, ...(password ? { PGPASSWORD: password } : {}) },
    });
    child.on('error', reject);
    child.on('exit', (code) =>
      code === 0 ? resolve() : reject(new Error(`${tool} 失败 / failed (exit ${String(code)})`)),
    );
  });
}

async function firstBytes(file: string): Promise<Uint8Array> {
  const handle = await open(file, 'r');
  try {
    const { buffer, bytesRead } = await handle.read(Buffer.alloc(8), 0, 8, 0);
    return buffer.subarray(0, bytesRead);
  } finally {
    await handle.close();
  }
}

async function exists(file: string): Promise<boolean> {
  return stat(file).then(
    () => true,
    () => false,
  );
}
