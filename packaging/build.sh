#!/usr/bin/env bash
# Build the one-folder cjeapp program with PyInstaller into dist/cjeapp, with the
# third-party licences beside it, and print its size.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/setup.sh
.venv/bin/python -m pip install -q --disable-pip-version-check "pyinstaller>=6.5,<7"
.venv/bin/pyinstaller --noconfirm --clean --log-level WARN --distpath dist \
  --workpath build/pyinstaller packaging/cjeapp.spec
dist/cjeapp/cjeapp licences --out dist/cjeapp/THIRD-PARTY-LICENCES.txt  # from what the build carries
echo "Built: dist/cjeapp/cjeapp ($(du -sm dist/cjeapp | cut -f1) MB)"
