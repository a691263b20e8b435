#!/usr/bin/env bash
# Run the whole suite: start a throwaway PostgreSQL for the store tests, then pytest.
set -uo pipefail
cd "$(dirname "$0")/.."
source scripts/postgres.sh   # sets BROADSHEET_TEST_PG when a server could be started
trap 'stop_postgres; rm -rf "$PG_DIR"' EXIT
.venv/bin/python -m pytest -q "$@"
