"""The dry run's report as a spreadsheet: the file's own columns as they were, then the
row's fate and, for an error, the field and the reason — so the person fixes the source
file and tries again. (A control character of a cell, which an XLSX cannot hold, is shown
as �: the row's error says which field held it.)"""

from __future__ import annotations

from cjeapp.core.i18n import N_
from cjeapp.core.i18n import msg
from cjeapp.core.imports.rows import DryRun
from cjeapp.core.imports.rows import RowResult
from cjeapp.core.writers.spreadsheets import workbook_bytes

STATUS = {"ready": N_("ready"), "duplicate": N_("likely duplicate"), "error": N_("error")}


def _explained(result: RowResult, language: str | None) -> str:
    """What to fix; or what it may be a copy of; then what was read (a serial date)."""
    said = []
    if result.status == "error":
        said.append(result.error_text(language))
    elif result.status == "duplicate":
        said.append(msg(N_("May be the same person as {what}."),
                        what=result.duplicates_text(language)).render(language))
    if result.notes:
        said.append(result.notes_text(language))
    return " — ".join(said)


def report_bytes(checked: DryRun, language: str | None = None) -> bytes:
    """An XLSX workbook: row number, the source cells, result, what to fix."""
    header = [msg(N_("Row")).render(language), *checked.sheet.headers,
              msg(N_("Result")).render(language), msg(N_("What to fix")).render(language)]
    lines = [[result.row, *cells, msg(STATUS[result.status]).render(language),
              _explained(result, language)]
             for result, cells in zip(checked.results, checked.sheet.rows, strict=True)]
    return workbook_bytes(msg(N_("Import check")).render(language), header, lines)
