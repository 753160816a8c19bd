#!/usr/bin/env bash
# Run every benchmark cjeapp has and write docs/measurements.md: each figure beside its
# reference measured in the same run, with the date, the cores and the load average
# (scripts/measure.py does the work). It takes a while — a 100,000-person demo file, the
# server's benchmarks on a throwaway PostgreSQL, the one-folder build: run it when the
# machine is otherwise quiet. `--quick` tries the script on small sizes; `--no-build` leaves
# out the one-folder build.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/setup.sh --test
.venv/bin/python -m pip install -q --disable-pip-version-check "pyinstaller>=6.5,<7"
QT_QPA_PLATFORM=offscreen .venv/bin/python scripts/measure.py "$@"
