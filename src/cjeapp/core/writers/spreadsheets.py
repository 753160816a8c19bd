"""Writing spreadsheets with openpyxl, with cells that cannot turn into formulas."""

from __future__ import annotations

import io
from collections.abc import Iterable, Sequence

from cjeapp.core.errors import Inconsistent

FORMULA_STARTS = ("=", "+", "-", "@")


def safe_cell(value: object) -> object:
    """A text that begins like a formula is stored as text with a leading apostrophe."""
    if isinstance(value, str) and value.startswith(FORMULA_STARTS):
        return "'" + value
    return value


def workbook_bytes(title: str, header: Sequence[str], rows: Iterable[Sequence[object]]) -> bytes:
    from openpyxl import Workbook
    from openpyxl.styles import Font

    book = Workbook()
    sheet = book.active
    if not (sheet is not None):
        raise Inconsistent("sheet is not None")
    sheet.title = title[:31]
    sheet.append([safe_cell(value) for value in header])
    for cell in sheet[1]:
        cell.font = Font(bold=True)
    for row in rows:
        sheet.append([safe_cell(value) for value in row])
    for column in sheet.columns:
        width = max(len(str(cell.value or "")) for cell in column)
        sheet.column_dimensions[column[0].column_letter].width = min(max(width + 2, 10), 60)
    buffer = io.BytesIO()
    book.save(buffer)
    return buffer.getvalue()
