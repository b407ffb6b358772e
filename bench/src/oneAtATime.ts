/**
 * Reads timed one call at a time (the monthly statement, the inboxes): a few
 * unmeasured calls, then calls back to back for a few seconds, summarised by
 * median, p95 and mean. Ratios between reads of one run are ratios of medians.
 */

export interface Timing {
  how: string;
  calls: number;
  medianMs: number;
  p95Ms: number;
  meanMs: number;
}

/** Seconds each read is repeated (after a few unmeasured calls). */
const READ_SECONDS = 3;
const WARMUP_CALLS = 3;

export function timing(how: string, samples: number[]): Timing {
  const sorted = [...samples].sort((a, b) => a - b);
  const at = (q: number) => sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))]!;
  return {
    how,
    calls: samples.length,
    medianMs: at(0.5),
    p95Ms: at(0.95),
    meanMs: samples.reduce((s, x) => s + x, 0) / samples.length,
  };
}

/** `call` a few times unmeasured, then one at a time for READ_SECONDS (at least 5 calls). */
export async function repeat(how: string, call: () => Promise<unknown>): Promise<Timing> {
  for (let i = 0; i < WARMUP_CALLS; i++) await call();
  const samples: number[] = [];
  const until = performance.now() + READ_SECONDS * 1000;
  while (performance.now() < until || samples.length < 5) {
    const t = performance.now();
    await call();
    samples.push(performance.now() - t);
  }
  return timing(how, samples);
}
