#!/usr/bin/env bash
# Installs the Debian packages the test suite needs, if any is missing:
#   postgresql      PostgreSQL server binaries (scripts/with-postgres.sh)
#   chromium        headless browser for the e2e tests (driven by playwright-core)
#   fonts-noto-cjk  Chinese glyphs, so screenshots show text rather than boxes
#   espeak-ng       Mandarin text-to-speech, the audio of a notice's 广播稿 (docs/broadcast.md)
# Quick and silent when everything is present. Set CUNZHI_SKIP_SYSTEM_DEPS=1 to skip.
set -euo pipefail

if [[ "${CUNZHI_SKIP_SYSTEM_DEPS:-}" == "1" ]]; then
  exit 0
fi

has_postgres() {
  local dir
  if command -v pg_config >/dev/null 2>&1; then
    dir="$(pg_config --bindir 2>/dev/null || true)"
    [[ -n "$dir" && -x "$dir/initdb" && -x "$dir/pg_ctl" ]] && return 0
  fi
  for dir in /usr/lib/postgresql/*/bin; do
    [[ -x "$dir/initdb" && -x "$dir/pg_ctl" ]] && return 0
  done
  return 1
}

has_chromium() {
  command -v chromium >/dev/null 2>&1 || command -v chromium-browser >/dev/null 2>&1
}

has_package() {
  [[ "$(dpkg-query -W -f='${Status}' "$1" 2>/dev/null || true)" == "install ok installed" ]]
}

missing=()
has_postgres || missing+=(postgresql)
has_chromium || missing+=(chromium)
has_package fonts-noto-cjk || missing+=(fonts-noto-cjk)
has_package espeak-ng || missing+=(espeak-ng)

if [[ ${#missing[@]} -eq 0 ]]; then
  exit 0
fi

echo "ensure-system-deps: installing ${missing[*]}" >&2

if ! command -v apt-get >/dev/null 2>&1; then
  echo "ensure-system-deps: apt-get not found; please install: ${missing[*]}" >&2
  exit 1
fi

sudo=()
if [[ "$(id -u)" -ne 0 ]]; then
  if command -v sudo >/dev/null 2>&1 && sudo -n true 2>/dev/null; then
    sudo=(sudo -n)
  else
    echo "ensure-system-deps: not root and no password-less sudo; please install: ${missing[*]}" >&2
    exit 1
  fi
fi

export DEBIAN_FRONTEND=noninteractive
"${sudo[@]}" apt-get update -qq
"${sudo[@]}" env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "${missing[@]}"

# Installing `postgresql` creates and may start a default cluster on port 5432;
# the tests never use it (with-postgres.sh runs its own), so leave it be.

still=()
has_postgres || still+=(postgresql)
has_chromium || still+=(chromium)
has_package fonts-noto-cjk || still+=(fonts-noto-cjk)
has_package espeak-ng || still+=(espeak-ng)
if [[ ${#still[@]} -gt 0 ]]; then
  echo "ensure-system-deps: still missing after install: ${still[*]}" >&2
  exit 1
fi
