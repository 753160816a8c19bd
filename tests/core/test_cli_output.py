"""A file a command writes that cannot be written (a full disk, a folder that may not be
written to, a folder gone meanwhile) is said in one sentence with exit code 1, never a
traceback; nothing of it is left."""

from __future__ import annotations

import errno
import os
from pathlib import Path

import pytest

from cjeapp.cli import main
from tests import databases


@pytest.mark.parametrize(("code", "said"), [
    (errno.ENOSPC, "the disk is full"),
    (errno.EACCES, "may not be written to"),
    (errno.EROFS, "may not be written to"),
    (errno.ENOENT, "its folder does not exist"),
    (errno.EIO, "could not be written"),
])
def test_an_output_file_not_written_is_a_sentence(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str],
        code: int, said: str) -> None:
    def refused(_descriptor: int) -> None:
        raise OSError(code, os.strerror(code))

    monkeypatch.setattr(os, "fsync", refused)
    out = tmp_path / "licences.txt"
    assert main(["--lang", "en", "licences", "--out", str(out)]) == 1
    err = capsys.readouterr().err
    assert said in err and str(out) in err and "Traceback" not in err
    assert list(tmp_path.iterdir()) == []  # neither the file nor its partial


def test_missing_folders_are_made(tmp_path: Path) -> None:
    out = tmp_path / "new" / "folder" / "licences.txt"
    assert main(["licences", "--out", str(out)]) == 0
    assert out.read_bytes()


@pytest.mark.skipif(os.geteuid() == 0, reason="root writes in any folder")
def test_a_folder_that_may_not_be_written_to(
        tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    locked = tmp_path / "locked"
    locked.mkdir()
    locked.chmod(0o500)
    try:
        assert main(["--lang", "en", "licences", "--out", str(locked / "x.txt")]) == 1
    finally:
        locked.chmod(0o700)
    assert "may not be written to" in capsys.readouterr().err


def test_a_signed_in_command_on_a_full_disk(
        demo_template: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
        capsys: pytest.CaptureFixture[str]) -> None:
    live = tmp_path / "live.sqlite3"
    databases.copy(demo_template, live)
    monkeypatch.setenv("CJEAPP_PASSWORD", "demo-direction")

    def full(_descriptor: int) -> None:
        raise OSError(errno.ENOSPC, os.strerror(errno.ENOSPC))

    monkeypatch.setattr(os, "fsync", full)
    out = tmp_path / "keys" / "cle.pem"
    assert main(["--lang", "en", "public-key", "--db", str(live), "--user", "direction",
                 "--out", str(out)]) == 1
    err = capsys.readouterr().err
    assert "the disk is full" in err and "Traceback" not in err and not out.exists()


def test_an_error_of_the_file_system_no_command_caught_is_a_sentence(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
        capsys: pytest.CaptureFixture[str]) -> None:
    """A disk full inside the core's own writing (a package, a backup) is said too."""
    from cjeapp.cli.commands import licences

    def full(_args: object) -> int:
        raise OSError(errno.ENOSPC, os.strerror(errno.ENOSPC), str(tmp_path / "x.zip.partial"))

    monkeypatch.setattr(licences, "run", full)
    assert main(["--lang", "en", "licences"]) == 1
    err = capsys.readouterr().err
    assert "the disk is full" in err and str(tmp_path / "x.zip") + " " in err
    assert "Traceback" not in err
