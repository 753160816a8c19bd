"""The row of column titles, as organizations' lists have it: often under a title block (the
organization's name, « Liste des participants 2025 », a blank line). Among the first rows,
the one whose cells best match the titles the program knows (of any kind of rows) is taken;
the person may give another.

A title merged over several columns names each of them (« Téléphone », « Téléphone (2) »);
a title merged over columns with a row of sub-titles under it gives each column both
(« Date naissance », « Date arrivée »). A column with neither title nor data is left out;
one with data but no title is named by its letter (« Colonne E »)."""

from __future__ import annotations

from dataclasses import dataclass

from cjeapp.core.i18n import N_
from cjeapp.core.i18n import msg
from cjeapp.core.imports.fields import propose
from cjeapp.core.imports.kind_fields import KINDS
from cjeapp.core.imports.workbook_reading import ImportFileError
from cjeapp.core.imports.workbook_reading import RawRows

SCANNED = 30  # rows among which the titles are looked for


@dataclass(frozen=True)
class Titled:
    headers: list[str]
    rows: list[list[str]]  # as many cells as headers in each
    numbers: list[int]  # each row's number in the sheet
    header_row: int  # the titles' row number (the sub-titles' row follows when there are)
    above: list[tuple[int, list[str]]]  # the rows before it (the title block)


def score(cells: list[str]) -> int:
    """How many of the cells are titles the program knows (for the best kind)."""
    return max(len(propose(cells, kind.fields)) for kind in KINDS.values())


def found_title_row(rows: list[tuple[int, list[str]]]) -> int:
    """The index, in ``rows``, of the likeliest row of titles (the first row when none
    matches)."""
    best, best_score = 0, 0
    for index, (_number, cells) in enumerate(rows[:SCANNED]):
        found = score(cells)
        if found > best_score:
            best, best_score = index, found
    return best


def column_letters(number: int) -> str:
    """0 → A, 25 → Z, 26 → AA."""
    letters = ""
    number += 1
    while number:
        number, rest = divmod(number - 1, 26)
        letters = chr(65 + rest) + letters
    return letters


def titled(name: str, raw: RawRows, header_row: int | None = None) -> Titled:
    """The titles and the rows under them; ``header_row`` (as the sheet numbers rows)
    instead of the one found."""
    rows = raw.rows
    if not rows:
        raise ImportFileError(msg(N_("{name} holds no rows: choose the sheet or the file "
                                     "that has them."), name=name))
    if header_row is None:
        index = found_title_row(rows)
    else:
        index = next((i for i, (number, _cells) in enumerate(rows) if number == header_row),
                     -1)
        if index < 0:
            raise ImportFileError(msg(N_(
                "Row {row} of {name} is empty or past its end: give the row that holds the "
                "column titles."), row=header_row, name=name))
    number, headers = rows[index]
    width = max(len(cells) for _n, cells in rows[index:])
    headers = headers + [""] * (width - len(headers))
    start = index + 1
    headers, start = _merged_titles(raw, headers, number, rows, start)
    body = [cells + [""] * (width - len(cells)) for _n, cells in rows[start:]]
    numbers = [n for n, _cells in rows[start:]]
    if not body:
        raise ImportFileError(msg(N_("{name} has column titles but no rows under them."),
                                  name=name))
    kept = [column for column in range(width)
            if headers[column] or any(cells[column] for cells in body)]
    titles = [headers[column] or msg(N_("Column {letter}"), letter=column_letters(
        raw.first_column + column)).render() for column in kept]
    if len(kept) < width:
        body = [[cells[column] for column in kept] for cells in body]
    return Titled(_unique(titles), body, numbers, number, rows[:index][-SCANNED:])


def _merged_titles(raw: RawRows, headers: list[str], number: int,
                   rows: list[tuple[int, list[str]]], start: int) -> tuple[list[str], int]:
    """Titles spread over the columns their merged cell covers; sub-titles joined when the
    next row holds them only under merged titles."""
    row = number - 1  # 0-based, as the merges are
    spans: list[tuple[int, int]] = []
    for top, left, bottom, right in raw.merged:
        if top <= row <= bottom and right > left:
            first, last = left - raw.first_column, right - raw.first_column
            if 0 <= first < len(headers) and headers[first]:
                spans.append((first, min(last, len(headers) - 1)))
    if not spans:
        return headers, start
    headers = list(headers)
    under = rows[start][1] if start < len(rows) and rows[start][0] == number + 1 else None
    covered = {column for first, last in spans for column in range(first, last + 1)}
    if under is not None and any(under) and all(
            not text or column in covered for column, text in enumerate(under)):
        for first, last in spans:
            caption = headers[first]
            for column in range(first, last + 1):
                sub = under[column] if column < len(under) else ""
                headers[column] = f"{caption} {sub}" if sub else caption
        return headers, start + 1
    for first, last in spans:
        for column in range(first + 1, last + 1):
            if not headers[column]:
                headers[column] = f"{headers[first]} ({column - first + 1})"
    return headers, start


def _unique(titles: list[str]) -> list[str]:
    seen: dict[str, int] = {}
    unique = []
    for title in titles:
        seen[title] = seen.get(title, 0) + 1
        unique.append(title if seen[title] == 1 else f"{title} ({seen[title]})")
    return unique
