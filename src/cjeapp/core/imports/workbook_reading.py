"""A workbook read in the reader's own process (``workbook_child``), after the archive's
checks: the rows come back as text with their numbers, or a sentence says why not — the
reader refused it, ran out of the memory it is allowed, took too long, or failed."""

from __future__ import annotations

import json
import subprocess
import sys
from dataclasses import dataclass
from dataclasses import field
from typing import Any

from cjeapp.core.errors import CjeError
from cjeapp.core.i18n import N_
from cjeapp.core.i18n import Message
from cjeapp.core.i18n import msg
from cjeapp.core.imports.archive_checks import ArchiveRefused
from cjeapp.core.imports.archive_checks import check_workbook
from cjeapp.core.imports.workbook_child import CPU_SECONDS
from cjeapp.core.imports.workbook_child import MAX_CELLS
from cjeapp.core.imports.workbook_child import MAX_COLUMNS
from cjeapp.core.imports.workbook_child import MAX_ROWS

CHILD_FLAG = "--read-workbook-child"  # the frozen program's own way to be the child
WALL_SECONDS = CPU_SECONDS * 2


class ImportFileError(CjeError):
    """The file cannot be read as a spreadsheet; the message says why and what to do."""


@dataclass
class RawRows:
    """What a file holds before its column titles are found: non-empty rows with their
    numbers in the sheet (1 for the first row)."""
    rows: list[tuple[int, list[str]]]
    first_column: int = 0  # 0 for A: where the rows' first cell sits
    merged: list[tuple[int, int, int, int]] = field(default_factory=list)  # 0-based r0 c0 r1 c1
    date_system: int = 1900
    sheets: list[str] = field(default_factory=list)
    sheet: str | None = None
    stopped: bool = False  # a long run of empty rows ended the reading


def _command() -> list[str]:
    if getattr(sys, "frozen", False):
        return [sys.executable, CHILD_FLAG]
    # -P: the folder the program was started from is not put on the child's path (a
    # json.py lying there would run in it)
    return [sys.executable, "-P", "-m", "cjeapp.core.imports.workbook_child"]


def refusal(name: str, reason: str) -> Message:
    """The sentence for what the reader said (or how its process ended)."""
    if reason == "password":
        return msg(N_("{name} is protected by a password: open it in Excel or LibreOffice, "
                      "save a copy without the password, and import that copy."), name=name)
    if reason == "no_sheet":
        return msg(N_("{name} has no sheet."), name=name)
    if reason == "rows":
        return msg(N_("{name} has more than {count} rows: split it in several files."),
                   name=name, count=MAX_ROWS)
    if reason == "columns":
        return msg(N_("{name} has more than {count} columns with something in them: keep "
                      "only the list's columns and import it again."), name=name,
                   count=MAX_COLUMNS)
    if reason == "cells":
        return msg(N_("{name} has more than {count} filled cells: split it in several "
                      "files."), name=name, count=MAX_CELLS)
    if reason == "memory":
        return msg(N_("Reading {name} needed more memory than a list ever does, so it was "
                      "stopped: the file is damaged or built to harm; nothing was read."),
                   name=name)
    if reason == "time":
        return msg(N_("Reading {name} took longer than a list ever does, so it was "
                      "stopped: the file is damaged or built to harm; nothing was read."),
                   name=name)
    if reason == "crash":
        return msg(N_("The reader of spreadsheets failed on {name} (damaged, or built to "
                      "harm) and was stopped; nothing was read and the program goes on."),
                   name=name)
    if reason == "sheet":
        return msg(N_("The sheet of {name} cannot be read (damaged)."), name=name)
    return msg(N_("{name} is not a spreadsheet that can be read (damaged, or another kind "
                  "of file with a spreadsheet's name)."), name=name)


def read_workbook(name: str, data: bytes, wanted: str | None) -> RawRows:
    try:
        checked = check_workbook(name, data)
    except ArchiveRefused as refused:
        raise ImportFileError(refused.message) from None
    try:
        done = subprocess.run([*_command(), wanted or ""], input=data, capture_output=True,
                              timeout=WALL_SECONDS, check=False)
    except subprocess.TimeoutExpired:
        raise ImportFileError(refusal(name, "time")) from None
    except OSError as exc:
        raise ImportFileError(refusal(name, "crash")) from exc
    answer = _answer(done)
    if answer is None:
        signalled = -done.returncode if done.returncode < 0 else 0
        said = done.stderr.decode("utf-8", "replace").lower()
        reason = ("memory" if "memory" in said or signalled == 9
                  else "time" if signalled == 24 else "crash")  # 24: SIGXCPU
        raise ImportFileError(refusal(name, reason))
    if "refused" in answer:
        raise ImportFileError(refusal(name, str(answer["refused"])))
    sheets = [str(sheet) for sheet in answer.get("sheets", [])]
    if "missing" in answer:
        raise ImportFileError(msg(N_("{name} has no sheet named « {sheet} »; its sheets: "
                                     "{sheets}."), name=name, sheet=answer["missing"],
                                  sheets=", ".join(sheets)))
    strings = [str(text) for text in answer["strings"]]
    rows = [(int(number), [strings[index] for index in cells])
            for number, cells in answer["rows"]]
    return RawRows(rows, int(answer.get("first_column", 0)),
                   [(int(a), int(b), int(c), int(d)) for a, b, c, d in answer.get("merged", [])],
                   checked.date_system, sheets, str(answer.get("sheet") or ""),
                   answer.get("stopped") == "empty")


def _answer(done: subprocess.CompletedProcess[bytes]) -> dict[str, Any] | None:
    if done.returncode != 0 or not done.stdout:
        return None
    try:
        answer = json.loads(done.stdout)
    except (ValueError, RecursionError):
        return None
    return answer if isinstance(answer, dict) else None
