"""The files inside the funder package as spreadsheets read them.

CSVs are UTF-8 with a byte-order mark (Excel and LibreOffice then show accents right), a
point before decimals, dates yyyy-mm-dd. The workbook has one sheet per table with numbers
as numbers and dates as dates, a bold frozen header with a filter, columns as wide as their
content, the aggregates, and a "Colonnes" sheet that describes every column."""

from __future__ import annotations

import csv
from collections.abc import Callable
from collections.abc import Iterable
from collections.abc import Iterator
from collections.abc import Sequence
from dataclasses import dataclass
from dataclasses import field
from datetime import date
from decimal import Decimal
from decimal import InvalidOperation
from pathlib import Path
from typing import Any

from cjeapp.core.i18n import N_
from cjeapp.core.i18n import gettext
from cjeapp.core.reporting.aggregates import AggregateRow
from cjeapp.core.reporting.profile import Profile
from cjeapp.core.reporting.profile import Table
from cjeapp.core.writers.spreadsheets import add_filter
from cjeapp.core.writers.spreadsheets import add_sheet
from cjeapp.core.writers.spreadsheets import header_cells
from cjeapp.core.writers.spreadsheets import prepare_sheet
from cjeapp.core.writers.spreadsheets import xlsx_cell

CSV_ENCODING = "utf-8-sig"  # UTF-8 that begins with the byte-order mark EF BB BF
AGGREGATE_HEADER = ("aggregate", "group", "value", "suppressed")


def csv_text(value: Any) -> str:
    """How a value is written in a CSV: nothing for None, plain digits for decimals."""
    if value is None:
        return ""
    if isinstance(value, Decimal):
        return format(value.normalize(), "f")
    if isinstance(value, date):
        return value.isoformat()
    return str(value)


def typed(text: str, kind: str) -> Any:
    """A CSV text back to the value a workbook cell holds for a column of that type."""
    if text == "":
        return None
    try:
        if kind == "integer":
            return int(text)
        if kind == "decimal":
            return Decimal(text)
        if kind == "date":
            return date.fromisoformat(text)
    except (ValueError, InvalidOperation):
        pass
    return text


@dataclass
class WrittenTable:
    """A table written to a CSV file aside, with what the workbook sheet needs."""

    table: Table
    path: Path
    count: int = 0
    widths: list[int] = field(default_factory=list)


def write_table_csv(table: Table, rows: Iterable[dict[str, Any]], path: Path,
                    on_row: Callable[[int], None]) -> WrittenTable:
    """Write a table's rows (already as cells) to ``path``; ``on_row`` is called before
    each row with the count so far (to check for cancellation)."""
    header = [column.name for column in table.columns]
    written = WrittenTable(table, path, widths=[len(name) for name in header])
    with path.open("w", encoding=CSV_ENCODING, newline="") as handle:
        writer = csv.writer(handle)
        writer.writerow(header)
        for values in rows:
            on_row(written.count)
            line = [csv_text(values[name]) for name in header]
            for index, text in enumerate(line):
                if len(text) > written.widths[index]:
                    written.widths[index] = len(text)
            writer.writerow(line)
            written.count += 1
    return written


def _csv_rows(path: Path) -> Iterator[list[str]]:
    with path.open(encoding=CSV_ENCODING, newline="") as handle:
        reader = csv.reader(handle)
        next(reader, None)
        yield from reader


def add_table_sheet(workbook: Any, written: WrittenTable) -> None:
    columns = written.table.columns
    sheet = workbook.create_sheet(written.table.name[:31])
    prepare_sheet(sheet, written.widths)
    sheet.append(header_cells(sheet, [column.name for column in columns]))
    kinds = [column.kind for column in columns]
    for line in _csv_rows(written.path):
        sheet.append([xlsx_cell(sheet, typed(text, kind))
                      for text, kind in zip(line, kinds, strict=True)])
    add_filter(sheet, len(columns), written.count)


def _aggregate_line(row: AggregateRow) -> list[Any]:
    return [row.aggregate, " / ".join(row.group), row.value,
            "yes" if row.suppressed else "no"]


def aggregates_csv(rows: Sequence[AggregateRow]) -> bytes:
    return _csv_bytes([AGGREGATE_HEADER, *([csv_text(v) for v in _aggregate_line(row)]
                                           for row in rows)])


def add_aggregates_sheet(workbook: Any, rows: Sequence[AggregateRow]) -> None:
    add_sheet(workbook, "aggregates", AGGREGATE_HEADER, [_aggregate_line(row) for row in rows])


COLUMNS_HEADER = ("table", "column", "source_field", "type", "mandatory", "codes", "consent",
                  "description", "table_description")


def _column_lines(profile: Profile) -> list[list[str]]:
    return [[table.name, column.name, column.source_field, column.kind,
             "yes" if column.mandatory else "no", column.codes or "", column.consent or "",
             column.description, table.description]
            for table in profile.tables for column in table.columns]


def columns_csv(profile: Profile) -> bytes:
    return _csv_bytes([COLUMNS_HEADER, *_column_lines(profile)])


def add_columns_sheet(workbook: Any, profile: Profile, language: str) -> None:
    """The columns described for a person reading the workbook, in the package's language."""
    def t(text: str) -> str:
        return gettext(text, language)

    header = [t(N_("Sheet")), t(N_("Column")), t(N_("Type")), t(N_("Mandatory")),
              t(N_("Funder's codes")), t(N_("Sent only with the consent")),
              t(N_("Description"))]
    types = {"text": N_("text"), "identifier": N_("identifier (text)"), "code": N_("code"),
             "integer": N_("whole number"), "decimal": N_("decimal number"),
             "date": N_("date"), "month": N_("month (yyyy-mm)")}
    lines = [[table.name, column.name, t(types[column.kind]),
              t(N_("yes")) if column.mandatory else t(N_("no")), column.codes or "",
              column.consent or "", column.description]
             for table in profile.tables for column in table.columns]
    add_sheet(workbook, t(N_("Columns")), header, lines)


def _csv_bytes(lines: Iterable[Sequence[str]]) -> bytes:
    import io

    out = io.StringIO(newline="")
    writer = csv.writer(out)
    writer.writerows(lines)
    return out.getvalue().encode(CSV_ENCODING)
