"""The reader's own process: a workbook (XLSX, XLS, ODS) read by python-calamine in a child
process whose memory and processor time are capped, so that whatever a hostile or damaged
file makes the Rust reader do — panic, abort on an allocation it cannot make, run for
minutes — ends this process, never the program.

The workbook's bytes come on standard input, the sheet wanted as the first argument (empty:
the first); the rows go back on standard output as JSON: each kept row as its number in the
sheet and the indexes of its cells' texts in one table of texts (a list's repeated words
travel once). Only the standard library and python_calamine are imported here: the child
starts in a few hundredths of a second."""

from __future__ import annotations

import contextlib
import io
import json
import sys
from collections.abc import Iterable
from datetime import date
from datetime import datetime
from datetime import time

MEMORY_BYTES = 400 * 1024 * 1024  # address space: the bound the program promises
CPU_SECONDS = 60
MAX_ROWS = 200_000
MAX_COLUMNS = 1_000
MAX_CELLS = 4_000_000
EMPTY_RUN = 1_000  # empty rows in a row: the list has ended


def text_of(cell: object) -> str:
    """A cell as the person sees it: numbers without « .0 », dates as 2024-03-05."""
    if cell is None:
        return ""
    if isinstance(cell, bool):
        return "1" if cell else "0"
    if isinstance(cell, float):
        return str(int(cell)) if cell.is_integer() else repr(cell)
    if isinstance(cell, datetime):
        return cell.date().isoformat() if cell.time() == time(0) else cell.isoformat(" ")
    if isinstance(cell, date):
        return cell.isoformat()
    return " ".join(str(cell).split())


class Refused(Exception):
    """What the parent turns into a sentence (the argument is the reason's code)."""


class Collected:
    """Rows of text kept with their numbers, bounded as the module's limits say."""

    def __init__(self) -> None:
        self.strings: dict[str, int] = {"": 0}
        self.rows: list[tuple[int, list[int]]] = []
        self.cells = 0
        self.stopped: str | None = None

    def add(self, number: int, texts: list[str]) -> None:
        while texts and not texts[-1]:
            texts.pop()
        if not texts:
            return
        if len(texts) > MAX_COLUMNS:
            raise Refused("columns")
        if len(self.rows) > MAX_ROWS:
            raise Refused("rows")
        self.cells += len(texts)
        if self.cells > MAX_CELLS:
            raise Refused("cells")
        strings = self.strings
        self.rows.append((number, [strings.setdefault(text, len(strings)) for text in texts]))

    def collect(self, rows: Iterable[Iterable[object]], first_number: int) -> None:
        empty = 0
        for offset, row in enumerate(rows):
            texts = [text_of(cell) for cell in row]
            if not any(texts):
                empty += 1
                if empty >= EMPTY_RUN:
                    self.stopped = "empty"
                    return
                continue
            empty = 0
            self.add(first_number + offset, texts)

    def as_json(self) -> dict[str, object]:
        return {"strings": list(self.strings), "rows": self.rows, "stopped": self.stopped}


def _limit() -> None:
    try:
        import resource
    except ImportError:  # Windows: no limits by resource; the process still contains it
        return
    for which, amount in ((resource.RLIMIT_AS, MEMORY_BYTES),
                          (resource.RLIMIT_CPU, CPU_SECONDS)):
        with contextlib.suppress(ValueError, OSError):  # a platform without the limit
            resource.setrlimit(which, (amount, amount))


def read(data: bytes, wanted: str) -> dict[str, object]:
    from python_calamine import CalamineWorkbook

    try:
        book = CalamineWorkbook.from_filelike(io.BytesIO(data))
    except BaseException as exc:  # a panic in the Rust code is a BaseException
        said = str(exc).lower()
        raise Refused("password" if "password" in said or "encrypt" in said
                      else "cells" if "cell limit" in said else "damaged") from exc
    names = list(book.sheet_names)
    if not names:
        raise Refused("no_sheet")
    if wanted and wanted not in names:
        return {"sheets": names, "missing": wanted}
    chosen = wanted or names[0]
    try:
        sheet = book.get_sheet_by_name(chosen)
        start = sheet.start or (0, 0)
        found = Collected()
        found.collect(sheet.iter_rows(), int(start[0]) + 1)
        merged = sheet.merged_cell_ranges or []
    except Refused:
        raise
    except BaseException as exc:
        raise Refused("sheet") from exc
    return {"sheets": names, "sheet": chosen, "first_column": int(start[1]),
            "merged": [[a[0], a[1], b[0], b[1]] for a, b in merged][:10_000],
            **found.as_json()}


def main() -> int:
    _limit()
    wanted = sys.argv[1] if len(sys.argv) > 1 else ""
    data = sys.stdin.buffer.read()
    try:
        answer: dict[str, object] = read(data, wanted)
    except Refused as refused:
        answer = {"refused": str(refused.args[0])}
    except MemoryError:
        answer = {"refused": "memory"}
    sys.stdout.write(json.dumps(answer, ensure_ascii=True, separators=(",", ":")))
    sys.stdout.flush()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
