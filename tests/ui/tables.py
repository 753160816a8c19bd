"""Reading and choosing rows of the program's record tables in tests."""

from __future__ import annotations

from typing import Any

from cjeapp.ui.widgets.record_table import RecordTable


def texts(table: RecordTable[Any]) -> list[list[str]]:
    """Every row as the texts a person sees, column by column."""
    model = table.model()
    return [[str(model.index(row, column).data()) for column in range(model.columnCount())]
            for row in range(model.rowCount())]


def choose(table: RecordTable[Any], row: int) -> None:
    table.setCurrentIndex(table.model().index(row, 0))
