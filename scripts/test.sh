#!/usr/bin/env bash
# Set up cjeapp and run every check: ruff, mypy (strict), the one-folder build
# (packaging/build.sh, smoke-tested by tests/packaging), the whole test suite, then the core
# suite again on a throwaway PostgreSQL server (the office's multi-seat engine).
# Each step prints how long it took, and the whole run its duration at the end (even when a
# step fails), on stderr: stdout still ends with pytest's own summary line.
set -euo pipefail
cd "$(dirname "$0")/.."

started=$SECONDS
step_started=$SECONDS
step=""
duration() { printf '%d min %02d s' $(($1 / 60)) $(($1 % 60)); }
finish_step() {
  [ -n "$step" ] && echo "   ($step: $(duration $((SECONDS - step_started))))" >&2
  step="$1"
  step_started=$SECONDS
  [ -n "$step" ] && echo "== $step" >&2
  return 0
}
report() {
  status=$?
  finish_step ""
  echo "== test command: $(duration $((SECONDS - started))) on $(nproc) cores" \
       "(load average at the end: $(cut -d' ' -f1-3 /proc/loadavg 2>/dev/null || echo unknown))" >&2
  exit $status
}
trap report EXIT

finish_step "setup"
bash scripts/setup.sh --test
finish_step "ruff"
.venv/bin/ruff check src tests scripts
finish_step "mypy"
.venv/bin/mypy
finish_step "frozen build"
bash packaging/build.sh
finish_step "pytest"
# setup.sh --test installed what reads the program as a screen reader: its test must run
CJEAPP_FROZEN_BUILD="$PWD/dist/cjeapp" CJEAPP_REQUIRE_AT_SPI=1 QT_QPA_PLATFORM=offscreen \
  .venv/bin/python -m pytest "$@"
if [ $# -eq 0 ]; then
  finish_step "pytest, the core on the server (PostgreSQL)"
  CJEAPP_TEST_ENGINE=postgresql QT_QPA_PLATFORM=offscreen .venv/bin/python -m pytest tests/core
fi
