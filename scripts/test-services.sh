#!/usr/bin/env bash
# Starts throw-away PostgreSQL and Redis servers on 127.0.0.1 for the test suite, installing them
# from Debian packages when missing. Prints the environment to export:
#   eval "$(scripts/test-services.sh start)"     # sets TEST_DATABASE_URL and TEST_REDIS_URL
#   scripts/test-services.sh stop
set -euo pipefail

PG_PORT="${TEST_PG_PORT:-54329}"
REDIS_PORT="${TEST_REDIS_PORT:-63799}"
BASE="${TEST_SERVICES_DIR:-/tmp/tsmoo-test-services}"

log() { echo "$*" >&2; }

pg_bin() {
  local d
  for d in /usr/lib/postgresql/*/bin; do
    if [ -x "$d/initdb" ]; then echo "$d"; return 0; fi
  done
  return 1
}

install_missing() {
  local need=()
  pg_bin >/dev/null || need+=(postgresql)
  command -v redis-server >/dev/null || need+=(redis-server)
  if [ "${#need[@]}" -gt 0 ]; then
    log "installing ${need[*]} from Debian packages"
    export DEBIAN_FRONTEND=noninteractive
    apt-get update -qq >&2
    apt-get install -y -qq "${need[@]}" >&2
  fi
}

as_pg_user() {
  if [ "$(id -u)" = "0" ]; then su postgres -s /bin/sh -c "$*"; else sh -c "$*"; fi
}

start() {
  install_missing
  local bin; bin="$(pg_bin)"
  mkdir -p "$BASE"
  chmod 777 "$BASE"
  if [ ! -f "$BASE/pg/PG_VERSION" ]; then
    mkdir -p "$BASE/pg"
    [ "$(id -u)" = "0" ] && chown postgres "$BASE/pg"
    as_pg_user "'$bin/initdb' -D '$BASE/pg' -U postgres -A trust --no-sync >/dev/null"
  fi
  if ! as_pg_user "'$bin/pg_ctl' -D '$BASE/pg' status >/dev/null 2>&1"; then
    as_pg_user "'$bin/pg_ctl' -D '$BASE/pg' -w -l '$BASE/pg.log' -o \"-h 127.0.0.1 -p $PG_PORT -k /tmp -c fsync=off -c max_connections=300\" start >/dev/null"
  fi
  if ! redis-cli -p "$REDIS_PORT" ping >/dev/null 2>&1; then
    redis-server --port "$REDIS_PORT" --bind 127.0.0.1 --save '' --appendonly no --daemonize yes \
      --dir "$BASE" --logfile "$BASE/redis.log" >/dev/null
    for _ in $(seq 1 50); do redis-cli -p "$REDIS_PORT" ping >/dev/null 2>&1 && break; sleep 0.1; done
  fi
  echo "export TEST_DATABASE_URL=postgres://postgres@127.0.0.1:$PG_PORT/postgres"
  echo "export TEST_REDIS_URL=redis://127.0.0.1:$REDIS_PORT"
}

stop() {
  local bin; bin="$(pg_bin)" || true
  [ -n "${bin:-}" ] && [ -d "$BASE/pg" ] && as_pg_user "'$bin/pg_ctl' -D '$BASE/pg' -m fast stop >/dev/null 2>&1" || true
  redis-cli -p "$REDIS_PORT" shutdown nosave >/dev/null 2>&1 || true
}

case "${1:-start}" in
  start) start ;;
  stop) stop ;;
  *) echo "usage: $0 start|stop" >&2; exit 2 ;;
esac
