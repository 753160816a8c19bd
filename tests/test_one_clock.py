"""Every date the program and its tests take for « today » is Quebec's, from one clock.

`date.today()` and a naive `datetime.now()` read the machine's zone: on a machine kept in
UTC, from 19:00 or 20:00 in Quebec they already give tomorrow, and a service recorded
« today » is refused as a date in the future (a test failed so on the CI's machine
after midnight UTC). `core.clock` is the one place that reads the machine's time.
"""

from __future__ import annotations

import ast
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
CLOCK = ROOT / "src" / "cjeapp" / "core" / "clock.py"


def _machine_clock_reads(path: Path) -> list[str]:
    tree = ast.parse(path.read_text(encoding="utf-8"), filename=str(path))
    found: list[str] = []
    for node in ast.walk(tree):
        if not isinstance(node, ast.Call) or not isinstance(node.func, ast.Attribute):
            continue
        name = node.func.attr
        owner = node.func.value
        owner_name = owner.id if isinstance(owner, ast.Name) else (
            owner.attr if isinstance(owner, ast.Attribute) else "")
        if owner_name == "date" and name == "today":
            found.append(f"{path.relative_to(ROOT)}:{node.lineno} date.today()")
        elif owner_name == "datetime" and name in ("today", "utcnow"):
            found.append(f"{path.relative_to(ROOT)}:{node.lineno} datetime.{name}()")
        elif owner_name == "datetime" and name == "now" and not node.args and not node.keywords:
            found.append(f"{path.relative_to(ROOT)}:{node.lineno} datetime.now() without a zone")
    return found


def test_only_the_clock_reads_the_machines_date() -> None:
    files = [p for folder in ("src", "tests", "scripts") for p in (ROOT / folder).rglob("*.py")
             if p != CLOCK and ".venv" not in p.parts]
    found = [hit for path in files for hit in _machine_clock_reads(path)]
    assert not found, "use cjeapp.core.clock.today() / now():\n" + "\n".join(found)
