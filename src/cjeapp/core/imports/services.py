"""Services given, from a services log: each row's person found among the files, the
service checked as the file's form checks it (``check_service``), counted under the PASI
volet the person's situation that day gives it, then all written as one batch.

A row the same as a service already recorded (same person, day and service) or as an
earlier row is a likely duplicate: left out unless the person chooses to create it."""

from __future__ import annotations

import re
from decimal import Decimal
from decimal import InvalidOperation

from sqlalchemy import select

from cjeapp.core.casework.service_records import ServiceForm
from cjeapp.core.casework.service_records import check_service
from cjeapp.core.casework.volets import volet_for
from cjeapp.core.db.database import Database
from cjeapp.core.errors import FieldError
from cjeapp.core.errors import ValidationError
from cjeapp.core.i18n import N_
from cjeapp.core.i18n import msg
from cjeapp.core.imports.fields import coded_value
from cjeapp.core.imports.fields import refusal
from cjeapp.core.imports.kind_fields import KINDS
from cjeapp.core.imports.mappings import Mapping
from cjeapp.core.imports.person_match import KnownPerson
from cjeapp.core.imports.person_match import PersonIndex
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
from cjeapp.core.imports.rows import columns_of
from cjeapp.core.imports.rows import finished
from cjeapp.core.imports.rows import require_columns
from cjeapp.core.imports.rows import row_cells
from cjeapp.core.imports.rows import write_checked
from cjeapp.core.imports.words import named_in_database
from cjeapp.core.models import ServiceRecord
from cjeapp.core.permissions import Actor
from cjeapp.core.permissions import Permission

KIND = KINDS["services"]
_DURATION = re.compile(
    r"^\s*(?:(?P<h>\d+(?:[.,]\d+)?)\s*(?:h|hr|hrs|heures?|hours?)\s*(?P<hm>\d{1,2})?\s*"
    r"(?:m|min|minutes?)?|(?P<cl_h>\d+):(?P<cl_m>\d{2})|(?P<m>\d+)\s*(?:m|min|mins|minutes?)"
    r"|(?P<n>\d+(?:[.,]\d+)?))\s*$", re.IGNORECASE)


def minutes_in(text: str, unit_minutes: bool) -> int | None:
    """Minutes of « 1,5 », « 1 h 30 », « 1h », « 0:45 », « 90 min »; a bare number is in
    the column's unit (hours unless the column holds minutes). None when unreadable."""
    found = _DURATION.match(text)
    if found is None:
        return None
    try:
        if found["h"] is not None:
            return round(Decimal(found["h"].replace(",", ".")) * 60) + int(found["hm"] or 0)
        if found["cl_h"] is not None:
            return int(found["cl_h"]) * 60 + int(found["cl_m"])
        if found["m"] is not None:
            return int(found["m"])
        number = Decimal(found["n"].replace(",", "."))
    except InvalidOperation:
        return None
    return round(number) if unit_minutes else round(number * 60)


def _form(cell: RowCells, mapping: Mapping, named: dict[str, dict[str, str]]
          ) -> tuple[ServiceForm | None, list[FieldError]]:
    errors: list[FieldError] = []
    values: dict[str, object] = {}
    for name in ("service_type", "staff", "mode"):
        value = cell(name)
        if not value:
            continue
        spec = KIND.field(name)
        code = coded_value(spec, value, mapping.translations.get(name, {}), named)
        if code is None:
            errors.append(FieldError(name, refusal(spec, value)))
        else:
            values["staff_id" if name == "staff" else name] = code
    day, day_text = cell.day("delivered_on")
    if day_text and day is None:
        errors.append(FieldError("delivered_on", msg(N_(
            "« {value} » is not a date: write it as 2025-03-05, 05/03/2025 or 5 mars 2025."),
            value=day_text)))
    minutes = 30  # as the file's service buttons count a service without a duration
    for name, unit_minutes in (("hours", False), ("minutes", True)):
        text = cell(name)
        if text:
            read = minutes_in(text, unit_minutes)
            if read is None:
                errors.append(FieldError(name, msg(N_(
                    "« {value} » is not a duration: write 1,5 or 1 h 30 (hours), or 90 min."),
                    value=text)))
            else:
                minutes = read
    form = ServiceForm(service_type=str(values.get("service_type", "")), delivered_on=day,
                       duration_minutes=minutes, mode=str(values.get("mode", "individual")),
                       notes=cell("notes") or None, staff_id=values.get("staff_id"))  # type: ignore[arg-type]
    if day is None and not day_text:
        errors.append(FieldError("delivered_on", msg(N_("The row has no date of service."))))
    if not errors:
        try:
            check_service(form)
        except ValidationError as refused:
            errors.extend(refused.errors)
    return form, errors


def dry_run(db: Database, actor: Actor, sheet: Sheet, mapping: Mapping, *,
            report: Progress | None = None, cancelled: Stop | None = None) -> DryRun:
    """Every row checked, nothing written."""
    actor.require(Permission.DATA_IMPORT)
    actor.require(Permission.CASEWORK_WRITE)
    require_columns(sheet, mapping, KIND.required, KIND.captions())
    named = named_in_database(db, actor)
    people = PersonIndex.of_database(db)
    columns = columns_of(sheet, mapping, KIND.captions())
    with db.read_session() as session:
        recorded = {(client, day, kind) for client, day, kind in session.execute(
            select(ServiceRecord.client_id, ServiceRecord.delivered_on,
                   ServiceRecord.service_type).where(ServiceRecord.deleted_at.is_(None)))}
    earlier: dict[tuple[object, ...], int] = {}
    captions = KIND.captions()
    results: list[RowResult] = []
    for index, cells in checked_each(sheet.rows, report, cancelled):
        row = sheet.row_number(index)
        cell = row_cells(sheet, columns, cells)
        person, written, errors = people.find(cell)
        form, form_errors = _form(cell, mapping, named)
        errors += form_errors
        if errors or person is None or form is None:
            results.append(finished(RowResult(row, "error", None, written, errors), cell,
                                    captions))
            continue
        same = (person.id, form.delivered_on, form.service_type)
        copies = []
        if same in recorded:
            copies.append(msg(N_("a service of that day already in the file of {name}"),
                              name=person.name))
        if same in earlier:
            copies.append(msg(N_("row {row} of this file"), row=earlier[same]))
        earlier.setdefault(same, row)
        results.append(finished(RowResult(
            row, "duplicate" if copies else "ready", (person, form), person.name,
            duplicates=copies, choices=("create",) if copies else ()), cell, captions))
    return DryRun("services", sheet, mapping, results)


def import_services(db: Database, actor: Actor, sheet: Sheet, mapping: Mapping, *,
                    choices: dict[int, Choice] | None = None, leave_out_errors: bool = False,
                    report: Progress | None = None, cancelled: Stop | None = None) -> Imported:
    """Check every row again, then write the services as one batch (all or nothing)."""
    actor.require(Permission.DATA_IMPORT)
    actor.require(Permission.CASEWORK_WRITE)
    checked = dry_run(db, actor, sheet, mapping, cancelled=cancelled)
    return write_checked(db, actor, checked, choices=choices, leave_out_errors=leave_out_errors,
                         report=report, cancelled=cancelled, write=_write)


def _write(writer: BatchWriter, result: RowResult, _choice: Choice) -> None:
    person: KnownPerson = result.form[0]
    form: ServiceForm = result.form[1]
    day, notes = check_service(form)
    writer.add(ServiceRecord, {
        "client_id": person.id, "service_type": form.service_type,
        "volet": volet_for(form.service_type, category=person.category, status=person.status,
                           arrival_date=person.arrival, delivered_on=day),
        "delivered_on": day, "duration_minutes": form.duration_minutes,
        "staff_id": form.staff_id, "mode": form.mode, "language": "fr", "plan_item_id": None,
        "session_id": None, "notes": notes}, result.row)
