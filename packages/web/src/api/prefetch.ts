import { api } from './client.ts';

/**
 * Answers asked for before the page that reads them has loaded: on a village phone each round
 * trip costs a few hundred milliseconds, so the app asks for a page's first answers while the
 * page's code is still on its way (app/preload.ts). The page's `useApi` takes the answer once;
 * an answer older than a few seconds is not used (the page asks again), nor one that failed
 * (asked while signed out, it says 401 even after the reader has signed in), nor one asked by
 * another session (`forgetPrefetched` on sign-in and sign-out).
 */
const early = new Map<string, { at: number; answer: Promise<unknown> }>();
const FRESH_MS = 10_000;

/** Starts a GET of `path` for a page about to ask for it. */
export function prefetch(path: string): void {
  if (early.has(path)) return;
  const answer = api(path);
  const entry = { at: Date.now(), answer };
  // a failed answer is not kept: the page asks again, as whoever is signed in by then
  answer.catch(() => {
    if (early.get(path) === entry) early.delete(path);
  });
  early.set(path, entry);
}

/** Drops every answer not yet taken: they were asked for by the session that just ended. */
export function forgetPrefetched(): void {
  early.clear();
}

/** The answer prefetched for `path`, once, while fresh. */
export function takePrefetched<T>(path: string): Promise<T> | undefined {
  const hit = early.get(path);
  if (!hit) return undefined;
  early.delete(path);
  return Date.now() - hit.at < FRESH_MS ? (hit.answer as Promise<T>) : undefined;
}
