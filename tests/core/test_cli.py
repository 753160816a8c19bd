"""The headless commands: demo, check, backup, restore (exit codes and files)."""

from __future__ import annotations

import shutil
import sqlite3
from pathlib import Path

import pytest

from cjeapp.cli import main


def test_demo_then_check(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    path = tmp_path / "demo.sqlite3"
    assert main(["demo", "--db", str(path), "--clients", "40", "--seed", "2"]) == 0
    out = capsys.readouterr().out
    assert "40 clients" in out and "accueil" in out and "demo-admin" in out
    assert main(["check", "--db", str(path)]) == 0
    assert "sound" in capsys.readouterr().out
    # A second demo into the same file is refused and changes nothing.
    assert main(["demo", "--db", str(path), "--clients", "5"]) == 1
    with sqlite3.connect(path) as connection:
        assert connection.execute("SELECT count(*) FROM clients").fetchone()[0] == 40


def test_check_reports_inconsistencies(demo_template: Path, tmp_path: Path,
                                       capsys: pytest.CaptureFixture[str]) -> None:
    path = tmp_path / "bad.sqlite3"
    shutil.copy(demo_template, path)
    with sqlite3.connect(path) as connection:
        connection.execute("UPDATE clients SET immigration_category = 'martian' "
                           "WHERE rowid IN (SELECT rowid FROM clients LIMIT 2)")
        connection.execute("PRAGMA foreign_keys=OFF")
        connection.execute("UPDATE visits SET client_id = 'nobody' "
                           "WHERE rowid = (SELECT min(rowid) FROM visits)")
    assert main(["check", "--db", str(path)]) == 1
    out = capsys.readouterr().out
    assert "martian" in out
    assert "visits" in out


def test_backup_is_verified_and_restore_replaces_only_after_verifying(
        demo_template: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    live = tmp_path / "live.sqlite3"
    shutil.copy(demo_template, live)
    saved = tmp_path / "saved" / "copy.sqlite3"
    assert main(["backup", "--db", str(live), "--to", str(saved)]) == 0
    assert main(["check", "--db", str(saved)]) == 0

    with sqlite3.connect(live) as connection:
        connection.execute("UPDATE clients SET first_name = 'Changé après la copie'")
    garbage = tmp_path / "garbage.sqlite3"
    garbage.write_bytes(b"SQLite format 3\x00" + b"\x00" * 2000)
    before = live.read_bytes()
    assert main(["restore", "--from", str(garbage), "--db", str(live)]) == 1
    assert live.read_bytes() == before
    assert "not a sound" in capsys.readouterr().err

    assert main(["restore", "--from", str(saved), "--db", str(live)]) == 0
    with sqlite3.connect(live) as connection:
        assert connection.execute("SELECT count(*) FROM clients WHERE first_name = "
                                  "'Changé après la copie'").fetchone()[0] == 0
    assert list((tmp_path / "live-backups").glob("live-before-restore-*.sqlite3"))
