"""Nothing in the way after a kill (issue 32): every creation or copy of a database, killed
with SIGKILL at any moment, leaves either nothing under the final name or a file that
opens with its key file; the next start removes the work files and says so in the log;
and the same command runs again.

The commands run in real processes (``python -m cjeapp …``, or a short script calling the
program's functions) killed with ``kill -9`` at points found by watching the folder: the
work folder appearing, the copy in it, the record written just before the renames, and
fixed delays. Each kill is followed by the next run of the same command, itself killed at
the next point, so each run is the « next start » of the one before; the last one runs to
its end. The renames between the key file and the database are killed deterministically
by a script whose ``os.replace`` kills its own process.
"""

from __future__ import annotations

import logging
import os
import signal
import subprocess
import sys
import threading
import time
from collections.abc import Callable
from collections.abc import Iterator
from contextlib import suppress
from pathlib import Path

import pytest

from cjeapp.core.db import sqlite_file
from cjeapp.core.db import work_files
from cjeapp.core.db.keyring import keys_path
from tests import databases
from tests.conftest import ADMIN_PASSWORD

pytestmark = pytest.mark.sqlite_file("kills of the processes that write the PC's file")

PYTHON = sys.executable
Point = Callable[[subprocess.Popen[bytes], Path], bool]


def _environment(password: str = "demo-admin") -> dict[str, str]:
    return {**os.environ, "CJEAPP_PASSWORD": password, "PYTHONUNBUFFERED": "1"}


def _start(arguments: list[str], errors: Path, password: str = "demo-admin"
           ) -> subprocess.Popen[bytes]:
    with errors.open("wb") as stream:
        return subprocess.Popen([PYTHON, *arguments], stdout=subprocess.DEVNULL,
                                stderr=stream, env=_environment(password))


def _cjeapp(*arguments: str) -> list[str]:
    return ["-m", "cjeapp", *arguments]


def _works(folder: Path) -> list[Path]:
    """The work folders and older work files in ``folder`` (none when it is missing)."""
    if not folder.is_dir():
        return []
    return sorted(entry for entry in folder.iterdir()
                  if entry.name.startswith(work_files.PREFIXES)
                  or sqlite_file.leftover(entry.name) is not None)


def _own_work(folder: Path) -> Path | None:
    """A work folder whose process holds it (its ``owner`` written)."""
    for entry in _works(folder):
        if (entry / work_files.OWNER).exists():
            return entry
    return None


def _wait(process: subprocess.Popen[bytes], condition: Callable[[], bool],
          timeout: float = 60.0) -> bool:
    """True once ``condition`` holds while the process runs; False when it ended first."""
    deadline = time.monotonic() + timeout
    while process.poll() is None:
        if condition():
            return True
        if time.monotonic() > deadline:
            process.kill()
            raise AssertionError("the point was never reached")
        time.sleep(0.002)
    return False


def _kill(process: subprocess.Popen[bytes]) -> bool:
    """SIGKILL; True when the process was still running."""
    with suppress(ProcessLookupError):  # ended by itself meanwhile
        os.kill(process.pid, signal.SIGKILL)
    code = process.wait(timeout=30)
    return code == -signal.SIGKILL


def at_work(delay: float) -> Point:
    """``delay`` seconds after the work folder is made (and locked)."""
    def point(process: subprocess.Popen[bytes], folder: Path) -> bool:
        if not _wait(process, lambda: _own_work(folder) is not None):
            return False
        time.sleep(delay)
        return True
    return point


def when_in_work(name: str, delay: float = 0.0) -> Point:
    """Once the work folder holds ``name`` (``names.json.new``: the record, written just
    before the renames)."""
    def point(process: subprocess.Popen[bytes], folder: Path) -> bool:
        def there() -> bool:
            work = _own_work(folder)
            return work is not None and (work / name).exists()
        if not _wait(process, there):
            return False
        time.sleep(delay)
        return True
    return point


def when_there(name: str) -> Point:
    """Once ``name`` appears in the folder watched."""
    def point(process: subprocess.Popen[bytes], folder: Path) -> bool:
        return _wait(process, lambda: (folder / name).exists())
    return point


def after(delay: float) -> Point:
    """``delay`` seconds after the process started."""
    def point(process: subprocess.Popen[bytes], _folder: Path) -> bool:
        deadline = time.monotonic() + delay
        while time.monotonic() < deadline:
            if process.poll() is not None:
                return False
            time.sleep(0.005)
        return True
    return point


def _opens(path: Path, user: str = "admin", password: str = "demo-admin") -> str:
    """The file opens and checks sound (``check``: 0 clear, 3 sound with findings);
    returns what ``check`` wrote to stderr (it is a next start too: its log)."""
    done = subprocess.run([PYTHON, *_cjeapp("check", "--db", str(path), "--user", user)],
                          capture_output=True, text=True, env=_environment(password),
                          timeout=120)
    assert done.returncode in (0, 3), done.stdout + done.stderr
    return done.stderr


def _nothing_or_whole(final: Path, watched: Path, user: str = "admin",
                      password: str = "demo-admin") -> str | None:
    """After a kill: nothing under ``final`` (neither the file nor its key file: None), or
    a file that opens (what its check logged). The one state between: the key file took
    its name and the kill came before the database's rename (microseconds apart), a stale
    work folder still holding the database to take it back at the next start."""
    if final.exists():
        return _opens(final, user, password)
    if keys_path(final).exists():
        pending = [work for work in _works(watched)
                   if (work / final.name).exists() and (work / work_files.RECORD).exists()]
        assert pending, f"{keys_path(final).name} without its database"
    return None


def _removals_logged(said: str, left: list[Path]) -> list[Path]:
    """Each work folder or file of ``left`` that is gone was named in ``said`` (the log of
    the next start: the program's warnings go to stderr when it runs as a command);
    returns those still there."""
    for entry in left:
        if not entry.exists():
            assert f"removed the work folder {entry.name}" in said \
                or f"removed the work file {entry.name}" in said \
                or f"removed {entry.name}" in said, said  # an encryption's second name
    return [entry for entry in left if entry.exists()]


def _kill_again_and_again(arguments: list[str], watched: list[Path], final: Path,
                          points: list[Point], tmp_path: Path, *,
                          password: str = "demo-admin", user: str = "admin",
                          stays: bool = False,
                          examine: Callable[[], str | None] | None = None) -> list[str]:
    """Run ``arguments`` once per point, each killed there; the next run is the next
    start of the one before: it removed (and logged) what the kill left. A last run goes
    to its end and succeeds. ``stays``: ``final`` is there before (a restore), else a
    whole file left by a kill after the last rename is removed to go on. ``examine``: what
    is asserted after each kill (by default ``_nothing_or_whole``). Returns what each kill
    left, for the report."""
    if examine is None:
        def examine() -> str | None:
            return _nothing_or_whole(final, watched[0], user, password)
    outcomes: list[str] = []
    left: list[Path] = []
    for number, point in enumerate([*points, None]):
        errors = tmp_path / f"run-{number}.err"
        process = _start(arguments, errors, password)
        if point is None:
            assert process.wait(timeout=300) == 0, errors.read_text()
        elif not (point(process, watched[0]) and _kill(process)):
            assert process.returncode == 0, errors.read_text()  # it ended first
        left = _removals_logged(errors.read_text(encoding="utf-8", errors="replace"), left)
        if point is None:
            assert left == []
            break
        left = [entry for folder in watched for entry in _works(folder)]
        outcomes.append(f"{len(left)} work folders or files left")
        said = examine()
        if said is not None:
            outcomes[-1] += ", the file whole"
            left = _removals_logged(said, left)
            if not stays:  # the kill came after the last rename: the work was done
                final.unlink()
                keys_path(final).unlink()
    assert all(_works(folder) == [] for folder in watched), \
        [_works(folder) for folder in watched]
    _opens(final, user, password)
    return outcomes


def test_a_killed_demo_leaves_nothing_or_a_whole_file(tmp_path: Path) -> None:
    """Killed as its work folder is made, during the schema, twice while the people are
    written, and as the names are given (the record written just before the renames)."""
    final = tmp_path / "x.sqlite3"
    arguments = _cjeapp("demo", "--db", str(final), "--clients", "300", "--seed", "3")
    outcomes = _kill_again_and_again(
        arguments, [tmp_path], final,
        [at_work(0.0), at_work(0.1), when_in_work("x.sqlite3-wal", 0.5), after(2.5),
         when_in_work(work_files.RECORD)], tmp_path)
    print("demo:", outcomes)


def test_a_killed_backup_leaves_nothing_or_a_whole_backup(demo_template: Path,
                                                          tmp_path: Path) -> None:
    live = tmp_path / "live.sqlite3"
    databases.copy(demo_template, live)
    saved = tmp_path / "saved"
    final = saved / "copy.sqlite3"
    arguments = _cjeapp("backup", "--db", str(live), "--user", "admin", "--to", str(final))
    outcomes = _kill_again_and_again(
        arguments, [saved], final,
        [at_work(0.0), at_work(0.04), when_in_work("copy.sqlite3.keys"),
         when_in_work(work_files.RECORD), after(0.7)], tmp_path)
    print("backup:", outcomes)


def test_a_killed_restore_leaves_a_file_that_opens(demo_template: Path,
                                                   tmp_path: Path) -> None:
    live = tmp_path / "live.sqlite3"
    databases.copy(demo_template, live)
    saved = tmp_path / "saved.sqlite3"
    databases.copy(demo_template, saved)
    with databases.edit(saved) as connection:
        connection.execute("UPDATE clients SET first_name = 'Restaurée'")
    arguments = _cjeapp("restore", "--from", str(saved), "--db", str(live), "--user",
                        "admin")
    backups = tmp_path / "live-backups"
    outcomes = _kill_again_and_again(
        arguments, [tmp_path, backups], live,
        [at_work(0.0), at_work(0.2), when_in_work("live.sqlite3.keys")], tmp_path,
        stays=True)
    print("restore:", outcomes)
    key = databases.key_of(live)
    connection = sqlite_file.connect(live, key)
    try:
        assert connection.execute("SELECT count(*) FROM clients WHERE first_name <> "
                                  "'Restaurée'").fetchone()[0] == 0
    finally:
        connection.close()
    kept = sorted(backups.glob("*.sqlite3"))
    assert kept and all(keys_path(copy).exists() for copy in kept)


def test_a_killed_encryption_leaves_the_plain_file_or_the_encrypted_one(
        demo_template: Path, tmp_path: Path) -> None:
    """``cjeapp encrypt`` on a plain database of an earlier version (the demo, decrypted):
    after each kill the file is the plain one, whole, or the encrypted one, opening."""
    final = tmp_path / "old.sqlite3"
    connection = databases.raw(demo_template)
    try:
        connection.execute("ATTACH DATABASE ? AS plain KEY ''", (str(final),))
        connection.execute("SELECT sqlcipher_export('plain')")
        connection.execute("DETACH DATABASE plain")
    finally:
        connection.close()
    assert sqlite_file.is_plain(final)

    states: list[str] = []

    def examine() -> str | None:
        states.append("plain" if sqlite_file.is_plain(final) else "encrypted")
        if not sqlite_file.is_plain(final):
            return _opens(final)
        plain = sqlite_file.connect(final, None, readonly=True)
        try:
            assert sqlite_file.quick_check(plain) == []
        finally:
            plain.close()
        assert not keys_path(final).exists() or _works(tmp_path)
        return ""

    outcomes = _kill_again_and_again(
        _cjeapp("encrypt", "--db", str(final), "--user", "admin"), [tmp_path], final,
        [at_work(0.0), when_in_work("old.sqlite3"), at_work(0.15),
         when_in_work("old.sqlite3-journal", 0.05), when_there("old.sqlite3.plain")],
        tmp_path, stays=True, examine=examine)
    print("encryption:", list(zip(outcomes, states, strict=True)))


SET_UP = """
import sys
from pathlib import Path
from cjeapp.core.staff import opening
db, actor, recovery = opening.set_up(Path(sys.argv[1]), organization_name="CJE",
                                     office_name="Bureau", username="admin",
                                     full_name="Admin", password=sys.argv[2])
db.close()
"""


def test_a_killed_first_run_leaves_nothing_or_a_database_that_opens(tmp_path: Path) -> None:
    final = tmp_path / "cjeapp.sqlite3"
    arguments = ["-c", SET_UP, str(final), ADMIN_PASSWORD]
    outcomes = _kill_again_and_again(
        arguments, [tmp_path], final,
        [at_work(0.0), when_in_work("cjeapp.sqlite3"), at_work(0.3),
         when_in_work(work_files.RECORD)], tmp_path, password=ADMIN_PASSWORD)
    print("first run:", outcomes)


LAPTOP = """
import sys
from pathlib import Path
from cjeapp.core.staff import accounts, opening
from cjeapp.core.exchange.replicas import create_replica
office, coordinator = opening.open_database(Path(sys.argv[1]), "coordination", "demo-coord")
counsellor = accounts.sign_in(office, "conseillere", "demo-conseil")
create_replica(office, coordinator, name="Portable", counsellors=[str(counsellor.user_id)],
               password="demo-conseil", destination=Path(sys.argv[2]))
office.close()
"""


def test_a_killed_laptop_creation_leaves_nothing_or_a_laptop_that_opens(
        demo_template: Path, tmp_path: Path) -> None:
    office = tmp_path / "bureau.sqlite3"
    databases.copy(demo_template, office)
    laptops = tmp_path / "laptops"
    laptops.mkdir()
    final = laptops / "portable.sqlite3"
    arguments = ["-c", LAPTOP, str(office), str(final)]
    outcomes = _kill_again_and_again(
        arguments, [laptops], final,
        [at_work(0.0), when_in_work("portable.sqlite3-wal"),
         when_in_work(work_files.RECORD)], tmp_path,
        user="conseillere", password="demo-conseil")
    print("laptop:", outcomes)


# Between the two renames: the key file took its name, the database not yet.

KILL_AFTER_RENAME = """
import os, signal, sys
from pathlib import Path
real, last = os.replace, Path(sys.argv.pop(1))
def replace(source, target, *args, **kwargs):
    real(source, target, *args, **kwargs)
    if Path(target) == last:
        os.kill(os.getpid(), signal.SIGKILL)
os.replace = replace
"""


def _killed_between_renames(script: str, tmp_path: Path, *arguments: str) -> None:
    errors = tmp_path / "between.err"
    process = _start(["-c", KILL_AFTER_RENAME + script, *arguments], errors)
    assert process.wait(timeout=120) == -signal.SIGKILL, errors.read_text()


def test_a_kill_between_the_key_file_and_the_new_file_is_undone(
        tmp_path: Path, caplog: pytest.LogCaptureFixture) -> None:
    from cjeapp.core.staff import opening

    final = tmp_path / "cjeapp.sqlite3"
    _killed_between_renames(SET_UP, tmp_path, str(keys_path(final)), str(final),
                            ADMIN_PASSWORD)
    assert keys_path(final).exists() and not final.exists()
    [work] = _works(tmp_path)
    with caplog.at_level(logging.WARNING, logger="cjeapp.core.db"):
        db, _actor, _recovery = opening.set_up(final, organization_name="CJE",
                                               office_name="Bureau", username="admin",
                                               full_name="Admin", password=ADMIN_PASSWORD)
    db.close()
    said = caplog.text
    assert f"took back {keys_path(final).name}" in said
    assert f"removed the work folder {work.name}" in said
    assert _works(tmp_path) == []
    db, _actor = opening.open_database(final, "admin", ADMIN_PASSWORD)
    db.close()


RESTORE = """
import sys
from pathlib import Path
from cjeapp.core.db import maintenance
from cjeapp.core.staff.opening import unlock_key
source, live = Path(sys.argv[1]), Path(sys.argv[2])
maintenance.restore(source, unlock_key(source, "admin", sys.argv[3]), live,
                    unlock_key(live, "admin", "demo-admin"))
"""


def test_a_restore_killed_between_its_renames_puts_the_live_key_file_back(
        demo_template: Path, template_db: Path, tmp_path: Path,
        caplog: pytest.LogCaptureFixture) -> None:
    """The backup restored is another file (another key): the live file with the
    backup's key file would not open; the next start puts the live key file back."""
    from cjeapp.core.staff import opening

    live = tmp_path / "live.sqlite3"
    databases.copy(demo_template, live)
    other = tmp_path / "other" / "other.sqlite3"
    other.parent.mkdir()
    databases.copy(template_db, other)
    before = keys_path(live).read_bytes()
    # The live file is not read (as when its password changed since): no organization to
    # compare, it is kept as it is; another's backup is refused when both can be read.
    _killed_between_renames(RESTORE.replace('unlock_key(live, "admin", "demo-admin")', "None"),
                            tmp_path, str(keys_path(live)), str(other), str(live),
                            ADMIN_PASSWORD)
    assert keys_path(live).read_bytes() == keys_path(other).read_bytes()
    with caplog.at_level(logging.WARNING, logger="cjeapp.core.db"):
        db, _actor = opening.open_database(live, "admin", "demo-admin")
    db.close()
    assert keys_path(live).read_bytes() == before
    assert "put back the previous live.sqlite3.keys" in caplog.text
    assert _works(tmp_path) == [] and _works(tmp_path / "live-backups") == []


BACKUP = """
import sys
from pathlib import Path
from cjeapp.core.db import maintenance
from cjeapp.core.staff.opening import unlock_key
live = Path(sys.argv[1])
maintenance.backup(live, unlock_key(live, "admin", "demo-admin"), Path(sys.argv[2]))
"""


def test_a_backup_killed_between_its_renames_lists_no_backup_and_is_undone(
        demo_template: Path, tmp_path: Path, caplog: pytest.LogCaptureFixture) -> None:
    """The key file takes its name first: a backup's folder lists only whole backups
    (``backups.folder.listing``), and the key file alone is removed at the next start."""
    from cjeapp.core.backups.folder import listing
    from cjeapp.core.db.database import backups_dir
    from cjeapp.core.db.maintenance import backup

    live = tmp_path / "live.sqlite3"
    key = databases.copy(demo_template, live)
    folder = backups_dir(live)
    target = folder / "live-auto-20260101T000000Z.sqlite3"
    _killed_between_renames(BACKUP, tmp_path, str(keys_path(target)), str(live), str(target))
    assert keys_path(target).exists() and not target.exists()
    assert listing(folder, live) == []
    with caplog.at_level(logging.WARNING, logger="cjeapp.core.db"):
        backup(live, key, folder / "next.sqlite3")
    assert not keys_path(target).exists()
    assert f"took back {keys_path(target).name}" in caplog.text
    assert sorted(entry.name for entry in folder.iterdir()) == ["next.sqlite3",
                                                                 "next.sqlite3.keys"]


# The work folders themselves.

HOLD = """
import sys, time
from pathlib import Path
from cjeapp.core.db import work_files
with work_files.work_dir(Path(sys.argv[1])) as work:
    (work.path / "copy.sqlite3").write_bytes(b"half a copy")
    print(work.path, flush=True)
    time.sleep(120)
"""


@pytest.fixture
def held(tmp_path: Path) -> Iterator[tuple[subprocess.Popen[str], Path]]:
    """A work folder held by another process."""
    process = subprocess.Popen([PYTHON, "-c", HOLD, str(tmp_path)], stdout=subprocess.PIPE,
                               text=True)
    assert process.stdout is not None
    work = Path(process.stdout.readline().strip())
    yield process, work
    process.kill()
    process.wait()


def test_a_live_work_folder_is_never_swept_and_a_killed_one_is(
        held: tuple[subprocess.Popen[str], Path], tmp_path: Path,
        caplog: pytest.LogCaptureFixture) -> None:
    process, work = held
    # What an encryption leaves: the encrypted file, and the plain bytes it replaced under
    # a second name (waiting while any work runs in the folder: it may be its own).
    (tmp_path / "old.sqlite3").write_bytes(os.urandom(4096))
    plain = tmp_path / "old.sqlite3.plain"
    plain.write_bytes(b"SQLite format 3\x00plain bytes")
    assert work_files.sweep(tmp_path) == []
    assert work.is_dir() and plain.exists()
    os.kill(process.pid, signal.SIGKILL)
    process.wait()
    with caplog.at_level(logging.WARNING, logger="cjeapp.core.db"):
        removed = work_files.sweep(tmp_path)
    assert set(removed) == {work, plain} and not work.exists() and not plain.exists()
    assert f"removed the work folder {work.name}" in caplog.text
    assert "old.sqlite3.plain" in caplog.text


def test_a_work_folder_of_another_thread_is_never_swept(tmp_path: Path) -> None:
    """filelock's locks are per open file: a second lock object on the same file, in this
    process (this thread or another), cannot take it while the work runs."""
    started, finish = threading.Event(), threading.Event()
    seen: list[Path] = []

    def work() -> None:
        with work_files.work_dir(tmp_path) as running:
            seen.append(running.path)
            started.set()
            finish.wait(30)

    thread = threading.Thread(target=work)
    thread.start()
    assert started.wait(30)
    try:
        assert work_files.sweep(tmp_path) == [] and seen[0].is_dir()
        with work_files.work_dir(tmp_path) as mine:  # this thread's own, too
            assert work_files.sweep(tmp_path) == [] and mine.path.is_dir()
    finally:
        finish.set()
        thread.join()
    assert _works(tmp_path) == []


def test_older_work_files_are_removed_with_care(tmp_path: Path,
                                                caplog: pytest.LogCaptureFixture) -> None:
    """What versions before work folders left: ``.creating``, ``.restoring`` and
    ``.encrypting`` go; a ``.partial`` only once old (key files are written whole under
    that name for an instant); a work folder without owner only once old. Another
    program's files (a download, a ``.plain`` that is no encryption's) are never touched."""
    stale = time.time() - 2 * work_files.PARTIAL_AFTER
    for name in ("a.sqlite3.creating", "a.sqlite3.creating-wal", "b.sqlite3.restoring",
                 "c.sqlite3.encrypting", "d-auto-20260101T000000Z.sqlite3.partial",
                 "e.sqlite3.keys.partial", "download.zip.partial", "notes.plain",
                 "f.sqlite3.plain"):
        (tmp_path / name).write_bytes(b"left")
    for name in ("d-auto-20260101T000000Z.sqlite3.partial", "download.zip.partial"):
        os.utime(tmp_path / name, (stale, stale))
    young, old = tmp_path / ".cjeapp-new-young", tmp_path / ".cjeapp-new-old"
    for folder in (young, old):
        folder.mkdir()
        (folder / "x.sqlite3").write_bytes(b"half")
    os.utime(old, (stale, stale))
    kept_as_is = tmp_path / "kept.sqlite3"
    kept_as_is.write_bytes(b"a file of the person")
    with caplog.at_level(logging.WARNING, logger="cjeapp.core.db"):
        work_files.sweep(tmp_path)
    assert sorted(entry.name for entry in tmp_path.iterdir()) == [
        ".cjeapp-new-young", "download.zip.partial", "e.sqlite3.keys.partial",
        "f.sqlite3.plain", "kept.sqlite3", "notes.plain"]
    for name in ("a.sqlite3.creating", "b.sqlite3.restoring", "c.sqlite3.encrypting",
                 "d-auto-20260101T000000Z.sqlite3.partial", ".cjeapp-new-old"):
        assert name in caplog.text


def test_a_stale_plain_copy_in_a_work_folder_is_overwritten_before_removal(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    work = tmp_path / ".cjeapp-work-dead"
    work.mkdir()
    (work / work_files.OWNER).write_text("1")
    (work / "copy.sqlite3").write_bytes(b"SQLite format 3\x00" + b"plain" * 100)
    shredded: list[str] = []
    real = sqlite_file.shred

    def shred(path: Path) -> None:
        shredded.append(path.name)
        real(path)

    monkeypatch.setattr(sqlite_file, "shred", shred)
    assert work_files.sweep(tmp_path) == [work]
    assert shredded == ["copy.sqlite3"]
