"""The headless commands: demo, check, backup, restore (exit codes and files)."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from cjeapp.cli import main
from cjeapp.core.db import sqlite_file
from cjeapp.core.db.keyring import keys_path
from tests import databases
from tests.databases import DEMO_DIRECTOR


@pytest.fixture(autouse=True)
def _admin_password(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("CJEAPP_PASSWORD", "demo-admin")


def _count(path: Path, key: bytes, sql: str) -> int:
    connection = sqlite_file.connect(path, key)
    try:
        return int(connection.execute(sql).fetchone()[0])
    finally:
        connection.close()


def test_demo_then_check(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    path = tmp_path / "demo.sqlite3"
    assert main(["demo", "--db", str(path), "--clients", "40", "--seed", "2"]) == 0
    out = capsys.readouterr().out
    assert "40 clients" in out and "accueil" in out and "demo-admin" in out
    assert re.search(r"(?:[A-Z2-7]{4}-){7}[A-Z2-7]{4}", out)  # the recovery key, once
    assert main(["check", "--db", str(path), "--user", "admin"]) == 0
    assert "sound" in capsys.readouterr().out
    # A second demo into the same file is refused and changes nothing.
    before = path.read_bytes()
    assert main(["demo", "--db", str(path), "--clients", "5"]) == 1
    assert "already exists" in capsys.readouterr().err
    assert path.read_bytes() == before


def test_check_reports_inconsistencies(demo_template: Path, tmp_path: Path,
                                       capsys: pytest.CaptureFixture[str]) -> None:
    path = tmp_path / "bad.sqlite3"
    databases.copy(demo_template, path)
    with databases.edit(path) as connection:
        connection.execute("UPDATE clients SET immigration_category = 'martian' "
                           "WHERE rowid IN (SELECT rowid FROM clients LIMIT 2)")
        connection.execute("PRAGMA foreign_keys=OFF")
        connection.execute("UPDATE visits SET client_id = 'nobody' "
                           "WHERE rowid = (SELECT min(rowid) FROM visits)")
    assert main(["check", "--db", str(path), "--user", "admin"]) == 1
    out = capsys.readouterr().out
    assert "martian" in out
    assert "visits" in out


def test_check_and_backup_need_a_password_that_opens_the_file(
        demo_template: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
        capsys: pytest.CaptureFixture[str]) -> None:
    path = tmp_path / "live.sqlite3"
    databases.copy(demo_template, path)
    monkeypatch.setenv("CJEAPP_PASSWORD", "not-the-password")
    assert main(["check", "--db", str(path), "--user", "admin"]) == 1
    assert main(["backup", "--db", str(path), "--user", "admin",
                 "--to", str(tmp_path / "copy.sqlite3")]) == 1
    assert "wrong password" in capsys.readouterr().err
    assert not (tmp_path / "copy.sqlite3").exists()


def test_backup_is_verified_and_restore_replaces_only_after_verifying(
        demo_template: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    live = tmp_path / "live.sqlite3"
    key = databases.copy(demo_template, live)
    saved = tmp_path / "saved" / "copy.sqlite3"
    assert main(["backup", "--db", str(live), "--user", "admin", "--to", str(saved)]) == 0
    assert keys_path(saved).exists() and not sqlite_file.is_plain(saved)
    assert sorted(p.name for p in saved.parent.iterdir()) == ["copy.sqlite3",
                                                              "copy.sqlite3.keys"]
    assert main(["check", "--db", str(saved), "--user", "admin"]) == 0

    with databases.edit(live) as connection:
        connection.execute("UPDATE clients SET first_name = 'Changé après la copie'")
    garbage = tmp_path / "garbage.sqlite3"
    garbage.write_bytes(bytes(range(256)) * 40)
    keys_path(garbage).write_bytes(keys_path(saved).read_bytes())
    before = live.read_bytes()
    assert main(["restore", "--from", str(garbage), "--db", str(live), "--user", "admin"]) == 1
    assert live.read_bytes() == before
    assert "damaged" in capsys.readouterr().err

    assert main(["restore", "--from", str(saved), "--db", str(live), "--user", "admin"]) == 0
    assert _count(live, key, "SELECT count(*) FROM clients WHERE first_name = "
                             "'Changé après la copie'") == 0
    kept = list((tmp_path / "live-backups").glob("live-before-restore-*.sqlite3"))
    assert len(kept) == 1 and keys_path(kept[0]).exists()
    assert _count(kept[0], key, "SELECT count(*) FROM clients WHERE first_name = "
                                "'Changé après la copie'") > 0


def test_backup_and_restore_leave_no_work_file_even_with_the_program_open(
        demo_template: Path, tmp_path: Path) -> None:
    """The program holds the file open with changes still in its write-ahead log: the
    backup is one file and its key file, and a restore leaves no log or work file aside."""
    from cjeapp.core.db.database import Database
    from cjeapp.core.db.maintenance import backup

    live = tmp_path / "live.sqlite3"
    key = databases.copy(demo_template, live)
    program = Database.open(live, key)
    try:
        with program.engine.begin() as connection:
            connection.exec_driver_sql("UPDATE clients SET last_name = last_name")
        assert Path(f"{live}-wal").stat().st_size > 0
        saved = tmp_path / "saved" / "copy.sqlite3"
        backup(live, key, saved)
        assert sorted(p.name for p in saved.parent.iterdir()) == ["copy.sqlite3",
                                                                  "copy.sqlite3.keys"]
    finally:
        program.close()
    assert main(["restore", "--from", str(saved), "--db", str(live), "--user", "admin"]) == 0
    leftovers = [p.name for p in tmp_path.rglob("*")
                 if p.name.endswith(("-wal", "-shm", ".partial", ".restoring"))]
    assert leftovers == []
    assert sorted(p.name for p in saved.parent.iterdir()) == ["copy.sqlite3",
                                                              "copy.sqlite3.keys"]


def test_a_damaged_live_file_gives_no_backup_and_is_named(
        demo_template: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    live = tmp_path / "live.sqlite3"
    databases.copy(demo_template, live)
    data = bytearray(live.read_bytes())
    for offset in range(4096 * 30, 4096 * 40, 211):
        data[offset] ^= 0x5A
    live.write_bytes(bytes(data))
    target = tmp_path / "copies" / "copy.sqlite3"
    assert main(["backup", "--db", str(live), "--user", "admin", "--to", str(target)]) == 1
    assert str(live) in capsys.readouterr().err
    assert not target.parent.exists() or list(target.parent.iterdir()) == []


def test_restore_with_the_recovery_key_when_passwords_changed(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
        capsys: pytest.CaptureFixture[str]) -> None:
    live = tmp_path / "live.sqlite3"
    assert main(["demo", "--db", str(live), "--clients", "30"]) == 0
    found = re.search(r"(?:[A-Z2-7]{4}-){7}[A-Z2-7]{4}", capsys.readouterr().out)
    assert found
    saved = tmp_path / "saved.sqlite3"
    assert main(["backup", "--db", str(live), "--user", "admin", "--to", str(saved)]) == 0
    monkeypatch.setenv("CJEAPP_PASSWORD", "a-forgotten-password")
    assert main(["restore", "--from", str(saved), "--db", str(live), "--user", "admin"]) == 1
    assert "wrong password" in capsys.readouterr().err
    monkeypatch.setenv("CJEAPP_RECOVERY_KEY", found.group(0))
    assert main(["restore", "--from", str(saved), "--db", str(live), "--recovery-key"]) == 0
    kept = list((tmp_path / "live-backups").glob("live-before-restore-*.sqlite3"))
    assert len(kept) == 1 and keys_path(kept[0]).exists() and not sqlite_file.is_plain(kept[0])


def test_bench_client_list_measures_a_fresh_program_and_speaks_one_language(
        capsys: pytest.CaptureFixture[str]) -> None:
    """The figures come from a fresh process that signs in (not from the one that built
    the demo database), and every line is in the chosen language."""
    assert main(["--lang", "fr", "bench", "client-list", "--clients", "150"]) == 0
    out = capsys.readouterr().out
    assert "liste des clients : 150 clients" in out
    assert "premier affichage" in out and "Mo avant" in out
    for english in ("first paint", "memory", "before", "rows read"):
        assert english not in out


def test_bench_documents_runs_and_prints_its_figures(
        capsys: pytest.CaptureFixture[str]) -> None:
    """The account the benchmark creates chooses its own password, as every new one must
    (it stopped on a traceback when that rule came)."""
    assert main(["--lang", "fr", "bench", "documents", "--count", "5"]) == 0
    out = capsys.readouterr().out
    assert "5 attestations" in out and "ms par document" in out


def test_import_checks_then_imports_the_sample_list(
        demo_template: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    from cjeapp.core.resources import resource_path

    path = tmp_path / "demo.sqlite3"
    key = databases.copy(demo_template, path)
    sample = str(resource_path("samples", "liste-clients-2025.csv"))
    people = "SELECT count(*) FROM clients WHERE deleted_at IS NULL"
    before = _count(path, key, people)
    report = tmp_path / "rapport.xlsx"
    common = ["import", "--db", str(path), "--user", "admin"]
    assert main([*common, "--dry-run", "--report", str(report), sample]) == 1
    out = capsys.readouterr()
    assert "Rows: 12" in out.out and "row 9:" in out.err
    assert report.stat().st_size > 0 and _count(path, key, people) == before
    assert main([*common, sample]) == 1  # rows with errors: nothing imported
    assert "leave them out" in capsys.readouterr().err
    assert _count(path, key, people) == before
    assert main([*common, "--leave-out-errors", sample]) == 0
    imported = int(re.search(r"Imported (\d+) rows", capsys.readouterr().out)[1])  # type: ignore[index]
    assert imported >= 1 and _count(path, key, people) == before + imported


def test_the_sample_services_log_imports_after_its_people_with_a_saved_mapping(
        demo_template: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str],
        monkeypatch: pytest.MonkeyPatch) -> None:
    """The two samples shipped for the demo, headless: the people, then their services with
    the mapping a coordinator saved (three words of the log translated)."""
    from cjeapp.core.db.database import Database
    from cjeapp.core.imports.mappings import proposed_mapping
    from cjeapp.core.imports.mappings import save_mapping
    from cjeapp.core.imports.reading import read_sheet
    from cjeapp.core.resources import resource_path
    from cjeapp.core.staff import accounts

    path = tmp_path / "demo.sqlite3"
    key = databases.copy(demo_template, path)
    people = resource_path("samples", "liste-clients-2025.csv")
    log = resource_path("samples", "journal-services-2025.csv")
    db = Database.open(path, key)
    try:  # the counsellor the lists name works here too; the words of each list translated
        accounts.create_staff(db, accounts.sign_in(db, "admin", "demo-admin"),
                              username="isabelle", full_name="Isabelle Tremblay",
                              role="counsellor", password="temporary-pass",
                              second=DEMO_DIRECTOR)
        coordinator = accounts.sign_in(db, "coordination", "demo-coord")
        listed = proposed_mapping(read_sheet(people).headers)
        listed.translate("immigration_category", "Réfugié", "refugee_government")
        listed.translate("immigration_category", "Étudiant", "student")
        save_mapping(db, coordinator, "Liste", listed)
        mapping = proposed_mapping(read_sheet(log).headers, "services")
        for word, code in (("Logement", "housing_search"), ("Documents", "government_documents"),
                           ("Emploi", "employment_studies")):
            mapping.translate("service_type", word, code)
        save_mapping(db, coordinator, "Journal", mapping)
    finally:
        db.close()
    monkeypatch.setenv("CJEAPP_PASSWORD", "demo-coord")
    common = ["import", "--db", str(path), "--user", "coordination"]
    assert main([*common, "--mapping", "Liste", "--leave-out-errors", str(people)]) == 0
    capsys.readouterr()
    services = "SELECT count(*) FROM service_records WHERE deleted_at IS NULL"
    before = _count(path, key, services)
    with_mapping = [*common, "--kind", "services", "--mapping", "Journal"]
    assert main([*with_mapping, "--dry-run", str(log)]) == 1
    out = capsys.readouterr()
    assert "Rows: 10 — ready: 7, likely duplicates: 1, with errors: 2." in out.out
    assert "row 9:" in out.err and "row 10:" in out.err  # « une heure », nobody of that name
    assert main([*common, "--kind", "partners", "--mapping", "Journal", str(log)]) == 1
    assert "no mapping named « Journal » for this kind" in capsys.readouterr().err
    assert main([*with_mapping, "--leave-out-errors", str(log)]) == 0
    assert "Imported 7 rows" in capsys.readouterr().out
    assert _count(path, key, services) == before + 7


def test_bench_import_checks_and_imports_a_generated_list(
        capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["--lang", "fr", "bench", "import", "--rows", "300", "--clients", "60"]) == 0
    out = capsys.readouterr().out
    assert "300 personnes" in out and "300 importées" in out
    assert "python-calamine" in out and "300" in out.splitlines()[-1]  # XLSX and reference


def test_restore_is_the_administrators_of_this_organization_and_is_logged(
        demo_template: Path, template_db: Path, tmp_path: Path,
        monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]) -> None:
    """Issue 34: reception, a counsellor, the coordinator and the director are refused a
    restore; another organization's backup never replaces this one's database; the restore
    is the newest entry of the restored log, naming who, which file and where the replaced
    file went."""
    live = tmp_path / "live.sqlite3"
    key = databases.copy(demo_template, live)
    saved = tmp_path / "saved" / "copy.sqlite3"
    assert main(["backup", "--db", str(live), "--user", "admin", "--to", str(saved)]) == 0
    before = live.read_bytes()
    for user, password in (("accueil", "demo-accueil"), ("conseillere", "demo-conseil"),
                           ("coordination", "demo-coord"), ("direction", "demo-direction")):
        monkeypatch.setenv("CJEAPP_PASSWORD", password)
        assert main(["restore", "--from", str(saved), "--db", str(live),
                     "--user", user]) == 1, user
        assert "role does not allow" in capsys.readouterr().err
    assert live.read_bytes() == before

    other = tmp_path / "other.sqlite3"
    databases.copy(template_db, other)  # another organization, its own administrator
    other_saved = tmp_path / "other-saved" / "other.sqlite3"
    monkeypatch.setenv("CJEAPP_PASSWORD", "demo-admin")
    from tests.conftest import ADMIN_PASSWORD
    monkeypatch.setenv("CJEAPP_PASSWORD", ADMIN_PASSWORD)
    assert main(["backup", "--db", str(other), "--user", "admin",
                 "--to", str(other_saved)]) == 0
    assert main(["restore", "--from", str(other_saved), "--db", str(live),
                 "--user", "admin"]) == 1  # its administrator's password does not open ours
    assert "only someone it opens for" in capsys.readouterr().err
    from cjeapp.core.db.maintenance import restore
    from cjeapp.core.errors import DatabaseOpenError

    with pytest.raises(DatabaseOpenError, match="another organization"):  # even with both keys
        restore(other_saved, databases.key_of(other), live, key)
    assert live.read_bytes() == before

    monkeypatch.setenv("CJEAPP_PASSWORD", "demo-admin")
    assert main(["restore", "--from", str(saved), "--db", str(live), "--user", "admin"]) == 0
    connection = sqlite_file.connect(live, key)
    try:
        action, details = connection.execute(
            "SELECT action, details FROM audit_log ORDER BY seq DESC LIMIT 1").fetchone()
    finally:
        connection.close()
    assert action == "restore" and "copy.sqlite3" in details and "admin" in details
    assert "before-restore" in details


def test_commands_that_act_as_staff_do_not_scan_the_whole_file(
        demo_template: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
        capsys: pytest.CaptureFixture[str]) -> None:
    """Issue 35, item 4: a headless command costs its own work, not the file's size:
    opening for `find`, `document`, `agenda-ics`, `public-key` or a password given back
    runs no whole-file check (SQLite's quick or full integrity check, or the database's
    own); `check` still runs it. Counted by spying the check, not by timing."""
    path = tmp_path / "demo.sqlite3"
    databases.copy(demo_template, path)
    scans: list[str] = []
    real = sqlite_file.quick_check

    def counted(connection: sqlite_file.Connection, *, full: bool = False) -> list[str]:
        scans.append("integrity_check" if full else "quick_check")
        return real(connection, full=full)

    monkeypatch.setattr(sqlite_file, "quick_check", counted)
    assert main(["find", "--db", str(path), "--user", "admin", "a"]) == 0
    person = capsys.readouterr().out.splitlines()[0].split("\t")[0]
    signed_in = ["--db", str(path), "--user", "admin"]
    assert main(["document", *signed_in, "--kind", "collection_notice", "--client", person,
                 "--out", str(tmp_path / "avis.pdf")]) == 0
    assert main(["agenda-ics", *signed_in, "--counsellor", "conseillere",
                 "--out", str(tmp_path / "agenda.ics")]) == 0
    assert main(["public-key", *signed_in, "--out", str(tmp_path / "cle.pem")]) in (0, 1)
    assert scans == []
    assert main(["check", *signed_in]) in (0, 3)
    assert scans
