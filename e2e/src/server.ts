import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { createHash } from 'node:crypto';
import {
  cpSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  renameSync,
  rmSync,
  statSync,
} from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { lockFileOf } from '@cunzhi/server/platform/db/dataDirLock';

export const REPO_ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const WEB_DIR = path.join(REPO_ROOT, 'packages/web');

export interface DemoLogin {
  phone: string;
  password: string;
  role: string;
  displayName: string;
}

export interface RunningServer {
  baseURL: string;
  port: number;
  dataDir: string;
  /** Demo accounts as printed by `cli.ts start`. */
  accounts: DemoLogin[];
  output: () => string;
  stop: () => Promise<void>;
}

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = createServer();
    probe.once('error', reject);
    probe.listen(0, '127.0.0.1', () => {
      const address = probe.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      probe.close(() => resolve(port));
    });
  });
}

function newestMtime(dir: string): number {
  let newest = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const full = path.join(dir, entry.name);
    newest = Math.max(newest, entry.isDirectory() ? newestMtime(full) : statSync(full).mtimeMs);
  }
  return newest;
}

/** Builds packages/web when dist is missing or older than its sources, so the server serves the current UI. */
export function ensureWebBuilt(): void {
  const index = path.join(WEB_DIR, 'dist/index.html');
  const sources = Math.max(
    newestMtime(path.join(WEB_DIR, 'src')),
    statSync(path.join(WEB_DIR, 'index.html')).mtimeMs,
  );
  if (existsSync(index) && statSync(index).mtimeMs >= sources) return;
  const result = spawnSync('npm', ['run', 'build', '-w', '@cunzhi/web'], {
    cwd: REPO_ROOT,
    stdio: 'pipe',
    encoding: 'utf8',
  });
  if (result.status !== 0) throw new Error(`web build failed:\n${result.stdout}\n${result.stderr}`);
}

/** The settings that change what the demo county holds: a template is made per combination. */
const DEMO_SETTINGS = ['DEMO', 'DEMO_SEED', 'DEMO_BOOKS', 'TIME_ZONE'] as const;
const TEMPLATES_DIR = path.join(REPO_ROOT, '.tmp', 'e2e-demo');

/**
 * Seeding the demo county takes most of a minute, and every e2e file starts a server on a fresh
 * one. So the county is seeded once (`cli.ts seed-demo`) into a template data directory, and each
 * server starts on a copy of it: the same data a first `npm start` writes, minus the wait. A
 * template is named by what could change that data: the newest source file the server, core and
 * demo are made of and today's date (the demo is dated around today) — a source change makes new
 * templates and the old ones are removed — then the demo settings: the files ask for two
 * combinations (with and without the books), and both templates are kept side by side, since the
 * files alternate between them and reseeding at every switch cost a minute or more each time.
 */
function demoTemplate(options: Record<string, string>): string {
  const env = { ...process.env, ...options };
  const hash = (value: unknown) =>
    createHash('sha256').update(JSON.stringify(value)).digest('hex').slice(0, 12);
  const sources = ['packages/server/src', 'packages/core/src', 'packages/demo/src'].map((dir) =>
    newestMtime(path.join(REPO_ROOT, dir)),
  );
  const generation = hash([sources, new Date().toISOString().slice(0, 10)]);
  const template = path.join(
    TEMPLATES_DIR,
    `${generation}-${hash(DEMO_SETTINGS.map((k) => env[k] ?? ''))}`,
  );
  if (existsSync(template)) return template;
  mkdirSync(TEMPLATES_DIR, { recursive: true });
  for (const old of readdirSync(TEMPLATES_DIR)) {
    const full = path.join(TEMPLATES_DIR, old);
    // another process (the Lighthouse bench starts servers too) may be seeding right now
    const seeding = old.startsWith('building-') && Date.now() - statSync(full).mtimeMs < 3_600_000;
    if (!old.startsWith(`${generation}-`) && !seeding)
      rmSync(full, { recursive: true, force: true });
  }
  const building = mkdtempSync(path.join(TEMPLATES_DIR, 'building-'));
  const result = spawnSync(process.execPath, cliArgs('seed-demo'), {
    cwd: REPO_ROOT,
    env: { ...env, DATA_DIR: building, LOG_LEVEL: 'warn' },
    stdio: 'pipe',
    encoding: 'utf8',
  });
  rmSync(lockFileOf(building), { force: true });
  if (result.status !== 0)
    throw new Error(`seeding the demo failed:\n${result.stdout}\n${result.stderr}`);
  // renamed only once complete, so an interrupted seeding is never taken for a template
  try {
    renameSync(building, template);
  } catch (error) {
    // another process finished the same template first: theirs serves
    if (!existsSync(template)) throw error;
    rmSync(building, { recursive: true, force: true });
  }
  return template;
}

/**
 * Node's arguments to run the server's CLI: plain node with tsx's loader, not `npx tsx` — npx
 * and tsx's own CLI are two more node processes to start before the server's, and a server
 * took about 20 s to answer through them against about 10 s this way (2 loaded cores).
 */
function cliArgs(command: string): string[] {
  return ['--import', 'tsx', 'packages/server/src/cli.ts', command];
}

/** Whether any process of the group is still alive. */
function groupAlive(pgid: number): boolean {
  try {
    process.kill(-pgid, 0);
    return true;
  } catch {
    return false;
  }
}

/**
 * Stops the server's whole process group (the server and anything it started) and waits until
 * every one of them is gone — the server may still be closing its database and the outbox's
 * file in the data directory — killing what is left after 10 s.
 */
async function stopGroup(pgid: number): Promise<void> {
  const signal = (name: NodeJS.Signals) => {
    try {
      process.kill(-pgid, name);
    } catch {
      // already gone
    }
  };
  signal('SIGTERM');
  const waitGone = async (ms: number) => {
    const deadline = Date.now() + ms;
    while (groupAlive(pgid) && Date.now() < deadline) await new Promise((r) => setTimeout(r, 100));
  };
  await waitGone(10_000);
  if (!groupAlive(pgid)) return;
  signal('SIGKILL');
  await waitGone(5_000);
}

/** `  13800000001  Passw0rd!  村民委员会主任 / Villagers' committee chair  张三` */
function parseAccounts(output: string): DemoLogin[] {
  const accounts: DemoLogin[] = [];
  const start = output.indexOf('演示账号');
  if (start < 0) return accounts;
  for (const line of output.slice(start).split('\n').slice(1)) {
    const m = /^\s+(1\d{10})\s+(\S+)\s+(.+?)\s{2,}(\S.*)$/.exec(line);
    if (!m) {
      if (accounts.length > 0 && line.trim() === '') break;
      continue;
    }
    accounts.push({ phone: m[1]!, password: m[2]!, role: m[3]!, displayName: m[4]!.trim() });
  }
  return accounts;
}

async function waitForHealth(
  port: number,
  child: ChildProcess,
  output: () => string,
  timeoutMs: number,
): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (child.exitCode !== null)
      throw new Error(`server exited with ${child.exitCode}:\n${output()}`);
    try {
      const response = await fetch(`http://127.0.0.1:${port}/api/health`);
      if (response.ok) return;
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 250));
  }
  throw new Error(`server did not answer /api/health within ${timeoutMs} ms:\n${output()}`);
}

/**
 * `E2E_BASE_URL=http://localhost:3000 E2E_ACCOUNTS='13800000001:pass:村民委员会主任'` runs the
 * tests against a server that is already running (while developing the UI).
 */
function externalServer(): RunningServer | null {
  const baseURL = process.env.E2E_BASE_URL;
  if (!baseURL) return null;
  const accounts = (process.env.E2E_ACCOUNTS ?? '')
    .split(',')
    .filter(Boolean)
    .map((entry) => {
      const [phone = '', password = '', role = ''] = entry.split(':');
      return { phone, password, role, displayName: role };
    });
  return {
    baseURL,
    port: Number(new URL(baseURL).port),
    dataDir: '',
    accounts,
    output: () => '',
    stop: async () => undefined,
  };
}

/**
 * Starts the real server (`cli.ts start`) on a free port with a fresh
 * embedded database and the demo data, and waits until it answers.
 */
export async function startServer(
  options: { timeoutMs?: number; env?: Record<string, string> } = {},
): Promise<RunningServer> {
  const external = externalServer();
  if (external) return external;
  // a caller that names its own build (WEB_DIST) serves that one as it is
  if (!options.env?.WEB_DIST) ensureWebBuilt();
  const port = await freePort();
  const dataDir = mkdtempSync(path.join(tmpdir(), 'cunzhi-e2e-'));
  // a server on the demo county starts from a copy of the seeded template
  if (options.env?.DEMO !== 'false')
    cpSync(demoTemplate(options.env ?? {}), dataDir, { recursive: true });
  const child = spawn(process.execPath, cliArgs('start'), {
    cwd: REPO_ROOT,
    env: {
      ...process.env,
      PORT: String(port),
      DATA_DIR: dataDir,
      COOKIE_SECURE: 'false',
      LOG_LEVEL: 'warn',
      SIGN_IN_RATE_PER_MINUTE: '1000',
      ...options.env,
    },
    stdio: ['ignore', 'pipe', 'pipe'],
    detached: true,
  });
  let log = '';
  child.stdout?.on('data', (chunk: Buffer) => (log += chunk.toString()));
  child.stderr?.on('data', (chunk: Buffer) => (log += chunk.toString()));
  const output = () => log;

  const stop = async () => {
    if (child.pid !== undefined) await stopGroup(child.pid);
    rmSync(dataDir, { recursive: true, force: true, maxRetries: 10, retryDelay: 200 });
    // a server killed after the grace period leaves its data-folder lock beside the folder
    rmSync(lockFileOf(dataDir), { force: true });
  };

  try {
    await waitForHealth(port, child, output, options.timeoutMs ?? 150_000);
    // The account list is printed right after listening; give stdout a moment to arrive.
    const deadline = Date.now() + 5_000;
    while (parseAccounts(log).length === 0 && Date.now() < deadline)
      await new Promise((r) => setTimeout(r, 100));
  } catch (error) {
    await stop();
    throw error;
  }
  return {
    baseURL: `http://localhost:${port}`,
    port,
    dataDir,
    accounts: parseAccounts(log),
    output,
    stop,
  };
}
