"""The build hook: a wheel carries the compiled translations.

The ``.qm`` files are built, not kept in git, so a wheel made from a clean clone would start in
English. ``build_py`` therefore compiles the Qt ``.ts`` sources into the build folder with
``scripts/translations.py`` (PySide6's lrelease, from the build requirements in
pyproject.toml). Everything else about the package is declared in pyproject.toml.
"""

from __future__ import annotations

import sys
from pathlib import Path

from setuptools import setup
from setuptools.command.build_py import build_py

ROOT = Path(__file__).resolve().parent
sys.path.insert(0, str(ROOT / "scripts"))
import translations  # noqa: E402  (scripts/translations.py, shipped in the sdist)


class BuildPyWithTranslations(build_py):
    """Copies the package as usual, then writes the compiled translations beside it."""

    def run(self) -> None:
        super().run()
        if self.editable_mode:  # an editable install reads the source folder
            translations.build()
        else:
            translations.build(Path(self.build_lib) / "cjeapp" / "translations")


setup(cmdclass={"build_py": BuildPyWithTranslations})
