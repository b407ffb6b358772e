import { api } from './client.ts';

/**
 * Answers asked for before the page that reads them has loaded: on a village phone each round
 * trip costs a few hundred milliseconds, so the app asks for a page's first answers while the
 * page's code is still on its way (app/preload.ts). The page's `useApi` takes the answer once;
 * an answer older than a few seconds is not used (the page asks again), nor one that failed
 * (asked while signed out, it says 401 even after the reader has signed in), nor one asked by
 * another session (`forgetPrefetched` on sign-in and sign-out). A path asked for again while
 * fresh is not fetched twice, taken or not: the page that took it has it.
 */
const early = new Map<string, { at: number; answer: Promise<unknown>; taken: boolean }>();
const FRESH_MS = 10_000;

const fresh = (entry: { at: number }) => Date.now() - entry.at < FRESH_MS;

/**
 * Starts a GET of `path` for a page about to ask for it, and gives the answer's promise (for a
 * further guess made from it: app/preload.ts); the page still takes it once, with `takePrefetched`.
 */
export function prefetch<T = unknown>(path: string): Promise<T> {
  const asked = early.get(path);
  if (asked && fresh(asked)) return asked.answer as Promise<T>;
  const answer = api<T>(path);
  const entry = { at: Date.now(), answer, taken: false };
  // a failed answer is not kept: the page asks again, as whoever is signed in by then
  answer.catch(() => {
    if (early.get(path) === entry) early.delete(path);
  });
  early.set(path, entry);
  return answer;
}

/** Drops every answer not yet taken: they were asked for by the session that just ended. */
export function forgetPrefetched(): void {
  early.clear();
}

/** The answer prefetched for `path`, once, while fresh. */
export function takePrefetched<T>(path: string): Promise<T> | undefined {
  const hit = early.get(path);
  if (!hit || hit.taken || !fresh(hit)) return undefined;
  hit.taken = true;
  return hit.answer as Promise<T>;
}
