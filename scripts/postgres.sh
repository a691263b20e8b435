# Sourced: start a private PostgreSQL cluster on a free port for tests; stop_postgres stops it.
PG_DIR="${PG_DIR:-$(mktemp -d /tmp/broadsheet-pg.XXXXXX)}"
stop_postgres() {
  if [ -n "${PG_BIN:-}" ] && [ -f "$PG_DIR/data/postmaster.pid" ]; then
    runuser -u postgres -- "$PG_BIN/pg_ctl" -D "$PG_DIR/data" -m fast stop >/dev/null 2>&1 || true
  fi
}
PG_BIN=$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -1)
if [ -n "$PG_BIN" ] && [ "$(id -u)" = 0 ]; then
  chown postgres "$PG_DIR"
  PG_PORT=$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1])')
  if runuser -u postgres -- "$PG_BIN/initdb" -D "$PG_DIR/data" -A trust -U postgres >/dev/null \
     && runuser -u postgres -- "$PG_BIN/pg_ctl" -D "$PG_DIR/data" -l "$PG_DIR/log" -w \
          -o "-p $PG_PORT -k $PG_DIR -c listen_addresses=127.0.0.1" start >/dev/null; then
    export BROADSHEET_TEST_PG="postgresql://postgres@127.0.0.1:$PG_PORT/postgres"
    echo "PostgreSQL for tests at $BROADSHEET_TEST_PG"
  else
    echo "note: could not start PostgreSQL (see $PG_DIR/log); PostgreSQL tests will be skipped" >&2
  fi
else
  echo "note: PostgreSQL server not installed or not root; PostgreSQL tests will be skipped" >&2
fi
