#!/usr/bin/env bash
# Set up cjeapp and run every check: ruff, mypy (strict), the one-folder build
# (packaging/build.sh, smoke-tested by tests/packaging), the whole test suite, then the core
# suite again on a throwaway PostgreSQL server (the office's multi-seat engine).
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/setup.sh --test
echo "== ruff"
.venv/bin/ruff check src tests scripts
echo "== mypy"
.venv/bin/mypy
echo "== frozen build"
bash packaging/build.sh
echo "== pytest"
CJEAPP_FROZEN_BUILD="$PWD/dist/cjeapp" QT_QPA_PLATFORM=offscreen .venv/bin/python -m pytest "$@"
if [ $# -eq 0 ]; then
  echo "== pytest, the core on the server (PostgreSQL)"
  CJEAPP_TEST_ENGINE=postgresql QT_QPA_PLATFORM=offscreen .venv/bin/python -m pytest tests/core
fi
