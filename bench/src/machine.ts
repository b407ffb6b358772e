import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import os from 'node:os';

/** The machine a run was measured on, for the report. */
export interface Machine {
  cpus: number;
  cpuModel: string;
  ramGiB: number;
  node: string;
  os: string;
  /** The machine's own `date` output at the start of the run. */
  date: string;
  isoDate: string;
  gitCommit: string | null;
  /** 1, 5 and 15 minute load averages when the run started: other work on the machine skews the numbers. */
  loadAverage: number[];
}

export function describeMachine(now: Date): Machine {
  return {
    cpus: os.availableParallelism(),
    cpuModel: cpuModel(),
    ramGiB: Math.round((os.totalmem() / 1024 ** 3) * 10) / 10,
    node: process.version,
    os: `${os.type()} ${os.release()} ${os.arch()}`,
    date: run('date') ?? now.toString(),
    isoDate: now.toISOString(),
    // BENCH_NO_GIT=1: record no commit (for runs that must not call git)
    gitCommit: process.env.BENCH_NO_GIT ? null : run('git', ['rev-parse', '--short', 'HEAD']),
    loadAverage: os.loadavg().map((n) => Math.round(n * 100) / 100),
  };
}

function cpuModel(): string {
  try {
    const line = readFileSync('/proc/cpuinfo', 'utf8')
      .split('\n')
      .find((l) => l.startsWith('model name'));
    if (line) return line.slice(line.indexOf(':') + 1).trim();
  } catch {
    // not Linux: fall through
  }
  return os.cpus()[0]?.model ?? 'unknown';
}

function run(command: string, args: string[] = []): string | null {
  try {
    return execFileSync(command, args, {
      encoding: 'utf8',
      stdio: ['ignore', 'pipe', 'ignore'],
    }).trim();
  } catch {
    return null;
  }
}

/** Says so when other processes were busy as the run started: its ratios will be noisy. */
export function warnIfBusy(machine: Machine): void {
  if ((machine.loadAverage[0] ?? 0) > 0.5) {
    console.log(
      `note: load average ${machine.loadAverage.join(' ')} at start: other processes are busy, results will be noisy`,
    );
  }
}
