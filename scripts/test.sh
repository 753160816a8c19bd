#!/usr/bin/env bash
# Set up cjeapp and run every check: ruff, mypy (strict), the one-folder build
# (packaging/build.sh, smoke-tested by tests/packaging) and the whole test suite.
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
