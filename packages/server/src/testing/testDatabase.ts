/**
 * Fresh, migrated, empty databases for tests.
 *
 * - With `TEST_DATABASE_URL` (a superuser URL to a real PostgreSQL, as set by
 *   `scripts/with-postgres.sh`): each call creates `cunzhi_t_<random>` by
 *   cloning a migrated template database, and `close()` drops it again.
 * - Otherwise: an in-memory PGlite started from a tarball of an already
 *   migrated data directory (a cold PGlite start plus migration costs ~3 s,
 *   loading the tarball ~0.5 s). The tarball is made once per process and
 *   also cached on disk under `.tmp/pglite-template/`, keyed by a hash of the
 *   migrations and the PGlite version, so later test files skip it as well.
 *
 * A test that starts from more than the schema (the demo county, say) names a
 * `TemplateLayer`: what it writes is built once on a migrated database and kept
 * as a template of its own (a tarball, a template database), keyed as well by
 * the layer's name and the contents of the source folders that decide what it
 * writes — so a change to the demo's code makes a new one.
 */
import { createHash, randomBytes } from 'node:crypto';
import { mkdir, mkdtemp, readFile, readdir, rename, rm, stat, writeFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import pg from 'pg';
import type { Database } from '../platform/db/database.ts';
import { migrate } from '../platform/db/migrate.ts';
import { dumpPglite, openPglite } from '../platform/db/pglite.ts';
import { openPostgres } from '../platform/db/postgres.ts';

const HERE = path.dirname(fileURLToPath(import.meta.url));
const MIGRATIONS_DIR = path.join(HERE, '..', 'platform', 'db', 'migrations');
const REPO_ROOT = path.resolve(HERE, '..', '..', '..', '..');
const CACHE_DIR =
  process.env.CUNZHI_TEST_CACHE_DIR ?? path.join(REPO_ROOT, '.tmp', 'pglite-template');

/** Which engine `openTestDatabase` uses in this process, for test names. */
export function describeDatabase(): 'pglite' | 'postgres' {
  return process.env.TEST_DATABASE_URL ? 'postgres' : 'pglite';
}

/** Data written once over the migrated schema and kept as a template (see above). */
export interface TemplateLayer {
  /** What the layer holds and its inputs, e.g. `demo-20081028-2026-12-07`. */
  name: string;
  /** Folders or files (from the repository's root) whose contents decide what `write` writes. */
  sources: readonly string[];
  write: (db: Database) => Promise<void>;
}

/**
 * A fresh, migrated database, empty or holding a layer's data; the caller must
 * `close()` it.
 */
export async function openTestDatabase(layer?: TemplateLayer): Promise<Database> {
  const url = process.env.TEST_DATABASE_URL;
  return url ? openPostgresTestDatabase(url, layer) : openPgliteTestDatabase(layer);
}

/**
 * Makes sure the layer's template exists (and the schema's under it), without keeping a
 * database: run once before the test workers start (globalSetup.ts), so that two workers do
 * not each build the same template in their first file's setup.
 */
export async function prepareTestTemplate(layer?: TemplateLayer): Promise<void> {
  const url = process.env.TEST_DATABASE_URL;
  if (url) await (await openPostgresTestDatabase(url, layer)).close();
  else {
    await pgliteTemplate(layer);
    // the tarballs are on disk now; this process (vitest's own) need not hold them all run long
    templatePromises.clear();
  }
}

const layerKeys = new Map<string, Promise<string>>();

/**
 * The template's name: the schema's fingerprint, and the layer's name and sources if any. Worked
 * out once per process and layer: hashing the sources reads hundreds of files, and a file that
 * opens several databases would read them each time.
 */
function templateKey(layer: TemplateLayer | undefined): Promise<string> {
  if (!layer) return schemaFingerprint();
  const id = [layer.name, ...layer.sources].join('\0');
  let key = layerKeys.get(id);
  if (!key) layerKeys.set(id, (key = layerKey(layer)));
  return key;
}

async function layerKey(layer: TemplateLayer): Promise<string> {
  const schema = await schemaFingerprint();
  const hash = createHash('sha256').update(layer.name).update('\0');
  for (const folder of layer.sources)
    for (const file of await filesUnder(path.join(REPO_ROOT, folder)))
      hash
        .update(path.relative(REPO_ROOT, file))
        .update('\0')
        .update(await readFile(file));
  return `${schema}_${layer.name}_${hash.digest('hex').slice(0, 16)}`;
}

/**
 * Every file under `dir` (or `dir` itself if a file), in a stable order (tests excluded: they do
 * not write the data).
 */
async function filesUnder(dir: string): Promise<string[]> {
  if ((await stat(dir)).isFile()) return [dir];
  const out: string[] = [];
  for (const entry of (await readdir(dir, { withFileTypes: true })).sort((a, b) =>
    a.name.localeCompare(b.name),
  )) {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) out.push(...(await filesUnder(full)));
    else if (!entry.name.endsWith('.test.ts')) out.push(full);
  }
  return out;
}

// ---------------------------------------------------------------- fingerprint

let fingerprintPromise: Promise<string> | undefined;

/** Hash of the migration files (names and contents) and the PGlite version. */
function schemaFingerprint(): Promise<string> {
  fingerprintPromise ??= (async () => {
    const hash = createHash('sha256');
    const files = (await readdir(MIGRATIONS_DIR)).filter((f) => f.endsWith('.sql')).sort();
    for (const file of files) {
      hash.update(file).update('\0');
      hash.update(await readFile(path.join(MIGRATIONS_DIR, file))).update('\0');
    }
    hash.update(await pgliteVersion());
    return hash.digest('hex').slice(0, 16);
  })();
  return fingerprintPromise;
}

async function pgliteVersion(): Promise<string> {
  try {
    // package.json is not in the package's exports: walk up from its entry point.
    let dir = path.dirname(createRequire(import.meta.url).resolve('@electric-sql/pglite'));
    for (;;) {
      const pkg = JSON.parse(
        await readFile(path.join(dir, 'package.json'), 'utf8').catch(() => '{}'),
      ) as {
        name?: unknown;
        version?: unknown;
      };
      if (pkg.name === '@electric-sql/pglite' && typeof pkg.version === 'string')
        return pkg.version;
      const parent = path.dirname(dir);
      if (parent === dir) return 'unknown';
      dir = parent;
    }
  } catch {
    return 'unknown';
  }
}

// --------------------------------------------------------------------- PGlite

const templatePromises = new Map<string, Promise<Blob>>();

async function openPgliteTestDatabase(layer: TemplateLayer | undefined): Promise<Database> {
  return openPglite({ loadDataDir: await pgliteTemplate(layer) });
}

/**
 * A PGlite database kept in the folder `dataDir`, started from the layer's template: for the
 * tests of the command line, which opens a folder as an operator's would. Migrating and seeding
 * such a folder anew took each of them seconds; the caller must `close()` it.
 */
export async function openPgliteTestFolder(
  dataDir: string,
  layer?: TemplateLayer,
): Promise<Database> {
  return openPglite({ dataDir, loadDataDir: await pgliteTemplate(layer) });
}

/** The tarball a test database starts from: made once per process, read from disk if cached. */
async function pgliteTemplate(layer: TemplateLayer | undefined): Promise<Blob> {
  const key = await templateKey(layer);
  let promise = templatePromises.get(key);
  if (!promise) templatePromises.set(key, (promise = loadOrBuildPgliteTemplate(key, layer)));
  // A failed build must not poison later calls in the same process.
  return promise.catch((error: unknown) => {
    templatePromises.delete(key);
    throw error;
  });
}

async function loadOrBuildPgliteTemplate(
  key: string,
  layer: TemplateLayer | undefined,
): Promise<Blob> {
  const file = path.join(CACHE_DIR, `${key}.tar`);
  try {
    return new Blob([await readFile(file)]);
  } catch {
    // not cached yet (or unreadable): build it below
  }
  const blob = await buildPgliteTemplate(layer);
  try {
    await mkdir(CACHE_DIR, { recursive: true });
    // Write-then-rename so a concurrent reader never sees a partial file.
    const partial = `${file}.${process.pid}.${randomBytes(4).toString('hex')}.partial`;
    await writeFile(partial, new Uint8Array(await blob.arrayBuffer()));
    await rename(partial, file);
    // Drop templates of older schemas, and of the same layer from older sources (41 MB and up each).
    const schema = await schemaFingerprint();
    const sameLayer = layer ? `${schema}_${layer.name}_` : null;
    for (const other of await readdir(CACHE_DIR)) {
      if (!other.endsWith('.tar') || path.join(CACHE_DIR, other) === file) continue;
      if (!other.startsWith(schema) || (sameLayer && other.startsWith(sameLayer)))
        await rm(path.join(CACHE_DIR, other), { force: true });
    }
  } catch {
    // The disk cache is only an optimisation (read-only checkout, full disk, ...).
  }
  return blob;
}

async function buildPgliteTemplate(layer: TemplateLayer | undefined): Promise<Blob> {
  // A layer starts from the migrated schema's template: migrating again took longer than the
  // layer's own writing, and a cold cache under load ran the first file's setup past its limit.
  const schema = layer ? await pgliteTemplate(undefined) : undefined;
  const dir = await mkdtemp(path.join(os.tmpdir(), 'cunzhi-pglite-template-'));
  try {
    const db = await openPglite({ dataDir: dir, ...(schema ? { loadDataDir: schema } : {}) });
    try {
      if (!schema) await migrate(db);
      await layer?.write(db);
    } finally {
      await db.close();
    }
    return await dumpPglite(dir);
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}

// ----------------------------------------------------------------- PostgreSQL

/** Serialises template creation and cloning across test processes. */
const TEMPLATE_LOCK = 727_002;

async function openPostgresTestDatabase(
  adminUrl: string,
  layer: TemplateLayer | undefined,
): Promise<Database> {
  // PostgreSQL names are at most 63 bytes: the layer's part is hashed
  const key = await templateKey(layer);
  const templateName = `cunzhi_tmpl_${layer ? createHash('sha256').update(key).digest('hex').slice(0, 32) : key}`;
  const name = `cunzhi_t_${randomBytes(8).toString('hex')}`;

  const admin = new pg.Client({ connectionString: adminUrl });
  await admin.connect();
  try {
    await admin.query('SELECT pg_advisory_lock($1)', [TEMPLATE_LOCK]);
    try {
      const existing = await admin.query('SELECT 1 FROM pg_database WHERE datname = $1', [
        templateName,
      ]);
      if (existing.rowCount === 0) await createTemplate(admin, adminUrl, templateName, layer);
      await admin.query(`CREATE DATABASE ${quoteIdent(name)} TEMPLATE ${quoteIdent(templateName)}`);
    } finally {
      await admin.query('SELECT pg_advisory_unlock($1)', [TEMPLATE_LOCK]);
    }
  } finally {
    await admin.end();
  }

  const db = openPostgres(withDatabase(adminUrl, name));
  let closed = false;
  return {
    kind: db.kind,
    query: (text, params) => db.query(text, params),
    transaction: (work) => db.transaction(work),
    async close() {
      if (closed) return;
      closed = true;
      try {
        await settledWithin(db.close(), CLOSE_WAIT_MS);
      } finally {
        // WITH (FORCE) ends any connection a stuck pool still holds
        await dropDatabase(adminUrl, name);
      }
    },
  };
}

async function createTemplate(
  admin: pg.Client,
  adminUrl: string,
  templateName: string,
  layer: TemplateLayer | undefined,
) {
  const building = `${templateName}_building`;
  // A run that died half-way may have left a partial one behind.
  await admin.query(`DROP DATABASE IF EXISTS ${quoteIdent(building)} WITH (FORCE)`);
  await admin.query(`CREATE DATABASE ${quoteIdent(building)}`);
  // one connection for the migrations; a layer's writer may use a pool as the server does
  const db = openPostgres(withDatabase(adminUrl, building), layer ? {} : { max: 1 });
  try {
    await migrate(db);
    await layer?.write(db);
  } finally {
    await db.close();
  }
  // Renamed only once complete, so an existing template is always fully migrated.
  await admin.query(`ALTER DATABASE ${quoteIdent(building)} RENAME TO ${quoteIdent(templateName)}`);
}

/**
 * How long a test file's teardown waits for the pool to end before the database is dropped
 * anyway. Once, under the whole suite's load on PostgreSQL, a file's teardown waited past the
 * 60 s hook limit after all its tests had passed (not reproduced alone): a test's database is
 * thrown away, so a connection still checked out must not fail the run.
 */
export const CLOSE_WAIT_MS = 15_000;

/** Waits for `p`, or at most `ms`; either way resolves (a rejection is the caller's to ignore). */
export async function settledWithin(p: Promise<unknown>, ms: number): Promise<void> {
  let timer: NodeJS.Timeout | undefined;
  await Promise.race([
    p.catch(() => undefined),
    new Promise<void>((resolve) => {
      timer = setTimeout(resolve, ms);
    }),
  ]);
  clearTimeout(timer);
}

async function dropDatabase(adminUrl: string, name: string): Promise<void> {
  const admin = new pg.Client({ connectionString: adminUrl });
  await admin.connect();
  try {
    await admin.query(`DROP DATABASE IF EXISTS ${quoteIdent(name)} WITH (FORCE)`);
  } finally {
    await admin.end();
  }
}

function withDatabase(url: string, database: string): string {
  const parsed = new URL(url);
  parsed.pathname = `/${encodeURIComponent(database)}`;
  return parsed.toString();
}

function quoteIdent(identifier: string): string {
  return `"${identifier.replaceAll('"', '""')}"`;
}
