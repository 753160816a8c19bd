"""Every headless command refuses a bad argument with one sentence and exit code 2, before
anything is opened or written; the commands that touch personal data sign in."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from cjeapp.cli import main
from tests import databases


@pytest.fixture
def files(demo_template: Path, tmp_path: Path) -> dict[str, Path]:
    live = tmp_path / "live.sqlite3"
    databases.copy(demo_template, live)
    pipe = tmp_path / "pipe"
    os.mkfifo(pipe)
    folder = tmp_path / "folder"
    folder.mkdir()
    return {"db": live, "pipe": pipe, "folder": folder, "missing": tmp_path / "nowhere.pem",
            "out": tmp_path / "out.zip"}


BAD = [
    (["export", "--db", "{db}", "--user", "directrice", "--from", "2026-02-30",
      "--to", "2026-03-31", "--out", "{out}"], "is not a date"),
    (["export", "--db", "{db}", "--user", "directrice", "--from", "2026-04-01",
      "--to", "2026-03-31", "--out", "{out}"], "comes before"),
    (["export", "--db", "{db}", "--user", "directrice", "--from", "2025-04-01",
      "--to", "2026-03-31", "--out", "{folder}"], "not an ordinary file"),
    (["verify-package", "{out}", "--public-key", "{missing}"], "does not exist"),
    (["verify-package", "{folder}"], "is a folder"),
    (["verify-package", "{pipe}"], "not an ordinary file"),
    (["verify-document", "--db", "{db}", "--user", "admin", "{pipe}"], "not an ordinary file"),
    (["check", "--db", "{folder}", "--user", "admin"], "is a folder"),
    (["check", "--db", "{missing}", "--user", "admin"], "does not exist"),
    (["check", "--db", "{db}"], "--user"),
    (["backup", "--db", "{db}", "--user", "admin", "--to", "{db}"], "is the database itself"),
    (["restore", "--from", "{db}", "--db", "{db}", "--user", "admin"],
     "is the database itself"),
    (["restore", "--from", "{db}", "--db", "{out}"], "--recovery-key"),
    (["restore", "--from", "{db}", "--db", "postgresql://cjeapp_owner@serveur/cjeapp",
      "--user", "admin"], "cjeapp migrate-store"),
    (["bench", "seats", "--seats", "0", "--db", "postgresql://x@serveur/cjeapp"],
     "1 to 50 seats"),
    (["bench", "search", "--db", "{db}"], "--user"),
    (["recover", "--db", "{db}"], "--user"),
    (["document", "--db", "{db}", "--user", "accueil", "--kind", "attestation_services",
      "--client", "x", "--from", "2026-13-01", "--to", "2026-12-01", "--out", "{out}"],
     "is not a date"),
    (["find", "--db", "{db}", "Tremblay"], "--user"),
    (["document", "--db", "{db}", "--user", "accueil", "--kind", "attestation_services",
      "--client", "x", "--from", "2026-01-01", "--to", "2026-02-01", "--lang", "ar",
      "--out", "{out}"], "is written in fr, en"),
    (["document", "--db", "{db}", "--user", "accueil", "--kind", "collection_notice",
      "--client", "x", "--lang", "de", "--out", "{out}"], "fr, en, ar, es"),
    (["person-export", "--db", "{db}", "--user", "direction", "--client", "x",
      "--out", "{db}"], "is the database itself"),
    (["person-export", "--db", "{db}", "--user", "direction", "--client", "x",
      "--out", "{out}", "--pdf", "{folder}"], "not an ordinary file"),
]


@pytest.mark.parametrize(("arguments", "said"), BAD)
def test_a_bad_argument_is_one_sentence_and_exit_2(files: dict[str, Path], arguments: list[str],
                                                   said: str,
                                                   capsys: pytest.CaptureFixture[str]) -> None:
    before = files["db"].read_bytes()
    with pytest.raises(SystemExit) as stopped:
        main([part.format(**{k: str(v) for k, v in files.items()}) for part in arguments])
    assert stopped.value.code == 2
    err = capsys.readouterr().err
    assert said in err and "Traceback" not in err
    assert not files["out"].exists() and files["db"].read_bytes() == before


def test_find_and_public_key_sign_in_and_are_audited(
        files: dict[str, Path], tmp_path: Path, capsys: pytest.CaptureFixture[str],
        monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("CJEAPP_PASSWORD", "demo-accueil")
    assert main(["find", "--db", str(files["db"]), "--user", "accueil", "a"]) == 0
    lines = capsys.readouterr().out.strip().splitlines()
    assert lines and all(len(line.split("\t")) == 3 for line in lines)
    key = tmp_path / "cle.pem"
    assert main(["public-key", "--db", str(files["db"]), "--user", "accueil",
                 "--out", str(key)]) == 1  # reception does not send packages
    assert not key.exists()
    monkeypatch.setenv("CJEAPP_PASSWORD", "demo-direction")
    assert main(["public-key", "--db", str(files["db"]), "--user", "direction",
                 "--out", str(key)]) == 0
    assert key.read_bytes().startswith(b"-----BEGIN PUBLIC KEY-----")
    with databases.edit(files["db"]) as connection:
        actions = [row[0] for row in connection.execute(
            "SELECT action FROM audit_log ORDER BY seq DESC LIMIT 6")]
    assert "export" in actions and actions.count("sign_in") >= 2
