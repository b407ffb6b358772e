import { readdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { promisify } from 'node:util';
import { brotliCompress, constants, gzip } from 'node:zlib';
import type { Plugin, ResolvedConfig } from 'vite';

const brotli = promisify(brotliCompress);
const gzipAsync = promisify(gzip);

/** Text files worth compressing; images and fonts are compressed already. */
const TEXT = /\.(js|css|html|svg|json|txt|webmanifest)$/;
/** Below this a compressed copy saves less than its headers cost (as the server's compress). */
const THRESHOLD = 1024;

/**
 * Every text file of the build is written beside itself as `.br` (brotli at its best level) and
 * `.gz` (gzip at its best level), and the server sends those (`@fastify/static` `preCompressed`).
 * A villager on slow rural 4G waits for every byte of the first chunk (React) and the phone's
 * words before the page draws: brotli at level 11 sends about a fifth less than the server's
 * on-the-fly gzip, and the best levels cost nothing per request because they are paid once here.
 * Runs after every other plugin has written its files (`closeBundle`), so the boot script that
 * routePreload writes is compressed too.
 */
export function precompress(): Plugin {
  let config: ResolvedConfig;
  return {
    name: 'cunzhi:precompress',
    apply: 'build',
    configResolved(resolved) {
      config = resolved;
    },
    async closeBundle() {
      const outDir = path.resolve(config.root, config.build.outDir);
      const files = (await readdir(outDir, { recursive: true, withFileTypes: true }))
        .filter((f) => f.isFile() && TEXT.test(f.name))
        .map((f) => path.join(f.parentPath, f.name));
      await Promise.all(files.map(compressBeside));
    },
  };
}

async function compressBeside(file: string): Promise<void> {
  const raw = await readFile(file);
  if (raw.length < THRESHOLD) return;
  const [br, gz] = await Promise.all([
    brotli(raw, {
      params: {
        [constants.BROTLI_PARAM_QUALITY]: constants.BROTLI_MAX_QUALITY,
        [constants.BROTLI_PARAM_MODE]: constants.BROTLI_MODE_TEXT,
        [constants.BROTLI_PARAM_SIZE_HINT]: raw.length,
      },
    }),
    gzipAsync(raw, { level: constants.Z_BEST_COMPRESSION }),
  ]);
  await Promise.all([writeFile(`${file}.br`, br), writeFile(`${file}.gz`, gz)]);
}
