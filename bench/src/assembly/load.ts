import { Worker } from 'node:worker_threads';

/** One request of a burst: each villager's own cookie and body. */
export interface FireRequest {
  method: 'GET' | 'POST';
  path: string;
  cookie?: string;
  /** JSON text. */
  body?: string;
}

export interface FireJob {
  origin: string;
  requests: FireRequest[];
}

export interface FireOutcome {
  /** HTTP status, 0 for a network error or timeout. */
  status: number;
  /** From starting the request to the end of the answer. */
  ms: number;
  /** performance.now() in the worker when the answer ended. */
  endMs: number;
  error?: string;
  /** Start of the answer of a non-2xx response. */
  body?: string;
}

export interface FireResult {
  /** From starting the first request to the end of the last answer. */
  wallMs: number;
  outcomes: FireOutcome[];
}

/** A burst, summarised: the wall time, the rate it implies and the latency distribution. */
export interface BurstSummary {
  requests: number;
  wallMs: number;
  /** requests ÷ wall time. */
  perSecond: number;
  latencyMs: { p50: number; p95: number; p99: number; max: number; mean: number };
  /** Answers other than the expected status, and network errors. */
  errors: number;
  /** The first few refusals, for the report. */
  errorSamples: string[];
}

type WorkerReply = { ok: true; result: FireResult } | { ok: false; error: string };

/**
 * Fires bursts of requests from a worker thread (fireWorker.ts). The worker
 * is a TypeScript module: it registers tsx's loader before importing it.
 */
export class BurstClient {
  private readonly worker: Worker;
  private queue: Promise<unknown> = Promise.resolve();

  constructor() {
    const loader = import.meta.resolve('tsx/esm/api');
    const entry = new URL('./fireWorker.ts', import.meta.url).href;
    this.worker = new Worker(
      `import(${JSON.stringify(loader)}).then((tsx) => { tsx.register(); return import(${JSON.stringify(entry)}); });`,
      { eval: true },
    );
  }

  /** Starts every request at once and waits for all answers. */
  fire(job: FireJob): Promise<FireResult> {
    const run = this.queue.then(
      () =>
        new Promise<FireResult>((resolve, reject) => {
          const onError = (error: Error) => {
            this.worker.off('message', onMessage);
            reject(error);
          };
          const onMessage = (reply: WorkerReply) => {
            this.worker.off('error', onError);
            if (reply.ok) resolve(reply.result);
            else reject(new Error(`load worker: ${reply.error}`));
          };
          this.worker.once('message', onMessage);
          this.worker.once('error', onError);
          this.worker.postMessage(job);
        }),
    );
    this.queue = run.catch(() => undefined);
    return run;
  }

  async close(): Promise<void> {
    await this.worker.terminate();
  }
}

/** Nearest-rank percentile of sorted values. */
export function percentile(sorted: readonly number[], p: number): number {
  if (sorted.length === 0) return 0;
  const rank = Math.ceil((p / 100) * sorted.length);
  return sorted[Math.min(sorted.length, Math.max(1, rank)) - 1]!;
}

export function median(values: readonly number[]): number {
  if (values.length === 0) return 0;
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}

/** Summarises a burst; answers with another status than `expected` count as errors. */
export function summarise(result: FireResult, expected: number): BurstSummary {
  const ms = result.outcomes.map((o) => o.ms).sort((a, b) => a - b);
  const bad = result.outcomes.filter((o) => o.status !== expected);
  const samples = new Map<string, number>();
  for (const o of bad) {
    const key = o.error ?? `${o.status} ${o.body ?? ''}`.trim();
    samples.set(key, (samples.get(key) ?? 0) + 1);
  }
  return {
    requests: result.outcomes.length,
    wallMs: round(result.wallMs, 1),
    perSecond: round(result.outcomes.length / (result.wallMs / 1000), 1),
    latencyMs: {
      p50: round(percentile(ms, 50), 1),
      p95: round(percentile(ms, 95), 1),
      p99: round(percentile(ms, 99), 1),
      max: round(ms[ms.length - 1] ?? 0, 1),
      mean: round(ms.reduce((a, b) => a + b, 0) / Math.max(1, ms.length), 1),
    },
    errors: bad.length,
    errorSamples: [...samples].slice(0, 5).map(([text, n]) => `${n} × ${text}`),
  };
}

export function round(n: number, digits: number): number {
  const f = 10 ** digits;
  return Math.round(n * f) / f;
}
