import { mkdirSync } from 'node:fs';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { REPO_ROOT } from './server.ts';
import type { BrowserGlobals } from './pages/dom.ts';

export const ARTIFACTS_DIR = path.join(REPO_ROOT, 'test-artifacts/e2e');

/** Saves a full-page screenshot to test-artifacts/e2e/<name>.png and returns its path. */
export async function screenshot(page: Page, name: string): Promise<string> {
  mkdirSync(ARTIFACTS_DIR, { recursive: true });
  const file = path.join(ARTIFACTS_DIR, `${name}.png`);
  // let antd's motion settle so the picture shows the final state
  await page.waitForTimeout(300);
  // from the top: a page scrolled down would show its fixed header in the middle of the picture
  await page.evaluate(() => (globalThis as unknown as BrowserGlobals).scrollTo(0, 0));
  await page.screenshot({ path: file, fullPage: true });
  return file;
}
