"""A file people open is written whole or not at all: a failure midway (a full disk, a
killed program) leaves the old file, or none, and no work file behind."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from cjeapp.core.writers.whole_file import write_whole


def test_a_failure_midway_leaves_the_old_file_whole(tmp_path: Path,
                                                    monkeypatch: pytest.MonkeyPatch) -> None:
    target = tmp_path / "copie.zip"
    write_whole(target, b"old contents")

    def full_disk(_fd: int) -> None:
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(os, "fsync", full_disk)
    with pytest.raises(OSError):
        write_whole(target, b"new contents that never reach the disk")
    assert target.read_bytes() == b"old contents"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["copie.zip"]


def test_a_program_killed_while_writing_leaves_no_half_file(tmp_path: Path) -> None:
    target = tmp_path / "avis.pdf"
    script = ("import os, sys\n"
              "from pathlib import Path\n"
              "import cjeapp.core.writers.whole_file as w\n"
              "os.replace = lambda *a: os.kill(os.getpid(), 9)\n"
              "w.write_whole(Path(sys.argv[1]), b'%PDF' + b'x' * 1000000)\n")
    killed = subprocess.run([sys.executable, "-c", script, str(target)])
    assert killed.returncode == -9
    assert not target.exists()  # the reader never sees half a PDF under its name
