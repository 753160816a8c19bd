"""What a screen reader finds in a program, through AT-SPI (run by the system's python3,
which has pyatspi: Debian's python3-pyatspi, not on PyPI).

Usage: reader.py PID ROLE NAME — once a node of that role and name shows (the screen is
ready: a loaded machine may take a while), prints as JSON each node of that program's
accessible tree a person can reach or act on (focusable, or of an interactive role): its
role, its name, its description and the names of its named ancestors (where it is)."""

from __future__ import annotations

import json
import sys
import time

import pyatspi

INTERACTIVE = {"push button", "toggle button", "check box", "radio button", "combo box",
               "text", "password text", "entry", "spin button", "slider", "list", "table",
               "tree", "tree table", "page tab list", "menu item", "date editor",
               "scroll bar"}
SKIPPED_INSIDE = {"table", "tree", "tree table"}  # their cells are the rows' text
MOST = 5000


def application(pid: int, wait: float) -> object:
    ends = time.monotonic() + wait
    while time.monotonic() < ends:
        desktop = pyatspi.Registry.getDesktop(0)
        for index in range(desktop.childCount):
            app = desktop.getChildAtIndex(index)
            try:
                if app is not None and app.get_process_id() == pid and app.childCount:
                    return app
            except Exception:  # an application leaving the bus meanwhile
                continue
        time.sleep(0.2)
    raise SystemExit(f"no application of process {pid} on the accessibility bus")


def walk(app: object) -> list[dict[str, object]]:
    found: list[dict[str, object]] = []
    pending: list[tuple[object, list[str]]] = [(app, [])]
    seen = 0
    while pending and seen < MOST:
        node, where = pending.pop()
        seen += 1
        role = node.getRoleName()
        states = node.getState()
        if not states.contains(pyatspi.STATE_SHOWING) and role != "application":
            continue
        focusable = states.contains(pyatspi.STATE_FOCUSABLE)
        if focusable or role in INTERACTIVE:
            found.append({"role": role, "name": node.name or "",
                          "description": node.description or "",
                          "focusable": focusable, "where": where})
        if role in SKIPPED_INSIDE:
            continue
        inside = [*where, node.name] if node.name and role != "application" else where
        for index in range(node.childCount - 1, -1, -1):
            child = node.getChildAtIndex(index)
            if child is not None:
                pending.append((child, inside))
    return found


def main() -> int:
    pid, role, name = int(sys.argv[1]), sys.argv[2], sys.argv[3]
    ends = time.monotonic() + 20.0
    while True:
        found = walk(application(pid, 20.0))
        if any(node["role"] == role and node["name"] == name for node in found) \
                or time.monotonic() > ends:
            break
        time.sleep(0.3)
    print(json.dumps(found, ensure_ascii=False))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
