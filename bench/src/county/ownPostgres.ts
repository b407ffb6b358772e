/**
 * A PostgreSQL cluster of the bench's own (initdb into a temporary folder), so that it can be
 * restarted between reads: "cold" means a server just started with its page cache dropped, which
 * a shared server (scripts/with-postgres.sh) cannot give. Binaries as scripts/with-postgres.sh
 * finds them (PGBIN, else the newest /usr/lib/postgresql/<n>/bin); as root the cluster runs as
 * the `postgres` user.
 */
import { execFileSync } from 'node:child_process';
import {
  chownSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';

/** A production-like node: a quarter of a small server's memory for PostgreSQL's own cache. */
export const COUNTY_SERVER_SETTINGS = {
  shared_buffers: '1GB',
  work_mem: '64MB',
  maintenance_work_mem: '512MB',
  max_wal_size: '8GB',
  fsync: 'off',
  synchronous_commit: 'off',
  full_page_writes: 'off',
};

export interface OwnPostgres {
  url: string;
  version: string;
  /** Stops and starts the server and drops the kernel's page cache where allowed. */
  coldRestart(): { pageCacheDropped: boolean };
  stop(): void;
}

function pgBin(): string {
  if (process.env.PGBIN) return process.env.PGBIN;
  const root = '/usr/lib/postgresql';
  const versions = existsSync(root) ? readdirSync(root).sort((a, b) => Number(b) - Number(a)) : [];
  const found = versions
    .map((v) => path.join(root, v, 'bin'))
    .find((d) => existsSync(path.join(d, 'initdb')));
  if (!found)
    throw new Error('no PostgreSQL binaries (install the Debian package postgresql, or set PGBIN)');
  return found;
}

async function freePort(): Promise<number> {
  return new Promise((resolve) => {
    const s = net.createServer().listen(0, '127.0.0.1', () => {
      const port = (s.address() as net.AddressInfo).port;
      s.close(() => resolve(port));
    });
  });
}

/**
 * `keep`: a folder the cluster lives in and stays in after the run (made when missing); a cluster
 * already there is started again as it is, so a county generated once serves many measurements.
 */
export async function startOwnPostgres(
  settings: Record<string, string>,
  keep?: string,
): Promise<OwnPostgres & { reused: boolean }> {
  const bin = pgBin();
  const root = process.getuid?.() === 0;
  if (keep) mkdirSync(keep, { recursive: true });
  const dir = keep ?? mkdtempSync(path.join(os.tmpdir(), 'cunzhi-county-pg-'));
  const data = path.join(dir, 'data');
  const reused = existsSync(path.join(data, 'PG_VERSION'));
  const asOwner = (cmd: string, args: string[]) =>
    execFileSync(root ? 'runuser' : cmd, root ? ['-u', 'postgres', '--', cmd, ...args] : args, {
      cwd: '/',
      stdio: ['ignore', 'pipe', 'pipe'],
    }).toString();
  if (root) chownSync(dir, Number(execFileSync('id', ['-u', 'postgres']).toString()), 0);
  if (!reused)
    asOwner(path.join(bin, 'initdb'), [
      '-D',
      data,
      '-U',
      'postgres',
      '-A',
      'trust',
      '-E',
      'UTF8',
      '--no-locale',
      '--no-sync',
    ]);
  const port = await freePort();
  const options = {
    listen_addresses: '127.0.0.1',
    port: String(port),
    unix_socket_directories: dir,
    ...settings,
  };
  const conf = Object.entries(options).map(([k, v]) => `${k} = '${v}'`);
  writeFileSync(path.join(data, 'postgresql.auto.conf'), conf.join('\n') + '\n');
  if (root) execFileSync('chown', ['postgres', path.join(data, 'postgresql.auto.conf')]);
  const ctl = (...args: string[]) =>
    asOwner(path.join(bin, 'pg_ctl'), [
      '-D',
      data,
      '-l',
      path.join(dir, 'log'),
      '-w',
      '-t',
      '120',
      ...args,
    ]);
  ctl('start');
  const version = execFileSync(path.join(bin, 'postgres'), ['--version']).toString().trim();
  return {
    url: `postgres://postgres@127.0.0.1:${port}/postgres`,
    version,
    reused,
    coldRestart() {
      ctl('-m', 'fast', 'stop');
      let pageCacheDropped = false;
      try {
        execFileSync('sync');
        writeFileSync('/proc/sys/vm/drop_caches', '3');
        pageCacheDropped = true;
      } catch {
        // not root, or a container that forbids it: the server's own buffers are still empty
      }
      ctl('start');
      return { pageCacheDropped };
    },
    stop() {
      try {
        ctl('-m', keep ? 'fast' : 'immediate', 'stop');
      } finally {
        if (!keep) rmSync(dir, { recursive: true, force: true });
      }
    },
  };
}
