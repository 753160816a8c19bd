"""The check and the import of each kind, chosen by the mapping's kind: what the assistant,
``cjeapp import`` and the benchmark call, so every kind goes through one door."""

from __future__ import annotations

from cjeapp.core.db.database import Database
from cjeapp.core.imports import attendance
from cjeapp.core.imports import partners
from cjeapp.core.imports import people
from cjeapp.core.imports import services
from cjeapp.core.imports.collector_pause import collector_paused
from cjeapp.core.imports.mappings import Mapping
from cjeapp.core.imports.reading import Sheet
from cjeapp.core.imports.rows import Choice
from cjeapp.core.imports.rows import DryRun
from cjeapp.core.imports.rows import Imported
from cjeapp.core.imports.rows import Progress
from cjeapp.core.imports.rows import Stop
from cjeapp.core.permissions import Actor
from cjeapp.core.permissions import Permission

_DRY_RUNS = {"people": people.dry_run, "services": services.dry_run,
             "attendance": attendance.dry_run, "partners": partners.dry_run}
_IMPORTS = {"people": people.import_people, "services": services.import_services,
            "attendance": attendance.import_attendance, "partners": partners.import_partners}


def dry_run(db: Database, actor: Actor, sheet: Sheet, mapping: Mapping, *,
            report: Progress | None = None, cancelled: Stop | None = None) -> DryRun:
    """Every row of ``sheet`` checked as its kind's screen checks it; nothing written."""
    actor.require(Permission.DATA_IMPORT)
    with collector_paused():
        return _DRY_RUNS[mapping.kind](db, actor, sheet, mapping, report=report,
                                       cancelled=cancelled)


def run_import(db: Database, actor: Actor, sheet: Sheet, mapping: Mapping, *,
               choices: dict[int, Choice] | None = None, leave_out_errors: bool = False,
               report: Progress | None = None, cancelled: Stop | None = None,
               kept: dict[int, dict[str, str]] | None = None) -> Imported:
    """The rows written as one batch of the mapping's kind, all or nothing. ``kept``
    (people): for each row merged into a file, whose value stays where they differ."""
    actor.require(Permission.DATA_IMPORT)
    with collector_paused():
        if mapping.kind == "people":
            return people.import_people(db, actor, sheet, mapping, choices=choices,
                                        leave_out_errors=leave_out_errors, report=report,
                                        cancelled=cancelled, kept=kept)
        return _IMPORTS[mapping.kind](db, actor, sheet, mapping, choices=choices,
                                      leave_out_errors=leave_out_errors, report=report,
                                      cancelled=cancelled)
