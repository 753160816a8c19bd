"""Reading the spreadsheets organizations keep: XLSX, XLS, ODS (python-calamine, which
reads all three without running anything in them, in a process of its own whose memory and
time are capped: see ``workbook_reading``) and CSV as Excel writes it on Windows (cp1252,
semicolons) or as anything else does (UTF-8 with or without a BOM, Latin-1; commas,
semicolons, tabs). The encoding and the delimiter of a CSV are detected, said, and can be
given instead.

Every cell comes back as text, as the person sees it: an Excel date as 2024-03-05, a
phone or a MIFI number stored as a number without « .0 ». The column titles are found
among the first rows (``title_rows``), or given. A file that is not a spreadsheet, a
workbook protected by a password, a sheet with no rows, a file built to exhaust the memory:
a sentence that says so (``ImportFileError``), nothing read. Reading stops after a long run
of empty rows."""

from __future__ import annotations

import csv
import hashlib
import io
from dataclasses import dataclass
from dataclasses import field
from pathlib import Path

from cjeapp.core.i18n import N_
from cjeapp.core.i18n import msg
from cjeapp.core.imports.archive_checks import MAX_BYTES
from cjeapp.core.imports.collector_pause import collector_paused
from cjeapp.core.imports.title_rows import titled
from cjeapp.core.imports.workbook_child import Collected
from cjeapp.core.imports.workbook_child import Refused
from cjeapp.core.imports.workbook_reading import ImportFileError
from cjeapp.core.imports.workbook_reading import RawRows
from cjeapp.core.imports.workbook_reading import read_workbook
from cjeapp.core.imports.workbook_reading import refusal

__all__ = ["ImportFileError", "Sheet", "read_sheet"]

WORKBOOKS = (".xlsx", ".xlsm", ".xls", ".ods")
TEXTS = (".csv", ".txt", ".tsv")
ENCODINGS = ("utf-8-sig", "cp1252", "latin-1")
DELIMITERS = (";", ",", "\t")
_ZIP = b"PK\x03\x04"
_OLE = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"  # XLS, and any workbook encrypted by a password


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
    numbers: list[int] = field(default_factory=list)  # each row's number in the sheet
    header_row: int = 1  # the titles' row, as the sheet numbers it
    above: list[tuple[int, list[str]]] = field(default_factory=list)  # the title block
    date_system: int = 1900  # serial numbers in a date column count from 1900 or 1904
    stopped: bool = False  # a long run of empty rows ended the reading

    def stopped_sentence(self) -> str:
        """Said when a long run of empty rows ended the reading (rows after it, if any,
        are not read); empty otherwise."""
        if not self.stopped:
            return ""
        last = self.row_number(len(self.rows) - 1) if self.rows else self.header_row
        return msg(N_("The reading stopped after row {row}: a thousand empty rows followed "
                      "it. If the list goes on below them, remove the empty rows and read the "
                      "file again."), row=last).render()

    def row_number(self, index: int) -> int:
        """The row as the spreadsheet numbers it."""
        if index < len(self.numbers):
            return self.numbers[index]
        return index + self.header_row + 1


def _sheet(name: str, digest: str, raw: RawRows, header_row: int | None,
           **extra: object) -> Sheet:
    found = titled(name, raw, header_row)
    return Sheet(name, found.headers, found.rows, digest,
                 numbers=found.numbers, header_row=found.header_row, above=found.above,
                 date_system=raw.date_system, stopped=raw.stopped, **extra)  # type: ignore[arg-type]


def read_sheet(path: Path, *, sheet: str | None = None, encoding: str | None = None,
               delimiter: str | None = None, header_row: int | None = None) -> Sheet:
    """The first sheet (or ``sheet``) of a workbook, or a CSV file, as rows of text under
    the titles found (or those of row ``header_row``)."""
    with collector_paused():
        return _read_sheet(path, sheet, encoding, delimiter, header_row)


def _read_sheet(path: Path, sheet: str | None, encoding: str | None, delimiter: str | None,
                header_row: int | None) -> Sheet:
    try:
        size = path.stat().st_size
        if size > MAX_BYTES:
            raise ImportFileError(msg(N_(
                "{name} is larger than {megabytes} MB: split the list into several files."),
                name=path.name, megabytes=MAX_BYTES // (1024 * 1024)))
        data = path.read_bytes()
    except OSError as exc:
        raise ImportFileError(msg(N_("{name} cannot be read: {reason}"), name=path.name,
                                  reason=exc.strerror or type(exc).__name__)) from exc
    suffix = path.suffix.lower()
    if suffix in WORKBOOKS or data.startswith(_ZIP) or data.startswith(_OLE):
        if data.startswith(_OLE) and b"E\x00n\x00c\x00r\x00y\x00p\x00t" in data:
            raise ImportFileError(refusal(path.name, "password"))
        raw = read_workbook(path.name, data, sheet)
        return _sheet(path.name, hashlib.sha256(data).hexdigest(), raw, header_row,
                      sheet=raw.sheet, sheets=raw.sheets)
    if suffix in TEXTS or not suffix:
        return _csv(path.name, data, encoding, delimiter, header_row)
    raise ImportFileError(msg(N_(
        "{name} is not a spreadsheet: choose an Excel (.xlsx, .xls), LibreOffice (.ods) or "
        "CSV file."), name=path.name))


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


def _csv(name: str, data: bytes, encoding: str | None, delimiter: str | None,
         header_row: int | None) -> Sheet:
    if b"\x00" in data[:4096]:
        raise ImportFileError(msg(N_(
            "{name} is not a spreadsheet: choose an Excel (.xlsx, .xls), LibreOffice (.ods) "
            "or CSV file."), name=name))
    digest = hashlib.sha256(data).hexdigest()
    chosen = encoding or detect_encoding(data)
    try:
        text = data.decode(chosen)
    except (UnicodeDecodeError, LookupError) as exc:
        raise ImportFileError(msg(N_(
            "{name} is not written in {encoding}: choose another encoding."),
            name=name, encoding=chosen)) from exc
    found = Collected()
    try:
        split = delimiter or detect_delimiter(text[:200_000])
        found.collect(csv.reader(io.StringIO(text), delimiter=split), 1)
    except csv.Error as exc:  # a cell over 128 KiB, a stray quote in a strict place…
        raise ImportFileError(msg(N_(
            "{name} cannot be read as a CSV file ({reason}): open it in a spreadsheet "
            "program and save it again as CSV."), name=name, reason=str(exc))) from exc
    except Refused as refused:
        raise ImportFileError(refusal(name, str(refused.args[0]))) from None
    del text
    strings = list(found.strings)
    raw = RawRows([(number, [strings[index] for index in cells])
                   for number, cells in found.rows], stopped=found.stopped == "empty")
    return _sheet(name, digest, raw, header_row, encoding=chosen, delimiter=split)
