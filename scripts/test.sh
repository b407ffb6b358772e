#!/usr/bin/env bash
# The whole test suite: `npm test` (and CI's .ci/run) run this.
#
#   bash scripts/test.sh                 every stage
#   bash scripts/test.sh lint core ...   only the named stages (setup always runs)
#
# Setup: system packages (scripts/ensure-system-deps.sh), then `npm ci` when
# node_modules is missing or older than package-lock.json. A setup failure
# stops the run.
# Stages, in order; a failing stage does not stop the later ones:
#   build-web        npm run build:web (once packages/web/index.html exists)
#   typecheck        tsc -p tsconfig.json
#   typecheck-web    tsc -p packages/web/tsconfig.json
#   lint             eslint .
#   format           prettier --check .
#   core             vitest, project core
#   server-pglite    vitest, project server, on in-memory PGlite
#   server-postgres  vitest, project server, on a throwaway PostgreSQL (scripts/with-postgres.sh)
#   e2e              vitest, project e2e
# Finally scripts/summarize-tests.mjs prints counts per stage and the line
# `N passed, N failed`; the exit code is non-zero when anything failed.
set -euo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$ROOT"

RESULTS_DIR="$ROOT/.tmp/test-results"
STAGES_TSV="$RESULTS_DIR/stages.tsv"
rm -rf "$RESULTS_DIR"
mkdir -p "$RESULTS_DIR"
: >"$STAGES_TSV"

ALL_STAGES=(build-web typecheck typecheck-web lint format core server-pglite server-postgres e2e)
SELECTED=("$@")
for s in "${SELECTED[@]}"; do
  if [[ " ${ALL_STAGES[*]} " != *" $s "* ]]; then
    echo "test.sh: unknown stage '$s' (stages: ${ALL_STAGES[*]})" >&2
    exit 2
  fi
done

selected() {
  [[ ${#SELECTED[@]} -eq 0 || " ${SELECTED[*]} " == *" $1 "* ]]
}

now_ms() { date +%s%3N; }

banner() {
  printf '\n\033[1m━━━ %s ━━━\033[0m\n' "$*"
}

# record NAME KIND RC START_MS [JSON]
record() {
  local seconds
  seconds="$(awk -v a="$4" -v b="$(now_ms)" 'BEGIN { printf "%.1f", (b - a) / 1000 }')"
  printf '%s\t%s\t%s\t%s\t%s\n' "$1" "$2" "$3" "$seconds" "${5:-}" >>"$STAGES_TSV"
  if [[ "$3" -eq 0 ]]; then
    echo "── $1: ok (${seconds}s)"
  else
    echo "── $1: FAILED, exit $3 (${seconds}s)"
  fi
}

skip() {
  banner "$1"
  echo "skipped: $2"
  printf '%s\tskip\t0\t0\t%s\n' "$1" "$2" >>"$STAGES_TSV"
}

# check NAME CMD...   a stage that passes or fails as a whole
check() {
  local name="$1" start rc
  shift
  selected "$name" || return 0
  banner "$name: $*"
  start="$(now_ms)"
  set +e
  "$@"
  rc=$?
  set -e
  record "$name" check "$rc" "$start"
}

# vitest_stage NAME PREFIX... -- VITEST_ARGS...   counted test by test
vitest_stage() {
  local name="$1" start rc prefix=() json="$RESULTS_DIR/$1.json"
  shift
  while [[ $# -gt 0 && "$1" != "--" ]]; do
    prefix+=("$1")
    shift
  done
  shift
  selected "$name" || return 0
  banner "$name: vitest run $*"
  start="$(now_ms)"
  set +e
  "${prefix[@]}" npx vitest run "$@" --passWithNoTests \
    --reporter=default --reporter=json --outputFile.json="$json"
  rc=$?
  set -e
  record "$name" vitest "$rc" "$start" "$json"
}

summarize() {
  local rc=$?
  trap - EXIT
  set +e
  node "$ROOT/scripts/summarize-tests.mjs" "$STAGES_TSV"
  local summary_rc=$?
  if [[ $summary_rc -eq 0 && $rc -ne 0 ]]; then
    summary_rc=$rc
  fi
  exit "$summary_rc"
}
trap summarize EXIT

# ------------------------------------------------------------------ setup
banner "system packages"
start="$(now_ms)"
if ! bash scripts/ensure-system-deps.sh; then
  record system-deps check 1 "$start"
  exit 1
fi
echo "postgresql, chromium and fonts-noto-cjk are present"

if [[ ! -d node_modules || ! -f node_modules/.package-lock.json || package-lock.json -nt node_modules/.package-lock.json ]]; then
  banner "npm ci"
  start="$(now_ms)"
  set +e
  npm ci --no-audit --no-fund
  rc=$?
  set -e
  if [[ $rc -ne 0 ]]; then
    record npm-ci check "$rc" "$start"
    exit 1
  fi
  echo "── npm ci: ok"
fi

# ----------------------------------------------------------------- stages
if [[ -f packages/web/index.html ]]; then
  check build-web npm run build:web
elif selected build-web; then
  skip build-web "packages/web/index.html does not exist yet, so there is no web app to build"
fi

check typecheck npx tsc -p tsconfig.json

if [[ -f packages/web/tsconfig.json ]] &&
  [[ -n "$(find packages/web/src -name '*.ts' -o -name '*.tsx' 2>/dev/null | head -n 1)" ]]; then
  check typecheck-web npx tsc -p packages/web/tsconfig.json
elif selected typecheck-web; then
  skip typecheck-web "packages/web has no tsconfig.json or no TypeScript sources yet"
fi

check lint npx eslint .
check format npx prettier --check .

vitest_stage core -- --project core
vitest_stage server-pglite env -u TEST_DATABASE_URL -- --project server
vitest_stage server-postgres bash scripts/with-postgres.sh -- --project server
vitest_stage e2e -- --project e2e
