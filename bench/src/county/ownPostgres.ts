/**
 * A PostgreSQL cluster of the bench's own (initdb into a temporary folder), so that it can be
 * restarted between reads: "cold" means a server just started with its page cache dropped, which
 * a shared server (scripts/with-postgres.sh) cannot give. Binaries as scripts/with-postgres.sh
 * finds them (PGBIN, else the newest /usr/lib/postgresql/<n>/bin); as root the cluster runs as
 * the `postgres` user.
 */
import { execFileSync } from 'node:child_process';
import { chownSync, existsSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';

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

export async function startOwnPostgres(settings: Record<string, string>): Promise<OwnPostgres> {
  const bin = pgBin();
  const root = process.getuid?.() === 0;
  const dir = mkdtempSync(path.join(os.tmpdir(), 'cunzhi-county-pg-'));
  const data = path.join(dir, 'data');
  const asOwner = (cmd: string, args: string[]) =>
    execFileSync(root ? 'runuser' : cmd, root ? ['-u', 'postgres', '--', cmd, ...args] : args, {
      cwd: '/',
      stdio: ['ignore', 'pipe', 'pipe'],
    }).toString();
  if (root) chownSync(dir, Number(execFileSync('id', ['-u', 'postgres']).toString()), 0);
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
        ctl('-m', 'immediate', 'stop');
      } finally {
        rmSync(dir, { recursive: true, force: true });
      }
    },
  };
}
