"""What every kind of import shares: a row's fate after the check, the check of a whole
sheet, what an import did, the cells of a row by field, and the batch with the record each
row made (so the batch can be undone and every imported record says where it came from)."""

from __future__ import annotations

import json
import re
from collections.abc import Callable
from collections.abc import Iterable
from collections.abc import Iterator
from dataclasses import dataclass
from dataclasses import field
from dataclasses import replace
from datetime import date
from typing import Any
from typing import Literal

from cjeapp.core import clock
from cjeapp.core.db.database import Database
from cjeapp.core.errors import Cancelled
from cjeapp.core.errors import FieldError
from cjeapp.core.errors import ValidationError
from cjeapp.core.i18n import N_
from cjeapp.core.i18n import Message
from cjeapp.core.i18n import msg
from cjeapp.core.imports.bulk_insert import insert_rows
from cjeapp.core.imports.mappings import Mapping
from cjeapp.core.imports.reading import Sheet
from cjeapp.core.imports.serial_dates import in_words
from cjeapp.core.imports.serial_dates import serial_date
from cjeapp.core.models import Base
from cjeapp.core.models import ImportBatch
from cjeapp.core.models import ImportRecord
from cjeapp.core.models import new_id
from cjeapp.core.permissions import Actor
from cjeapp.core.permissions import Permission
from cjeapp.core.typed_dates import parse_date
from cjeapp.core.unit_of_work import UnitOfWork
from cjeapp.core.unit_of_work import unit_of_work

Status = Literal["ready", "duplicate", "error"]
# What the person chose for a likely duplicate: create it anyway, or (people) complete the
# existing file with the row's values, or link the row to it (nothing changed).
Choice = Literal["create", "merge", "link"]
CHUNK = 500
Progress = Callable[[int, int], None]
Stop = Callable[[], bool]


@dataclass(frozen=True)
class RowResult:
    row: int  # as the spreadsheet numbers it
    status: Status
    form: Any  # what the row would make (a ClientForm, ServiceForm…), None when unreadable
    label: str = ""  # who or what the row is about, as the check lists it
    errors: list[FieldError] = field(default_factory=list)
    duplicates: list[Message] = field(default_factory=list)  # what it may be a copy of
    matches: tuple[str, ...] = ()  # ids of the existing records it may be (people)
    choices: tuple[Choice, ...] = ()  # what may be done with it when it is a duplicate
    stored: Any = None  # the checked values the record would hold (not checked twice)
    notes: list[Message] = field(default_factory=list)  # what was read, said back

    def notes_text(self, language: str | None = None) -> str:
        return "; ".join(note.render(language) for note in self.notes)

    def error_text(self, language: str | None = None) -> str:
        return " ".join(error.render(language) for error in self.errors)

    def duplicates_text(self, language: str | None = None) -> str:
        return "; ".join(copy.render(language) for copy in self.duplicates)


@dataclass(frozen=True)
class DryRun:
    kind: str
    sheet: Sheet
    mapping: Mapping
    results: list[RowResult]

    def count(self, status: Status) -> int:
        return sum(1 for result in self.results if result.status == status)


@dataclass(frozen=True)
class Imported:
    batch_id: str
    imported: int  # records made
    left_out: int  # rows not imported
    merged: int = 0  # existing files completed
    linked: int = 0  # rows recognized as existing files, nothing changed


# Characters no spreadsheet shows and no field holds (tab, line feed and return aside).
_CONTROLS = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]")


class RowCells:
    """The cells of one row by field name, stripped ('' when the field is not mapped). A
    control character is taken out and remembered (the row's error says where); a date
    cell is read as a date or as the serial number a spreadsheet stores, and a serial read
    is remembered (the check says it in words)."""

    def __init__(self, columns: dict[str, int | None], cells: list[str],
                 date_system: int = 1900) -> None:
        self.columns = columns
        self.cells = cells
        self.date_system = date_system
        self.flawed: dict[str, None] = {}  # fields whose cell held control characters
        self.notes: list[Message] = []
        # Most rows hold none: one search of the whole row spares one per field.
        self.clean = _CONTROLS.search("\t".join(cells)) is None

    def __call__(self, name: str) -> str:
        index = self.columns.get(name)
        if index is None or index >= len(self.cells):
            return ""
        text = self.cells[index]
        if not self.clean and _CONTROLS.search(text):
            self.flawed[name] = None
            text = _CONTROLS.sub("", text)
        return text.strip()

    def day(self, name: str) -> tuple[date | None, str]:
        """The date of field ``name`` (None when empty or unreadable) and its text."""
        text = self(name)
        if not text:
            return None, text
        read = serial_date(text, self.date_system)
        if read is not None:
            self.notes.append(msg(N_("« {serial} » read as {day}"), serial=text,
                                  day=in_words(read)))
            return read, text
        return parse_date(text), text

    def flaws(self, captions: dict[str, str]) -> list[FieldError]:
        """An error for each field whose cell held a control character."""
        return [FieldError(name, msg(N_(
            "The cell of {field} holds an invisible control character: retype it in the "
            "file."), field=msg(captions.get(name, name)))) for name in self.flawed]


def row_cells(sheet: Sheet, columns: dict[str, int | None], cells: list[str]) -> RowCells:
    return RowCells(columns, cells, sheet.date_system)


def finished(result: RowResult, cell: RowCells, captions: dict[str, str]) -> RowResult:
    """``result`` with what the cells said besides: a control character is an error of
    the row, a serial number read as a date a note."""
    flaws = cell.flaws(captions)
    if flaws:  # the field's own error came from a value the character cut: it goes
        return replace(result, status="error", notes=cell.notes, choices=(), errors=[
            *(error for error in result.errors if error.field not in cell.flawed), *flaws])
    return replace(result, notes=cell.notes) if cell.notes else result


def columns_of(sheet: Sheet, mapping: Mapping, names: Iterable[str]) -> dict[str, int | None]:
    return {name: mapping.column_of(sheet.headers, name) for name in names}


def require_columns(sheet: Sheet, mapping: Mapping, groups: tuple[tuple[str, ...], ...],
                    captions: dict[str, str]) -> None:
    """Each group needs one of its fields mapped (the person: a name or a MIFI number)."""
    for group in groups:
        if all(mapping.column_of(sheet.headers, name) is None for name in group):
            raise ValidationError([FieldError("mapping", msg(N_(
                "Choose the column of {field} before checking the rows."),
                field=" / ".join(msg(captions[name]).render() for name in group)))])


def chosen_rows(checked: DryRun, choices: dict[int, Choice],
                leave_out_errors: bool) -> list[tuple[RowResult, Choice]]:
    """The rows to write, each with what to do; refuses rows in error unless left out."""
    errors = checked.count("error")
    if errors and not leave_out_errors:
        raise ValidationError([FieldError("rows", msg(N_(
            "{count} rows have errors: correct them in the file (the report says which and "
            "why), or choose to leave them out."), count=errors))])
    chosen: list[tuple[RowResult, Choice]] = []
    for result in checked.results:
        if result.form is None:
            continue
        if result.status == "ready":
            chosen.append((result, "create"))
        elif result.status == "duplicate" and choices.get(result.row) in result.choices:
            chosen.append((result, choices[result.row]))
    if not chosen:
        raise ValidationError([FieldError("rows", msg(N_(
            "No row is ready to import: every row has an error or is a likely duplicate.")))])
    return chosen


class BatchWriter:
    """Rows of one import written in chunks (Core inserts, each record's defaults applied
    here: an ORM object per row would take four times as long for 20,000 rows), each
    remembered with its source row."""

    def __init__(self, uow: UnitOfWork, actor: Actor, kind: str, sheet: Sheet,
                 imported: int) -> None:
        self.uow = uow
        now = clock.now()
        self.stamp: dict[str, object] = {"created_at": now, "updated_at": now,
                                         "updated_by": actor.user_id, "version": 1}
        self.batch = uow.add(ImportBatch(kind=kind, source_name=sheet.name[:260],
                                         source_sha256=sheet.sha256, rows=len(sheet.rows),
                                         imported=imported))
        self.pending: dict[type[Base], list[dict[str, object]]] = {}
        self.written: dict[str, int] = {}  # table -> rows added

    def add(self, model: type[Base], values: dict[str, object], row: int) -> str:
        """A new record of ``model``; returns its id."""
        ident = new_id()
        self.pending.setdefault(model, []).append({**self.stamp, **values, "id": ident})
        self.remember(model.__tablename__, ident, row)
        return ident

    def remember(self, entity: str, ident: str, row: int, action: str = "created",
                 before: dict[str, object] | None = None) -> None:
        self.pending.setdefault(ImportRecord, []).append({
            **self.stamp, "id": new_id(), "batch_id": self.batch.id, "entity": entity,
            "record_id": ident, "source_row": row, "action": action,
            "before_values": json.dumps(before, ensure_ascii=False, default=str)
            if before is not None else None})

    def flush(self, stop: Stop | None = None) -> None:
        if stop is not None and stop():
            raise Cancelled()  # the transaction is rolled back: nothing was imported
        # Core's executemany on the session's connection: the ORM's bulk path costs as
        # much again for rows whose every value is already here.
        connection = self.uow.session.connection()
        for model in sorted(self.pending, key=lambda m: m is ImportRecord):
            rows = self.pending[model]
            if rows:
                insert_rows(connection, Base.metadata.tables[model.__tablename__], rows)
                self.uow.wrote(model.__tablename__)  # plain SQL: told to the screens here
                self.written[model.__tablename__] = \
                    self.written.get(model.__tablename__, 0) + len(rows)
        self.pending = {}

    def finish(self, sheet: Sheet, details: dict[str, object]) -> None:
        self.flush()
        connection = self.uow.session.connection()
        if connection.dialect.name == "postgresql":
            # The server plans queries from its statistics: after thousands of new rows,
            # refreshed now (a search would otherwise walk the whole list until autovacuum).
            for table, added in self.written.items():
                if added >= 1_000:
                    connection.exec_driver_sql(f"ANALYZE {table}")
            if self.written.get("clients", 0) >= 1_000:
                connection.exec_driver_sql("ANALYZE client_search")
        self.uow.audit("import", "import_batches", self.batch.id, {
            "kind": self.batch.kind, "file": sheet.name, "sha256": sheet.sha256,
            "rows": len(sheet.rows), **details})


WriteRow = Callable[[BatchWriter, RowResult, Choice], None]


def write_checked(db: Database, actor: Actor, checked: DryRun, *,
                  choices: dict[int, Choice] | None, leave_out_errors: bool,
                  report: Progress | None, cancelled: Stop | None, write: WriteRow,
                  after: Callable[[UnitOfWork, BatchWriter], None] | None = None) -> Imported:
    """The rows ``checked`` let through (and the duplicates chosen) written by ``write``,
    one by one, as one batch in one transaction; ``after`` finishes inside it. (Each kind
    checks its own permission first; this one is checked again here.)"""
    actor.require(Permission.DATA_IMPORT)
    chosen = chosen_rows(checked, choices or {}, leave_out_errors)
    with unit_of_work(db, actor) as uow:
        writer = BatchWriter(uow, actor, checked.kind, checked.sheet, len(chosen))
        for result, choice in chunks(chosen, report, writer, cancelled):
            write(writer, result, choice)
        writer.flush(cancelled)
        if after is not None:
            after(uow, writer)
        writer.finish(checked.sheet, {"imported": len(chosen)})
        return Imported(writer.batch.id, len(chosen), len(checked.sheet.rows) - len(chosen))


def chunks(rows: list[Any], report: Progress | None, writer: BatchWriter,
           stop: Stop | None) -> Iterator[Any]:
    """Yield ``rows`` one by one, flushing every CHUNK and reporting progress."""
    for start in range(0, len(rows), CHUNK):
        writer.flush(stop)
        yield from rows[start:start + CHUNK]
        writer.flush(stop)
        if report is not None:
            report(min(start + CHUNK, len(rows)), len(rows))


def checked_each(rows: list[list[str]], report: Progress | None, stop: Stop | None
                 ) -> Iterator[tuple[int, list[str]]]:
    """(index, cells) of every row, reporting progress and stopping when asked."""
    total = len(rows)
    for index, cells in enumerate(rows):
        if stop is not None and stop():
            raise Cancelled()
        yield index, cells
        if report is not None and (index % 50 == 0 or index + 1 == total):
            report(index + 1, total)
