"""Attendance at group activities, from the sheets passed around the room: each row names a
person, an activity of the program (by its title) and the day of one of its sessions;
present unless the sheet's presence column says otherwise (an empty cell there is an
absence). A person not yet enrolled is enrolled by the import (the sheet shows they took
part); one withdrawn or waiting is refused, as the activity screen refuses them. An
attendance already recorded is a duplicate, left out. Completion is recomputed."""

from __future__ import annotations

import json
from datetime import date
from datetime import datetime

from sqlalchemy import select

from cjeapp.core import clock
from cjeapp.core.db.database import Database
from cjeapp.core.errors import FieldError
from cjeapp.core.groups.activities import update_completion
from cjeapp.core.i18n import N_
from cjeapp.core.i18n import msg
from cjeapp.core.ids import ClientId
from cjeapp.core.imports.fields import coded_value
from cjeapp.core.imports.fields import refusal
from cjeapp.core.imports.kind_fields import KINDS
from cjeapp.core.imports.mappings import Mapping
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
from cjeapp.core.models import Activity
from cjeapp.core.models import ActivitySession
from cjeapp.core.models import Attendance
from cjeapp.core.models import Enrolment
from cjeapp.core.models import ImportRecord
from cjeapp.core.permissions import Actor
from cjeapp.core.permissions import Permission
from cjeapp.core.unit_of_work import UnitOfWork

KIND = KINDS["attendance"]


class _Sessions:
    """Sessions by (activity, local day); enrolments and attendance as they stand."""

    def __init__(self, db: Database) -> None:
        self.by_day: dict[tuple[str, date], list[ActivitySession]] = {}
        self.titles: dict[str, str] = {}
        with db.read_session() as session:
            for row in session.scalars(select(ActivitySession).where(
                    ActivitySession.deleted_at.is_(None))):
                day = clock.to_local(row.starts_at).date()
                self.by_day.setdefault((row.activity_id, day), []).append(row)
            self.titles = {ident: title for ident, title in session.execute(
                select(Activity.id, Activity.title))}
            self.enrolments = {(row.activity_id, row.client_id): row
                               for row in session.scalars(select(Enrolment))}
            self.attendance = {(row.session_id, row.client_id): row
                               for row in session.scalars(select(Attendance))}


def _row(cell: RowCells, mapping: Mapping, named: dict[str, dict[str, str]],
         sessions: _Sessions, client_id: ClientId | None
         ) -> tuple[tuple[str, ActivitySession, bool] | None, list[FieldError]]:
    """(activity id, session, present) of the row, or why not."""
    errors: list[FieldError] = []
    activity_text, day_text, present_text = cell("activity"), cell("session_date"), \
        cell("present")
    spec = KIND.field("activity")
    activity_id = coded_value(spec, activity_text, mapping.translations.get("activity", {}),
                              named) if activity_text else None
    if activity_text and activity_id is None:
        errors.append(FieldError("activity", refusal(spec, activity_text)))
    elif not activity_text:
        errors.append(FieldError("activity", msg(N_("The row names no activity."))))
    day, day_text = cell.day("session_date")
    if day is None:
        errors.append(FieldError("session_date", msg(N_(
            "« {value} » is not a date: write it as 2025-03-05, 05/03/2025 or 5 mars 2025."),
            value=day_text) if day_text else msg(N_("The row has no date of session."))))
    present = True
    if cell.columns.get("present") is not None:
        presence = KIND.field("present")
        code = coded_value(presence, present_text, mapping.translations.get("present", {}),
                           named) if present_text else "0"
        if code is None:
            errors.append(FieldError("present", refusal(presence, present_text)))
        present = code == "1"
    if errors or activity_id is None or day is None:
        return None, errors
    title = sessions.titles.get(activity_id, activity_text)
    held = sessions.by_day.get((activity_id, day), [])
    if not held:
        return None, [FieldError("session_date", msg(N_(
            "« {activity} » has no session on {day}: add it in Activities, or correct the "
            "date."), activity=title, day=day.isoformat()))]
    if len(held) > 1:
        return None, [FieldError("session_date", msg(N_(
            "« {activity} » has {count} sessions on {day}: record that day's attendance in "
            "the activity's screen."), activity=title, count=len(held), day=day.isoformat()))]
    if held[0].starts_at > clock.now():
        return None, [FieldError("session_date", msg(N_(
            "The session of {day} of « {activity} » has not been held yet."),
            day=day.isoformat(), activity=title))]
    enrolment = sessions.enrolments.get((activity_id, client_id)) if client_id else None
    if enrolment is not None and enrolment.deleted_at is None and \
            enrolment.status != "enrolled":
        return None, [FieldError("full_name", msg(N_(
            "This person is withdrawn from « {activity} » or on its waiting list: enrol them "
            "in the activity's screen first."), activity=title))]
    return (activity_id, held[0], present), []


def dry_run(db: Database, actor: Actor, sheet: Sheet, mapping: Mapping, *,
            report: Progress | None = None, cancelled: Stop | None = None) -> DryRun:
    """Every row checked, nothing written."""
    actor.require(Permission.DATA_IMPORT)
    actor.require(Permission.ACTIVITY_WRITE)
    require_columns(sheet, mapping, KIND.required, KIND.captions())
    named = named_in_database(db, actor)
    people = PersonIndex.of_database(db)
    sessions = _Sessions(db)
    columns = columns_of(sheet, mapping, KIND.captions())
    earlier: dict[tuple[str, str], int] = {}
    captions = KIND.captions()
    results: list[RowResult] = []
    for index, cells in checked_each(sheet.rows, report, cancelled):
        row = sheet.row_number(index)
        cell = row_cells(sheet, columns, cells)
        person, written, errors = people.find(cell)
        found, row_errors = _row(cell, mapping, named, sessions,
                                 person.id if person else None)
        errors += row_errors
        if errors or person is None or found is None:
            results.append(finished(RowResult(row, "error", None, written, errors), cell,
                                    captions))
            continue
        held = found[1]
        copies = []
        recorded = sessions.attendance.get((held.id, person.id))
        if recorded is not None and recorded.deleted_at is None:
            copies.append(msg(N_("the attendance already recorded for {name} that day"),
                              name=person.name))
        if (held.id, person.id) in earlier:
            copies.append(msg(N_("row {row} of this file"), row=earlier[(held.id, person.id)]))
        earlier.setdefault((held.id, person.id), row)
        # An attendance exists once per person and session: a duplicate cannot be created.
        results.append(finished(RowResult(row, "duplicate" if copies else "ready",
                                          (person, *found), person.name, duplicates=copies),
                                cell, captions))
    return DryRun("attendance", sheet, mapping, results)


def import_attendance(db: Database, actor: Actor, sheet: Sheet, mapping: Mapping, *,
                      choices: dict[int, Choice] | None = None,
                      leave_out_errors: bool = False, report: Progress | None = None,
                      cancelled: Stop | None = None) -> Imported:
    """Check every row again, then record the attendance (and the enrolments it needs) as
    one batch, all or nothing; completion recomputed for each activity touched."""
    actor.require(Permission.DATA_IMPORT)
    actor.require(Permission.ACTIVITY_WRITE)
    checked = dry_run(db, actor, sheet, mapping, cancelled=cancelled)
    enrolled: set[tuple[str, str]] = set()
    touched: set[str] = set()

    def write(writer: BatchWriter, result: RowResult, _choice: Choice) -> None:
        uow = writer.uow
        person, activity_id, held, present = result.form
        touched.add(activity_id)
        if (activity_id, person.id) not in enrolled:
            enrolled.add((activity_id, person.id))
            _enrol(uow, writer, activity_id, person.id, held.starts_at, result.row)
        old = uow.session.scalar(select(Attendance).where(
            Attendance.session_id == held.id, Attendance.client_id == person.id))
        if old is None:
            writer.add(Attendance, {"session_id": held.id, "client_id": person.id,
                                    "present": present}, result.row)
        else:  # a tombstone (an undone import): brought back
            writer.flush()
            uow.change(old, {"deleted_at": None, "present": present})
            writer.remember("attendance", old.id, result.row, "revived",
                            {"version": old.version})

    def after(uow: UnitOfWork, writer: BatchWriter) -> None:
        for activity_id in sorted(touched):
            update_completion(uow, activity_id)
        _remember_versions(uow, writer.batch.id)

    return write_checked(db, actor, checked, choices=choices, leave_out_errors=leave_out_errors,
                         report=report, cancelled=cancelled, write=write, after=after)


def _enrol(uow: UnitOfWork, writer: BatchWriter, activity_id: str, client_id: str,
           since: datetime, row: int) -> None:
    existing = uow.session.scalar(select(Enrolment).where(
        Enrolment.activity_id == activity_id, Enrolment.client_id == client_id))
    if existing is None:
        writer.add(Enrolment, {"activity_id": activity_id, "client_id": client_id,
                               "status": "enrolled", "waitlist_position": None,
                               "enrolled_at": since, "completed": False}, row)
    elif existing.deleted_at is not None:
        writer.flush()
        uow.change(existing, {"deleted_at": None, "status": "enrolled",
                              "waitlist_position": None})
        writer.remember("enrolments", existing.id, row, "revived", {"version": existing.version})


def _remember_versions(uow: UnitOfWork, batch_id: str) -> None:
    """The enrolments' versions once completion is recomputed: the undo compares them to
    see later work, and the completion the import itself changed is not later work."""
    records = list(uow.session.scalars(select(ImportRecord).where(
        ImportRecord.batch_id == batch_id, ImportRecord.entity == "enrolments")))
    versions = {ident: version for ident, version in uow.session.execute(
        select(Enrolment.id, Enrolment.version).where(
            Enrolment.id.in_([record.record_id for record in records])))}
    for record in records:
        record.before_values = json.dumps({"version": versions[record.record_id]})
    uow.session.flush()
