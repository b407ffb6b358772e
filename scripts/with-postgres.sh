#!/usr/bin/env bash
# Usage: scripts/with-postgres.sh CMD [ARGS...]
#
# Runs CMD with TEST_DATABASE_URL pointing at a throwaway PostgreSQL cluster
# (initdb into a temp dir, trust auth, 127.0.0.1 on a free port, fsync off),
# then stops the cluster and removes it. Exits with CMD's exit code.
# If TEST_DATABASE_URL is already set, just runs CMD against that server.
#
# Binaries: $PGBIN if set, else `pg_config --bindir`, else the newest
# /usr/lib/postgresql/*/bin (Debian package `postgresql`). PostgreSQL refuses
# to run as root, so as root the cluster runs as the `postgres` user.
set -euo pipefail

if [[ $# -eq 0 ]]; then
  echo "usage: $0 CMD [ARGS...]" >&2
  exit 2
fi

if [[ -n "${TEST_DATABASE_URL:-}" ]]; then
  exec "$@"
fi

find_pgbin() {
  local dir
  if [[ -n "${PGBIN:-}" && -x "${PGBIN}/initdb" ]]; then
    echo "$PGBIN"
    return
  fi
  if command -v pg_config >/dev/null 2>&1; then
    dir="$(pg_config --bindir 2>/dev/null || true)"
    if [[ -n "$dir" && -x "$dir/initdb" && -x "$dir/pg_ctl" ]]; then
      echo "$dir"
      return
    fi
  fi
  for dir in $(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -t/ -k5 -V -r); do
    if [[ -x "$dir/initdb" && -x "$dir/pg_ctl" ]]; then
      echo "$dir"
      return
    fi
  done
  return 1
}

if ! PGBIN="$(find_pgbin)"; then
  echo "with-postgres: no PostgreSQL server binaries found (install the Debian package 'postgresql'," >&2
  echo "  e.g. via scripts/ensure-system-deps.sh, or set PGBIN)" >&2
  exit 127
fi
export PGBIN

# Run a PostgreSQL binary as the cluster's owner.
if [[ "$(id -u)" -eq 0 ]]; then
  if ! id postgres >/dev/null 2>&1; then
    echo "with-postgres: running as root but there is no 'postgres' user to run the cluster as" >&2
    exit 1
  fi
  as_owner() { (cd / && runuser -u postgres -- "$@"); }
else
  as_owner() { "$@"; }
fi

free_port() {
  node -e "const s=require('net').createServer();s.listen(0,'127.0.0.1',()=>{console.log(s.address().port);s.close();});"
}

PGTMP="$(mktemp -d "${TMPDIR:-/tmp}/cunzhi-pg.XXXXXX")"
chmod 700 "$PGTMP"
if [[ "$(id -u)" -eq 0 ]]; then chown postgres: "$PGTMP"; fi
PGDATA_DIR="$PGTMP/data"
STARTED=0

cleanup() {
  if [[ "$STARTED" -eq 1 ]]; then
    as_owner "$PGBIN/pg_ctl" -D "$PGDATA_DIR" -m immediate -w stop >/dev/null 2>&1 || true
  fi
  rm -rf "$PGTMP"
}
trap cleanup EXIT
trap 'exit 130' INT
trap 'exit 143' TERM

as_owner "$PGBIN/initdb" -D "$PGDATA_DIR" -U postgres -A trust -E UTF8 --no-locale --no-sync \
  >"$PGTMP/initdb.log" 2>&1 || {
  cat "$PGTMP/initdb.log" >&2
  echo "with-postgres: initdb failed" >&2
  exit 1
}

# A free port may be taken between probing and binding: retry a few times.
for attempt in 1 2 3 4 5; do
  PORT="$(free_port)"
  if as_owner "$PGBIN/pg_ctl" -D "$PGDATA_DIR" -l "$PGTMP/postgres.log" -w -t 60 \
    -o "-c listen_addresses=127.0.0.1 -p $PORT -c unix_socket_directories='$PGTMP'" \
    -o "-c fsync=off -c synchronous_commit=off -c full_page_writes=off" \
    -o "-c max_connections=300 -c shared_buffers=128MB" \
    start >/dev/null; then
    STARTED=1
    break
  fi
  if [[ "$attempt" -eq 5 ]]; then
    cat "$PGTMP/postgres.log" >&2 || true
    echo "with-postgres: could not start PostgreSQL" >&2
    exit 1
  fi
done

export TEST_DATABASE_URL="postgres://postgres@127.0.0.1:${PORT}/postgres"
echo "with-postgres: PostgreSQL $("$PGBIN/postgres" --version | awk '{print $3}') at $TEST_DATABASE_URL" >&2

# Run CMD in the background and wait for it, so that a signal to this script
# is handled (passed on to CMD, then the cluster removed) at once rather than
# after CMD ends. `<&0` keeps CMD's standard input.
"$@" <&0 &
child=$!
trap 'kill -INT "$child" 2>/dev/null; wait "$child"; exit 130' INT
trap 'kill -TERM "$child" 2>/dev/null; wait "$child"; exit 143' TERM
set +e
wait "$child"
rc=$?
set -e
exit "$rc"
