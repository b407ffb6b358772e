/**
 * The load generator of the assembly bench, run in a worker thread so that
 * firing and timing 1,000 requests does not share the server's event loop.
 * For each job it starts every request at once, each on its own new TCP
 * connection (one phone per villager), and reports per-request latency.
 */
import http from 'node:http';
import { parentPort } from 'node:worker_threads';
import type { FireJob, FireOutcome, FireResult } from './load.ts';

/** Bodies of refusals kept for the report (the first few characters). */
const KEEP_BODY_CHARS = 300;
const REQUEST_TIMEOUT_MS = 600_000;

function fireOne(
  origin: URL,
  request: FireJob['requests'][number],
  started: number,
): Promise<FireOutcome> {
  return new Promise((resolve) => {
    const headers: Record<string, string | number> = {};
    if (request.cookie) headers.cookie = request.cookie;
    if (request.body !== undefined) {
      headers['content-type'] = 'application/json';
      headers['content-length'] = Buffer.byteLength(request.body);
    }
    const done = (outcome: Omit<FireOutcome, 'ms' | 'endMs'>) => {
      const end = performance.now();
      resolve({ ...outcome, ms: end - started, endMs: end });
    };
    const req = http.request(
      {
        host: origin.hostname,
        port: origin.port,
        method: request.method,
        path: request.path,
        headers,
        // a fresh connection per request, closed after the answer
        agent: false,
      },
      (res) => {
        const status = res.statusCode ?? 0;
        const ok = status >= 200 && status < 300;
        const chunks: Buffer[] = [];
        res.on('data', (chunk: Buffer) => {
          if (!ok) chunks.push(chunk);
        });
        res.on('end', () =>
          done({
            status,
            ...(ok
              ? {}
              : { body: Buffer.concat(chunks).toString('utf8').slice(0, KEEP_BODY_CHARS) }),
          }),
        );
        res.on('error', (error) => done({ status: 0, error: error.message }));
      },
    );
    req.setTimeout(REQUEST_TIMEOUT_MS, () => req.destroy(new Error('timeout')));
    req.on('error', (error) => done({ status: 0, error: error.message }));
    req.end(request.body);
  });
}

async function fire(job: FireJob): Promise<FireResult> {
  const origin = new URL(job.origin);
  const first = performance.now();
  // all requests are started before the first answer is read
  const pending = job.requests.map((r) => fireOne(origin, r, performance.now()));
  const outcomes = await Promise.all(pending);
  const last = Math.max(first, ...outcomes.map((o) => o.endMs));
  return { wallMs: last - first, outcomes };
}

const port = parentPort;
if (!port) throw new Error('fireWorker.ts must run in a worker thread');
port.on('message', (job: FireJob) => {
  fire(job).then(
    (result) => port.postMessage({ ok: true, result }),
    (error: unknown) => port.postMessage({ ok: false, error: String(error) }),
  );
});
