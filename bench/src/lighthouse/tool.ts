import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';

/**
 * Lighthouse 12 and the puppeteer-core it ships with, installed at bench time
 * into a cache folder outside the repository (`npm install --prefix`), never
 * into a workspace: `npm ci` for the tests does not download it. The folder is
 * LIGHTHOUSE_DIR, else `$XDG_CACHE_HOME/cunzhi/lighthouse-12` (~/.cache/…).
 * Only what the bench calls is typed here.
 */
export const LIGHTHOUSE_SPEC = 'lighthouse@12';

export function lighthouseDir(): string {
  const cache = process.env.XDG_CACHE_HOME ?? path.join(os.homedir(), '.cache');
  return process.env.LIGHTHOUSE_DIR ?? path.join(cache, 'cunzhi', 'lighthouse-12');
}

/** A Lighthouse audit as the bench reads it from the result. */
export interface LhAudit {
  id: string;
  title: string;
  score: number | null;
  scoreDisplayMode: string;
  numericValue?: number;
  displayValue?: string;
  details?: {
    type?: string;
    items?: Array<Record<string, unknown>>;
    overallSavingsMs?: number;
  };
}

export interface LhResult {
  lighthouseVersion: string;
  finalDisplayedUrl: string;
  runtimeError?: { code: string; message: string };
  runWarnings: string[];
  environment: { benchmarkIndex: number };
  categories: Record<
    string,
    { score: number | null; auditRefs: Array<{ id: string; weight: number }> }
  >;
  audits: Record<string, LhAudit>;
}

export interface LhFlags {
  output?: 'json';
  logLevel?: 'silent' | 'error' | 'info';
  onlyCategories?: string[];
  formFactor?: 'mobile' | 'desktop';
  locale?: string;
  throttling?: { cpuSlowdownMultiplier?: number };
}

export type Lighthouse = (
  url: string,
  flags: LhFlags,
  config: undefined,
  page: PuppeteerPage,
) => Promise<{ lhr: LhResult } | undefined>;

export interface PuppeteerPage {
  goto(url: string, options?: { waitUntil?: string }): Promise<unknown>;
  evaluate<A>(fn: (arg: A) => void, arg: A): Promise<void>;
  close(): Promise<void>;
}

export interface PuppeteerContext {
  newPage(): Promise<PuppeteerPage>;
  setCookie(
    ...cookies: Array<{
      name: string;
      value: string;
      domain: string;
      path: string;
      httpOnly?: boolean;
      sameSite?: 'Lax' | 'Strict';
    }>
  ): Promise<void>;
  close(): Promise<void>;
}

export interface PuppeteerBrowser {
  createBrowserContext(): Promise<PuppeteerContext>;
  version(): Promise<string>;
  close(): Promise<void>;
}

export interface Puppeteer {
  launch(options: {
    executablePath: string;
    headless: boolean;
    args: string[];
    protocolTimeout?: number;
  }): Promise<PuppeteerBrowser>;
}

export interface LighthouseTool {
  version: string;
  lighthouse: Lighthouse;
  puppeteer: Puppeteer;
}

/** Installs Lighthouse 12 into the cache folder when it is not there yet, then loads it. */
export async function loadLighthouse(log: (line: string) => void): Promise<LighthouseTool> {
  const dir = lighthouseDir();
  const modules = path.join(dir, 'node_modules');
  const lighthousePackage = path.join(modules, 'lighthouse', 'package.json');
  if (!existsSync(lighthousePackage)) {
    log(`installing ${LIGHTHOUSE_SPEC} into ${dir} (once)…`);
    mkdirSync(dir, { recursive: true });
    const result = spawnSync(
      'npm',
      ['install', '--prefix', dir, '--no-save', '--no-audit', '--no-fund', LIGHTHOUSE_SPEC],
      { cwd: dir, stdio: 'inherit' },
    );
    if (result.status !== 0 || !existsSync(lighthousePackage))
      throw new Error(`npm install ${LIGHTHOUSE_SPEC} into ${dir} failed`);
  }
  const { version } = JSON.parse(readFileSync(lighthousePackage, 'utf8')) as { version: string };
  const lighthouseModule = (await import(
    pathToFileURL(path.join(modules, 'lighthouse', 'core', 'index.js')).href
  )) as { default: Lighthouse };
  // puppeteer-core as Lighthouse itself resolves it (its own dependency)
  const puppeteerModule = (await import(
    pathToFileURL(
      path.join(modules, 'puppeteer-core', 'lib', 'esm', 'puppeteer', 'puppeteer-core.js'),
    ).href
  )) as { default: Puppeteer };
  return { version, lighthouse: lighthouseModule.default, puppeteer: puppeteerModule.default };
}
