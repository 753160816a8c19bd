"""The dry run's report as a spreadsheet: the file's own columns as they were, then the
row's fate and, for an error, the field and the reason — so the person fixes the source
file and tries again."""

from __future__ import annotations

from cjeapp.core.i18n import N_
from cjeapp.core.i18n import msg
from cjeapp.core.imports.rows import DryRun
from cjeapp.core.imports.rows import RowResult
from cjeapp.core.writers.spreadsheets import workbook_bytes

STATUS = {"ready": N_("ready"), "duplicate": N_("likely duplicate"), "error": N_("error")}


def _explained(result: RowResult, language: str | None) -> str:
    if result.status == "error":
        return result.error_text(language)
    if result.status == "duplicate":
        return msg(N_("May be the same person as {what}."),
                   what=result.duplicates_text(language)).render(language)
    return ""


def report_bytes(checked: DryRun, language: str | None = None) -> bytes:
    """An XLSX workbook: row number, the source cells, result, what to fix."""
    header = [msg(N_("Row")).render(language), *checked.sheet.headers,
              msg(N_("Result")).render(language), msg(N_("What to fix")).render(language)]
    lines = [[result.row, *cells, msg(STATUS[result.status]).render(language),
              _explained(result, language)]
             for result, cells in zip(checked.results, checked.sheet.rows, strict=True)]
    return workbook_bytes(msg(N_("Import check")).render(language), header, lines)
