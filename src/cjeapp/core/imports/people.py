"""People from a spreadsheet: every row checked as the intake screen checks it, compared
with the files already there and with the other rows, then imported as one batch.

The dry run changes nothing and says, per row, « ready », « likely duplicate » (of which
file, or of which row) or « error » (the field and the reason). The import runs the same
checks again and writes everything in one transaction: any failure, a kill, a power cut
leaves the database as it was. Rows with errors stop the import unless the person chooses
to leave them out. A likely duplicate is never merged silently: it is left out unless the
person chose, after seeing both side by side, to create it anyway, to merge it into the
existing file (its empty fields filled from the row; for every other difference, the
file's value stays unless the person chose the row's: see ``merging``), or to link the row
to that file (nothing changed)."""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import select

from cjeapp.core.codelists import codelist
from cjeapp.core.db.database import Database
from cjeapp.core.errors import FieldError
from cjeapp.core.errors import NotFound
from cjeapp.core.errors import ValidationError
from cjeapp.core.i18n import N_
from cjeapp.core.i18n import msg
from cjeapp.core.ids import ClientId
from cjeapp.core.ids import UserId
from cjeapp.core.imports import merging
from cjeapp.core.imports.duplicates import Duplicates
from cjeapp.core.imports.fields import FIELDS
from cjeapp.core.imports.fields import ImportField
from cjeapp.core.imports.fields import Named
from cjeapp.core.imports.fields import coded_value
from cjeapp.core.imports.fields import refusal
from cjeapp.core.imports.kind_fields import KINDS
from cjeapp.core.imports.mappings import Mapping
from cjeapp.core.imports.reading import Sheet
from cjeapp.core.imports.rows import BatchWriter
from cjeapp.core.imports.rows import Choice
from cjeapp.core.imports.rows import DryRun
from cjeapp.core.imports.rows import Imported
from cjeapp.core.imports.rows import Progress
from cjeapp.core.imports.rows import RowCells
from cjeapp.core.imports.rows import RowResult
from cjeapp.core.imports.rows import Stop
from cjeapp.core.imports.rows import checked_each
from cjeapp.core.imports.rows import chosen_rows
from cjeapp.core.imports.rows import chunks
from cjeapp.core.imports.rows import columns_of
from cjeapp.core.imports.rows import finished
from cjeapp.core.imports.rows import require_columns
from cjeapp.core.imports.rows import row_cells
from cjeapp.core.imports.words import named_in_database
from cjeapp.core.locale_format import country_name
from cjeapp.core.locale_format import format_date
from cjeapp.core.locale_format import language_name
from cjeapp.core.models import Client
from cjeapp.core.models import ClientLanguage
from cjeapp.core.models import User
from cjeapp.core.people import clients
from cjeapp.core.people.clients import ClientForm
from cjeapp.core.permissions import Actor
from cjeapp.core.permissions import Permission
from cjeapp.core.unit_of_work import unit_of_work
from cjeapp.core.written_names import languages_in
from cjeapp.core.written_names import name_case
from cjeapp.core.written_names import split_full_name

KIND = KINDS["people"]


@dataclass(frozen=True)
class Compared:
    """One field of an incoming row beside the existing file's."""
    caption: str
    incoming: str
    existing: str
    fills: bool  # merging would write the row's value (the file has none)
    field: str = ""  # the value a merge may keep from either side ("" : none to choose)
    differs: bool = False  # both have a value and they differ: the person chooses


def _form(cell: RowCells, mapping: Mapping, named: Named,
          mapped: list[tuple[str, ImportField]] | None = None
          ) -> tuple[ClientForm, list[FieldError], dict[str, object] | None]:
    """The row as the intake form would hold it, what is wrong with it, and (when nothing
    is) the values its file would store. ``mapped``: the fields that have a column (all
    when not given; an unmapped field's cell is empty)."""
    values: dict[str, object] = {}
    errors: list[FieldError] = []
    for name, spec in (FIELDS.items() if mapped is None else mapped):
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
            day, _text = cell.day(name)
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
            code = coded_value(spec, value, translations, named)
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
        stored = clients.validate(form)
    except ValidationError as refused:
        known = {error.field for error in errors}
        errors.extend(error for error in refused.errors if error.field not in known)
        return form, errors, None
    return form, errors, (stored if not errors else None)


def dry_run(db: Database, actor: Actor, sheet: Sheet, mapping: Mapping, *,
            report: Progress | None = None, cancelled: Stop | None = None) -> DryRun:
    """Every row checked, nothing written."""
    actor.require(Permission.DATA_IMPORT)
    require_columns(sheet, mapping, KIND.required, KIND.captions())
    named = named_in_database(db, actor)
    columns = columns_of(sheet, mapping, FIELDS)
    mapped = [(name, spec) for name, spec in FIELDS.items() if columns[name] is not None]
    known = Duplicates.of_database(db)
    captions = KIND.captions()
    results: list[RowResult] = []
    for index, cells in checked_each(sheet.rows, report, cancelled):
        row = sheet.row_number(index)
        cell = row_cells(sheet, columns, cells)
        form, errors, stored = _form(cell, mapping, named, mapped)
        label = f"{form.first_name} {form.last_name}".strip()
        if errors or cell.flawed:
            results.append(finished(RowResult(row, "error", form, label, errors), cell,
                                    captions))
            continue
        copies = known.of(form)
        files = tuple(copy.client_id for copy in copies if copy.client_id is not None)
        choices: tuple[Choice, ...] = ("create", "merge", "link") if files else ("create",)
        results.append(finished(RowResult(
            row, "duplicate" if copies else "ready", form, label,
            duplicates=[copy.what for copy in copies], matches=files,
            choices=choices if copies else (), stored=stored), cell, captions))
        known.add_row(row, form)
    return DryRun("people", sheet, mapping, results)


def import_people(db: Database, actor: Actor, sheet: Sheet, mapping: Mapping, *,
                  choices: dict[int, Choice] | None = None, leave_out_errors: bool = False,
                  report: Progress | None = None, cancelled: Stop | None = None,
                  kept: dict[int, dict[str, str]] | None = None) -> Imported:
    """Check every row again, then write the ready ones — and each likely duplicate as
    chosen in ``choices`` (by row number: create, merge into or link to the surest match;
    for a merge, ``kept`` says by row whose value stays where row and file differ: "row"
    or "file", by the value's name in ``side_by_side``) — in one transaction, as one
    batch."""
    actor.require(Permission.DATA_IMPORT)
    actor.require(Permission.CLIENT_WRITE)
    merging.check_kept(choices or {}, kept or {})
    checked = dry_run(db, actor, sheet, mapping, cancelled=cancelled)
    chosen = chosen_rows(checked, choices or {}, leave_out_errors)
    made = merged = linked = 0
    with unit_of_work(db, actor) as uow:
        writer = BatchWriter(uow, actor, "people", sheet, len(chosen))
        for result, choice in chunks(chosen, report, writer, cancelled):
            form: ClientForm = result.form
            if choice == "create":
                client_id = writer.add(Client, result.stored or clients.validate(form),
                                       result.row)
                for code in dict.fromkeys(form.languages):
                    writer.add(ClientLanguage, {"client_id": client_id, "language_code": code,
                                                "is_mother_tongue": False}, result.row)
                made += 1
            elif choice == "merge":
                merging.merge_into(uow, writer, result.matches[0], form, result.row,
                                   (kept or {}).get(result.row, {}))
                merged += 1
            else:
                writer.remember("clients", result.matches[0], result.row, "linked")
                linked += 1
        writer.finish(sheet, {"imported": made, "merged": merged, "linked": linked})
        return Imported(writer.batch.id, made, len(sheet.rows) - len(chosen), merged, linked)


def side_by_side(db: Database, actor: Actor, form: ClientForm, client_id: str
                 ) -> list[Compared]:
    """The row's values beside the file's, field by field, as the person compares them
    before choosing to create, merge or link (and, merging, whose value stays where they
    differ)."""
    actor.require(Permission.DATA_IMPORT)
    actor.require(Permission.CLIENT_READ)
    incoming = clients.validate(form)
    with db.read_session() as session:
        client = session.get(Client, ClientId(client_id))
        if client is None or client.deleted_at is not None:
            raise NotFound("client file", client_id)
        spoken = list(session.scalars(select(ClientLanguage.language_code).where(
            ClientLanguage.client_id == client_id, ClientLanguage.deleted_at.is_(None))))
        names = {str(ident): name for ident, name in session.execute(
            select(User.id, User.full_name))}
    mine = f"{form.first_name} {form.last_name}"
    theirs = f"{client.first_name} {client.last_name}"
    rows = [Compared(msg(N_("Name")).render(), mine, theirs, False, "name", mine != theirs)]
    for spec in KIND.fields:
        column = "assigned_counsellor_id" if spec.name == "assigned_counsellor" else spec.name
        if column in ("first_name", "last_name", "full_name"):
            continue
        if column == "languages":
            mine = ", ".join(language_name(code) for code in form.languages)
            theirs = ", ".join(language_name(code) for code in spoken)
            rows.append(Compared(msg(spec.caption).render(), mine, theirs,
                                 bool(set(form.languages) - set(spoken))))
            continue
        new, old = incoming.get(column), getattr(client, column)
        if new in (None, "") and old in (None, ""):
            continue
        given, held = new not in (None, "", False), old not in (None, "", False)
        rows.append(Compared(msg(spec.caption).render(), _shown(spec.coded, new, names),
                             _shown(spec.coded, old, names), given and not held,
                             column if column in merging.VALUES else "",
                             given and held and new != old and column in merging.VALUES))
    return rows


def _shown(coded: str | None, value: object, names: dict[str, str]) -> str:
    if value in (None, ""):
        return ""
    if hasattr(value, "isoformat"):
        return format_date(value)  # type: ignore[arg-type]
    text = str(value)
    if coded == "country":
        return country_name(text)
    if coded == "language":
        return language_name(text)
    if coded == "counsellor":
        return names.get(text, text)
    if coded is not None and coded in ("sexes", "regions", "immigration_categories",
                                       "immigration_statuses", "french_levels"):
        return codelist(coded).label(text)
    return text
