import { api } from './client.ts';

/**
 * Answers asked for before the page that reads them has loaded: on a village phone each round
 * trip costs a few hundred milliseconds, so the app asks for a page's first answers while the
 * page's code is still on its way (app/preload.ts). The page's `useApi` takes the answer once;
 * an answer older than a few seconds is not used (the page asks again).
 */
const early = new Map<string, { at: number; answer: Promise<unknown> }>();
const FRESH_MS = 10_000;

/** Starts a GET of `path` for a page about to ask for it. */
export function prefetch(path: string): void {
  if (early.has(path)) return;
  const answer = api(path);
  // an unused or failed answer is the page's to report, not an unhandled rejection
  answer.catch(() => undefined);
  early.set(path, { at: Date.now(), answer });
}

/** The answer prefetched for `path`, once, while fresh. */
export function takePrefetched<T>(path: string): Promise<T> | undefined {
  const hit = early.get(path);
  if (!hit) return undefined;
  early.delete(path);
  return Date.now() - hit.at < FRESH_MS ? (hit.answer as Promise<T>) : undefined;
}
