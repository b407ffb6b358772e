/**
 * The process's Prometheus metrics, in the text exposition format (version 0.0.4), written by
 * hand: three kinds (counter, histogram, gauge read at scrape time) in ~100 lines, where
 * prom-client would add a dependency (and a package-lock change) for the same few lines of output.
 * One registry per process: the audit log and the HTTP app count into the same one.
 */
import { monitorEventLoopDelay } from 'node:perf_hooks';

type Labels = Record<string, string>;

/** Label values escaped as the format says: backslash, double quote, newline. */
function labelText(labels: Labels): string {
  const parts = Object.entries(labels).map(
    ([k, v]) => `${k}="${v.replace(/\\/g, '\\\\').replace(/"/g, '\\"').replace(/\n/g, '\\n')}"`,
  );
  return parts.length ? `{${parts.join(',')}}` : '';
}

function header(name: string, help: string, type: string): string {
  return `# HELP ${name} ${help}\n# TYPE ${name} ${type}\n`;
}

interface Metric {
  render(): string;
}

export class Counter implements Metric {
  private readonly values = new Map<string, number>();
  constructor(
    readonly name: string,
    private readonly help: string,
  ) {}
  inc(labels: Labels = {}, by = 1): void {
    const key = labelText(labels);
    this.values.set(key, (this.values.get(key) ?? 0) + by);
  }
  render(): string {
    const lines = [...this.values].map(([labels, v]) => `${this.name}${labels} ${v}`);
    return header(this.name, this.help, 'counter') + lines.map((l) => `${l}\n`).join('');
  }
}

export class Histogram implements Metric {
  private readonly series = new Map<string, { labels: Labels; counts: number[]; sum: number }>();
  constructor(
    readonly name: string,
    private readonly help: string,
    private readonly buckets: readonly number[],
  ) {}
  observe(labels: Labels, value: number): void {
    const key = labelText(labels);
    let s = this.series.get(key);
    if (!s) {
      s = { labels, counts: this.buckets.map(() => 0), sum: 0 };
      this.series.set(key, s);
    }
    // cumulative buckets: a value counts in every bucket at or above it
    this.buckets.forEach((le, i) => {
      if (value <= le) s.counts[i]! += 1;
    });
    s.sum += value;
  }
  /** How many observations a series holds (tests). */
  count(labels: Labels): number {
    return this.series.get(labelText(labels))?.counts.at(-1) ?? 0;
  }
  render(): string {
    let out = header(this.name, this.help, 'histogram');
    for (const { labels, counts, sum } of this.series.values()) {
      const total = counts.at(-1) ?? 0;
      this.buckets.forEach((le, i) => {
        const bound = le === Infinity ? '+Inf' : String(le);
        out += `${this.name}_bucket${labelText({ ...labels, le: bound })} ${counts[i] ?? 0}\n`;
      });
      out += `${this.name}_sum${labelText(labels)} ${sum}\n`;
      out += `${this.name}_count${labelText(labels)} ${total}\n`;
    }
    return out;
  }
}

/** Request latency buckets in seconds: a village office's page answers in tens of milliseconds. */
export const LATENCY_BUCKETS = [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10, Infinity];

export const httpRequests = new Histogram(
  'cunzhi_http_request_duration_seconds',
  'HTTP requests by method, route pattern and status class, and how long they took.',
  LATENCY_BUCKETS,
);

/**
 * Audit events appended, counted as each is written inside its command's transaction: a
 * transaction that then rolls back has counted its event too (rare: a command refuses before it
 * writes). The number of events on the chains is the database's; this is the rate of appending.
 */
export const auditAppends = new Counter(
  'cunzhi_audit_events_appended_total',
  'Audit events appended to the villages’ hash chains.',
);

const eventLoop = monitorEventLoopDelay({ resolution: 20 });
eventLoop.enable();

/** The process's own figures, under the names Prometheus' client libraries use. */
function processMetrics(): string {
  const cpu = process.cpuUsage();
  const memory = process.memoryUsage();
  const gauge = (name: string, help: string, type: string, value: number) =>
    `${header(name, help, type)}${name} ${value}\n`;
  return [
    gauge('process_cpu_user_seconds_total', 'User CPU time spent.', 'counter', cpu.user / 1e6),
    gauge('process_cpu_system_seconds_total', 'System CPU time.', 'counter', cpu.system / 1e6),
    gauge('process_resident_memory_bytes', 'Resident memory size.', 'gauge', memory.rss),
    gauge('nodejs_heap_size_used_bytes', 'V8 heap used.', 'gauge', memory.heapUsed),
    gauge('nodejs_heap_size_total_bytes', 'V8 heap size.', 'gauge', memory.heapTotal),
    gauge(
      'process_start_time_seconds',
      'Start time of the process since the Unix epoch.',
      'gauge',
      Math.round(Date.now() / 1000 - process.uptime()),
    ),
    gauge(
      'nodejs_eventloop_lag_p99_seconds',
      'The 99th percentile of event loop delay since the last scrape.',
      'gauge',
      eventLoop.percentile(99) / 1e9,
    ),
  ].join('');
}

/** A gauge whose value is read when Prometheus scrapes (from the database, say). */
export interface ScrapedGauge {
  name: string;
  help: string;
  read(): Promise<number>;
}

/** The whole exposition: request and audit metrics, the scraped gauges, the process. */
export async function renderMetrics(gauges: readonly ScrapedGauge[] = []): Promise<string> {
  let out = httpRequests.render() + auditAppends.render();
  for (const g of gauges) out += `${header(g.name, g.help, 'gauge')}${g.name} ${await g.read()}\n`;
  out += processMetrics();
  eventLoop.reset();
  return out;
}
