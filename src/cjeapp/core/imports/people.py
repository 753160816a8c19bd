"""People from a spreadsheet: every row checked as the intake screen checks it, compared
with the files already there and with the other rows, then imported as one batch.

The dry run changes nothing and says, per row, « ready », « likely duplicate » (of which
file, or of which row) or « error » (the field and the reason). The import runs the same
checks again and writes everything in one transaction: any failure, a kill, a power cut
leaves the database as it was. Rows with errors stop the import unless the person chooses
to leave them out; likely duplicates are left out unless the person chose to create them
anyway (never merged silently)."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Literal

from sqlalchemy import insert

from cjeapp.core import clock
from cjeapp.core.db.database import Database
from cjeapp.core.errors import Cancelled, FieldError, ValidationError
from cjeapp.core.i18n import N_, Message, msg
from cjeapp.core.ids import UserId
from cjeapp.core.imports.duplicates import Duplicates
from cjeapp.core.imports.fields import (
    FIELDS,
    coded_value,
    key,
    refusal,
)
from cjeapp.core.imports.mappings import Mapping
from cjeapp.core.imports.reading import Sheet
from cjeapp.core.models import Client, ClientLanguage, ImportBatch, ImportRecord, new_id
from cjeapp.core.people import clients
from cjeapp.core.people.clients import ClientForm
from cjeapp.core.permissions import Actor, Permission
from cjeapp.core.search.normalize import fold
from cjeapp.core.staff.accounts import list_counsellors
from cjeapp.core.typed_dates import parse_date
from cjeapp.core.unit_of_work import unit_of_work
from cjeapp.core.written_names import languages_in, name_case, split_full_name

Status = Literal["ready", "duplicate", "error"]
CHUNK = 500
Progress = Callable[[int, int], None]


@dataclass(frozen=True)
class RowResult:
    row: int  # as the spreadsheet numbers it
    status: Status
    form: ClientForm | None
    errors: list[FieldError] = field(default_factory=list)
    duplicates: list[Message] = field(default_factory=list)  # what it may be a copy of

    def error_text(self, language: str | None = None) -> str:
        return " ".join(error.render(language) for error in self.errors)

    def duplicates_text(self, language: str | None = None) -> str:
        return "; ".join(copy.render(language) for copy in self.duplicates)


@dataclass(frozen=True)
class DryRun:
    sheet: Sheet
    mapping: Mapping
    results: list[RowResult]

    def count(self, status: Status) -> int:
        return sum(1 for result in self.results if result.status == status)


@dataclass(frozen=True)
class Imported:
    batch_id: str
    imported: int
    left_out: int


def _counsellors(db: Database, actor: Actor) -> dict[str, str]:
    """A counsellor as lists write them: full name, username, or first name when only one
    counsellor has it."""
    found: dict[str, str] = {}
    first_names: dict[str, list[str]] = {}
    for account in list_counsellors(db, actor):
        found[key(account.full_name)] = account.id
        found[key(account.username)] = account.id
        first_names.setdefault(key(account.full_name.split()[0]), []).append(account.id)
    for first, ids in first_names.items():
        if len(ids) == 1:
            found.setdefault(first, ids[0])
    return found


def _form(columns: dict[str, int | None], mapping: Mapping, cells: list[str],
          counsellors: dict[str, str]) -> tuple[ClientForm, list[FieldError]]:
    values: dict[str, object] = {}
    errors: list[FieldError] = []

    def cell(name: str) -> str:
        index = columns.get(name)
        return cells[index].strip() if index is not None and index < len(cells) else ""

    for name, spec in FIELDS.items():
        value = cell(name)
        if not value:
            continue
        translations = mapping.translations.get(name, {})
        if name == "full_name":
            split = split_full_name(value)
            if split is None:
                errors.append(FieldError("full_name", msg(N_(
                    "« {value} »: the last name must be in capitals (BENALI Khadija) or "
                    "before a comma (Benali, Khadija); or map separate name columns."),
                    value=value)))
            else:
                values.setdefault("first_name", split[0])
                values.setdefault("last_name", split[1])
        elif name in ("first_name", "last_name"):
            values[name] = name_case(value)
        elif name in ("birth_date", "arrival_date"):
            day = parse_date(value)
            if day is None:
                errors.append(FieldError(name, msg(N_(
                    "« {value} » is not a date: write it as 1990-05-31, 31/05/1990 or "
                    "31 mai 1990."), value=value)))
            else:
                values[name] = day
        elif name == "languages":
            codes, unknown = languages_in(value, translations)
            values["languages"] = codes
            errors.extend(FieldError(name, refusal(spec, part)) for part in unknown)
        elif spec.coded is not None:
            code = coded_value(spec, value, translations, counsellors)
            if code is None:
                errors.append(FieldError(name, refusal(spec, value)))
            elif name == "assigned_counsellor":
                values["assigned_counsellor_id"] = UserId(code)
            elif name == "interpreter_language":
                values["interpreter_language"] = code
                values["interpreter_needed"] = True
            else:
                values[name] = code
        else:
            values[name] = value
    form = ClientForm(**values)  # type: ignore[arg-type]
    try:
        clients.validate(form)
    except ValidationError as refused:
        known = {error.field for error in errors}
        errors.extend(error for error in refused.errors if error.field not in known)
    return form, errors


def dry_run(db: Database, actor: Actor, sheet: Sheet, mapping: Mapping, *,
            report: Progress | None = None,
            cancelled: Callable[[], bool] | None = None) -> DryRun:
    """Every row checked, nothing written."""
    actor.require(Permission.DATA_IMPORT)
    for required in ("first_name", "last_name"):
        if mapping.column_of(sheet.headers, required) is None and \
                mapping.column_of(sheet.headers, "full_name") is None:
            raise ValidationError([FieldError("mapping", msg(N_(
                "Choose the column of the first name and the last name (or of the full "
                "name) before checking the rows.")))])
    counsellors = _counsellors(db, actor)
    columns = {name: mapping.column_of(sheet.headers, name) for name in FIELDS}
    known = Duplicates.of_database(db)
    results: list[RowResult] = []
    total = len(sheet.rows)
    for index, cells in enumerate(sheet.rows):
        if cancelled is not None and cancelled():
            raise Cancelled()
        row = sheet.row_number(index)
        form, errors = _form(columns, mapping, cells, counsellors)
        if errors:
            results.append(RowResult(row, "error", form, errors))
        else:
            copies = known.of(form)
            results.append(RowResult(row, "duplicate" if copies else "ready", form,
                                     duplicates=copies))
            known.add_row(row, form)
        if report is not None and (index % 50 == 0 or index + 1 == total):
            report(index + 1, total)
    return DryRun(sheet, mapping, results)


def import_people(db: Database, actor: Actor, sheet: Sheet, mapping: Mapping, *,
                  create_anyway: frozenset[int] = frozenset(), leave_out_errors: bool = False,
                  report: Progress | None = None,
                  cancelled: Callable[[], bool] | None = None) -> Imported:
    """Check every row again, then write the ready ones (and the likely duplicates listed
    in ``create_anyway``, by row number) in one transaction, as one batch."""
    actor.require(Permission.DATA_IMPORT)
    actor.require(Permission.CLIENT_WRITE)
    checked = dry_run(db, actor, sheet, mapping, cancelled=cancelled)
    errors = checked.count("error")
    if errors and not leave_out_errors:
        raise ValidationError([FieldError("rows", msg(N_(
            "{count} rows have errors: correct them in the file (the report says which and "
            "why), or choose to leave them out."), count=errors))])
    chosen = [result for result in checked.results if result.form is not None and (
        result.status == "ready" or (result.status == "duplicate"
                                     and result.row in create_anyway))]
    if not chosen:
        raise ValidationError([FieldError("rows", msg(N_(
            "No row is ready to import: every row has an error or is a likely duplicate.")))])
    with unit_of_work(db, actor) as uow:
        batch = uow.add(ImportBatch(kind="people", source_name=sheet.name[:260],
                                    source_sha256=sheet.sha256, rows=len(sheet.rows),
                                    imported=len(chosen)))
        # Core inserts in chunks (the records' defaults applied per row): an ORM object per
        # row would take four times as long for 20,000 people.
        now, author = clock.now(), actor.user_id
        stamp = {"created_at": now, "updated_at": now, "updated_by": author, "version": 1}
        for start in range(0, len(chosen), CHUNK):
            if cancelled is not None and cancelled():
                raise Cancelled()  # the transaction is rolled back: nothing was imported
            people_rows: list[dict[str, object]] = []
            language_rows: list[dict[str, object]] = []
            record_rows: list[dict[str, object]] = []
            for result in chosen[start:start + CHUNK]:
                form = result.form
                if form is None:
                    continue
                client_id = new_id()
                people_rows.append({**clients.validate(form), **stamp, "id": client_id})
                record_rows.append({**stamp, "id": new_id(), "batch_id": batch.id,
                                    "entity": "clients", "record_id": client_id,
                                    "source_row": result.row})
                for code in dict.fromkeys(form.languages):
                    language_id = new_id()
                    language_rows.append({**stamp, "id": language_id, "client_id": client_id,
                                          "language_code": code, "is_mother_tongue": False})
                    record_rows.append({**stamp, "id": new_id(), "batch_id": batch.id,
                                        "entity": "client_languages",
                                        "record_id": language_id, "source_row": result.row})
            for model, rows in ((Client, people_rows), (ClientLanguage, language_rows),
                                (ImportRecord, record_rows)):
                if rows:
                    uow.session.execute(insert(model), rows)
            if report is not None:
                report(min(start + CHUNK, len(chosen)), len(chosen))
        uow.audit("import", "import_batches", batch.id, {
            "kind": "people", "file": sheet.name, "sha256": sheet.sha256,
            "rows": len(sheet.rows), "imported": len(chosen)})
        return Imported(batch.id, len(chosen), len(sheet.rows) - len(chosen))


def untranslated(db: Database, actor: Actor, sheet: Sheet,
                 mapping: Mapping) -> list[tuple[str, str]]:
    """(field, value) of the file's words that name no code of their field yet, each once,
    in the order met: what the person translates before the check."""
    actor.require(Permission.DATA_IMPORT)
    counsellors = _counsellors(db, actor)
    found: dict[tuple[str, str], None] = {}
    for name, spec in FIELDS.items():
        index = mapping.column_of(sheet.headers, name)
        if index is None or spec.coded is None:
            continue
        translations = mapping.translations.get(name, {})
        for cells in sheet.rows:
            value = cells[index].strip() if index < len(cells) else ""
            if not value:
                continue
            if name == "languages":
                for part in languages_in(value, translations)[1]:
                    found.setdefault((name, part), None)
            elif coded_value(spec, value, translations, counsellors) is None:
                found.setdefault((name, value), None)
    return list(found)


def choices(db: Database, actor: Actor, name: str) -> list[tuple[str, str]]:
    """(code, label) a value of field ``name`` can be translated into."""
    actor.require(Permission.DATA_IMPORT)
    from cjeapp.core.codelists import codelist
    from cjeapp.core.locale_format import (
        country_codes,
        country_name,
        language_codes,
        language_name,
    )

    spec = FIELDS[name]
    if spec.coded == "country":
        return sorted(((code, country_name(code)) for code in country_codes()),
                      key=lambda pair: fold(pair[1]))
    if spec.coded == "language":
        return sorted(((code, language_name(code)) for code in language_codes()),
                      key=lambda pair: fold(pair[1]))
    if spec.coded == "counsellor":
        return [(account.id, account.full_name) for account in list_counsellors(db, actor)]
    if spec.coded is not None:
        return [(entry.code, entry.label()) for entry in codelist(spec.coded).codes]
    return []
