#!/usr/bin/env bash
# Build a one-folder cjeapp program with PyInstaller into dist/cjeapp.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/setup.sh
.venv/bin/python -m pip install -q --disable-pip-version-check "pyinstaller>=6.5,<7"
.venv/bin/pyinstaller --noconfirm --clean --distpath dist --workpath build/pyinstaller \
  packaging/cjeapp.spec
echo "Built: dist/cjeapp/cjeapp"
