import { readFile, stat } from 'node:fs/promises';
import { existsSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';

/**
 * The JavaScript a phone downloads before a page can show anything: the
 * entry chunk and everything it imports statically, plus the page's own lazy
 * chunk and its static imports — each file gzipped (as @fastify/compress
 * serves it) and counted once. Read from the built web app's Vite manifest
 * (`npm run build:web` first; `build.manifest` is on in vite.config.ts).
 */
export interface PageWeight {
  /** The page's lazy modules as the route loads them (a frame, then the page). */
  page: string;
  title: string;
  /** Goal for the initial JS, gzip, KB (1 KB = 1,000 bytes). */
  goalKb: number;
  files: number;
  gzipKb: number;
  rawKb: number;
}

interface ManifestChunk {
  file: string;
  isEntry?: boolean;
  imports?: string[];
}

/** The built web app: packages/web/dist, or BENCH_WEB_DIST. */
const WEB_DIST =
  process.env.BENCH_WEB_DIST ?? fileURLToPath(new URL('../../packages/web/dist/', import.meta.url));

/**
 * Every page past sign-in waits for its Chinese words before it shows anything: a phone page
 * for the phone's part of the dictionary (App.tsx `phonePage`), a console page for the whole.
 */
const DICTIONARY = 'src/i18n/phone.zh-CN.ts';

/** The pages measured, by their lazy source modules (App.tsx), with the issue's goals. */
export const MEASURED_PAGES: Array<{ modules: string[]; title: string; goalKb: number }> = [
  { modules: ['src/features/auth/SignInPage.tsx'], title: 'sign-in page', goalKb: 120 },
  {
    modules: ['src/features/meetings/MePage.tsx', DICTIONARY],
    title: "villager's phone at a meeting (from the QR code: check in, vote)",
    goalKb: 150,
  },
  {
    modules: [
      'src/features/villages/VillageShell.tsx',
      // a villager or representative gets their own light home; cadres the antd console's
      'src/features/villages/villager/MyHomePage.tsx',
      DICTIONARY,
    ],
    title: "villager's phone: the village home",
    goalKb: 150,
  },
  {
    modules: [
      'src/features/villages/VillageShell.tsx',
      'src/features/matters/NoticePage.tsx',
      DICTIONARY,
    ],
    title: "villager's phone: a notice (from its QR code)",
    goalKb: 150,
  },
  {
    modules: ['src/features/auth/ChangePasswordPage.tsx'],
    title: "villager's phone: change the temporary password",
    goalKb: 150,
  },
];

export async function measurePageWeights(
  dist = WEB_DIST,
): Promise<{ dist: string; builtAt: string | null; pages: PageWeight[] } | null> {
  const manifestPath = path.join(dist, '.vite', 'manifest.json');
  if (!existsSync(manifestPath)) return null;
  const manifest = JSON.parse(await readFile(manifestPath, 'utf8')) as Record<
    string,
    ManifestChunk
  >;
  const entry = Object.keys(manifest).find((k) => manifest[k]?.isEntry);
  if (!entry) throw new Error(`${manifestPath}: no entry chunk`);
  const sizes = new Map<string, { raw: number; gzip: number }>();
  const sizeOf = async (file: string) => {
    let s = sizes.get(file);
    if (!s) {
      const bytes = await readFile(path.join(dist, file));
      s = { raw: bytes.length, gzip: gzipSync(bytes, { level: 6 }).length };
      sizes.set(file, s);
    }
    return s;
  };
  const closure = (key: string, into: Set<string>) => {
    if (into.has(key)) return;
    const chunk = manifest[key];
    if (!chunk) throw new Error(`${manifestPath}: no chunk ${key}`);
    into.add(key);
    for (const i of chunk.imports ?? []) closure(i, into);
  };
  const pages: PageWeight[] = [];
  for (const { modules, title, goalKb } of MEASURED_PAGES) {
    if (!modules.every((m) => manifest[m])) continue;
    const keys = new Set<string>();
    closure(entry, keys);
    for (const m of modules) closure(m, keys);
    const page = modules.map((m) => path.basename(m)).join(' + ');
    let raw = 0;
    let gzip = 0;
    for (const key of keys) {
      const s = await sizeOf(manifest[key]!.file);
      raw += s.raw;
      gzip += s.gzip;
    }
    pages.push({
      page,
      title,
      goalKb,
      files: keys.size,
      gzipKb: Math.round(gzip / 100) / 10,
      rawKb: Math.round(raw / 100) / 10,
    });
  }
  const { mtime } = await stat(manifestPath);
  return { dist, builtAt: mtime.toISOString(), pages };
}

export function pageWeightTable(weights: PageWeight[]): string {
  const lines = [
    '| page | JS files | initial JS gzip KB | raw KB | goal KB | met |',
    '|---|--:|--:|--:|--:|---|',
  ];
  for (const w of weights)
    lines.push(
      `| ${w.title} (\`${w.page}\`) | ${w.files} | ${w.gzipKb} | ${w.rawKb} | ≤ ${w.goalKb} | ${w.gzipKb <= w.goalKb ? 'yes' : `no (+${(w.gzipKb - w.goalKb).toFixed(1)})`} |`,
    );
  return lines.join('\n');
}
