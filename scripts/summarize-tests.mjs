#!/usr/bin/env node
// Prints the summary of a scripts/test.sh run.
//
// Usage: node scripts/summarize-tests.mjs STAGES_TSV
//
// STAGES_TSV has one line per stage, tab-separated:
//   name  kind  exit_code  seconds  [vitest_json_file]
// kind is `vitest` (counted test by test from vitest's JSON reporter file) or
// `check` (a build, typecheck, lint or format step: counts as one test), or
// `skip` (not run; listed, not counted).
//
// The last line printed is exactly `N passed, N failed`, which CI reads.
// The exit code is 1 when anything failed, else 0.
import { existsSync, readFileSync } from 'node:fs';

const stagesFile = process.argv[2];
if (!stagesFile) {
  console.error('usage: summarize-tests.mjs STAGES_TSV');
  process.exit(2);
}

const lines = existsSync(stagesFile)
  ? readFileSync(stagesFile, 'utf8')
      .split('\n')
      .filter((l) => l.trim() !== '')
  : [];

let totalPassed = 0;
let totalFailed = 0;
let totalSkipped = 0;
const rows = [];
const failures = [];

for (const line of lines) {
  const [name = '?', kind = 'check', rcText = '1', secondsText = '0', jsonFile = ''] =
    line.split('\t');
  const rc = Number(rcText);
  const seconds = Number(secondsText);
  let passed = 0;
  let failed = 0;
  let skipped = 0;
  let note = '';

  if (kind === 'skip') {
    rows.push({ name, status: 'skipped', passed, failed, skipped, seconds, note: jsonFile });
    continue;
  }

  if (kind === 'vitest') {
    const report = readVitestReport(jsonFile);
    if (report) {
      passed = report.passed;
      failed = report.failed;
      skipped = report.skipped;
      for (const f of report.failures) failures.push(`[${name}] ${f}`);
      if (rc !== 0 && failed === 0) {
        // e.g. an unhandled error, a worker crash, or a failing teardown
        failed = 1;
        note = `exited ${rc} with no failing test reported: counted as 1 failure`;
        failures.push(`[${name}] vitest exited ${rc} (see its output above)`);
      }
    } else {
      failed = 1;
      note =
        rc === 0
          ? 'no JSON report found: counted as 1 failure'
          : `exited ${rc} without a JSON report: counted as 1 failure`;
      failures.push(`[${name}] ${note}`);
    }
  } else if (rc === 0) {
    passed = 1;
  } else {
    failed = 1;
    failures.push(`[${name}] exited ${rc} (see its output above)`);
  }

  totalPassed += passed;
  totalFailed += failed;
  totalSkipped += skipped;
  rows.push({
    name,
    status: failed > 0 || rc !== 0 ? 'FAILED' : 'ok',
    passed,
    failed,
    skipped,
    seconds,
    note,
  });
}

const pad = (s, n) => String(s).padEnd(n);
const padL = (s, n) => String(s).padStart(n);
const out = [];
out.push('');
out.push('==================== test summary ====================');
out.push(
  `${pad('stage', 18)} ${pad('status', 8)} ${padL('passed', 7)} ${padL('failed', 7)} ${padL('skipped', 8)} ${padL('time', 8)}`,
);
let totalSeconds = 0;
for (const r of rows) {
  totalSeconds += Number.isFinite(r.seconds) ? r.seconds : 0;
  out.push(
    `${pad(r.name, 18)} ${pad(r.status, 8)} ${padL(r.passed, 7)} ${padL(r.failed, 7)} ${padL(r.skipped, 8)} ${padL(formatSeconds(r.seconds), 8)}${r.note ? `  (${r.note})` : ''}`,
  );
}
out.push(
  `${pad('total', 18)} ${pad('', 8)} ${padL(totalPassed, 7)} ${padL(totalFailed, 7)} ${padL(totalSkipped, 8)} ${padL(formatSeconds(totalSeconds), 8)}`,
);
if (lines.length === 0) {
  out.push('(no stage ran)');
}
if (failures.length > 0) {
  out.push('');
  out.push('Failures:');
  const shown = failures.slice(0, 40);
  for (const f of shown) out.push(`  ✗ ${f}`);
  if (failures.length > shown.length) out.push(`  … and ${failures.length - shown.length} more`);
}
out.push('');
// No stage at all is a failure too: a run that ran nothing must not look green.
if (lines.length === 0) totalFailed = Math.max(totalFailed, 1);
out.push(`${totalPassed} passed, ${totalFailed} failed`);
process.stdout.write(out.join('\n') + '\n');
process.exit(totalFailed > 0 ? 1 : 0);

/**
 * Reads vitest's JSON reporter output (Jest-compatible shape). A test file that
 * failed to load has status "failed" and no assertion results: it counts as one
 * failed test so that it cannot go unnoticed.
 */
function readVitestReport(file) {
  if (!file || !existsSync(file)) return null;
  let json;
  try {
    json = JSON.parse(readFileSync(file, 'utf8'));
  } catch {
    return null;
  }
  const failuresHere = [];
  let passed = 0;
  let failed = 0;
  let skipped = 0;
  for (const suite of json.testResults ?? []) {
    const assertions = suite.assertionResults ?? [];
    let failedInSuite = 0;
    for (const a of assertions) {
      if (a.status === 'passed') passed += 1;
      else if (a.status === 'failed') {
        failed += 1;
        failedInSuite += 1;
        const why = firstLines(a.failureMessages?.[0]);
        failuresHere.push(
          `${relative(suite.name)} > ${a.fullName ?? a.title ?? '?'}${why ? `\n      ${why}` : ''}`,
        );
      } else skipped += 1; // pending, skipped, todo, disabled
    }
    if (suite.status === 'failed' && failedInSuite === 0) {
      failed += 1;
      const firstLine = String(suite.message ?? '')
        .split('\n')
        .find((l) => l.trim() !== '');
      failuresHere.push(`${relative(suite.name)}: ${firstLine ?? 'test file failed'}`);
    }
  }
  return { passed, failed, skipped, failures: failuresHere };
}

/**
 * The start of a failure's message, on one line: CI shows only this summary, and a random case
 * (the fuzz test's counterexample) cannot be found again without the request it names.
 */
function firstLines(message) {
  if (!message) return '';
  // eslint-disable-next-line no-control-regex
  const plain = String(message).replace(/\u001b\[[0-9;]*m/g, '');
  return plain
    .split('\n')
    .map((l) => l.trim())
    .filter((l) => l !== '')
    .slice(0, 3)
    .join(' · ')
    .slice(0, 600);
}

function relative(file) {
  const cwd = process.cwd() + '/';
  return typeof file === 'string' && file.startsWith(cwd) ? file.slice(cwd.length) : String(file);
}

function formatSeconds(s) {
  if (!Number.isFinite(s)) return '?';
  if (s < 60) return `${Math.round(s)}s`;
  return `${Math.floor(s / 60)}m${String(Math.round(s % 60)).padStart(2, '0')}s`;
}
