"""Writing spreadsheets with openpyxl: cells that cannot turn into formulas, numbers and
dates typed, a bold frozen header with a filter, and columns as wide as their content.

In an XLSX a text cell is text: it never runs, whatever it begins with, so « +1 418 555
0104 » and « - à revoir » are written as they are (only openpyxl must be told that a text
beginning with « = » is no formula). A CSV has no types: there, a text that begins like a
formula gets an apostrophe (``safe_cell``), as spreadsheet programs advise."""

from __future__ import annotations

import io
import re
from collections.abc import Iterable
from collections.abc import Sequence
from typing import Any

from cjeapp.core.errors import Inconsistent

FORMULA_STARTS = ("=", "+", "-", "@")
MAX_WIDTH = 50
_NUMBER = re.compile(r"[-+]?(\d[\d\s\u00a0\u202f,.]*)?[.,]?\d+([eE][-+]?\d+)?\s?%?|[-+]?\d+[.,]")
_TIME = re.compile(r"\d{1,2}:\d{2}(:\d{2})?")
_DATE = re.compile(r"(\d{1,4})[-/.](\d{1,4})(?:[-/.](\d{1,4}))?")
_BOOLEANS = {"true", "false", "vrai", "faux"}


_CONTROLS = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f]")  # what an XLSX cannot hold


def safe_cell(value: object) -> object:
    """For a CSV: a text that begins like a formula, with a leading apostrophe."""
    if isinstance(value, str) and value.startswith(FORMULA_STARTS):
        return "'" + value
    return value


def xlsx_cell(sheet: Any, value: object) -> object:
    """For a write-only XLSX sheet: a text as it is, as a text cell (a control character,
    which the format cannot hold, shown as �); other values as they are."""
    if not isinstance(value, str):
        return value
    text = _CONTROLS.sub("\ufffd", value)
    if text.startswith("="):
        from openpyxl.cell import WriteOnlyCell

        cell = WriteOnlyCell(sheet, value=text)
        cell.data_type = "s"  # openpyxl would write it as a formula
        return cell
    return text


def _could_be_date(parts: Sequence[str]) -> bool:
    if len(parts) == 3:
        return True
    first, second = (int(part) for part in parts)

    def month(n: int) -> bool:
        return 1 <= n <= 12

    def day_or_year(n: int, text: str) -> bool:
        return 1 <= n <= 31 or len(text) == 4

    return ((month(first) and day_or_year(second, parts[1]))
            or (month(second) and day_or_year(first, parts[0])))


def reads_as_number(text: str) -> bool:
    """Whether Excel or LibreOffice, opening a CSV, would turn this text into a number, a
    date, a time or a truth value (and so lose it: "05" becomes 5, "1e5" 100000)."""
    value = text.strip()
    if not value:
        return False
    if value.lower() in _BOOLEANS or _NUMBER.fullmatch(value) or _TIME.fullmatch(value):
        return True
    found = _DATE.fullmatch(value)
    return found is not None and _could_be_date([part for part in found.groups() if part])


def text_width(value: object) -> int:
    """Characters a value takes in a cell (dates as yyyy-mm-dd)."""
    if value is None:
        return 0
    return 10 if hasattr(value, "isoformat") else len(str(value))


def column_width(longest: int) -> float:
    return min(max(longest + 2, 8), MAX_WIDTH)


def header_cells(sheet: Any, header: Sequence[str]) -> list[Any]:
    """Bold header cells for a write-only sheet."""
    from openpyxl.cell import WriteOnlyCell
    from openpyxl.styles import Font

    cells = []
    for text in header:
        cell = WriteOnlyCell(sheet, value=_CONTROLS.sub("\ufffd", text))
        cell.data_type = "s"
        cell.font = Font(bold=True)
        cells.append(cell)
    return cells


def prepare_sheet(sheet: Any, widths: Sequence[int]) -> None:
    """Column widths and the frozen first row: set before the first row is written."""
    from openpyxl.utils import get_column_letter

    for index, longest in enumerate(widths, start=1):
        sheet.column_dimensions[get_column_letter(index)].width = column_width(longest)
    sheet.freeze_panes = "A2"


def add_filter(sheet: Any, columns: int, rows: int) -> None:
    """A filter on the header row over every written row (set once the rows are known)."""
    from openpyxl.utils import get_column_letter

    sheet.auto_filter.ref = f"A1:{get_column_letter(max(columns, 1))}{max(rows, 1) + 1}"


def add_sheet(book: Any, title: str, header: Sequence[str],
              rows: Iterable[Sequence[object]]) -> None:
    """A sheet of a write-only workbook from rows held in memory: widths from the content,
    bold frozen header, a filter; values keep their types (numbers, Decimals, dates)."""
    lines = [list(row) for row in rows]
    widths = [max([len(str(name))] + [text_width(line[i]) for line in lines])
              for i, name in enumerate(header)]
    sheet = book.create_sheet(title[:31])
    if sheet is None:
        raise Inconsistent("sheet is not None")
    prepare_sheet(sheet, widths)
    sheet.append(header_cells(sheet, header))
    for line in lines:
        sheet.append([xlsx_cell(sheet, value) for value in line])
    add_filter(sheet, len(header), len(lines))


def workbook_bytes(title: str, header: Sequence[str], rows: Iterable[Sequence[object]]) -> bytes:
    """A one-sheet workbook (see ``add_sheet``)."""
    from openpyxl import Workbook

    book = Workbook(write_only=True)
    add_sheet(book, title, header, rows)
    buffer = io.BytesIO()
    book.save(buffer)
    return buffer.getvalue()
