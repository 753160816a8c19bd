"""``check``, ``backup`` and ``restore``: keeping the database file sound."""

from __future__ import annotations

import os
import sqlite3
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path

from cjeapp.core import clock
from cjeapp.core.audit_chain import ChainRow, first_break
from cjeapp.core.codelists import codelist
from cjeapp.core.db import migrate, schema, sqlite_file
from cjeapp.core.db.database import backups_dir
from cjeapp.core.errors import DatabaseOpenError
from cjeapp.core.i18n import N_, Message, msg

# (table, column, code list) pairs checked by `check`.
_CODED_COLUMNS = (
    ("clients", "immigration_category", "immigration_categories"),
    ("clients", "region_code", "regions"),
    ("clients", "french_level", "french_levels"),
    ("service_records", "service_type", "service_types"),
    ("appointments", "kind", "appointment_kinds"),
    ("consents", "purpose", "consent_purposes"),
    ("plan_items", "area", "plan_areas"),
    ("partners", "kind", "partner_kinds"),
)

# (table, earlier column, later column): the later time may not come before the earlier.
_ORDERED_TIMES = (
    ("visits", "arrived_at", "taken_at"),
    ("visits", "taken_at", "closed_at"),
    ("appointments", "starts_at", "ends_at"),
    ("activity_sessions", "starts_at", "ends_at"),
    ("requests", "received_at", "due_at"),
)


@dataclass
class CheckReport:
    errors: list[Message] = field(default_factory=list)
    warnings: list[Message] = field(default_factory=list)
    counts: dict[str, int] = field(default_factory=dict)

    @property
    def sound(self) -> bool:
        return not self.errors


def check_database(path: Path) -> CheckReport:
    """Integrity and consistency report of the file at ``path`` (read only)."""
    report = CheckReport()
    if not path.exists():
        report.errors.append(msg(N_("{path} does not exist."), path=str(path)))
        return report
    if not sqlite_file.looks_like_sqlite(path):
        report.errors.append(msg(N_("{path} is not a SQLite database file."), path=str(path)))
        return report
    connection = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    try:
        try:
            problems = sqlite_file.quick_check(connection, full=True)
        except sqlite3.DatabaseError as exc:
            problems = [str(exc)]
        for problem in problems:
            report.errors.append(msg(N_("SQLite integrity: {problem}"), problem=problem))
        if report.errors:
            return report
        revision = sqlite_file.alembic_revision(connection)
        if revision is None:
            report.errors.append(msg(N_("The file has no cjeapp schema version.")))
            return report
        if revision not in migrate.known_revisions():
            report.errors.append(msg(N_("The schema {revision} is newer than this program."),
                                     revision=revision))
            return report
        if revision != migrate.head_revision():
            report.warnings.append(msg(N_(
                "The schema {revision} will be upgraded the next time the file is opened."),
                revision=revision))
            return report
        report.errors.extend(schema.differences(connection))
        if report.errors:
            return report
        broken = first_break(_audit_rows(connection))
        if broken is not None:
            report.errors.append(broken)
        _foreign_keys(connection, report)
        _codes(connection, report)
        _times(connection, report)
        _double_bookings(connection, report)
        for table in ("clients", "users", "visits", "appointments", "service_records"):
            row = connection.execute(f"SELECT count(*) FROM {table} WHERE deleted_at IS NULL")
            report.counts[table] = int(row.fetchone()[0])
    finally:
        connection.close()
    return report


def _audit_rows(connection: sqlite3.Connection) -> Iterator[ChainRow]:
    for row in connection.execute(
            "SELECT seq, id, at, user_id, action, entity, entity_id, details, prev_hash, "
            "chain_hash FROM audit_log ORDER BY seq"):
        yield ChainRow(*row)


def _foreign_keys(connection: sqlite3.Connection, report: CheckReport) -> None:
    for table, rowid, parent, _index in connection.execute("PRAGMA foreign_key_check"):
        report.errors.append(msg(N_("Row {rowid} of {table} points to a missing {parent}."),
                                 rowid=rowid, table=table, parent=parent))


def _codes(connection: sqlite3.Connection, report: CheckReport) -> None:
    for table, column, list_name in _CODED_COLUMNS:
        known = set(codelist(list_name).values())
        for value, count in connection.execute(
                f"SELECT {column}, count(*) FROM {table} WHERE {column} IS NOT NULL "
                f"GROUP BY {column}"):
            if value not in known:
                report.errors.append(msg(N_(
                    "{count} rows of {table} have the unknown {column} \"{value}\"."),
                    count=count, table=table, column=column, value=value))


def _times(connection: sqlite3.Connection, report: CheckReport) -> None:
    for table, earlier, later in _ORDERED_TIMES:
        row = connection.execute(
            f"SELECT count(*) FROM {table} WHERE {later} IS NOT NULL AND {earlier} IS NOT NULL "
            f"AND {later} < {earlier}").fetchone()
        if row[0]:
            report.errors.append(msg(N_("{count} rows of {table} have {later} before {earlier}."),
                                     count=row[0], table=table, later=later, earlier=earlier))


def _double_bookings(connection: sqlite3.Connection, report: CheckReport) -> None:
    """Appointments of one counsellor that start before an earlier one has ended."""
    row = connection.execute(
        "SELECT count(*) FROM (SELECT starts_at, max(ends_at) OVER ("
        "  PARTITION BY counsellor_id ORDER BY starts_at, id"
        "  ROWS BETWEEN UNBOUNDED PRECEDING AND 1 PRECEDING) AS previous_end"
        " FROM appointments WHERE status IN ('booked', 'attended') AND deleted_at IS NULL)"
        " WHERE starts_at < previous_end").fetchone()
    if row[0]:
        report.errors.append(msg(N_("{count} appointments overlap an earlier one of the same "
                                    "counsellor."), count=row[0]))


def _verify_copy(path: Path) -> None:
    """Raise DatabaseOpenError unless ``path`` is a sound cjeapp database."""
    report = check_database(path)
    if not report.sound:
        raise DatabaseOpenError(msg(N_("{path} is not a sound cjeapp database: {reason}"),
                                    path=str(path), reason=report.errors[0]))


def _verified_copy(source: Path, target: Path) -> None:
    """Copy ``source`` to ``target`` with the online backup; remove it unless it verifies."""
    target.unlink(missing_ok=True)
    sqlite_file.online_copy(source, target)
    try:
        _verify_copy(target)
    except DatabaseOpenError:
        target.unlink(missing_ok=True)
        raise


def backup(db_path: Path, destination: Path) -> Path:
    """Copy the live database with SQLite's online backup, then verify the copy."""
    _verify_copy(db_path)
    destination.parent.mkdir(parents=True, exist_ok=True)
    sqlite_file.remove_leftovers(destination)
    partial = destination.with_name(destination.name + ".partial")
    _verified_copy(db_path, partial)
    os.replace(partial, destination)
    return destination


def restore(source: Path, db_path: Path) -> Path | None:
    """Replace ``db_path`` by a verified copy of ``source``.

    The current file is kept aside first and is only replaced once the new one is verified.
    Returns where the previous file was kept (None when there was none).
    """
    _verify_copy(source)
    db_path.parent.mkdir(parents=True, exist_ok=True)
    sqlite_file.remove_leftovers(db_path)
    incoming = db_path.with_name(db_path.name + ".restoring")
    _verified_copy(source, incoming)
    kept: Path | None = None
    if db_path.exists():
        # Everything committed goes into the file itself first: the log removed below is
        # then empty, and a kill at any point leaves the live file whole.
        if not sqlite_file.checkpoint(db_path):
            incoming.unlink(missing_ok=True)
            raise DatabaseOpenError(msg(N_(
                "{path} is in use by another program: close cjeapp everywhere it is open, "
                "then restore again."), path=str(db_path)))
        stamp = clock.now().strftime("%Y%m%dT%H%M%SZ")
        folder = backups_dir(db_path)
        folder.mkdir(parents=True, exist_ok=True)
        kept = folder / f"{db_path.stem}-before-restore-{stamp}.sqlite3"
        _verified_copy(db_path, kept)
    for suffix in ("-wal", "-shm"):
        Path(f"{db_path}{suffix}").unlink(missing_ok=True)
    os.replace(incoming, db_path)
    return kept
