"""``check``, ``backup`` and ``restore``: keeping the database file sound (the consistency
checks also serve the office's server, ``db.server_check``)."""

from __future__ import annotations

import shutil
from collections.abc import Iterator
from collections.abc import Sequence
from dataclasses import dataclass
from dataclasses import field
from pathlib import Path

from cjeapp.core import clock
from cjeapp.core.audit_chain import ChainRow
from cjeapp.core.audit_chain import first_break
from cjeapp.core.db import keyring
from cjeapp.core.db import migrate
from cjeapp.core.db import schema
from cjeapp.core.db import sqlite_file
from cjeapp.core.db import work_files
from cjeapp.core.db.anchors import Anchor
from cjeapp.core.db.anchors import backup_anchor
from cjeapp.core.db.anchors import contradiction
from cjeapp.core.db.anchors import held_anchors
from cjeapp.core.db.database import backups_dir
from cjeapp.core.db.findings import Finding
from cjeapp.core.db.findings import Rows
from cjeapp.core.db.findings import business_findings
from cjeapp.core.db.sqlite_file import Connection
from cjeapp.core.errors import ContradictingLog
from cjeapp.core.errors import DamagedDatabase
from cjeapp.core.errors import DatabaseOpenError
from cjeapp.core.i18n import N_
from cjeapp.core.i18n import Message
from cjeapp.core.i18n import msg


@dataclass
class CheckReport:
    """``errors``: damage — the file cannot be trusted, and a backup of it is refused.
    ``findings``: work to do in sound records (``db.findings``), which never stop one."""

    errors: list[Message] = field(default_factory=list)
    warnings: list[Message] = field(default_factory=list)
    counts: dict[str, int] = field(default_factory=dict)
    findings: list[Finding] = field(default_factory=list)

    @property
    def sound(self) -> bool:
        """No damage (business findings may remain: they are a person's to resolve)."""
        return not self.errors

    @property
    def clear(self) -> bool:
        """Sound, and nothing left to resolve."""
        return self.sound and not self.findings


def check_database(path: Path, key: bytes, against: Sequence[Anchor] = ()) -> CheckReport:
    """Integrity and consistency report of the encrypted file at ``path`` (read only); its
    audit chain is also held against each anchor (a backup's head, ``db.anchors``)."""
    report = CheckReport()
    if not path.exists():
        report.errors.append(msg(N_("{path} does not exist."), path=str(path)))
        return report
    if sqlite_file.is_plain(path):
        report.errors.append(msg(N_("{path} is not encrypted."), path=str(path)))
        return report
    connection = sqlite_file.connect(path, key, readonly=True)
    try:
        if sqlite_file.readable(connection) is not None:
            report.errors.append(msg(N_(
                "{path} cannot be read with this key: the file is damaged, or it belongs "
                "with another key file."), path=str(path)))
            return report
        # Each page is decrypted once when it stays in the cache: a full check of an
        # encrypted file with SQLite's default 8 MB cache takes three times as long.
        connection.execute("PRAGMA cache_size=-262144")
        try:
            problems = sqlite_file.quick_check(connection, full=True)
        except sqlite_file.DatabaseError as exc:
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
        for anchor in [*against, *held_anchors(connection)]:
            rewritten = contradiction(connection, anchor)
            if rewritten is not None:
                report.errors.append(rewritten)
        _foreign_keys(connection, report)
        consistency(lambda sql: connection.execute(sql).fetchall(), report)
    finally:
        connection.close()
    return report


def _audit_rows(connection: Connection) -> Iterator[ChainRow]:
    for row in connection.execute(
            "SELECT seq, id, at, user_id, action, entity, entity_id, details, prev_hash, "
            "chain_hash, details_sha256 FROM audit_log ORDER BY seq"):
        yield ChainRow(*row)


def _foreign_keys(connection: Connection, report: CheckReport) -> None:
    for table, rowid, parent, _index in connection.execute("PRAGMA foreign_key_check"):
        report.errors.append(msg(N_("Row {rowid} of {table} points to a missing {parent}."),
                                 rowid=rowid, table=table, parent=parent))


def consistency(rows: Rows, report: CheckReport) -> None:
    """What both engines check alike: the business findings (double bookings, capacity,
    codes, times in order) and the counts."""
    report.findings.extend(business_findings(rows))
    for table in ("clients", "users", "visits", "appointments", "service_records"):
        found = rows(f"SELECT count(*) FROM {table} WHERE deleted_at IS NULL")
        report.counts[table] = int(found[0][0])


def _verify_copy(path: Path, key: bytes, named: Path | None = None) -> None:
    """Raise DatabaseOpenError unless ``path`` is a sound cjeapp database (the sentence
    names ``named`` when the file checked is a copy of it)."""
    report = check_database(path, key)
    if not report.sound:
        raise DamagedDatabase(msg(N_("{path} is damaged: {reason}"),
                                  path=str(named or path), reason=report.errors[0]))


def _verified_copy(source: Path, key: bytes, target: Path) -> None:
    """Copy ``source`` to ``target`` with the online backup (encrypted with the same key);
    remove it unless it verifies. A fault of the copy is a fault of ``source``."""
    target.unlink(missing_ok=True)
    try:
        sqlite_file.online_copy(source, key, target)
        _verify_copy(target, key, named=source)
    except (DatabaseOpenError, sqlite_file.DatabaseError) as exc:
        target.unlink(missing_ok=True)
        if isinstance(exc, DatabaseOpenError):
            raise
        raise DatabaseOpenError(msg(N_("{path} cannot be copied: {reason}"),
                                    path=str(source), reason=str(exc))) from exc


def backup(db_path: Path, key: bytes, destination: Path) -> Path:
    """Copy the live database with SQLite's online backup, verify the copy, and put the
    key file beside it. Both stay encrypted; nothing is written in clear. (The live file is
    not checked first: a damaged page would make the copy fail its own check.)

    The copy is made in a work folder inside the destination's folder; the key file takes
    its name first, then the copy: a backup listed (a ``.sqlite3`` file) always has its key
    file, and a kill between the two renames is undone at the next start."""
    folder = destination.parent
    folder.mkdir(parents=True, exist_ok=True)
    work_files.sweep(folder)
    sqlite_file.remove_leftovers(destination)
    with work_files.work_dir(folder) as work:
        copy = work.path / destination.name
        _verified_copy(db_path, key, copy)
        keyring.copy_beside(db_path, copy)
        work.give_names(keyring.keys_path(copy).name, destination.name)
    return destination


def _keep_as_is(db_path: Path, kept: Path) -> list[str]:
    """A live file that cannot be read (damaged, or its passwords changed since the
    backup) is kept byte for byte, with its log and key file: it stays encrypted. Returns
    the names of the copies made, the database's last."""
    names: list[str] = []
    for extra in ("-wal", ".keys", ""):
        source = Path(f"{db_path}{extra}")
        if source.exists():
            target = Path(f"{kept}{extra}")
            shutil.copyfile(source, target)
            names.append(target.name)
    return names


def organizations_of(path: Path, key: bytes) -> dict[str, str]:
    """The organizations a database file holds (id -> name); {} when it cannot be read."""
    try:
        connection = sqlite_file.connect(path, key, readonly=True)
    except sqlite_file.DatabaseError:
        return {}
    try:
        return {str(ident): str(name) for ident, name in connection.execute(
            "SELECT id, name FROM organizations WHERE deleted_at IS NULL")}
    except sqlite_file.DatabaseError:
        return {}
    finally:
        connection.close()


def _refuse_another_organization(source: Path, source_key: bytes, db_path: Path,
                                 live_key: bytes) -> None:
    """A backup of another organization never replaces this one's database (when the live
    file can be read: a damaged one is restored from whatever backup its key opens)."""
    live = organizations_of(db_path, live_key)
    incoming = organizations_of(source, source_key)
    if live and incoming and not set(live) & set(incoming):
        raise DatabaseOpenError(msg(N_(
            "{path} is a backup of another organization ({theirs}), not of {ours}: it does "
            "not replace this database. Nothing was changed."), path=str(source),
            theirs=", ".join(sorted(incoming.values())), ours=", ".join(sorted(live.values()))))


def _refuse_a_contradicting_log(source: Path, source_key: bytes, db_path: Path,
                                live_key: bytes) -> None:
    """A backup is the log as it was: the live log holds its last entry as it is. When it
    does not, one of the two was rewritten — a backup re-hashed to hide something must not
    quietly replace the file (the administrator may insist: the restore then says so)."""
    anchor = backup_anchor(source, source_key)
    if anchor is None:
        return
    try:
        connection = sqlite_file.connect(db_path, live_key, readonly=True)
        try:
            problem = contradiction(connection, anchor)
        finally:
            connection.close()
    except sqlite_file.DatabaseError:
        return  # a damaged live file: its log says nothing, the backup is what is left
    if problem is not None:
        raise ContradictingLog(msg(N_(
            "{path}'s audit log contradicts the current database's: {problem} Nothing was "
            "restored. If you are sure of this backup, restore it anyway (the program "
            "asks; on the command line, --insist): the restore is then recorded as such."),
            path=str(source), problem=problem))


def restore(source: Path, source_key: bytes, db_path: Path,
            live_key: bytes | None, *, insist: bool = False) -> Path | None:
    """Replace ``db_path`` (and its key file) by a verified copy of the backup ``source``.

    The current file is kept aside first: a verified copy when ``live_key`` opens it, else
    the file as it is. Returns where it was kept (None when there was none). The incoming
    copy is made in a work folder beside ``db_path``; its key file, then the copy take
    their names (a kill between the two is undone at the next start: the live key file is
    put back).
    """
    _verify_copy(source, source_key)
    if live_key is not None and db_path.exists() and not sqlite_file.is_plain(db_path):
        _refuse_another_organization(source, source_key, db_path, live_key)
        if not insist:
            _refuse_a_contradicting_log(source, source_key, db_path, live_key)
    keys = keyring.load(keyring.keys_path(source))
    folder = db_path.parent
    folder.mkdir(parents=True, exist_ok=True)
    work_files.sweep(folder)
    work_files.sweep(backups_dir(db_path))
    sqlite_file.remove_leftovers(db_path)
    with work_files.work_dir(folder) as work:
        incoming = work.path / db_path.name
        _verified_copy(source, source_key, incoming)
        kept: Path | None = None
        if db_path.exists():
            stamp = clock.now().strftime("%Y%m%dT%H%M%SZ")
            kept = backups_dir(db_path) / f"{db_path.stem}-before-restore-{stamp}.sqlite3"
            readable = live_key is not None and not sqlite_file.is_plain(db_path) and \
                check_database(db_path, live_key).sound
            # Set aside in a work folder of the backups folder, named whole (key file first).
            with work_files.work_dir(kept.parent) as aside:
                copy = aside.path / kept.name
                # Everything committed goes into the file itself first: the log removed
                # below is then empty, and a kill at any point leaves the live file whole.
                if readable and live_key is not None:
                    if not sqlite_file.checkpoint(db_path, live_key):
                        raise DatabaseOpenError(msg(N_(
                            "{path} is in use by another program: close cjeapp everywhere "
                            "it is open, then restore again."), path=str(db_path)))
                    _verified_copy(db_path, live_key, copy)
                    keyring.copy_beside(db_path, copy)
                    aside.give_names(keyring.keys_path(copy).name, kept.name)
                else:
                    aside.give_names(*_keep_as_is(db_path, copy))
        keyring.save(keys, keyring.keys_path(incoming))
        for suffix in ("-wal", "-shm"):
            Path(f"{db_path}{suffix}").unlink(missing_ok=True)
        work.give_names(keyring.keys_path(incoming).name, db_path.name)
    return kept
