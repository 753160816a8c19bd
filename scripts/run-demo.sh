#!/usr/bin/env bash
# Set up cjeapp and launch it on the demo database (created on first run, kept after).
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/setup.sh --gui
db="${CJEAPP_DEMO_DB:-$(.venv/bin/python -c 'from cjeapp.cli import default_db_path; print(default_db_path().with_name("demo.sqlite3"))')}"
if [ ! -f "$db" ]; then
  echo "Creating the demo database $db …"
  laptop="${db%.sqlite3}-portable.cjeapp"  # the demo counsellor's laptop, one exchange made
  extra=()
  [ -e "$laptop" ] || extra=(--laptop "$laptop")
  .venv/bin/cjeapp demo --db "$db" --clients 2000 --seed 1 "${extra[@]}"
else
  echo "Demo database: $db"
  .venv/bin/python -c 'from cjeapp.cli.output import print_demo_accounts; print_demo_accounts()'
fi
exec .venv/bin/cjeapp --db "$db" "$@"
