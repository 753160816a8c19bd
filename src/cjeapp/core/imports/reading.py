"""Reading the spreadsheets organizations keep: XLSX, XLS, ODS (python-calamine, which
reads all three without running anything in them) and CSV as Excel writes it on Windows
(cp1252, semicolons) or as anything else does (UTF-8 with or without a BOM, Latin-1;
commas, semicolons, tabs). The encoding and the delimiter of a CSV are detected, said, and
can be given instead.

Every cell comes back as text, as the person sees it: an Excel date as 2024-03-05, a
phone or a MIFI number stored as a number without « .0 ». A file that is not a
spreadsheet, a workbook protected by a password, a sheet with no rows: a sentence that
says so (``ImportFileError``), nothing read."""

from __future__ import annotations

import csv
import hashlib
import io
from collections.abc import Sequence
from dataclasses import dataclass
from dataclasses import field
from datetime import date
from datetime import datetime
from datetime import time
from pathlib import Path

from cjeapp.core.errors import CjeError
from cjeapp.core.i18n import N_
from cjeapp.core.i18n import msg

WORKBOOKS = (".xlsx", ".xlsm", ".xls", ".ods")
TEXTS = (".csv", ".txt", ".tsv")
ENCODINGS = ("utf-8-sig", "cp1252", "latin-1")
DELIMITERS = (";", ",", "\t")
MAX_ROWS = 200_000
_ZIP = b"PK\x03\x04"
_OLE = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"  # XLS, and any workbook encrypted by a password


class ImportFileError(CjeError):
    """The file cannot be read as a spreadsheet; the message says why and what to do."""


@dataclass(frozen=True)
class Sheet:
    name: str  # the file's name (never its folder)
    headers: list[str]
    rows: list[list[str]]  # as many cells as headers in each
    sha256: str
    encoding: str | None = None  # CSV only
    delimiter: str | None = None  # CSV only
    sheet: str | None = None  # the workbook sheet read
    sheets: list[str] = field(default_factory=list)

    def row_number(self, index: int) -> int:
        """The row as the spreadsheet numbers it (the headers are row 1)."""
        return index + 2


def _text(cell: object) -> str:
    if cell is None:
        return ""
    if isinstance(cell, bool):
        return "1" if cell else "0"
    if isinstance(cell, float):
        return str(int(cell)) if cell.is_integer() else str(cell)
    if isinstance(cell, datetime):
        return cell.date().isoformat() if cell.time() == time(0) else cell.isoformat(" ")
    if isinstance(cell, date):
        return cell.isoformat()
    return " ".join(str(cell).split())


def _table(name: str, data: bytes, cells: Sequence[Sequence[object]], **extra: object) -> Sheet:
    rows = [[_text(cell) for cell in row] for row in cells]
    rows = [row for row in rows if any(row)]
    if not rows:
        raise ImportFileError(msg(N_("{name} holds no rows: choose the sheet or the file "
                                     "that has them."), name=name))
    if len(rows) > MAX_ROWS + 1:
        raise ImportFileError(msg(N_("{name} has more than {count} rows: split it in "
                                     "several files."), name=name, count=MAX_ROWS))
    headers = rows[0]
    width = max(len(row) for row in rows)
    headers = headers + [""] * (width - len(headers))
    body = [row + [""] * (width - len(row)) for row in rows[1:]]
    if not body:
        raise ImportFileError(msg(N_("{name} has column titles but no rows under them."),
                                  name=name))
    return Sheet(name, headers, body, hashlib.sha256(data).hexdigest(), **extra)  # type: ignore[arg-type]


def read_sheet(path: Path, *, sheet: str | None = None, encoding: str | None = None,
               delimiter: str | None = None) -> Sheet:
    """The first sheet (or ``sheet``) of a workbook, or a CSV file, as rows of text."""
    try:
        data = path.read_bytes()
    except OSError as exc:
        raise ImportFileError(msg(N_("{name} cannot be read: {reason}"), name=path.name,
                                  reason=exc.strerror or type(exc).__name__)) from exc
    suffix = path.suffix.lower()
    if suffix in WORKBOOKS or data.startswith(_ZIP) or data.startswith(_OLE):
        return _workbook(path.name, data, sheet)
    if suffix in TEXTS or not suffix:
        return _csv(path.name, data, encoding, delimiter)
    raise ImportFileError(msg(N_(
        "{name} is not a spreadsheet: choose an Excel (.xlsx, .xls), LibreOffice (.ods) or "
        "CSV file."), name=path.name))


_STOPS = (KeyboardInterrupt, SystemExit, GeneratorExit)


def _workbook(name: str, data: bytes, wanted: str | None) -> Sheet:
    from python_calamine import CalamineWorkbook

    try:
        book = CalamineWorkbook.from_filelike(io.BytesIO(data))
    except _STOPS:
        raise
    # A damaged workbook can make calamine's Rust code panic: pyo3 raises that as a
    # PanicException, which derives from BaseException, not Exception.
    except BaseException as exc:  # calamine says « password » for an encrypted workbook
        if "password" in str(exc).lower() or "encrypt" in str(exc).lower() or (
                data.startswith(_OLE) and b"E\x00n\x00c\x00r\x00y\x00p\x00t" in data):
            raise ImportFileError(msg(N_(
                "{name} is protected by a password: open it in Excel or LibreOffice, "
                "save a copy without the password, and import that copy."),
                name=name)) from exc
        raise ImportFileError(msg(N_(
            "{name} is not a spreadsheet that can be read (damaged, or another kind of "
            "file with a spreadsheet's name)."), name=name)) from exc
    names = list(book.sheet_names)
    if not names:
        raise ImportFileError(msg(N_("{name} has no sheet."), name=name))
    if wanted is not None and wanted not in names:
        raise ImportFileError(msg(N_("{name} has no sheet named « {sheet} »; its sheets: "
                                     "{sheets}."), name=name, sheet=wanted,
                                  sheets=", ".join(names)))
    chosen = wanted or names[0]
    try:
        cells = book.get_sheet_by_name(chosen).to_python(skip_empty_area=True)
    except _STOPS:
        raise
    except BaseException as exc:  # a panic in calamine, as above
        raise ImportFileError(msg(N_(
            "The sheet {sheet} of {name} cannot be read."), sheet=chosen, name=name)) from exc
    return _table(name, data, cells, sheet=chosen, sheets=names)


def detect_encoding(data: bytes) -> str:
    """UTF-8 (with or without its BOM) when the bytes are UTF-8, else what
    charset-normalizer finds among cp1252 and Latin-1 (cp1252 when unsure)."""
    try:
        data.decode("utf-8")
        return "utf-8-sig"
    except UnicodeDecodeError:
        pass
    from charset_normalizer import from_bytes

    best = from_bytes(data[:200_000], cp_isolation=["cp1252", "latin_1"]).best()
    return "latin-1" if best is not None and best.encoding == "latin_1" else "cp1252"


def detect_delimiter(text: str) -> str:
    """The delimiter that splits the first lines into the same number of cells, the most."""
    lines = [line for line in text.splitlines()[:20] if line.strip()]
    best, score = ";", -1
    for delimiter in DELIMITERS:
        counts = [len(next(csv.reader([line], delimiter=delimiter))) for line in lines]
        if not counts or counts[0] < 2:
            continue
        steady = sum(1 for count in counts if count == counts[0])
        if steady * 100 + counts[0] > score:
            best, score = delimiter, steady * 100 + counts[0]
    return best


def _csv(name: str, data: bytes, encoding: str | None, delimiter: str | None) -> Sheet:
    if b"\x00" in data[:4096]:
        raise ImportFileError(msg(N_(
            "{name} is not a spreadsheet: choose an Excel (.xlsx, .xls), LibreOffice (.ods) "
            "or CSV file."), name=name))
    chosen = encoding or detect_encoding(data)
    try:
        text = data.decode(chosen)
    except (UnicodeDecodeError, LookupError) as exc:
        raise ImportFileError(msg(N_(
            "{name} is not written in {encoding}: choose another encoding."),
            name=name, encoding=chosen)) from exc
    try:
        split = delimiter or detect_delimiter(text)
        cells = list(csv.reader(io.StringIO(text), delimiter=split))
    except csv.Error as exc:  # a cell over 128 KiB, a stray quote in a strict place…
        raise ImportFileError(msg(N_(
            "{name} cannot be read as a CSV file ({reason}): open it in a spreadsheet "
            "program and save it again as CSV."), name=name, reason=str(exc))) from exc
    return _table(name, data, cells, encoding=chosen, delimiter=split)
