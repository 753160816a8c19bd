"""Issue the collection notice in French and in Arabic with an installed program (a wheel
or the frozen build) and read which fonts the PDFs embed."""

from __future__ import annotations

import subprocess
from collections.abc import Callable
from pathlib import Path

from pypdf import PdfReader

Run = Callable[..., subprocess.CompletedProcess[str]]


def issue_notices(run: Run, db: Path, folder: Path) -> tuple[set[str], str]:
    """The fonts embedded in both notices, and what the last command printed."""
    found = run("find", "--db", str(db), "--user", "admin", "a")
    client = found.stdout.splitlines()[0].split("\t")[0]
    fonts: set[str] = set()
    printed = ""
    for language in ("fr", "ar"):
        out = folder / f"avis-{language}.pdf"
        issued = run("document", "--db", str(db), "--user", "admin", "--kind",
                     "collection_notice", "--client", client, "--lang", language,
                     "--out", str(out))
        assert issued.returncode == 0, issued.stderr
        fonts |= {str(font.get_object()["/BaseFont"]) for page in PdfReader(out).pages
                  for font in page["/Resources"]["/Font"].values()}
        printed = issued.stdout
    return fonts, printed
